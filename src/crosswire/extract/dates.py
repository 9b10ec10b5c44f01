"""Event dates: date expressions found in sentences, resolved against the publication date.

Relative expressions ("on Tuesday", "yesterday", "last night", "overnight": the night just ended, so the day of
publication) can only be resolved when the publication date is known; without it they stay unresolved, and the
event date stays unknown rather than borrowing the publication date. Expressions that point more than a month
before publication, or after it, belong to background, except the full date of the act a follow-up reports (a
verdict's article dated to the shooting it judges).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from crosswire.calendar_words import MONTHS, WEEKDAYS
from crosswire.extract.sentences import Sentence, has_background_cue
from crosswire.model import DatePrecision, EventDate

# A day said relative to the writing: the day of publication.
_RELATIVE_DAY = r"today|this morning|this afternoon|earlier today|tonight|overnight"
# Month names are matched capitalised only: "may" and "march" are also verbs.
_MONTH = r"(?P<month>" + "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b")),
    # holidays, said as days: "on Easter morning", "on Christmas Eve", "New Year's Day", "on the Fourth of July"
    (
        "holiday",
        re.compile(
            r"\b(?:(?:(?:on|early|late)\s+(?:the\s+)?)?(?P<named>Easter Sunday|Christmas (?:Eve|Day)"
            r"|New Year[’']?s (?:Eve|Day)|Thanksgiving Day"
            r"|(?:Memorial|Labor|Mother[’']?s|Father[’']?s|Independence) Day)"
            r"|(?:on|early|late)\s+(?:the\s+)?(?P<bare>Easter|Christmas|Thanksgiving|Halloween|Fourth of July))\b"
        ),
    ),
    (
        "month_day",
        re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?\b(,?\s+(?P<year>(19|20)\d\d))?"),
    ),
    (
        "day_month",
        re.compile(r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r"(,?\s+(?P<year>(19|20)\d\d))?\b"),
    ),
    (
        "month_year",
        re.compile(
            r"\b(?i:in|during|since|by|of|early|late|mid-?)\s+"
            + _MONTH
            + r"(\s+(?P<year>(19|20)\d\d))?\b"
            # "in October neighbourhood", "the October war": a name, not a date
            + r"(?!\s+(?i:neighbou?rhood|district|quarter|street|road|bridge|square|revolution|war)\b)"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?P<last>last\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.IGNORECASE,
        ),
    ),
    ("yesterday", re.compile(r"\b(yesterday|last night|late last night)\b", re.IGNORECASE)),
    # "overnight" in a report is the night just ended, and violence "overnight" mostly happens after midnight: on
    # GVA the recorded day is the publication day for 25 of 36 articles that say "overnight", the day before for 11
    ("today", re.compile(rf"\b({_RELATIVE_DAY})\b", re.IGNORECASE)),
]
_MAX_AGE = timedelta(days=31)
_AHEAD = timedelta(days=1)
# Days said relative to the writing ("overnight", "this morning"): of two dates equally tied to the act, a named day
# ("Tuesday evening") is the more deliberate one.
_SOFT_DAY = re.compile(_RELATIVE_DAY, re.IGNORECASE)
# "MAIDUGURI, Nigeria, Oct 20 (CWS) –": a dateline gives the date of writing, not of the event.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’]{2,}(,[^–—\n]{0,60}?)?(\s*\([^)]{1,40}\))?\s*[–—-]+")


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence and, when it could be resolved, the date it denotes."""

    text: str
    start: int
    end: int
    resolved: EventDate | None


def find_dates(sentence_text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `sentence_text`, resolved where possible, in order of appearance."""
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence_text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            mentions.append(DateMention(match.group(0), match.start(), match.end(), _resolve(kind, match, published)))
    mentions.sort(key=lambda mention: mention.start)
    # "Sunday, July 5": the weekday names the full date that follows it, which is read without the publication date
    return [
        mention
        for mention, following in zip(mentions, [*mentions[1:], None], strict=False)
        if not (
            following is not None
            and mention.text.lower().split()[-1] in WEEKDAYS
            and any(c.isdigit() for c in following.text)
            and re.fullmatch(r",?\s*", sentence_text[mention.end : following.start])
        )
    ]


def _resolve(kind: str, match: re.Match[str], published: date | None) -> EventDate | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "iso":
        return _safe_date(int(groups["year"]), int(groups["mon"]), int(groups["day"]))
    if kind in ("month_day", "day_month"):
        month, day = MONTHS[groups["month"].lower()], int(groups["day"])
        if year is None:
            if published is None:
                return None
            resolved = _safe_date(published.year, month, day)
            if resolved and resolved.day > published + timedelta(days=1):
                resolved = _safe_date(published.year - 1, month, day)
            return resolved
        return _safe_date(year, month, day)
    if kind == "month_year":
        month = MONTHS[groups["month"].lower()]
        if year is None:
            if published is None:
                return None
            year = published.year if month <= published.month else published.year - 1
        return EventDate(date(year, month, 1), DatePrecision.MONTH)
    if published is None:
        return None
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7
        if groups.get("last") and back <= 2:
            # "last Thursday" written on a Thursday is a week ago, and so mostly when written on a Friday or a
            # Saturday: a writer would have said "yesterday" or "Thursday" for the day just gone
            back += 7
        return EventDate(published - timedelta(days=back))
    if kind == "holiday":
        return _holiday(groups["bare"] or groups["named"], published)
    if kind == "yesterday":
        return EventDate(published - timedelta(days=1))
    return EventDate(published)


def _holiday(name: str, published: date) -> EventDate | None:
    """The last time the holiday fell, by the publication date (a day ahead allowed, as for other dates)."""
    for year in (published.year, published.year - 1):
        day = _holiday_in(name.replace("\u2019", "'").replace("'", "").lower(), year)
        if day is not None and day <= published + _AHEAD:
            return EventDate(day)
    return None


def _holiday_in(name: str, year: int) -> date | None:
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    if name in ("easter", "easter sunday"):
        return _easter(year)
    if name not in _WEEKDAY_HOLIDAYS:
        return None
    month, weekday, nth = _WEEKDAY_HOLIDAYS[name]
    first_weekday, days_in_month = calendar.monthrange(year, month)
    first = 1 + (weekday - first_weekday) % 7  # the month's first such weekday
    if nth > 0:
        return date(year, month, first + 7 * (nth - 1))
    return date(year, month, first + 7 * ((days_in_month - first) // 7))  # the last one


_FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new years day": (1, 1),
    "new years eve": (12, 31),
    "halloween": (10, 31),
    "fourth of july": (7, 4),
    "independence day": (7, 4),
}
# month, weekday (Monday 0), which one of the month (-1: the last)
_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "mothers day": (5, 6, 2),
    "fathers day": (6, 6, 3),
}


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_offset) // 433
    month = (h + weekday_offset - 7 * m + 90) // 25
    return date(year, month, (h + weekday_offset - 7 * m + 33 * month + 19) % 32)


def _safe_date(year: int, month: int, day: int) -> EventDate | None:
    try:
        return EventDate(date(year, month, day))
    except ValueError:
        return None


def _last_day(value: EventDate) -> date:
    """The last day an event date can denote: a month reaches to its end, a week to six days on."""
    if value.precision is DatePrecision.MONTH:
        following = (value.day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)
    if value.precision is DatePrecision.WEEK:
        return value.day + timedelta(days=6)
    return value.day


@dataclass(frozen=True)
class EventDateChoice:
    value: EventDate
    sentence: Sentence
    mention: DateMention
    # the date of what came after the act ("police arrested a man Wednesday"), the only one the article gives: the
    # act happened before it, on a day the article does not say
    after_the_act: bool = False
    # the date is of a report or of what followed the act ("arrested Wednesday", "police said Friday")
    aftermath: bool = False


def choose_event_date(sentences: list[Sentence], published: datetime | None) -> EventDateChoice | None:
    """The date of the reported event: the first resolvable date in a non-background sentence about the event.

    Title and lead come first. A date more than a month before publication, or after it, is history or
    announcement, not the event. Day precision beats month precision, a date that only says when something was
    said ("police said Tuesday") gives way to one that says when it happened, and a date beside the act ("was shot
    Sunday") to one beside nothing of it ("arrested Tuesday"). The parse says which word a date hangs on, so that
    one sentence can hold both: "police on Friday identified a boy killed Thursday night". Relative dates
    ("Sunday") are read against the article's own "Posted:" stamp when it has one: a feed's date is often the day it
    was collected, days after the writing.

    A follow-up (a title or lead about an arrest, a charge, a trial, a funeral) reports an act that happened
    before its news: "found guilty in May 25 fatal shooting", "on April 2, Lopez opened fire". When it gives the
    act's date in full, that date is the event's, however long ago (up to three years), rather than the day of the
    hearing.
    """
    pub_day = published.date() if published else None
    pub_day = _posted_day(sentences, pub_day) or pub_day
    recent = _recent_date(sentences, pub_day)
    if (
        recent is not None
        and recent.value.precision is DatePrecision.DAY
        and _tied_to_act(recent.sentence.text, recent.mention)
        and not recent.aftermath
        and not recent.after_the_act
    ):
        return recent  # a day of the act itself, within the month
    chosen = _date_of_followed_act(sentences, pub_day, recent is not None and recent.aftermath) or recent
    if chosen is None or chosen.aftermath:
        # "The motive behind the November 22nd drive-by shooting remains unclear", nine days on: the only date of the
        # act made its sentence background by its age alone; it beats the day of an arrest or of a statement
        aged = _recent_date(sentences, pub_day, aged_only=True)
        if aged is not None and (chosen is None or aged.value.precision <= chosen.value.precision):
            chosen = aged
    return chosen


def _recent_date(sentences: list[Sentence], pub_day: date | None, aged_only: bool = False) -> EventDateChoice | None:
    """The best date within the month before publication; with `aged_only`, the best date beside the act in the
    sentences that are background by their date's age only (`mark_earlier_happenings`)."""
    best: tuple[tuple[int, ...], EventDateChoice] | None = None
    for order, sentence in enumerate(sentences):
        if sentence.background != aged_only or (aged_only and has_background_cue(sentence.text)):
            continue
        dateline = _DATELINE.match(sentence.text)
        dateline_end = dateline.end() if dateline else 0
        for mention in find_dates(sentence.text, pub_day):
            value = mention.resolved
            if value is None or mention.start < dateline_end or len(sentence.text) - len(mention.text) < 12:
                continue  # unresolved, or in a dateline: the date of writing, not of the event
            before = sentence.text[max(0, mention.start - 40) : mention.start]
            if _STAMP_BEFORE.search(before) or _CLOCK_AFTER.match(sentence.text, mention.end):
                continue  # "Posted: Saturday, March 2", "July 6, 2015, 11:11 AM": when the page was written
            ahead = pub_day is not None and value.day >= pub_day
            if _FUTURE_BEFORE.search(before) and (ahead or not any(c.isdigit() for c in mention.text)):
                continue  # "will be presented Wednesday", "scheduled for Wednesday, June 11": ahead, not behind
            if pub_day is not None and not (pub_day - _MAX_AGE <= _last_day(value) and value.day <= pub_day + _AHEAD):
                continue
            if pub_day is None and (value.precision is not DatePrecision.DAY or order > 3):
                continue
            root = _mention_root(sentence, mention)
            head = _governor(root)
            governor = None if head is None else str(head.lower_)
            after_word = governor is not None and _AFTERMATH_WORDS.fullmatch(governor) is not None
            act_word = governor is not None and _ACT_WORDS.fullmatch(governor) is not None
            tied = act_word or (not after_word and _tied_to_act(sentence.text, mention))
            if tied and not act_word and _dates_a_proceeding(root, head):
                tied = False  # "entered pleas today", though the shooting is named beside it
            if (
                not sentence.has_trigger
                and not sentence.in_title
                and order > 2
                and not _continues_event(sentences, order)
                and not tied  # "It happened on Sunday", "The incident occurred Saturday night"
            ):
                continue
            if aged_only and not tied:
                continue
            after = sentence.text[mention.end : mention.end + 30]
            # "police arrested a man on Wednesday": the date of what came after the act
            reported = int(
                bool(
                    _REPORTED_BEFORE.search(before)
                    or _REPORTED_AFTER.match(after)
                    or _POST_SIGNATURE_BEFORE.search(before)
                )
                or after_word
            )
            follow_up = not tied and bool(_FOLLOW_UP.search(sentence.text))
            soft = bool(_SOFT_DAY.fullmatch(mention.text))
            rank = (int(value.precision), reported, int(follow_up), int(not tied), int(soft), order)
            if best is None or rank < best[0]:
                choice = EventDateChoice(value, sentence, mention, after_the_act=follow_up, aftermath=bool(reported))
                best = (rank, choice)
    return best[1] if best else None


# What a date may be the date of, read from the parse: the word it hangs on ("shot on Sunday", "Sunday's shooting",
# "arrested Tuesday", "a search continued Monday").
_ACT_WORDS = re.compile(
    r"shot|shoots?|shooting|shootout|kill\w*|died|dies|death|murder\w*|slain|slay\w*|stabb\w*|wound\w*|injur\w*"
    r"|attack\w*|fired|gunfire|erupt\w*|happen\w*|occur\w*|rampage|ambush\w*|homicide|incident|crash\w*|struck"
    r"|respond\w*|summoned|dispatched|called"
)
_AFTERMATH_WORDS = re.compile(
    r"said|says|told|tells|announc\w*|confirm\w*|releas\w*|identif\w*|arrest\w*|charg\w*|book\w*|arraign\w*"
    r"|indict\w*|sentenc\w*|convict\w*|testif\w*|learn\w*|search\w*|continu\w*|held|hold\w*|remain\w*"
    r"|recover\w*|plead\w*|reveal\w*|determin\w*|issu\w*|appear\w*|filed|ruled|buried|mourn\w*|gather\w*"
    r"|remember\w*|honou?r\w*|vot\w*|seek\w*|sought|ask\w*|urg\w*|investigat\w*|interview\w*|question\w*"
    r"|detain\w*|apprehend\w*|captur\w*|surrender\w*|extradit\w*|jailed|laid|discharg\w*|conduct\w*"
    r"|vigil|wore|met|condition"
)
_HOPS = 3  # prepositions, their objects and parts of the day climbed to reach the word a date hangs on
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "hours", "midnight", "noon"})


def _mention_root(sentence: Sentence, mention: DateMention) -> Any:
    """The token of a date expression that hangs on a word outside it, or None without a parse."""
    span = sentence.span
    if span is None:
        return None
    base = sentence.start if sentence.start >= 0 else 0
    low, high = base + mention.start, base + mention.end
    tokens = [token for token in span if low <= token.idx < high]
    return next((token for token in tokens if not low <= token.head.idx < high), None)


def _governor(root: Any) -> Any:
    """The word a date expression hangs on in the parse, from the token of it that hangs outside it (see
    `_mention_root`), climbing prepositions and parts of the day; None without a parse."""
    if root is None:
        return None
    head = root.head
    for _ in range(_HOPS):
        passing = head.pos_ in ("ADP", "SCONJ") or head.dep_ in ("prep", "pobj", "pcomp")
        if not passing and head.lower_ not in _PARTS_OF_DAY:  # "Friday evening": the evening hangs on the verb
            break
        head = head.head
    return head


# What a court or the police do after the act, as the object of the verb a date hangs on: "entered pleas today",
# "was found guilty Wednesday", "set bond at $100,000 today", "were in court today".
_PROCEEDING = re.compile(
    r"pleas?|guilty|verdicts?|charges?|bond|bail|sentences?|hearings?|trial|lawsuit|indictments?|arraignment"
    r"|court|jail|prison|probation"
)


def _dates_a_proceeding(root: Any, head: Any) -> bool:
    """Whether the parse hangs the date (`root`, see `_mention_root`) on a verb (`head`) of a proceeding (a plea, a
    verdict, bond), with no word of the act on the way to it.

    A follow-up names its act near the hearing's day ("accused in a May 25 shooting ... entered pleas today"), so
    nearness alone took the hearing's day for the act's. On GVA, 6 articles so read now have the act's own day (a
    full date further on), 4 others have their wrong day marked as after the act, and no right day was lost. A
    "funeral" or "custody" is no proceeding here: people are shot at funerals, and taken into custody the day of
    the act. "Charges for a Saturday morning shooting" keeps its date, which hangs on the shooting.
    """
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    token = root
    # spaCy makes a new Token object on each access: tokens are compared by position, never by identity
    while token.i != head.i and token.head.i != token.i:
        token = token.head
        if token.i != head.i and _ACT_WORDS.fullmatch(token.lower_):
            return False
    for child in head.children:
        if child.dep_ in ("dobj", "acomp", "oprd", "attr", "xcomp") and _PROCEEDING.fullmatch(child.lower_):
            return True
        if child.dep_ == "prep" and any(
            grand.dep_ == "pobj" and _PROCEEDING.fullmatch(grand.lower_) for grand in child.children
        ):
            return True
    return False


# The words of the act itself or of its happening: a date beside them is the act's ("was shot Sunday", "the Aug. 19
# drive-by shooting", "the incident happened March 3"); one beside "charged" or "sentenced" is the follow-up's.
_ACT = re.compile(
    r"\b(shot|shoot\w*|gunfire|gunshots?|opened fire|kill\w*|slain|slaying|murder\w*|homicide(?! unit| squad"
    r"| division| detectives?| investigators?)|stabb\w*|death"
    r"|fatal\w*|wound\w*|injur\w*|attack\w*|ambush\w*|bomb\w*|explosion|blast|clash\w*|kidnap\w*|abduct\w*"
    r"|raid\w*|operation|stormed|happened|occurred|took place|incident)\b",
    re.IGNORECASE,
)
_ACT_REACH = 60  # characters either side of a date in which the act's words are looked for


# A charge names an act without dating it: "a jury on Tuesday found him guilty of murder".
_CHARGE = re.compile(
    r"\b(?:guilty of|charged with|charges? of|counts? of|convicted of|accused of|indicted (?:on|for)|plead\w* guilty"
    r" to|sentenced for|arrested for|wanted for)(?:\s+[\w-]+){1,4}",
    re.IGNORECASE,
)


# What follows a date may name the act only to say what an arrest was for: "arrested Wednesday in connection with
# the shooting of his cousin" dates the arrest.
_REFERENCE = re.compile(
    r"^\W*(?:in connection with|connected to|related to|in|for|over|with)\s+(?:the|a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:shootings?|killings?|deaths?|murders?|slayings?|stabbings?|homicides?|attacks?)\b",
    re.IGNORECASE,
)


def _tied_to_act(text: str, mention: DateMention) -> bool:
    before = _CHARGE.sub(" ", text[max(0, mention.start - _ACT_REACH) : mention.start])
    # the charge first: "for a suspect accused of shooting and wounding a toddler" names the act only as a charge
    after = _REFERENCE.sub(" ", _CHARGE.sub(" ", text[mention.end : mention.end + _ACT_REACH]))
    return bool(_ACT.search(before) or _ACT.search(after))


# What a follow-up reports: what came of an act after it happened.
_FOLLOW_UP = re.compile(
    r"\b(charged?|charges|arrest\w*|sentenced?|sentencing|guilty|convicted|conviction|indicted|indictment|trial"
    r"|pleads?|pleaded|plea|arraign\w*|verdict|jury|hearing|lawsuit|sues|sued|court|funeral|vigil|memorial"
    r"|anniversary|reward|remember\w*|mourn\w*|manhunt|extradit\w*|surrender\w*|custody|prosecutors?|autopsy"
    r"|bond|bail)\b",
    re.IGNORECASE,
)
_FOLLOWED_ACT_AGE = timedelta(days=3 * 366)


def _date_of_followed_act(
    sentences: list[Sentence], pub_day: date | None, follow_up: bool = False
) -> EventDateChoice | None:
    """In a follow-up, the first full date of the act it follows, more than a week before publication (a
    sentence about it is background by its age, which is why background is read here). An article is a follow-up
    when its title or lead says so, or (`follow_up`) when its best recent date is that of an aftermath."""
    top = [sentence for sentence in sentences if sentence.in_title or sentence.in_lead]
    if pub_day is None or not (follow_up or any(_FOLLOW_UP.search(sentence.text) for sentence in top)):
        return None
    for sentence in sentences:
        if has_background_cue(sentence.text):
            continue  # "a similar shooting on May 3", "previous attacks": another act
        for mention in find_dates(sentence.text, pub_day):
            value = mention.resolved
            if value is None or value.precision is not DatePrecision.DAY or not any(c.isdigit() for c in mention.text):
                continue
            if not (pub_day - _FOLLOWED_ACT_AGE <= value.day < pub_day - _EARLIER):
                continue
            before = sentence.text[max(0, mention.start - 40) : mention.start]
            if _STAMP_BEFORE.search(before) or _REPORTED_BEFORE.search(before):
                continue
            if _ACT.search(_CHARGE.sub(" ", sentence.text)):  # a full date in a sentence that tells of the act
                return EventDateChoice(value, sentence, mention)
    return None


def _continues_event(sentences: list[Sentence], order: int) -> bool:
    """A line that carries on the sentence before it ("...were shot" / "Sunday along the 2800 block"): a page's
    line breaks cut sentences, and the event's words stay in the first part."""
    previous = sentences[order - 1] if order > 0 else None
    return previous is not None and previous.has_trigger and not previous.background and not previous.in_title


_WEEKDAY_PREFIX = r"((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
_STAMP_BEFORE = re.compile(
    r"(\b(posted|published|updated|last updated|modified)\s*(on|at)?\s*:?\s*|^By\b[^.]{1,40}(//|\|)\s*)"
    + _WEEKDAY_PREFIX
    + "$",
    re.IGNORECASE,
)  # a page's stamp, or a byline's date: "By Space Coast Daily // September 3, 2016"
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|'ll|scheduled|expected to|set to|plans? to|going to|due)\b(?:\s+[\w-]+){0,5}\s+(?:on\s+)?"
    + _WEEKDAY_PREFIX
    + "$",
    re.IGNORECASE,
)
# a clock time after a full date, ending the line or before "Updated": a page's stamp ("July 6, 2015, 11:11 AM")
_CLOCK_AFTER = re.compile(
    r",?\s+\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?\s*(?:$|[|/]|Last\b|Updated\b)"
)
_POSTED_BEFORE = re.compile(r"\b(posted|published)\s*(on|at)?\s*:?\s*" + _WEEKDAY_PREFIX + "$", re.IGNORECASE)
# Words that date a report or what came after the act, not the act: "police said Tuesday", "Police on Tuesday said".
_REPORTING = r"said|says|stated|told|announced|confirmed|reported|released"
# and what followed it: "hospitalized today with wounds received late Friday", "an update Tuesday regarding a
# shooting that occurred Monday", "an investigation was underway Wednesday", "a second surgery today", "stated in
# a news release Tuesday that one shooting happened Monday"
_AFTERMATH = (
    r"hospitali[sz]ed|underway|update|surgery|arraigned|booked|indicted|sentenced|convicted|jailed|surrendered"
    r"|searching|searched|revealed|remained|recovering|held|waived|unsealed|issued|condition|behind bars"
    r"|(?:in|to) court|(?:news|press) (?:conference|release)|statement|turned (?:himself|herself) in"
)
_REPORTED_BEFORE = re.compile(
    rf"\b({_REPORTING}|{_AFTERMATH}|identified|charged|arrested|died)\s+(on\s+)?((early|late)\s+)?$", re.IGNORECASE
)
# The signature of an embedded post ("— Testville Police (@TestvillePD) March 1, 2017") dates the post, written
# after the act: like "police said Tuesday", it gives way to a date of the act itself.
_POST_SIGNATURE_BEFORE = re.compile(r"\(@\w{1,15}\)\s*$")
_REPORTED_AFTER = re.compile(rf"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:{_REPORTING})\b", re.IGNORECASE)


def _posted_day(sentences: list[Sentence], published: date | None) -> date | None:
    """The day an article says it was posted, near its top, when that is plausible (not after the feed's date)."""
    for sentence in sentences[:4]:
        for mention in find_dates(sentence.text, published):
            before = sentence.text[max(0, mention.start - 40) : mention.start]
            value = mention.resolved
            explicit = any(character.isdigit() for character in mention.text)  # a stamp's weekday is not its date
            if value is None or not explicit or value.precision is not DatePrecision.DAY:
                continue
            if not _POSTED_BEFORE.search(before):
                continue
            if published is None or published - _MAX_AGE <= value.day <= published:
                return value.day
    return None


_EARLIER = timedelta(days=7)


def mark_earlier_happenings(sentences: list[Sentence], published: date) -> None:
    """Mark as background the sentences dated more than a week before publication ("was kidnapped on November 3"
    in a report of the arrests on November 14, "In December, a driver injured 36" in a report of January 20): they
    tell what led up to the event, or another one, not the event."""
    for sentence in sentences:
        if sentence.background:
            continue
        resolved = _resolved_in(sentence, published)
        days = [value.day for value in resolved if value.precision is DatePrecision.DAY]
        months = [_last_day(value) for value in resolved if value.precision is DatePrecision.MONTH]
        # a sentence with days is judged by its days; one with months only ("In December") by the months' ends
        if (days or months) and all(day < published - _EARLIER for day in days or months):
            sentence.background = True


def restore_the_act(sentences: list[Sentence], choice: EventDateChoice | None, published: date) -> None:
    """When the event is the earlier act a follow-up dates, the sentences dated to it are about the event after
    all ("On April 2, 2014, Lopez opened fire, killing three"), unless they say in words that they tell history."""
    if choice is None or choice.value.precision is not DatePrecision.DAY or choice.value.day >= published - _EARLIER:
        return
    for sentence in sentences:
        about_the_act = sentence.background and not has_background_cue(sentence.text)
        if about_the_act and choice.value.day in _days_of(sentence, published):
            sentence.background = False


def _resolved_in(sentence: Sentence, published: date) -> list[EventDate]:
    return [m.resolved for m in find_dates(sentence.text, published) if m.resolved is not None]


def _days_of(sentence: Sentence, published: date) -> list[date]:
    return [value.day for value in _resolved_in(sentence, published) if value.precision is DatePrecision.DAY]

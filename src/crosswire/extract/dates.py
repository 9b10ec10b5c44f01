"""Event dates: date expressions found in sentences, resolved against the publication date.

Relative expressions ("on Tuesday", "yesterday", "last night", "overnight": the night just ended, so the day of
publication) can only be resolved when the publication date is known; without it they stay unresolved, and the
event date stays unknown rather than borrowing the publication date. Expressions that point more than a month
before publication, or after it, belong to background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crosswire.extract.sentences import Sentence
from crosswire.model import DatePrecision, EventDate

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
# Month names are matched capitalised only: "may" and "march" are also verbs.
_MONTH = r"(?P<month>" + "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b")),
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
        re.compile(r"\b(?i:in|during|since|by|of|early|late|mid-?)\s+" + _MONTH + r"(\s+(?P<year>(19|20)\d\d))?\b"),
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
    ("today", re.compile(r"\b(today|this morning|this afternoon|earlier today|tonight|overnight)\b", re.IGNORECASE)),
]
_MAX_AGE = timedelta(days=31)
_AHEAD = timedelta(days=1)
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
    return sorted(mentions, key=lambda mention: mention.start)


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
        if groups.get("last") and back == 0:
            back = 7  # "last Thursday", written on a Thursday, is a week ago
        return EventDate(published - timedelta(days=back))
    if kind == "yesterday":
        return EventDate(published - timedelta(days=1))
    return EventDate(published)


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


def choose_event_date(sentences: list[Sentence], published: datetime | None) -> EventDateChoice | None:
    """The date of the reported event: the first resolvable date in a non-background sentence about the event.

    Title and lead come first. A date more than a month before publication, or after it, is history or
    announcement, not the event. Day precision beats month precision, and a date that only says when something
    was said ("police said Tuesday") gives way to one that says when it happened. Relative dates ("Sunday") are
    read against the article's own "Posted:" stamp when it has one: a feed's date is often the day it was
    collected, days after the writing.
    """
    pub_day = published.date() if published else None
    pub_day = _posted_day(sentences, pub_day) or pub_day
    best: tuple[tuple[int, int, int], EventDateChoice] | None = None
    for order, sentence in enumerate(sentences):
        if sentence.background:
            continue
        dateline = _DATELINE.match(sentence.text)
        dateline_end = dateline.end() if dateline else 0
        for mention in find_dates(sentence.text, pub_day):
            value = mention.resolved
            if value is None or mention.start < dateline_end or len(sentence.text) - len(mention.text) < 12:
                continue  # unresolved, or in a dateline: the date of writing, not of the event
            before = sentence.text[max(0, mention.start - 40) : mention.start]
            if _STAMP_BEFORE.search(before):
                continue  # "Posted: Saturday, March 2", "Updated: ...": when the page was written
            if pub_day is not None and not (pub_day - _MAX_AGE <= _last_day(value) and value.day <= pub_day + _AHEAD):
                continue
            if pub_day is None and (value.precision is not DatePrecision.DAY or order > 3):
                continue
            if (
                not sentence.has_trigger
                and not sentence.in_title
                and order > 2
                and not _continues_event(sentences, order)
            ):
                continue
            rank = (int(value.precision), int(bool(_REPORTED_BEFORE.search(before))), order)
            if best is None or rank < best[0]:
                best = (rank, EventDateChoice(value, sentence, mention))
    return best[1] if best else None


def _continues_event(sentences: list[Sentence], order: int) -> bool:
    """A line that carries on the sentence before it ("...were shot" / "Sunday along the 2800 block"): a page's
    line breaks cut sentences, and the event's words stay in the first part."""
    previous = sentences[order - 1] if order > 0 else None
    return previous is not None and previous.has_trigger and not previous.background and not previous.in_title


_WEEKDAY_PREFIX = r"((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
_STAMP_BEFORE = re.compile(
    r"\b(posted|published|updated|last updated|modified)\s*(on|at)?\s*:?\s*" + _WEEKDAY_PREFIX + "$", re.IGNORECASE
)
_POSTED_BEFORE = re.compile(r"\b(posted|published)\s*(on|at)?\s*:?\s*" + _WEEKDAY_PREFIX + "$", re.IGNORECASE)
_REPORTED_BEFORE = re.compile(
    r"\b(said|says|told|announced|confirmed|reported|identified|released|charged|arrested|died)\s+(on\s+)?$",
    re.IGNORECASE,
)


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
    in a report of the arrests on November 14): they tell what led up to the event, not the event."""
    for sentence in sentences:
        if sentence.background:
            continue
        resolved = [m.resolved for m in find_dates(sentence.text, published) if m.resolved is not None]
        day_dates = [value.day for value in resolved if value.precision is DatePrecision.DAY]
        if day_dates and all(day < published - _EARLIER for day in day_dates):
            sentence.background = True

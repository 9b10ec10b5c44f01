"""Tolls that a headline states in its own shorthand.

Headlines drop verbs and articles and capitalise every word ("Boy Stable After Accidental Shooting", "2-year-old
'serious' after shooting", "Gunshot wounds Chetek teen"), so the parse of a title, made for full sentences, often
finds neither the victim nor the outcome. The few shapes headlines use for one person hurt or killed are regular
enough to be read by pattern: a person, then a condition, a recovery, a wound suffered or a self-inflicted shot;
a bullet or a shooting that wounds someone. `tolls` takes these only for a field nothing else counted, except a
list of people ("Man, woman killed", "Baby, 4 people injured"), taken over a smaller count: the parse and the
count patterns read its last item alone.
"""

from __future__ import annotations

import re

from crosswire.extract.counts import CountMention, parse_number
from crosswire.extract.sentences import Sentence
from crosswire.model import ClaimField, Count

_PERSON_NOUNS = (
    r"man|woman|boy|girl|teen|teenager|child|kid|toddler|baby|infant|officer|deputy|trooper|student|victim"
    r"|passerby|bystander|father|mother|dad|mom|son|daughter|cop|driver|clerk|guard|hunter|youth|juvenile|person"
    r"|resident|customer|worker|employee|senior|grandmother|grandfather|veteran|pastor|wife|husband|sister|brother"
    r"|grandson|granddaughter|girlfriend|boyfriend|neighbou?r|friend|uncle|aunt|nephew|niece|cousin"
)
_AGE = r"(?:\d{1,3}|[a-z]+)[- ](?:year|month|week)s?[- ]old"
# "Boy", "10-year-old boy", "Police officer", "Chetek teen", "Boy, 3,": one person, as a headline names them
_ONE_PERSON = (
    r"(?:(?:a|an|the)\s+)?(?:" + _AGE + r"(?:\s+(?:" + _PERSON_NOUNS + r"))?"
    r"|(?:[\w'’.-]+\s+){0,2}?(?:" + _PERSON_NOUNS + r"))(?:,\s*\d{1,3},)?"
)
_START = r"(?:^|:\s+|;\s+)"  # where a headline's subject begins ("Police: 10-year-old boy critical ...")
_QUOTE = r"['\"‘’“”]?"
_CONDITION = r"(?:critical|serious|stable|grave|fair|good)"


def _one_person_then(outcome: str) -> re.Pattern[str]:
    """A headline that opens (or goes on after "Police:") with one person, then says what befell them."""
    return re.compile(_START + r"(?P<who>" + _ONE_PERSON + r")\s+" + outcome, re.IGNORECASE)


_HURT_PATTERNS = [
    # "10-year-old boy critical after accidental shooting", "2-year-old 'serious' after shooting", "Police officer
    # serious but stable after Sunday shooting", "Child who was shot in critical condition"
    _one_person_then(
        r"(?:who\s+was\s+shot\s+)?(?:is\s+|was\s+|remains\s+|still\s+)*(?:in\s+)?"
        + _QUOTE
        + _CONDITION
        + _QUOTE
        + r"(?:\s+(?:but|and)\s+"
        + _CONDITION
        + r")?(?:\s+condition)?(?:\s+(?:after|following|in|at|with|from)\b|\s*$)"
    ),
    # "Woman recovering after accidental shooting", "Man hospitalized following accident", "Boy, 3, wounded in
    # accidental shooting", "Teen grazed by bullet"
    _one_person_then(
        r"(?:is\s+|was\s+)?(?:recovering|hospitali[sz]ed|wounded|injured|hurt|grazed|hit)"
        r"\s+(?:after|following|in|by|at|during|from|when|while|as)\b"
    ),
    # "16-year-old suffers accidental gunshot wound", "17-Year-Old Taken To Hospital With ... Gunshot Wound"
    _one_person_then(
        r"(?:suffers|suffered|sustains|sustained|taken\s+to\s+(?:the\s+)?hospital\s+with)"
        r"\s+(?:[\w-]+\s+){0,3}?wounds?\b"
    ),
    # "Carter County man shoots own leg", "3-Year-Old Girl Accidentally Shoots Herself" (a self-inflicted shot
    # said without "accidentally" is as often a suicide)
    _one_person_then(
        r"(?:accidentally\s+(?:shoots|shot)\s+(?:(?:him|her)self|self)"
        r"|(?:shoots|shot)\s+(?:(?:his|her)\s+)?own\s+\w+)\b"
    ),
]
# "Gunshot wounds Chetek teen", "Early morning shooting wounds four", "Shooting that injured 11-year-old boy"
_WOUNDS_SOMEONE = re.compile(
    r"\b(?:gunshot|bullet|gunfire|shooting|shots?)\s+(?:that\s+)?"
    r"(?:wounds|wounded|grazes|grazed|injures|injured|hits|hit|strikes|struck)\s+(?P<who>"
    r"(?P<num>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![- ](?:years?|months?|weeks?)\b)|"
    + _ONE_PERSON
    + r")",
    re.IGNORECASE,
)
# "Man, woman killed in Miami shooting", "Father, daughter found dead", "Mother, son and grandson slain": people
# listed with commas, which the parser reads as anything but a list, then what befell them all
# ... and groups counted beside them: "Baby, 4 people injured" (five), "Man, 2 children killed" (three)
_COUNTED = (
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+|other\s+)?"
    r"(?:people|persons|others|adults|children|kids|teens|teenagers|men|women|officers|students|victims|bystanders)"
)
_COUNTED_GROUP = re.compile(_COUNTED, re.IGNORECASE)
_COUNTED_ITEM = re.compile(r"^(?P<num>\w+)\s+(?:more\s+|other\s+)?\w+$", re.IGNORECASE)
_ITEM = r"(?:" + _COUNTED + r"|" + _ONE_PERSON + r")"
_LISTED = r"(?P<listed>" + _ITEM + r"(?:\s*,\s*" + _ITEM + r")*(?:,?\s+and\s+" + _ITEM + r")?)"
_LISTED_DEAD = re.compile(
    _START
    + _LISTED
    # "6-year-old playing with gun shot and killed": what the person was doing, then what befell them
    + r"(?:\s+\w+ing(?:\s+[\w'’-]+){0,3}?)?"
    + r"\s+(?:(?:were|are|both)\s+)?(?:shot\s+and\s+killed|shot\s+dead|fatally\s+shot|killed|slain|murdered"
    r"|found\s+dead|dead|dies?|died)\b",
    re.IGNORECASE,
)
_LISTED_HURT = re.compile(
    _START + _LISTED + r"\s+(?:(?:were|are|both)\s+)?(?:shot|wounded|injured|hurt|hospitali[sz]ed)\b", re.IGNORECASE
)
# "Drive-by shooting kills teen girl", "Accidental shooting takes life of Quapaw man", "Gunfire kills 2"
_KILLS_SOMEONE = re.compile(
    r"\b(?:gunshot|bullet|gunfire|shooting|shots?|stray\s+bullet)\s+(?:that\s+)?"
    r"(?:kills|killed|(?:claims|claimed|takes|took)\s+(?:the\s+)?li(?:fe|ves)\s+of)\s+(?P<who>"
    r"(?P<num>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![- ](?:years?|months?|weeks?)\b)|"
    + _ONE_PERSON
    + r")",
    re.IGNORECASE,
)
_DEATH = re.compile(
    r"\b(?:dies|died|dead|death|killed|kills|fatal\w*|slain|murder\w*|suicide|homicide)\b", re.IGNORECASE
)


def headline_counts(sentence: Sentence) -> dict[ClaimField, CountMention]:
    """The wounded a title states in headline shorthand; nothing for a body sentence, a background title, or a
    title that also tells of a death (whose victim the wounded may be)."""
    if not sentence.in_title or sentence.background or _DEATH.search(sentence.text):
        return {}
    text = sentence.text
    listed = headline_hurt(sentence)
    if listed is not None and not _COUNTED_GROUP.search(listed.text):
        # a list with a counted group ("Man, 3 others shot") is weighed by `tolls`, which knows of the dead
        return {ClaimField.INJURED: listed}
    for pattern in _HURT_PATTERNS:
        match = pattern.search(text)
        if match is not None:
            return {ClaimField.INJURED: _mention(ClaimField.INJURED, match, sentence)}
    match = _WOUNDS_SOMEONE.search(text)
    if match is not None:
        number = parse_number(match.group("num")) if match.group("num") else (1, 1)
        if number is not None:
            return {ClaimField.INJURED: _mention(ClaimField.INJURED, match, sentence, number)}
    return {}


def headline_hurt(sentence: Sentence) -> CountMention | None:
    """The wounded a title lists, two or more ("Boy, girl shot in Elmwood", "Baby, 4 people injured"), unless the
    title also tells of a death (whose victim the wounded may be)."""
    if not sentence.in_title or sentence.background or _DEATH.search(sentence.text):
        return None
    listed = _LISTED_HURT.search(sentence.text)
    people = _people_listed(listed) if listed is not None else 0
    if listed is None or people < 2:
        return None
    return _mention(ClaimField.INJURED, listed, sentence, (people, people))


def headline_dead(sentence: Sentence) -> CountMention | None:
    """The dead a title lists or a title's shooting kills, in headline shorthand the parse misreads: "Man, woman
    killed" (two), "Shooting takes life of Quapaw man" (one)."""
    if not sentence.in_title or sentence.background:
        return None
    listed = _LISTED_DEAD.search(sentence.text)
    people = _people_listed(listed) if listed is not None else 0
    if listed is not None and people:
        return _mention(ClaimField.KILLED, listed, sentence, (people, people))
    kills = _KILLS_SOMEONE.search(sentence.text)
    if kills is not None:
        number = parse_number(kills.group("num")) if kills.group("num") else (1, 1)
        if number is not None:
            return _mention(ClaimField.KILLED, kills, sentence, number)
    return None


def _mention(
    claim_field: ClaimField, match: re.Match[str], sentence: Sentence, number: tuple[int, int] = (1, 1)
) -> CountMention:
    """A count read from a title, quoted from the words that matched (without the "Police:" that led to them)."""
    quote = match.group(0).lstrip(":; ").strip()
    return CountMention(claim_field, Count(number[0], number[1], quote), quote, sentence)


def _people_listed(listed: re.Match[str]) -> int:
    """The people of a title's list: its items between commas and "and", less the ages ("Boy, 3,"), a counted
    group as many as its number. A counted group alone is no list (0): the count patterns read "4 people hurt"."""
    items = [item.strip() for item in re.split(r",|\band\b", listed.group("listed"))]
    people = [item for item in items if item and not item.isdigit()]
    groups = [_COUNTED_ITEM.match(item) if _COUNTED_GROUP.fullmatch(item) else None for item in people]
    if any(groups) and len(people) < 2:
        return 0
    numbers = [parse_number(group.group("num")) if group is not None else None for group in groups]
    return sum(number[0] if number is not None else 1 for number in numbers)

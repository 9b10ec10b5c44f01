"""The ages an article states ("a 16-year-old girl", "Jane Doe, 16,", "died at 95"), a fingerprint of its people.

Two reports of one shooting often share no name (one says "a teenager", the other names her later) and little
wording, but both say "16-year-old". Clustering counts an age stated by both as evidence of one event, and two sets of
ages with none in common as a sign of two (see `crosswire.cluster.events`).
"""

from __future__ import annotations

import re

_NUMBER_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
]  # fmt: skip
_NUMBER_OF_WORD = {word: number for number, word in enumerate(_NUMBER_WORDS, start=1)}
# "16-year-old", "sixteen year old", "9-month-old", "3-week-old", "2-day-old"
_AGE_WITH_UNIT = re.compile(
    r"\b(?P<number>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")[- ](?P<unit>year|month|week|day)s?[- ]old\b",
    re.IGNORECASE,
)
# a name with its age set off by commas, as news writes it: "Jane Doe, 16, was taken to a hospital"
_AGE_AFTER_NAME = re.compile(r"\b[A-Z][a-z]+,\s(?P<number>\d{1,2}),\s")
# an age given in words around the number, as obituaries and follow-ups write it: "aged 23", "at the age of 95",
# "died at 95", "He was 75." A number followed by a unit or a clock time is no age ("he was 30 years in prison",
# "she was 8 months pregnant", "died at 9 p.m.").
_AGE_AFTER_WORDS = re.compile(
    r"\b(?:aged|at the age of|at age|(?:dies|died|dead|passed away) at|(?:he|she) was)\s(?P<number>\d{1,3})\b"
    r"(?![\s-]*(?:years?\b(?![\s-]*old)|%|percent|feet|foot|inch|mph|miles?\b|minutes?\b|hours?\b|days?\b"
    r"|weeks?\b|months?\b|times\b|shots?\b|rounds?\b|[ap]\.?m\b|o'clock|[\d,.:]\d))",
    re.IGNORECASE,
)
_OLDEST = 120


def stated_ages(text: str) -> list[str]:
    """The ages stated in `text`, each as its number and unit ("16y", "9m"), sorted and without repeats."""
    ages: set[str] = set()
    for match in _AGE_WITH_UNIT.finditer(text):
        number = match.group("number").lower()
        value = _NUMBER_OF_WORD.get(number) or int(number)
        ages.add(f"{value}{match.group('unit').lower()[0]}")
    for match in _AGE_AFTER_NAME.finditer(text):
        ages.add(f"{int(match.group('number'))}y")
    for match in _AGE_AFTER_WORDS.finditer(text):
        if 0 < (years := int(match.group("number"))) < _OLDEST:
            ages.add(f"{years}y")
    return sorted(ages)

"""The header of a page saved as plain text: its address, its headline and its dateline.

Text dumps of news pages (a scraper's output, a research corpus, a page saved by a reader) often keep what the
browser showed above the story: the page's address in place of a headline, then the headline, then a line that
holds only the publication date ("Published May 03, 2013", "SATURDAY, SEPTEMBER 14, 2013, 9:29 PM"). Without a
publication time, an article's "on Saturday" cannot be dated and clustering has no time to compare; without the
headline, the address's fragments stand in for it. Tokenised corpora space such lines out ("http: / / www. cnn.
com / 2013 / 08 / 02 / ...", "05: 31 GMT"), so both readers accept the spacing.
"""

from __future__ import annotations

import re
from datetime import date

from crosswire.calendar_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

# Words a dateline wraps the date in ("Posted on", "Last updated at", "Published time:")
_LABELS = {"posted", "published", "updated", "last", "first", "modified", "edited", "on", "at", "time", "date"}
_ZONES = {
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "ist", "hkt", "sgt", "jst", "kst", "aest", "aedt",
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "akdt", "hst",
}  # fmt: skip
_MERIDIEM = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m"}
_BESIDE_THE_DATE = {*WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *_LABELS, *_ZONES}  # the other words a dateline holds
_MAX_DATELINE = 80  # characters: a dateline is short
_HEADER_LINES = 5  # the dateline is looked for among this many first lines of the text

_SPACED_ADDRESS = re.compile(r"^(?:https?\s*:\s*/\s*/|www\s*\.)", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ADDRESS_DATES = (
    # /2013/08/02/, /2013-08-02-slug, /2007/apr/04/
    re.compile(r"(?<![\d])((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"(?<![\d])((?:19|20)\d\d)/({_MONTH_NAMES})/(0?[1-9]|[12]\d|3[01])(?!\d)", re.IGNORECASE),
)
_UPDATE = re.compile(r"\b(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
# digits a tokeniser spaced out: "05: 31", "12 / 19 / 2005", "2013 - 06 - 10"
_SPACED_DIGITS = re.compile(r"(?<=\d) ?([:/.-]) ?(?=\d)")
_TOKEN = re.compile(
    r"\((?P<aside>[^()]*)\)"
    r"|(?P<numeric>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})"
    r"|(?P<clock>\d{1,2}:\d\d(?::\d\d)?)(?P<clock_meridiem>\s?[ap]\.?(?:m\.?)?(?![a-z]))?"
    r"|(?P<number>\d+)(?:st|nd|rd|th)?(?![\w])"
    r"|(?P<word>[a-z]+(?:\.[a-z]\.?|\.)?)"
    r"|(?P<offset>[+−-]\d\d:?\d\d)"
    r"|(?P<mark>[,|:•·–—@-])",
    re.IGNORECASE,
)


def address_in(line: str) -> str | None:
    """The web address a line consists of ("http: / / www. cnn. com / 2013 / ..."), closed up; None otherwise."""
    stripped = line.strip()
    if not _SPACED_ADDRESS.match(stripped):
        return None
    address = re.sub(r"\s+", "", stripped)
    return address if _ADDRESS.match(address) else None


def date_in_address(address: str | None) -> date | None:
    """The publication day a page's address gives in its path ("/2013/08/02/", "/2007/apr/04/"), if any."""
    if not address:
        return None
    for pattern in _ADDRESS_DATES:
        if found := pattern.search(address):
            year, month, day = found.groups()
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            return _day(int(year), number, int(day))
    return None


def without_dateline(text: str) -> tuple[str, date | None]:
    """The text without the line among its first that holds only its publication date, and that date."""
    lines = text.replace("\r\n", "\n").split("\n")
    seen = 0
    for position, line in enumerate(lines):
        if not line.strip():
            continue
        if (day := read_dateline(line)) is not None:
            return "\n".join(lines[:position] + lines[position + 1 :]), day
        seen += 1
        if seen == _HEADER_LINES:
            break
    return text, None


def read_dateline(line: str) -> date | None:
    """The day a line states when the line holds nothing but a date, with a time, a weekday, a zone or a label
    ("Posted on January 5, 2011, 3:37 PM EDT"); None for any line that says anything else. A line that gives the
    day of a later update as well ("April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:02 AM") states the day
    it was first published; one that gives only the update's day states that."""
    text = _SPACED_DIGITS.sub(r"\1", line.strip())
    if not text or len(text) > _MAX_DATELINE:
        return None
    first, *update = _UPDATE.split(text, maxsplit=1)
    readable, day = _read_date(first)
    if update:
        later_readable, later = _read_date(update[0])
        readable, day = readable and later_readable, day or later  # a page may show only when it was updated
    return day if readable else None


def _read_date(text: str) -> tuple[bool, date | None]:
    """Whether every part of `text` is one a dateline holds, and the day it states (None if none or unclear)."""
    month: int | None = None
    numbers: list[int] = []
    numeric: date | None = None
    position = 0
    for token in _TOKEN.finditer(text):
        if text[position : token.start()].strip():
            return False, None  # something between tokens that no token reads
        position = token.end()
        if token.group("aside") is not None:
            if not _is_time_aside(token.group("aside")):
                return False, None
        elif token.group("numeric"):
            if numeric is not None or (numeric := _numeric_date(token.group("numeric"))) is None:
                return False, None
        elif token.group("number"):
            numbers.append(int(token.group("number")))
        elif token.group("word"):
            word = token.group("word").lower()
            bare = word.rstrip(".")
            if bare in MONTHS and month is None:
                month = MONTHS[bare]
            elif bare not in _BESIDE_THE_DATE and word not in _MERIDIEM:
                return False, None
    if text[position:].strip():
        return False, None
    # a 24-hour time written without its colon ("POSTED: 1052 GMT") is the only other number a dateline holds
    clocks = [n for n in numbers if 100 <= n <= 2359 and n % 100 < 60 and not 1900 <= n <= 2099]
    if numeric is not None:
        return True, numeric if month is None and len(numbers) == len(clocks) else None
    years = [number for number in numbers if 1900 <= number <= 2099]
    days = [number for number in numbers if 1 <= number <= 31]
    if month is None or len(years) != 1 or len(days) != 1 or len(numbers) != 2 + len(clocks):
        return True, None
    return True, _day(years[0], month, days[0])


def _is_time_aside(aside: str) -> bool:
    """A parenthesis in a dateline that gives the time elsewhere: "(1852 HKT)", "(GMT+05:00)"."""
    words = re.findall(r"[a-z]+", aside.lower())
    return bool(words) and all(word in _ZONES for word in words) and not re.search(r"[^\w\s:+−-]", aside)


def _numeric_date(value: str) -> date | None:
    """A date written in figures: "2013-06-10"; "12/19/2005", month first as American pages write it unless the
    first part cannot be a month; "19.12.2005", day first as European pages write it. A two-digit year is in this
    century up to 49, in the last from 50."""
    parts = re.split(r"[/.-]", value)
    first, second, third = (int(part) for part in parts)
    if len(parts[0]) == 4:
        return _day(first, second, third)
    if len(parts[2]) not in (2, 4):
        return None
    year = third if len(parts[2]) == 4 else 2000 + third if third < 50 else 1900 + third
    if "." in value or first > 12:
        return _day(year, second, first)
    return _day(year, first, second)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None

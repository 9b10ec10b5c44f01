"""The state a North American phone number is dialled in: "call police at 717-846-1234" is a York, Pennsylvania
story, whatever the bigger York in England suggests.

Local crime reports end with a number to call (the police, the sheriff, Crime Stoppers), and its area code belongs
to one US state or Canadian province. That says where the story is told from, the way a dateline does. The area
codes' places come from `phonenumbers` (Google's libphonenumber, which ships the North American numbering plan's
geography): read once, when the gazetteer index is built, into a small table of area code to admin1 area. Toll-free
codes (800, 888...) and codes shared by several provinces name no area and are left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from crosswire.errors import ResourceError
from crosswire.names import name_key

# A number as North American papers print it: "717-846-1234", "(717) 846-1234", "717.846.1234", "1-717-846-1234",
# and the same with a word for its last four digits ("713-222-TIPS"). A bare seven-digit number has no area code.
_NUMBER = re.compile(
    r"(?<![\w.-])(?:\+?1[ .-]?)?(?:\((?P<bracketed>[2-9]\d\d)\)\s?|(?P<plain>[2-9]\d\d)[.-])"
    r"[2-9]\d\d[.-](?:\d{4}|[A-Z]{4})(?![\w-])"
)
# Canada's provinces as libphonenumber abbreviates them after a town ("Toronto, ON"), with GeoNames' admin1 codes.
_CANADIAN_PROVINCES = {
    "AB": "01",
    "BC": "02",
    "MB": "03",
    "NB": "04",
    "NL": "05",
    "NS": "07",
    "ON": "08",
    "PE": "09",
    "QC": "10",
    "SK": "11",
    "YT": "12",
    "NT": "13",
    "NU": "14",
}
# libphonenumber's names of areas that GeoNames spells otherwise.
_AREA_SPELLINGS = {
    "washington state": "washington",
    "washington d c": "washington, d c",
    "british colombia": "british columbia",
}
_AREA_SHARE = 0.9  # an area code is read as one area's when this share of its listed exchanges lie there


def dialled_codes(text: str) -> list[str]:
    """The distinct area codes of the North American phone numbers in `text`, in order of appearance."""
    codes: list[str] = []
    for match in _NUMBER.finditer(text):
        code = match.group("bracketed") or match.group("plain")
        if code not in codes:
            codes.append(code)
    return codes


def area_code_table(admin1_names: dict[tuple[str, str], str]) -> dict[str, tuple[str, str]]:
    """Each North American area code that belongs to one US state or Canadian province, as (country, admin1 code).

    libphonenumber describes an area code by its state ("Pennsylvania") and its exchanges by their towns ("York,
    PA"); where the code itself is undescribed ("Houston" area 713), its exchanges' states decide."""
    try:
        from phonenumbers.geodata import GEOCODE_DATA
    except ModuleNotFoundError:
        raise ResourceError(
            "the gazetteer needs the package 'phonenumbers' (area codes): pip install phonenumbers"
        ) from None
    by_name = {name_key(name): (cc, code) for (cc, code), name in admin1_names.items() if cc in ("US", "CA")}
    votes: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    described: dict[str, tuple[str, str] | None] = {}
    for prefix, names in _north_american(GEOCODE_DATA.items()):
        area = _area_of(names.get("en", ""), by_name)
        code = prefix[1:4]
        if len(prefix) == 4:
            described[code] = area
        elif area is not None:
            votes[code][area] += 1
    table: dict[str, tuple[str, str]] = {}
    for code in sorted(set(described) | set(votes)):
        area = described.get(code)
        if area is None and votes[code]:
            best, count = votes[code].most_common(1)[0]
            area = best if count >= _AREA_SHARE * sum(votes[code].values()) else None
        if area is not None:
            table[code] = area
    return table


def _north_american(items: Iterable[tuple[str, dict[str, str]]]) -> Iterable[tuple[str, dict[str, str]]]:
    return ((prefix, names) for prefix, names in items if prefix.startswith("1") and len(prefix) >= 4)


def _area_of(description: str, by_name: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The admin1 area a description names: "Pennsylvania", "York, PA", "Toronto, ON"; None for "Nova
    Scotia/Prince Edward Island" (two areas) or a place outside the US and Canada."""
    town_and_area = re.fullmatch(r".+, (?P<abbreviation>[A-Z]{2})", description)
    if town_and_area:
        abbreviation = town_and_area.group("abbreviation")
        if abbreviation in _CANADIAN_PROVINCES:
            return ("CA", _CANADIAN_PROVINCES[abbreviation])
        return ("US", abbreviation) if ("US", abbreviation) in by_name.values() else None
    key = name_key(description)
    return by_name.get(_AREA_SPELLINGS.get(key, key))

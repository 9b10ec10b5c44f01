"""The area a local newsroom's address names: "daytondailynews.com" is Dayton's paper, "nj.com" New Jersey's.

A local outlet reports mostly from its own area, so an ambiguous town it names ("Clifton", "Homewood") is most
likely the one there. The store learns an outlet's area from its placed reports (`places.home_area`), but only
after a few of them; the address says it from the first report. It is read only where it is unambiguous: one
area named in the host, by a state's name or postal code or by a town that dwarfs its namesakes ("boston.com" is
Boston, Massachusetts; "gainesville.com" could be Florida's or Georgia's and says nothing), also after the name of
the network whose affiliate it is ("nbcconnecticut.com"). A host under a country's domain names a place in that
country; one under a generic domain (.com, .org) a place in the United States, where such addresses are the rule:
read worldwide, "toledoblade.com" would be Belize's Toledo District.
"""

from __future__ import annotations

import re

from crosswire.extract.gazetteer import US_STATE_CODES, Gazetteer
from crosswire.extract.places import Area
from crosswire.model import Place, PlaceKind

# Host labels that name no place: site versions, networks, words of mastheads.
_GENERIC_LABELS = frozenset(
    {"www", "m", "amp", "mobile", "news", "local", "online", "live", "daily", "cbslocal", "go", "edition", "web"}
)
_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")  # an address's host, not a masthead's name
# Second-level labels of country domains: "co.uk", "com.au".
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac"})
# Top-level domains that are sold as words ("kare11.tv", "wfmz.fm"), not as countries.
_VANITY_TLDS = frozenset({"tv", "fm", "am", "me", "io", "co", "ly", "ws", "cc", "us"})
_SHORTEST_NAME = 4
# A network's affiliate names itself by the network, its channel and its city: "nbcconnecticut", "abc7chicago",
# "fox13memphis", "cbs5az", "mysanantonio".
_NETWORK_PREFIX = re.compile(r"^(?:myfox|nbc|cbs|abc|fox|cw|my)\d*(?=[a-z]{2})")
_DWARFS = 5  # a town named in an address must be this many times bigger than any namesake


def masthead_area(outlet: str, gazetteer: Gazetteer) -> Area | None:
    """The admin1 area named by the outlet's host ("dallasnews.com": Texas), or None when it names none, or names
    it ambiguously."""
    host = outlet.strip().lower()
    if not _HOST.match(host):
        return None  # a name ("The Testville Courier"), not an address
    labels = host.split(".")
    country = _country_of_tld(labels[-1], gazetteer) or "US"
    areas: set[Area] = set()
    for label in labels[:-1]:
        if label in _GENERIC_LABELS or label in _SECOND_LEVEL:
            continue
        for word in label.split("-"):
            area = _area_of_word(word, country, gazetteer)
            if area is None and (station := _NETWORK_PREFIX.match(word)):
                area = _area_of_word(word[station.end() :], country, gazetteer)
            if area is not None:
                areas.add(area)
    return areas.pop() if len(areas) == 1 else None


def title_masthead_area(title: str, gazetteer: Gazetteer) -> Area | None:
    """The US state a headline's masthead names after its town ("... - WTVM.com-Columbus, GA News", "... | KSLA
    News 12 Shreveport, Louisiana"), where a town of that name lies in that state; None without such a masthead."""
    suffix = _TITLE_MASTHEAD.search(title)
    if suffix is None:
        return None
    for placed in _MASTHEAD_TOWN.finditer(suffix.group(0)):
        town, state = placed.group("town"), placed.group("state")
        if len(state) == 2:
            code = state if state in US_STATE_CODES else None
        else:  # "Louisiana", "New Mexico", or "Louisiana New" cut from "Louisiana News"
            names = [state, state.split()[0]]
            code = next((p.admin1_code for name in names for p in gazetteer.lookup(name) if _is_us_state(p)), None)
        if code and any(_is_us_town(p) and p.admin1_code == code for p in gazetteer.lookup(town)):
            return ("US", code)
    return None


# The outlet a headline ends with: after a dash or a bar, a name with a newsroom's word or a station's call sign.
_TITLE_MASTHEAD = re.compile(
    r"\s(?:-|\||–|—)\s(?=.*(?:News|TV|Channel|\.com|Times|Post|Herald|Tribune|Gazette|Journal|Daily|Press|"
    r"\b[KW][A-Z]{2,3}\b)).*$"
)
_MASTHEAD_TOWN = re.compile(
    r"(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*(?P<state>[A-Z]{2}\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)


def _is_us_state(place: Place) -> bool:
    return place.kind is PlaceKind.ADMIN1 and place.country_code == "US"


def _is_us_town(place: Place) -> bool:
    return place.kind is PlaceKind.TOWN and place.country_code == "US"


def _country_of_tld(tld: str, gazetteer: Gazetteer) -> str | None:
    """The country of a country-code domain ("co.uk", ".ca"); None for a generic or vanity one."""
    code = "GB" if tld == "uk" else tld.upper()
    return code if len(tld) == 2 and tld not in _VANITY_TLDS and code in gazetteer.countries else None


def _area_of_word(word: str, country: str, gazetteer: Gazetteer) -> Area | None:
    """The area a word of a host begins with: a US state's postal code standing alone ("nj"), or the longest place
    name it starts with ("daytondailynews": Dayton)."""
    if len(word) == 2 and country == "US" and word.upper() in US_STATE_CODES:
        return ("US", word.upper())
    mastheads = gazetteer.masthead_places()
    for end in range(len(word), _SHORTEST_NAME - 1, -1):
        places = [place for place in mastheads.get(word[:end], ()) if place.country_code == country]
        if not places:
            continue
        rest = word[end:]
        if country == "US" and len(rest) == 2 and rest.upper() in US_STATE_CODES:
            return ("US", rest.upper())  # "miamiok": Miami, Oklahoma
        if rest.startswith("county"):
            return None  # "claycountyprogress": a county of that name, in one of many states
        return _unambiguous(places)
    return None


def _unambiguous(places: list[Place]) -> Area | None:
    """The one area the places of a name point to: a state or province of that name, or the biggest town of that
    name with its namesakes that are not dwarfed by it. "washington" is a state and the capital: no area."""
    biggest = max((place.population for place in places if place.kind is PlaceKind.TOWN), default=0)
    areas = {
        (place.country_code, place.admin1_code)
        for place in places
        if place.admin1_code
        and (place.kind is PlaceKind.ADMIN1 or (place.kind is PlaceKind.TOWN and place.population * _DWARFS > biggest))
    }
    return areas.pop() if len(areas) == 1 else None

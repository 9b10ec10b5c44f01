"""Places: find toponyms in an article, resolve them to GeoNames, and choose where the event happened.

Toponyms come from spaCy (GPE, LOC, FAC) and from the gazetteer for names spaCy mislabels (it tags "Idlib" as an
organisation) when a place word or a preposition of place stands beside them. Resolution weighs population and
kind against the article's own context: the countries it names or implies ("Syrian"), and the admin1 areas it
names ("Harem, western Idlib"). Adjectives of nationality are country evidence, never places.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import Enum
from itertools import combinations, pairwise

from crosswire.extract.demonyms import DEMONYMS, demonym_code
from crosswire.extract.dialling import dialled_codes
from crosswire.extract.gazetteer import US_STATE_CODES, Gazetteer
from crosswire.extract.sentences import Sentence
from crosswire.model import Place, PlaceKind
from crosswire.names import name_key

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# English function words, some of which GeoNames lists as alternate names of towns ("The" for Teresina).
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "him",
        "them",
        "us",
        "me",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "for",
        "of",
        "in",
        "on",
        "at",
        "by",
        "to",
        "from",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "as",
        "if",
        "than",
        "then",
        "there",
        "here",
        "when",
        "where",
        "while",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "why",
        "how",
        "all",
        "any",
        "each",
        "every",
        "some",
        "no",
        "not",
        "none",
        "one",
        "two",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "also",
        "just",
        "only",
        "very",
        "more",
        "most",
        "such",
        "other",
        "another",
        "same",
        "own",
        "up",
        "down",
        "out",
        "off",
    ]
)
_RESCUE_LABELS = {"ORG", "PERSON", "NORP"}
_CONTEXT_BEFORE = re.compile(
    r"\b(in|near|at|outside|from|of|across|around|into|to|towards?|(north|south|east|west)(ern)?|central|northwestern"
    r"|northeastern|southwestern|southeastern|province of|region of|state of|district of)\s+(the\s+)?$",
    re.IGNORECASE,
)
_AREA_AFTER = re.compile(r"^\s*(province|region|governorate|state|district|county|department|area)\b", re.IGNORECASE)
_COMPASS_BEFORE = re.compile(r"\b((north|south|east|west)(ern|west|east)?|central)\s+$", re.IGNORECASE)
_ADMIN1_BEFORE = re.compile(r"\b(province|region|governorate|state) of( the)?\s+$", re.IGNORECASE)
_ADMIN1_AFTER = re.compile(r"^\s*(province|region|governorate|state\b|gov\.|governor|legislature)", re.IGNORECASE)
# "walking on San Fernando Street", "a home on Independence Avenue": a town's name that begins a street's is no
# mention of the town (spaCy often stops its entity before the street word).
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.|Parkway|Pkwy\.?|Highway"
    r"|Hwy\.?|Court|Ct\.|Terrace|Pike|Turnpike|Expressway|Freeway)(?![\w-])"
)
# "in the 2800 block of South Central Park", "the 4000 block of West Washington": a street named without its
# street word, as police reports in many American cities write them
_BLOCK_OF_BEFORE = re.compile(r"\bblock of\s+(?:(?:North|South|East|West|N|S|E|W)\.?\s+)?$", re.IGNORECASE)


def _street_name(doc_text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` names a street: followed by a street word, or after a block number."""
    return bool(_STREET_AFTER.match(doc_text, end) or _BLOCK_OF_BEFORE.search(doc_text, max(0, start - 40), start))


# "the City of Montgomery": the town, whatever GeoNames lists under the whole phrase as an alternate name
_MUNICIPALITY_OF = re.compile(r"^(?:City|Town|Village|Borough|Township) of (?P<name>[A-Z].*)$")


class AreaCue(Enum):
    """What the words around a name say about the kind of place it is."""

    NAMED = "named"  # "Idlib province", "the province of Idlib": an admin1 area
    PART = "part"  # "western Idlib", "central Toledo": part of a town or of an area
    TOWN = "town"  # "the town of Karak", "the city of Aleppo": the town, not the province of that name


_AREA_CUE_BONUS = {AreaCue.NAMED: 2.5, AreaCue.PART: 0.5, AreaCue.TOWN: -3.0}
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village) of\s+$", re.IGNORECASE)
_NEIGHBOURHOOD_AFTER = re.compile(r"[ \t]+(?:neighbou?rhood|community area)\b", re.IGNORECASE)
# A neighbourhood lies in the city the article names: within this distance of it, or not in the gazetteer at all.
_NEIGHBOURHOOD_KM = 30.0
_CITY_OF_NEIGHBOURHOODS = 100_000
_WELL_KNOWN_CITY = 1_000_000  # from this size a city's name, tagged as an organisation, is still the city
_ALIKE = 0.75
_OWN_NAME = 0.5
_ALTERNATE_NAME_PENALTY = 1.5  # a place called so only among its alternate names: 30 times less likely
_NAMED_COUNTRY = 6.0  # all the countries the article names or implies are this one
_CAPITAL = 1.0  # a national capital is named far more often than its namesakes (Paris, not Paris, Texas)
_INSIDE_AN_AREA = (PlaceKind.TOWN, PlaceKind.ADMIN2)  # what lies in an admin1 area
_BARE_ADMIN1 = -0.5  # a province named without "province" is less often meant than a town of that name
_BARE_ADMIN2 = -1.0  # a county named without "County" (Kent, Peel) even less often: Kent, Washington is a city
_AREA_IN_NAME = re.compile(r"\b(?:county|co\.?|parish|borough|district|municipality|prefecture)\b", re.IGNORECASE)
_IN_NAMED_COUNTY = 1.5
_NEIGHBOURS_KM = 30.0  # two towns this close lie together (`_neighbouring_namesakes`)
_NEIGHBOUR_POPULATION = 20_000
_NAMESAKES_WEIGHED = 12  # the best candidates of a name searched for a namesake beside another name's
# "New South Wales, Western Australia and Queensland": a name in a list of states is a state, as surely as one
# followed by "state"
_LISTED_WITH_AREAS = _AREA_CUE_BONUS[AreaCue.NAMED]
_GREAT_CITY = 1_000_000
_CITY_SHARE = 0.25  # a city holding this share of its area's people is what the area's bare name means
_AREA_BEHIND_ITS_CITY = 0.5
_IN_NAMED_AREA = 3.0  # a town or county in an admin1 area the article names elsewhere
_IN_NAMED_AREA_DWARFED = 1.0  # the same, for a small namesake of a big city, state or country (`_dwarfed`)
_BIG_NAMESAKE = 250_000  # from this size a bearer of the name dwarfs namesakes `_DWARFED_BY` times smaller
_DWARFED_BY = 20
_COHERENT_AREA = 2.0  # all the article's other toponyms in this candidate's admin1 area
_COHERENT_COUNTRY = 1.5  # all the article's other toponyms in this candidate's country


@dataclass
class Toponym:
    """A place name in the text and the places it may denote, best first, with their scores."""

    text: str
    start: int
    end: int
    sentence: Sentence
    candidates: list[Place]
    scores: list[float] = field(default_factory=list)
    area_cue: AreaCue | None = None
    qualified: bool = False  # its state or province is named with it ("Lexington, SC", "HOT SPRINGS, Ark. -")
    neighbourhood: bool = False  # written as a part of a city ("in the Austin neighborhood")

    @property
    def place(self) -> Place | None:
        return self.candidates[0] if self.candidates else None


def country_evidence(doc_ents: list[tuple[str, str]], gazetteer: Gazetteer) -> Counter[str]:
    """Countries an article names or implies: adjectives ("Syrian forces" counts for Syria), US counties ("Yuba
    County") and US broadcasters' call signs ("WBRC", "KSLA-TV"), which only American stations bear."""
    evidence: Counter[str] = Counter()
    towns_counted: set[str] = set()  # a city said again is one vote: "London" four times is no more English
    for text, label in doc_ents:
        if _CALL_SIGN.match(text) or (_COUNTY.search(text) and gazetteer.county_states(text)):
            evidence["US"] += 1
        if label == "NORP":
            code = demonym_code(text)
            if code:
                evidence[code] += 1
        elif label in _PLACE_LABELS:
            places = gazetteer.lookup(text)
            country = next((place for place in places if place.kind is PlaceKind.COUNTRY), None)
            if country is not None:
                # "Georgia" is as much the US state: a country rivalled abroad by a namesake says nothing
                if _dwarfs_namesakes(country, places):
                    evidence[country.country_code] += 2
                continue
            # A state or province named on its own ("Ohio", "Borno State") tells the country too.
            # Only when the area is what the name mostly means: "Toledo" is a city before it is a Belizean district.
            # "Florida" (the US state, not Uruguay's department), "Hialeah": a state or a city with no rival abroad
            biggest = max(places, key=lambda place: place.population, default=None)
            telling = (
                biggest is not None
                and _spelled_alike(biggest.name, text)  # "Salisbury", an old name of Harare, is no sign of Zimbabwe
                and (
                    biggest.kind is PlaceKind.ADMIN1
                    or (biggest.kind is PlaceKind.TOWN and biggest.population >= _CITY_EVIDENCE)
                )
            )
            if biggest is not None and telling and _dwarfs_namesakes(biggest, places):
                if biggest.kind is PlaceKind.TOWN:
                    if name_key(text) in towns_counted:
                        continue
                    towns_counted.add(name_key(text))
                evidence[biggest.country_code] += 1
    return evidence


_NAMESAKE_RATIO = 10  # a place ten times bigger than every namesake abroad is what the name means
_CITY_EVIDENCE = 100_000  # from this size a city without a rival abroad says which country the text is about


def _dwarfs_namesakes(place: Place, places: Sequence[Place]) -> bool:
    """Whether every reading of the name in another country is a tenth of this place's size or less."""
    return all(
        other.country_code == place.country_code or other.population * _NAMESAKE_RATIO <= place.population
        for other in places
    )


_CALL_SIGN = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?$")
# US broadcasters' call signs begin with W east of the Mississippi and with K west of it (the FCC's rule since 1923;
# a few older stations keep the other letter). The states the river splits are on both sides.
_EAST_OF_THE_MISSISSIPPI = frozenset(
    {
        *("Alabama", "Connecticut", "Delaware", "District of Columbia", "Florida", "Georgia", "Illinois", "Indiana"),
        *("Kentucky", "Maine", "Maryland", "Massachusetts", "Michigan", "Mississippi", "New Hampshire", "New Jersey"),
        *("New York", "North Carolina", "Ohio", "Pennsylvania", "Rhode Island", "South Carolina", "Tennessee"),
        *("Vermont", "Virginia", "West Virginia", "Wisconsin"),
    }
)
_ON_THE_MISSISSIPPI = frozenset({"Minnesota", "Louisiana"})
_BROADCASTER_SIDE = 1.0  # a town on the side of the river the article's broadcaster is: ten times its population


# A call sign as pages print it: "(WMC)", "(KTHV-TV)", "WALB.com", "KSLA News 12", "WDRB 41".
_BROADCASTER = re.compile(
    r"(?:\((?P<paren>[KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?\))"
    r"|\b(?P<named>[KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?(?:\.com\b|\s+(?:News|Channel|NewsChannel|Action|\d{1,2}\b))"
)


def broadcaster_side(text: str, outlet: str | None = None) -> str | None:
    """ "W" or "K": the letter every US broadcaster the text names begins with, the side of the Mississippi it
    stands on ("(WMC) Memphis police", "KSLA News 12 Shreveport"); None when it names none, or both kinds. A text
    that names none takes its outlet's, when the outlet is a station's address ("wbtv.com", "wsbtv.com")."""
    letters = {(match.group("paren") or match.group("named"))[0] for match in _BROADCASTER.finditer(text)}
    if not letters and outlet is not None:
        return station_side(outlet)
    return letters.pop() if len(letters) == 1 else None


# A US station's own address: its call sign, perhaps "tv" or its channel number, under .com ("wbtv.com",
# "wsbtv.com", "wave3.com"); a network's local site ("nbcnewyork.com") names no call sign.
_STATION_HOST = re.compile(r"^(?:www\.)?(?P<sign>[kw][a-z]{2,3})(?:tv|dt)?\d{0,2}\.com$")


def station_side(outlet: str) -> str | None:
    """ "W" or "K" for an outlet whose address is a US station's call sign, else None."""
    found = _STATION_HOST.match(outlet.strip().lower())
    return found.group("sign")[0].upper() if found else None


def _on_side(place: Place, side: str) -> bool:
    """Whether a US place lies on that side of the Mississippi (a place elsewhere lies on neither)."""
    if place.country_code != "US" or place.admin1 is None:
        return False
    return place.admin1 in _ON_THE_MISSISSIPPI or (place.admin1 in _EAST_OF_THE_MISSISSIPPI) == (side == "W")


_COUNTY = re.compile(r"\b(County|Co\.)$")


Area = tuple[str, str | None]  # (country code, admin1 code)
# An outlet's home area: where most of its latest reports with a place happened, once it has a few of them.
HOME_AREA_REPORTS = 3
HOME_AREA_SHARE = 0.6


def home_area(places: Iterable[Place]) -> Area | None:
    """The admin1 area an outlet usually reports from, read from the event places of its latest reports: a local
    paper or station covers its own state, and an ambiguous town it names ("Clifton", "Jackson") is most likely
    the one there. None until it has `HOME_AREA_REPORTS` reports placed in an admin1 area, or when no area holds
    `HOME_AREA_SHARE` of them (a national outlet)."""
    areas = Counter(
        (place.country_code, place.admin1_code)
        for place in places
        if place.kind in (PlaceKind.TOWN, PlaceKind.ADMIN2, PlaceKind.ADMIN1) and place.admin1_code
    )
    total = sum(areas.values())
    if total < HOME_AREA_REPORTS:
        return None
    area, count = areas.most_common(1)[0]
    return area if count >= HOME_AREA_SHARE * total else None


def county_areas(doc_ents: list[tuple[str, str]], gazetteer: Gazetteer) -> Counter[tuple[str, str | None]]:
    """US states an article points to by naming one of their counties, when only one state has a county so named
    ("Yuba County" is in California; "Orange County" could be in eight states and says nothing)."""
    areas: Counter[tuple[str, str | None]] = Counter()
    for text, _ in doc_ents:
        if _COUNTY.search(text) and len(states := gazetteer.county_states(text)) == 1:
            areas[("US", states[0])] += 1
    return areas


def dialled_areas(text: str, gazetteer: Gazetteer) -> Counter[tuple[str, str | None]]:
    """The US states and Canadian provinces of the phone numbers an article prints ("call 717-846-1234": York,
    Pennsylvania's police), each counted once, as if the article named them."""
    areas: Counter[tuple[str, str | None]] = Counter()
    for code in dialled_codes(text):
        area = gazetteer.dialled_area(code)
        if area is not None:
            areas[area] = 1
    return areas


def article_evidence(
    doc_ents: list[tuple[str, str]], text: str, gazetteer: Gazetteer
) -> tuple[Counter[str], Counter[tuple[str, str | None]]]:
    """What an article says of its countries and admin1 areas besides its toponyms: the countries its adjectives and
    places imply (`country_evidence`), and the states its counties (`county_areas`) and phone numbers
    (`dialled_areas`) point to. A phone number's state is evidence of its country too."""
    countries = country_evidence(doc_ents, gazetteer)
    areas = county_areas(doc_ents, gazetteer)
    dialled = dialled_areas(text, gazetteer)
    areas.update(dialled)
    countries.update({country for country, _ in dialled})
    return countries, areas


_DATELINE = re.compile(
    r"^(?P<town>[A-Z][A-Z .'’-]{2,40})(?:,\s+(?P<area>[A-Z][A-Za-z.]*\.?(?: [A-Z][a-z]+\.?)?)\s*[(–—:-]"
    r"|\s*(?:\([A-Z0-9 .-]{2,20}\)\s*)?(?:--|–|—))"
)  # "HOT SPRINGS, Ark. (KTHV) -", and without its state "FITCHBURG --", "TURTLE CREEK (KDKA) –"
# "Vista CA—": a town written in title case, dated by the postal code of its state
_POSTAL_DATELINE = re.compile(r"^(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),?\s+(?P<area>[A-Z]{2})\s*[(–—:-]")
_DATELINE_TOWN_SIZE = 5_000
# The cities the AP Stylebook lets stand alone in a dateline, with their US state or their country: a dateline
# "WASHINGTON (AP)" or "PARIS" is that city, whatever namesakes the rest of the article suggests.
_AP_US_DATELINES = (
    "Atlanta GA, Baltimore MD, Boston MA, Chicago IL, Cincinnati OH, Cleveland OH, Dallas TX, Denver CO, "
    "Detroit MI, Honolulu HI, Houston TX, Indianapolis IN, Las Vegas NV, Los Angeles CA, Miami FL, "
    "Milwaukee WI, Minneapolis MN, New Orleans LA, New York NY, Oklahoma City OK, Philadelphia PA, Phoenix AZ, "
    "Pittsburgh PA, St. Louis MO, Salt Lake City UT, San Antonio TX, San Diego CA, San Francisco CA, "
    "Seattle WA, Washington DC"
)
_AP_WORLD_DATELINES = (
    "Amsterdam NL, Baghdad IQ, Bangkok TH, Beijing CN, Beirut LB, Berlin DE, Brussels BE, Cairo EG, Dublin IE, "
    "Geneva CH, Havana CU, Hong Kong HK, Islamabad PK, Istanbul TR, Jerusalem IL, Johannesburg ZA, Kabul AF, "
    "London GB, Madrid ES, Mexico City MX, Montreal CA, Moscow RU, New Delhi IN, Ottawa CA, Paris FR, Rome IT, "
    "Shanghai CN, Singapore SG, Stockholm SE, Sydney AU, Tokyo JP, Toronto CA, Vienna AT, Zurich CH"
)
_US_CITIES = [tuple(item.rsplit(" ", 1)) for item in _AP_US_DATELINES.split(", ")]
_WORLD_CITIES = [tuple(item.rsplit(" ", 1)) for item in _AP_WORLD_DATELINES.split(", ")]
_STANDALONE_DATELINES: dict[str, tuple[str, str | None]] = {  # name key -> (country, US state or None)
    **{name_key(city): ("US", state) for city, state in _US_CITIES},
    **{name_key(city): (country, None) for city, country in _WORLD_CITIES},
}
_STANDALONE_DATELINE = re.compile(
    r"^(?P<town>"
    + "|".join(re.escape(city.upper()) for city, _ in sorted(_US_CITIES + _WORLD_CITIES, key=lambda c: -len(c[0])))
    + r")(?=\s*(?:\(|--|–|—|:|,?\s+[A-Z]))"
)  # "WASHINGTON (RNS)", "WASHINGTON Barack Obama pardoned": no dash needed when the city may stand alone
_POSTAL_AFTER = re.compile(r"^,\s+([A-Z]{2})\b(?![.'’]?\w)")
# "Paris, Texas", but not a list: "stops in Washington, New York and Boston"
_AREA_NAMED_AFTER = re.compile(r",[ \t]+(?>([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))(?![ \t]+(?:and|or)\b)")
_LIST_GOES_ON = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?[A-Z]")
_NOT_DATELINES = frozenset({"update", "updated", "breaking", "watch", "video", "photos", "developing", "live"})
_INSTITUTION = re.compile(
    r"^(?:[Tt]he\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?(?:\s+County)?)\s+"
    r"(?:Police(?: Department| Service| Force)?|Sheriff['’]s (?:Office|Department)|Fire(?: Department| Rescue)"
    r"|City Council|Prosecutor['’]s Office|District Attorney['’]s Office|Medical Examiner['’]s Office"
    r"|Coroner['’]s Office)(?:$|\s)"
)  # and what a headline runs into it: "Duluth Police Investigate Shooting"


def find_toponyms(sentences: list[Sentence], gazetteer: Gazetteer, keep_unknown: bool = False) -> list[Toponym]:
    """Place mentions of the parsed sentences, unresolved (candidates sorted by population).

    With `keep_unknown`, spaCy's places that the gazetteer does not know (a street, a church, a neighbourhood) are
    kept too, without candidates: they are toponyms all the same, and a geoparser reports them.

    Besides spaCy's places: the town of a dateline ("HOT SPRINGS, Ark. (KTHV) -"), restricted to the state or
    country it names, and the town in the name of a local institution ("the Hot Springs Police Department").
    """
    toponyms: list[Toponym] = []
    people = _people_names(sentences)
    body = next((sentence.doc_text for sentence in sentences if not sentence.in_title), "")
    titles = [sentence.text for sentence in sentences if sentence.in_title]
    located = Counter(name_key(match.group(1)) for text in (*titles, body) for match in _LOCATED_NAME.finditer(text))
    title_case = any(sentence.in_title and _is_title_case(sentence.text) for sentence in sentences)
    for sentence in sentences:
        if sentence.span is None:
            continue
        dateline = _dateline_toponym(sentence, gazetteer) if sentence.index <= 2 else None
        if dateline is not None:
            toponyms.append(dateline)
        for ent in sentence.ents:
            before = sentence.doc_text[max(0, ent.start_char - 30) : ent.start_char]
            after = sentence.doc_text[ent.end_char : ent.end_char + 20]
            text = re.sub(r"(’s|'s)$", "", ent.text).strip()
            start, end = ent.start_char, ent.end_char
            institution = None
            if article := re.match(r"(?i:the)\s+(?=\S)", text):  # "the United States": the name is what follows
                text, start = text[article.end() :], start + article.end()
            if ent.label_ in _PLACE_LABELS:
                pass
            elif ent.label_ in _RESCUE_LABELS and (_CONTEXT_BEFORE.search(before) or _AREA_AFTER.match(after)):
                if ent.label_ == "NORP" and name_key(text) in DEMONYMS:
                    continue
            elif ent.label_ == "ORG" and (institution := _INSTITUTION.match(text)):
                text = institution.group("place")
                start = ent.start_char + ent.text.index(text)
                end = start + len(text)
            elif ent.label_ == "ORG" and _well_known_place(text, gazetteer):
                pass  # "rain would reach Mombasa": spaCy's organisation is a city of a million
            else:
                continue
            municipality = _MUNICIPALITY_OF.match(text)
            if municipality and gazetteer.lookup(text) and not _primary_name(text, gazetteer):
                # the phrase is only an alternate name of one namesake: read the town's own name instead
                text, start = municipality.group("name"), start + municipality.start("name")
            if _DIRECTION_ONLY.match(text):
                continue  # "the South Side", "Northeast": a part of the town the article is about, not a town
            if (text.lower() in _FUNCTION_WORDS and not text.isupper()) or len(text) < 2:
                continue  # "The" is an alternate name of Teresina in GeoNames, never a place in an English text
            if (
                name_key(text) in people
                and not _place_taken_for_a_person(text, before, after, gazetteer)
                and not _surname_written_as_a_place(ent.label_, text, before, after, gazetteer, located)
            ):
                continue  # "Teixeira's Texas home": the man named in full elsewhere, not the Brazilian town
            if text == text.lower():
                continue  # "bang, bang, bang": a place name is written with a capital
            if text.lower() in _COMMON_NOUNS or text.lower() in _INSTITUTIONS:
                continue  # "Metro" police, the South "Side", "Street", "Hospital", "in Congress": never meant as towns
            if _street_name(sentence.doc_text, start, end):
                continue
            candidates = _lookup_name(text, gazetteer)
            if _LEADERS_AFTER.match(after) and not any(_prominent(place) for place in candidates):
                # "the Bush administration": a leader, not Būsh in Egypt; "the Kenya administration" and "the Wuhan
                # administration" are governments of places, named by them
                continue
            if (joined := _HYPHENATED_AFTER.match(sentence.doc_text, end)) and (
                whole := gazetteer.lookup(text + joined.group(0))
            ):
                # spaCy stopped at the hyphen: "Winston-Salem police" is the city, not a Winston
                text, end, candidates = text + joined.group(0), joined.end(), list(whole)
            if county := _COUNTY_AFTER.match(sentence.doc_text, end):
                # spaCy stopped before "County": "Navarro County" is the county, not a town called Navarro
                county_places = [p for p in gazetteer.lookup(f"{text} {county.group(1)}") if p.kind is PlaceKind.ADMIN2]
                if county_places:
                    text, end, candidates = f"{text} {county.group(1)}", county.end(), county_places
            # "in Columbus, GA": the state named by its postal code, which the gazetteer does not list as a name
            state = _POSTAL_AFTER.match(after)
            code = state.group(1) if state and state.group(1) in US_STATE_CODES else None
            in_state = [place for place in candidates if _in_state(place, code)] if code else []
            placed_elsewhere = bool(code) and not in_state
            if not in_state and (named := _AREA_NAMED_AFTER.match(sentence.doc_text, end)):
                # "in Paris, Texas", "Athens, Georgia": the province or state named after the town
                named_places = gazetteer.lookup(named.group(1))
                areas = [area for area in named_places if area.kind is PlaceKind.ADMIN1]
                in_state = [
                    place
                    for place in candidates
                    if _spelled_alike(place.name, text) and any(area.contains(place) for area in areas)
                ]
                nations = {place.country_code for place in named_places if place.kind is PlaceKind.COUNTRY}
                in_nation = any(place.country_code in nations for place in candidates)
                towns_only = all(place.kind is PlaceKind.TOWN for place in candidates)
                listed = bool(_LIST_GOES_ON.match(sentence.doc_text, named.end()))  # "Utah, Colorado, and Idaho"
                inside = any(area.contains(place) for area in areas for place in candidates)
                placed_elsewhere = bool(areas) and not inside and not in_nation and towns_only and not listed
            qualified = bool(in_state)
            if qualified:
                candidates = in_state
            elif placed_elsewhere:
                # "Elmo, Missouri" names a town the gazetteer lacks, not the Elmo of Texas ("Tbilisi, Georgia" is
                # the country's)
                candidates = []
            if text.replace(".", "").isupper() and len(text.replace(".", "")) <= 4:
                candidates = [place for place in candidates if _abbreviates(text, place)]
            if text.endswith(".") and any(place.kind is PlaceKind.ADMIN1 for place in candidates):
                candidates = [place for place in candidates if place.kind is PlaceKind.ADMIN1]  # "Ind.": Indiana
            # "Police Arrest Man": a headline capitalises every word (but "Duluth Police Investigate Shooting" names
            # Duluth's police)
            headline_word = sentence.in_title and title_case and not _stands_out(text, candidates, body)
            if candidates and headline_word and institution is None:
                continue
            cue = (
                AreaCue.NAMED
                if _ADMIN1_AFTER.match(after) or _ADMIN1_BEFORE.search(before)
                else AreaCue.PART
                if _COMPASS_BEFORE.search(before)
                else AreaCue.TOWN
                if _TOWN_BEFORE.search(before)
                else None
            )
            if not candidates and (part := _inner_place(text, gazetteer)) is not None:
                # "west Kissimmee", "Southwest Philadelphia": part of a town; "Oakland Shooting": spaCy ran the
                # place and the event together
                inner, compass = part
                if inner.lower() in _COMMON_NOUNS:
                    continue  # "Northwest Hospital": the hospital, not a town called Hospital
                start += text.index(inner)
                end = start + len(inner)
                text, candidates = inner, _lookup_name(inner, gazetteer)
                cue = AreaCue.PART if compass else cue
            if not candidates and not (keep_unknown and ent.label_ in _PLACE_LABELS):
                continue
            toponym = Toponym(text, start, end, sentence, candidates, area_cue=cue, qualified=qualified)
            toponym.neighbourhood = bool(_NEIGHBOURHOOD_AFTER.match(sentence.doc_text, end))
            toponyms.append(toponym)
        headline_case = sentence.in_title and title_case
        toponyms.extend(_modifier_toponyms(sentence, gazetteer, toponyms, people, body if headline_case else None))
        toponyms.extend(_untagged_toponyms(sentence, gazetteer, toponyms, people, body if headline_case else None))
    return toponyms


_COMMON_NOUNS = frozenset(
    {"metro", "side", "street", "avenue", "road", "hospital", "downtown", "central business district", "white house"}
    | {"broadway"}  # a street in nearly every American town, and New York's theatres; a village in Virginia too
    | {"city hall", "police", "center", "centre", "school", "church", "university", "college", "station", "airport"}
)
# Words that stand before "men", "officer" or "child" in a headline as often as a town does ("Four Men Wounded",
# "Police Officer On Leave", "Young child killed"), and that GeoNames also lists as towns.
_COMMON_MODIFIERS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "police", "young", "old", "new"}
    | {"local", "city", "county", "state", "federal", "school", "off-duty", "former", "retired", "armed", "black"}
    | {"white", "teen", "baby", "little", "big", "dead", "wounded", "injured", "missing", "accused", "suspected"}
)
_UNDOTTED = {"DC": "D.C."}  # "southeast DC": the district as news writes it without its stops
_COUNTY_AFTER = re.compile(r"[ \t]+(County|Parish)\b")
_HYPHENATED_AFTER = re.compile(r"-[A-Z][a-z]+\b")
_DIRECTION_ONLY = re.compile(
    r"^(?:(?:north|south)-?(?:east|west)?|east|west|central|downtown|uptown|midtown)(?:ern)?"
    r"(?:\s+(?:side|end|quarter|district|area))?$",
    re.IGNORECASE,
)
_COMPASS_PREFIX = re.compile(
    r"^(?:(?:(?:north|south)(?:east|west)?|east|west|central|downtown)(?:ern)?|(?-i:[NS][EW]))\s+",
    re.IGNORECASE,
)  # "west Kissimmee", "Southwest Philadelphia", "SW Miami-Dade" (but "S Africa" is a country)
_EVENT_TAIL = re.compile(
    r"(?:\s+(?:bar|club|party|nightclub|home|house|apartment|school|mall|store|"
    r"shootings?|homicides?|murders?|killings?|stabbings?|standoff|rampage|massacre|attack|bombing|crash|fire|"
    r"double|triple|quadruple|fatal|deadly|mass|police|shootout))+$",
    re.IGNORECASE,
)
# "Kissimmee shooting", "Three Rivers double homicide", "Chicago police": a place named as a modifier of the news
_MODIFIED_NOUN = re.compile(
    r"(?P<place>(?:[A-Z][a-z'’.-]+\s){0,2}[A-Z][a-z'’.-]+)\s+(?i:(?:double|triple|quadruple|fatal|deadly|mass|"
    r"drive-by|murder|accidental|bar|party|police|officer|teen|man|woman|boy|girl)\s+)?"
    r"(?i:shootings?|homicides?|murder|killings?|stabbing|standoff|rampage|police|deputies|sheriff|man|woman|men"
    r"|women|teens?|teenagers?|boys?|girls?|child|toddler|baby|mother|father|dad|mom|couple|family|students?"
    r"|residents?|officers?|cops?|crash|fire|victims?|suspects?)\b"
)


def _inner_place(text: str, gazetteer: Gazetteer) -> tuple[str, bool] | None:
    """The place inside a name the gazetteer does not know, with whether a compass word preceded it."""
    compass = _COMPASS_PREFIX.match(text)
    inner = text[compass.end() :] if compass else text
    inner = _EVENT_TAIL.sub("", inner).strip()
    if inner == text or not inner:
        return None
    # "Southeast D.C.": initials are no place's own name, but they spell a state or a district
    initials = re.fullmatch(r"(?:[A-Z]\.){2,3}", inner) and any(
        place.kind is PlaceKind.ADMIN1 for place in gazetteer.lookup(inner)
    )
    if (
        not initials
        and inner not in _UNDOTTED
        and not _primary_name(inner, gazetteer)
        and not _county_without_the_word(inner, gazetteer)
    ):
        return None
    return inner, compass is not None


def _lookup_name(text: str, gazetteer: Gazetteer) -> list[Place]:
    """The gazetteer's places of a name, of the few areas news names by undotted initials ("DC"), and of a county
    named without the word ("Miami-Dade")."""
    if text in _UNDOTTED:
        return [place for place in gazetteer.lookup(_UNDOTTED[text]) if place.kind is PlaceKind.ADMIN1]
    places = [place for place in gazetteer.lookup(text) if not _stray_alias(place, text)]
    return places or _county_without_the_word(text, gazetteer)


def _stray_alias(place: Place, text: str) -> bool:
    """Whether a small town is found under a name that is not its own and looks nothing like it: GeoNames lists
    "Antioch" for a Tennessee village called New Hope and "Townville" for Abbeville. Such a reading is far more
    often a neighbourhood or a village the gazetteer lacks than that town. Big cities keep their other names
    ("Franklinton" for Columbus), and so do spellings of one name ("Harem" for Ḩārim).

    Only US towns are judged so. Elsewhere a town's other names are mostly its names in other languages and scripts,
    which look nothing like its own and are right: over ACLED's African notes, the rule applied everywhere moved some
    events to another country (actor names exact 1647 -> 1636)."""
    if place.kind is not PlaceKind.TOWN or place.population >= _STRAY_ALIAS_POPULATION or place.country_code != "US":
        return False
    own, said = name_key(place.name), name_key(text)
    if own == said or set(own.split()) & set(said.split()):
        return False
    return not _spelled_alike(place.name, text)


_STRAY_ALIAS_POPULATION = 100_000


def _county_without_the_word(text: str, gazetteer: Gazetteer) -> list[Place]:
    if text.endswith(("County", "Parish")) or not text[:1].isupper():
        return []
    return [place for place in gazetteer.lookup(f"{text} County") if place.kind is PlaceKind.ADMIN2]


def _bearers(text: str, gazetteer: Gazetteer) -> list[Place]:
    """The places that bear this name as their own (not only among their alternate names)."""
    key = name_key(text)
    return [place for place in gazetteer.lookup(text) if name_key(place.name) == key]


def _place_taken_for_a_person(text: str, before: str, after: str, gazetteer: Gazetteer) -> bool:
    """Whether a name spaCy read as a person's is a town's own name of two words or more written where places are
    ("in central Sioux Falls"): then it is the town, not a man named in full. A surname alone stays the person's."""
    placed = bool(_CONTEXT_BEFORE.search(before) or _AREA_AFTER.match(after))
    return placed and len(text.split()) >= 2 and _primary_name(text, gazetteer)


def _surname_written_as_a_place(
    label: str, text: str, before: str, after: str, gazetteer: Gazetteer, located: Counter[str]
) -> bool:
    """Whether a one-word name that is also some person's surname is written as a town: spaCy reads it as one, right
    after "in" or "near" ("shot to death in Salinas"), and the article writes it so more than once. A photo credit
    run into a headline ("Mark Keszler Salinas police") makes a person of every Salinas in the article; but
    "bringing in Jackman to host", once, is the man the article is about."""
    return (
        label == "GPE"
        and " " not in text
        and located[name_key(text)] >= 2
        and bool(_LOCATIVE_BEFORE.search(before))
        and not _POSSESSIVE_AFTER.match(after)
        and _primary_name(text, gazetteer)
    )


_LEADERS_AFTER = re.compile(r"^(?:’s|'s)?\s+(?:administration|White House|presidency|cabinet)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$", re.IGNORECASE)
_LOCATED_NAME = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+([A-Z][\w’'-]+)")
_POSSESSIVE_AFTER = re.compile(r"^(?:’s|'s|’|')")


def _primary_name(text: str, gazetteer: Gazetteer) -> bool:
    return bool(_bearers(text, gazetteer))


def _prominent(place: Place) -> bool:
    """A country, a province or a city of a size few organisations or common words share a name with."""
    return place.kind is not PlaceKind.TOWN or place.population >= _WELL_KNOWN_CITY


# Words that begin a compound name ("Park Manor", a Chicago neighbourhood): what follows them is not a place alone.
_NAME_HEADS = frozenset({"Park", "Lake", "Mount", "Fort", "Port", "Glen", "Saint", "St.", "New", "Old", "Little"})
# ... and the feature words that end one ("Government Hill", "Pecan Valley", "Highland Heights"): what comes before
# them is the name, not a headline word to drop
_NAME_TAILS = frozenset(
    {"Hill", "Hills", "Valley", "Heights", "Park", "Springs", "Creek", "Ridge", "Grove", "Gardens", "Village", "Point"}
)


def _no_place_here(text: str, people: set[str], gazetteer: Gazetteer) -> bool:
    """Capitalised words spaCy did not tag that are no place: a function word, a word that heads headline nouns
    ("Four Men", "Police Officer"), a common noun, a person named in the article, or no place's own name."""
    lowered = text.lower()
    return (
        lowered in _FUNCTION_WORDS
        or lowered in _COMMON_MODIFIERS
        or lowered in _COMMON_NOUNS
        or name_key(text) in people
        or not _primary_name(text, gazetteer)
    )


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < stop and begin < end for begin, stop in taken)


def _places_of_a_bare_name(text: str, gazetteer: Gazetteer) -> list[Place]:
    """The places of a name spaCy did not tag: a continent is never read from a bare capitalised word, nor a small
    town from a name not its own (see `_stray_alias`)."""
    return [
        place
        for place in gazetteer.lookup(text)
        if place.kind is not PlaceKind.CONTINENT and not _stray_alias(place, text)
    ]


def _modifier_toponyms(
    sentence: Sentence, gazetteer: Gazetteer, found: list[Toponym], people: set[str], body: str | None = None
) -> list[Toponym]:
    """Places that spaCy missed where they modify the news ("Alturas shooting victims identified").

    `body` is given for a title-case headline, where a capital proves nothing: the name must then stand out.
    """
    if sentence.start < 0 and not sentence.in_title:
        return []
    offset = max(sentence.start, 0)
    taken = [(t.start, t.end) for t in found]
    extra: list[Toponym] = []
    for match in _MODIFIED_NOUN.finditer(sentence.text):
        name = match.group("place")
        words = name.split()
        # the longest tail of the capitalised words that is a place: "In Olivehurst" -> "Olivehurst"
        for first in range(len(words)):
            if first and (words[first - 1] in _NAME_HEADS or (first == len(words) - 1 and words[-1] in _NAME_TAILS)):
                break  # "Park Manor", "Lake Forest", "Government Hill": a name of its own, not Manor, Forest or Hill
            text = " ".join(words[first:])
            if _no_place_here(text, people, gazetteer):
                continue
            start = offset + match.start("place") + name.index(text)
            if _overlaps(start, start + len(text), taken):
                break
            candidates = _places_of_a_bare_name(text, gazetteer)
            if body is not None and not _stands_out(text, candidates, body):
                continue
            extra.append(Toponym(text, start, start + len(text), sentence, candidates))
            break
    return extra


_TOWN_AND_STATE = re.compile(
    r"(?<![\w.])(?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}), (?P<area>[A-Z][a-z]{1,3}\.|[A-Z]{2}\b)"
)  # "Hope, Ark.", "Hope, AR": a state's abbreviation or postal code after a town
# "shot outside a 7-Eleven in New Castle", "One Person Shot Outside 7-Eleven In New Castle": capitalised words after
# a preposition of place that spaCy left out of every entity
_AFTER_PLACE_WORD = re.compile(r"\b(?i:in|near|outside)\s+(?P<place>[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,2})")
_ABBREVIATED_WORD = re.compile(r"\b(?:St|Ste|Mt|Ft|Pt)\.$")
_INSTITUTIONS = frozenset(
    {"congress", "parliament", "senate", "court", "custody", "jail", "prison", "heaven", "office"}
)
_CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november"}
    | {"december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _untagged_toponyms(
    sentence: Sentence, gazetteer: Gazetteer, found: list[Toponym], people: set[str], body: str | None = None
) -> list[Toponym]:
    """Places after "in", "near" or "outside" that spaCy tagged as nothing at all: the longest run of the
    capitalised words that is a place's own name. A name spaCy took for a person or an organisation keeps its
    reading; `body` is given for a title-case headline, where the name must stand out."""
    if sentence.start < 0 and not sentence.in_title:
        return []
    offset = max(sentence.start, 0)
    taken = [(t.start, t.end) for t in found] + [(ent.start_char, ent.end_char) for ent in sentence.ents]
    extra: list[Toponym] = []
    for match in _AFTER_PLACE_WORD.finditer(sentence.text):
        words = match.group("place").split()
        for last in range(len(words), 0, -1):
            text = " ".join(words[:last])
            if text.endswith(".") and not _ABBREVIATED_WORD.search(text):
                text = text[:-1]  # "in Hope." ends a sentence; "St." is a word of its own
            if (
                text.lower() in _CALENDAR_WORDS
                or text.lower() in _INSTITUTIONS
                or _no_place_here(text, people, gazetteer)
            ):
                continue
            start = offset + match.start("place")
            if _overlaps(start, start + len(text), taken) or _street_name(sentence.doc_text, start, start + len(text)):
                break
            candidates = _places_of_a_bare_name(text, gazetteer)
            if body is not None and not _stands_out(text, candidates, body):
                break
            extra.append(Toponym(text, start, start + len(text), sentence, candidates))
            break
    # "Hope, Ark., police are investigating": a town spaCy tagged as nothing, placed by the state after it (in the
    # body: a title's "- WTVM.com-Columbus, GA" is the outlet's masthead)
    for match in _TOWN_AND_STATE.finditer("" if sentence.in_title else sentence.text):
        text, start = match.group("place"), offset + match.start("place")
        if _overlaps(start, match.end("place") + offset, taken + [(t.start, t.end) for t in extra]):
            continue
        if text.lower() in _INSTITUTIONS or _no_place_here(text, people, gazetteer):
            continue
        area = match.group("area")
        states = [state for state in gazetteer.lookup(area) if state.kind is PlaceKind.ADMIN1]
        towns = [
            place
            for place in _bearers(text, gazetteer)
            if place.kind is PlaceKind.TOWN
            and (_in_state(place, area) or any(state.contains(place) for state in states))
        ]
        if towns:
            extra.append(Toponym(text, start, start + len(text), sentence, towns, qualified=True))
    return extra


def _is_title_case(text: str) -> bool:
    words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", text) if len(word) > 3]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


def _stands_out(text: str, candidates: list[Place], body: str) -> bool:
    """Whether a capitalised word of a title-case headline is a place: the body names it too, or it is a name
    few words share (a country, a state, a big city, or more than one word)."""
    return " " in text or text in body or any(_prominent(place) for place in candidates)


def _spelled_alike(name: str, text: str) -> bool:
    """Whether a text names a place by its own name or a spelling of it ("Harem" for Ḩārim), rather than by an
    unrelated alternate name (Eltingville, once listed as "South Side")."""
    first, second = name_key(name), name_key(text)
    if first == second or _SHORT_FORM.sub("", first) == second:
        return True
    return SequenceMatcher(None, first, second).ratio() >= _ALIKE


# What a place's full name adds to the name everyone calls it by: the river it stands on ("Newcastle upon Tyne",
# "Frankfurt am Main", "Stoke-on-Trent") or the word "City" ("Karak City", "Kuwait City"), as folded by `name_key`.
_SHORT_FORM = re.compile(r" (?:(?:upon|on|under|am|an der|sur) .+|city)$")


def _well_known_place(text: str, gazetteer: Gazetteer) -> bool:
    """A name that is the own name of a prominent place (Mombasa, not a village that shares a company's name)."""
    return any(_prominent(place) for place in _bearers(text, gazetteer))


def _abbreviates(abbreviation: str, place: Place) -> bool:
    """Whether initials stand for this place: a country or a state (US, UAE, Ga.), or a town whose name they
    spell (LA, NYC). A town that merely lists the letters among its alternate names ("IE" for Iyo in Japan, "CNN"
    for Kannur) is a coincidence of the gazetteer."""
    if place.kind is not PlaceKind.TOWN:
        return True
    letters = abbreviation.replace(".", "").lower()
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name_key(place.name)) if word)
    return initials == letters or (initials.startswith(letters) and len(letters) >= 2)


def _people_names(sentences: list[Sentence]) -> set[str]:
    """The names by which the article refers to its people: each full name and its surname ("Sarah Palin",
    "Palin"). A surname the article also uses alone is the person again, however often spaCy tags it as a place."""
    names: set[str] = set()
    for sentence in sentences:
        for ent in sentence.ents:
            if ent.label_ != "PERSON":
                continue
            words = re.sub(r"(’s|'s)$", "", ent.text).split()
            if len(words) >= 2 and all(word[:1].isupper() for word in words):
                names.add(name_key(" ".join(words)))
                names.add(name_key(words[-1]))
        # "Jesus “JJ” Oropeza": spaCy splits a name around its nickname, and the surname alone reads as a place
        for nicknamed in _NICKNAMED.finditer(sentence.text):
            names.add(name_key(f"{nicknamed.group('first')} {nicknamed.group('last')}"))
            names.add(name_key(nicknamed.group("last")))
    return names


_NICKNAMED = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)\s+[\"“'‘][A-Z][\w.]*(?:\s[A-Z][\w.]*)?[\"”'’]\s+(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


def _dateline_toponym(sentence: Sentence, gazetteer: Gazetteer) -> Toponym | None:
    match = _DATELINE.match(sentence.text)
    postal = _POSTAL_DATELINE.match(sentence.text) if match is None else None
    if postal is not None and postal.group("area") in US_STATE_CODES:
        match = postal
    if match is None or match.group("area") is None:
        match = _STANDALONE_DATELINE.match(sentence.text) or match
    if match is None:
        return None
    town = match.group("town").strip().title()
    area = match.groupdict().get("area")
    standalone = _standalone_city(town, gazetteer) if area is None else []
    if standalone:
        candidates = standalone
    elif match.re is _STANDALONE_DATELINE:
        return None
    elif area is None:
        if town.lower() in _NOT_DATELINES:
            return None
        # a town alone: only its own name, and a town of some size (a dateline names where the paper is)
        candidates = [
            place
            for place in _bearers(town, gazetteer)
            if place.kind is PlaceKind.TOWN and place.population >= _DATELINE_TOWN_SIZE
        ]
    elif area in US_STATE_CODES:  # "LEXINGTON, SC:": the state by its postal code
        candidates = [place for place in gazetteer.lookup(town) if _in_state(place, area)]
    else:
        areas = [p for p in gazetteer.lookup(area) if p.kind is not PlaceKind.TOWN]
        candidates = [
            place
            for place in gazetteer.lookup(town)
            if place.kind is PlaceKind.TOWN and (not areas or any(area.contains(place) for area in areas))
        ]
    if not candidates:
        return None
    start = sentence.start + match.start("town") if sentence.start >= 0 else -1
    qualified = bool(standalone) or area is not None
    return Toponym(town, start, start + len(town), sentence, candidates, qualified=qualified)


def _standalone_city(town: str, gazetteer: Gazetteer) -> list[Place]:
    """The city a dateline means by a name the AP lets stand alone ("Washington": the capital), if it is one."""
    where = _STANDALONE_DATELINES.get(name_key(town))
    if where is None:
        return []
    country, state = where
    towns = [
        place
        for place in gazetteer.lookup(town)
        if place.kind is PlaceKind.TOWN
        and place.country_code == country
        and (state is None or place.admin1_code == state)
    ]
    return sorted(towns, key=lambda place: -place.population)[:1]


def _in_state(place: Place, code: str) -> bool:
    return place.kind is not PlaceKind.ADMIN1 and place.country_code == "US" and place.admin1_code == code


def resolve_toponyms(
    toponyms: list[Toponym],
    countries: Counter[str],
    gazetteer: Gazetteer | None = None,
    named_areas: Counter[tuple[str, str | None]] | None = None,
    us_side: str | None = None,
) -> None:
    """Order each toponym's candidates by plausibility in this article's context (in place).

    `us_side` is the side of the Mississippi the article's broadcaster stands on (`broadcaster_side`): of
    same-named US towns, those on that side gain.

    Two passes. The first weighs each candidate alone: population, kind, the countries the article names, the
    admin1 areas it names, and whether the name is the place's own or one of its alternate names ("Augusta" is a
    Latin name of Augsburg, "York" an old name of Warner Robins). The second adds coherence: the places an article
    names lie together, so a candidate in the state or country where the article's other toponyms point gains
    ("Englewood" in a Chicago story is the Illinois one).
    """

    def areas_read(toponym: Toponym) -> Counter[tuple[str, str | None]]:
        top = toponym.candidates[:3]
        return Counter((place.country_code, place.admin1_code) for place in top if place.kind is PlaceKind.ADMIN1)

    keys = [name_key(toponym.text) for toponym in toponyms]  # a name said again is the same name
    mentions_of = Counter(keys)
    admin1_named: Counter[tuple[str, str | None]] = Counter(named_areas or {})
    read_by_name: dict[str, Counter[tuple[str, str | None]]] = {}
    for toponym, key in zip(toponyms, keys, strict=True):
        read = areas_read(toponym)
        admin1_named.update(read)
        read_by_name.setdefault(key, Counter()).update(read)
    country_total = sum(countries.values()) or 1
    beside_areas = _beside_areas(toponyms, gazetteer)
    in_named_county = _towns_in_named_counties(toponyms, keys)
    alone: list[list[float]] = []
    for toponym, key in zip(toponyms, keys, strict=True):
        scores = []
        # The areas the other toponyms name: "Idlib" does not support its own reading as the town of Idlib, however
        # often the article repeats it ("SAN JOSE — Three San Jose residents" is no sign of Costa Rica's province).
        named_elsewhere = admin1_named - read_by_name[key]
        largest_town = max((p.population for p in toponym.candidates if p.kind is PlaceKind.TOWN), default=0)
        largest_own = _largest_own_town(toponym, key)
        for place in toponym.candidates:
            score = math.log10(place.population + 10)
            score += _NAMED_COUNTRY * countries.get(place.country_code, 0) / country_total
            if (
                gazetteer is not None
                and gazetteer.is_capital(place)
                and 2 * place.population >= largest_town
                and _spelled_alike(place.name, toponym.text)  # not "Salisbury", an old name of Harare
            ):
                score += _CAPITAL  # (but San Jose, California, thrice the size of San José, stays ahead)
            # a town or a county in a state the article names elsewhere ("Monroe County ... northeast Missouri"),
            # unless a big bearer of that name dwarfs it: "Boston" beside "New York" is still Boston, Massachusetts
            if place.kind in _INSIDE_AN_AREA and named_elsewhere.get((place.country_code, place.admin1_code)):
                score += _IN_NAMED_AREA_DWARFED if _dwarfed(place, largest_own) else _IN_NAMED_AREA
            if (key, place.key) in in_named_county:
                score += _IN_NAMED_COUNTY  # "Franklin" beside "Johnson County": the Indiana town and county
            if us_side is not None and place.kind is PlaceKind.TOWN and _on_side(place, us_side):
                score += _BROADCASTER_SIDE
            if place.kind in (PlaceKind.COUNTRY, PlaceKind.CONTINENT):
                score += 4.0
            if place.kind is PlaceKind.ADMIN2 and not _AREA_IN_NAME.search(toponym.text):
                score += _BARE_ADMIN2
            if place.kind is PlaceKind.ADMIN1:
                if toponym.area_cue is not None:
                    score += _AREA_CUE_BONUS[toponym.area_cue]
                else:
                    score += _LISTED_WITH_AREAS if id(toponym) in beside_areas else _BARE_ADMIN1
            if name_key(place.name) == key:
                score += _OWN_NAME  # "Oklahoma" is the state's own name, not yet Oklahoma City's
            elif not _spelled_alike(place.name, toponym.text):
                score -= _ALTERNATE_NAME_PENALTY
            scores.append(score)
        if toponym.area_cue in (None, AreaCue.PART) and id(toponym) not in beside_areas:
            _city_before_its_area(toponym, key, scores)  # "eastern Aleppo" is part of the city too
        alone.append(scores)
    _rank(toponyms, alone)
    # Where the other toponyms point: each votes for the admin1 area and country of its best reading.
    # A name said again is one vote: "San Jose" twice does not make its first reading coherent with itself.
    areas: Counter[tuple[str, str | None]] = Counter()
    nations: Counter[str] = Counter()
    own_votes: dict[str, tuple[Counter[tuple[str, str | None]], Counter[str]]] = {}
    for toponym, key in zip(toponyms, keys, strict=True):
        if toponym.place is not None and toponym.place.kind is not PlaceKind.CONTINENT:
            own_areas, own_nations = own_votes.setdefault(key, (Counter(), Counter()))
            nations[toponym.place.country_code] += 1
            own_nations[toponym.place.country_code] += 1
            if toponym.place.kind is not PlaceKind.COUNTRY:
                areas[(toponym.place.country_code, toponym.place.admin1_code)] += 1
                own_areas[(toponym.place.country_code, toponym.place.admin1_code)] += 1
    for toponym, key, scores in zip(toponyms, keys, alone, strict=True):
        others_total = len(toponyms) - mentions_of[key]
        if toponym.place is None or others_total <= 0:
            continue
        own_areas, own_nations = own_votes.get(key, (Counter(), Counter()))
        for position, place in enumerate(toponym.candidates):
            in_area = (
                areas[(place.country_code, place.admin1_code)] - own_areas[(place.country_code, place.admin1_code)]
            )
            in_nation = nations[place.country_code] - own_nations[place.country_code]
            if place.kind is not PlaceKind.COUNTRY:
                scores[position] += _COHERENT_AREA * in_area / others_total
            scores[position] += _COHERENT_COUNTRY * in_nation / others_total
    _rank(toponyms, alone)
    _neighbouring_namesakes(toponyms, keys)
    _one_reading_per_name(toponyms, keys)
    _neighbourhoods_in_their_city(toponyms)


def _towns_in_named_counties(toponyms: list[Toponym], keys: list[str]) -> set[tuple[str, str]]:
    """The readings (name key, place key) of a town and a county named in one article that hold together in one
    way only: "Franklin" beside "Johnson County" is Franklin, Indiana, the seat of Indiana's Johnson County, though
    Tennessee's Franklin and Kansas's Johnson County are bigger. Names that pair up in several states say nothing
    ("Salem" and "Washington County" in Indiana and in New York)."""
    counties: dict[str, list[Place]] = {}
    towns: dict[str, list[Place]] = {}
    for toponym, key in zip(toponyms, keys, strict=True):
        for place in toponym.candidates:
            if place.kind is PlaceKind.ADMIN2:
                counties.setdefault(key, []).append(place)
            elif place.kind is PlaceKind.TOWN:
                towns.setdefault(key, []).append(place)
    found: set[tuple[str, str]] = set()
    for county_key, areas in counties.items():
        for town_key, places in towns.items():
            pairs = [(area, town) for area in areas for town in places if area.contains(town)]
            if town_key != county_key and len({area.key for area, _ in pairs}) == 1:
                found.add((county_key, pairs[0][0].key))
                found.update((town_key, town.key) for _, town in pairs)
    return found


def _largest_own_town(toponym: Toponym, key: str) -> int:
    """The population of the biggest town, state or country that bears the name as its own."""
    own = (
        place
        for place in toponym.candidates
        if place.kind in (PlaceKind.TOWN, PlaceKind.ADMIN1, PlaceKind.COUNTRY) and name_key(place.name) == key
    )
    return max((place.population for place in own), default=0)


def _dwarfed(place: Place, largest_own: int) -> bool:
    """Whether `place` is a small namesake of a big city, a state or a country (Boston, New York beside Boston,
    Massachusetts; Florida, New York beside the state of Florida): the state it lies in, named elsewhere in the
    text, says less for it than the bigger bearer's fame says against it."""
    return largest_own >= _BIG_NAMESAKE and place.population * _DWARFED_BY < largest_own


_LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


def _beside_areas(toponyms: list[Toponym], gazetteer: Gazetteer | None) -> set[int]:
    """The toponyms (by id) written next to a state or province: in a list of them ("New Jersey and New York",
    "Michigan, Oregon, New York") or as the area of the town before them ("Buffalo, New York"). Such a name is an
    area too."""

    def an_area(toponym: Toponym) -> bool:
        key = name_key(toponym.text)
        return any(
            place.kind is PlaceKind.ADMIN1 and name_key(place.name) == key for place in toponym.candidates
        ) and not any(
            (gazetteer is not None and gazetteer.is_capital(place)) or place.population >= _GREAT_CITY
            for place in toponym.candidates
            if place.kind is PlaceKind.TOWN
        )  # "Washington, New York and Boston" lists cities

    ordered = sorted(toponyms, key=lambda toponym: toponym.start)
    found: set[int] = set()
    for first, second in pairwise(ordered):
        if first.sentence is not second.sentence or not _LIST_SEPARATOR.fullmatch(
            first.sentence.doc_text[first.end : second.start]
        ):
            continue
        if an_area(first) or _names_its_area(first, second):
            found.add(id(second))
        if an_area(second):
            found.add(id(first))
    return found


def _names_its_area(town: Toponym, area: Toponym) -> bool:
    """Whether `area`, written after `town` ("Bronx, New York"), can be the admin1 area holding it."""
    if town.qualified:
        return True
    areas = [place for place in area.candidates if place.kind is PlaceKind.ADMIN1]
    return town.sentence.doc_text[town.end : area.start].strip() == "," and any(
        outer.contains(place) for place in town.candidates for outer in areas if place.kind is PlaceKind.TOWN
    )


def _city_before_its_area(toponym: Toponym, key: str, scores: list[float]) -> None:
    """A bare name shared by an admin1 area and the great city that holds much of its people ("New York",
    Aleppo, Kabul, Lagos) is the city: a writer who means the area says so ("New York State", "Kabul province",
    "Gov."). The area's larger population must not outweigh the city. An area whose namesake town is small beside
    it (Quebec, Idlib, Oklahoma) keeps its reading. Changes `scores` in place."""
    for position, area in enumerate(toponym.candidates):
        if area.kind is not PlaceKind.ADMIN1 or not area.population:
            continue
        city_scores = [
            score
            for place, score in zip(toponym.candidates, scores, strict=True)
            if place.kind is PlaceKind.TOWN
            and (place.country_code, place.admin1_code) == (area.country_code, area.admin1_code)
            and place.population >= _GREAT_CITY
            and place.population >= _CITY_SHARE * area.population
            and name_key(place.name) in (key, f"{key} city")
        ]
        if city_scores:
            scores[position] = min(scores[position], max(city_scores) - _AREA_BEHIND_ITS_CITY)


def _neighbourhoods_in_their_city(toponyms: list[Toponym]) -> None:
    """A name written as a neighbourhood ("the Austin neighborhood" of a Chicago story) is read in the city the
    article names: its namesake there if the gazetteer has one, else no place, rather than a town of that name in
    another state (Austin, Texas). The city then stands for the event."""
    cities = [
        toponym.place
        for toponym in toponyms
        if not toponym.neighbourhood
        and toponym.place is not None
        and toponym.place.kind is PlaceKind.TOWN
        and toponym.place.population >= _CITY_OF_NEIGHBOURHOODS
    ]
    if not cities:
        return
    for toponym in toponyms:
        if not toponym.neighbourhood or not toponym.candidates:
            continue
        near = [
            position
            for position, place in enumerate(toponym.candidates)
            if any(place.distance_km(city.lat, city.lon) <= _NEIGHBOURHOOD_KM for city in cities)
        ]
        if not near:
            toponym.candidates, toponym.scores = [], []
        else:
            _promote(toponym, near[0])


def _promote(toponym: Toponym, position: int) -> None:
    """Make the candidate at `position` the toponym's reading. It takes the top score, so that the scores stay in
    order."""
    if position == 0:
        return
    toponym.candidates.insert(0, toponym.candidates.pop(position))
    if toponym.scores:
        top = toponym.scores[0]
        toponym.scores.pop(position)
        toponym.scores.insert(0, top)


def _neighbouring_namesakes(toponyms: list[Toponym], keys: list[str]) -> None:
    """Two towns an article names lie together: where their readings lie in two countries (Edmonton, Alberta and
    Enfield, Connecticut) but one namesake of each lies beside one of the other (Edmonton and Enfield in north
    London; London and St. Thomas in Ontario), the namesakes are meant. Only a pair found once counts: names that
    have neighbouring namesakes in several places (London and Paris, in Ontario and in Kentucky) say nothing. A
    reading in a country or state the article names elsewhere stays ("Guildford, Surrey, UK" beside Surrey, British
    Columbia)."""
    towns: dict[str, list[Toponym]] = {}
    for toponym, key in zip(toponyms, keys, strict=True):
        if toponym.place is not None and toponym.place.kind is PlaceKind.TOWN and not toponym.qualified:
            towns.setdefault(key, []).append(toponym)
    areas_named = [
        (key, toponym.place.country_code)
        for toponym, key in zip(toponyms, keys, strict=True)
        if toponym.place is not None and toponym.place.kind in (PlaceKind.COUNTRY, PlaceKind.ADMIN1)
    ]
    chosen: dict[str, Place] = {}
    for (first_key, firsts), (second_key, seconds) in combinations(towns.items(), 2):
        first, second = firsts[0], seconds[0]
        assert first.place is not None and second.place is not None
        if first.place.country_code == second.place.country_code:
            continue
        close = [
            (one, other)
            for one in first.candidates[:_NAMESAKES_WEIGHED]
            if _weighty_town(one)
            for other in second.candidates[:_NAMESAKES_WEIGHED]
            if _weighty_town(other) and one.distance_km(other.lat, other.lon) <= _NEIGHBOURS_KM
        ]
        if len({(one.country_code, one.admin1_code) for one, _ in close}) != 1:
            continue
        one, other = close[0]
        named = {code for key, code in areas_named if key not in (first_key, second_key)}
        if one.country_code not in named and named & {first.place.country_code, second.place.country_code}:
            continue
        for key, place in ((first_key, one), (second_key, other)):
            if chosen.setdefault(key, place) != place:
                chosen[key] = first.place if key == first_key else second.place  # two pairs disagree: keep it
    for key, place in chosen.items():
        for toponym in towns[key]:
            if place in toponym.candidates:
                _promote(toponym, toponym.candidates.index(place))


def _weighty_town(place: Place) -> bool:
    """A town big enough to be meant over a famous namesake; villages share names with everything (Rome and
    Washington, Illinois)."""
    return place.kind is PlaceKind.TOWN and place.population >= _NEIGHBOUR_POPULATION


def _one_reading_per_name(toponyms: list[Toponym], keys: list[str]) -> None:
    """A name whose state one mention gives ("LEXINGTON, SC:") denotes that place in its other mentions too
    ("killed at a Lexington home"), when it can."""
    settled: dict[str, Place] = {}
    for toponym, key in zip(toponyms, keys, strict=True):
        if toponym.qualified and toponym.place is not None:
            settled.setdefault(key, toponym.place)
    for toponym, key in zip(toponyms, keys, strict=True):
        place = settled.get(key)
        if place is None or toponym.qualified or toponym.place == place or place not in toponym.candidates:
            continue
        _promote(toponym, toponym.candidates.index(place))


def _rank(toponyms: list[Toponym], scores: list[list[float]]) -> None:
    """Sort each toponym's candidates by their scores, best first, keeping the two lists aligned."""
    for index, toponym in enumerate(toponyms):
        ranked = sorted(zip(scores[index], toponym.candidates, strict=True), key=lambda item: -item[0])
        toponym.candidates = [place for _, place in ranked]
        toponym.scores = [round(score, 3) for score, _ in ranked]
        scores[index] = [score for score, _ in ranked]


@dataclass(frozen=True)
class PlaceChoice:
    place: Place
    toponym: Toponym
    score: float


# A town read from one of its alternate names ("South Side" for Eltingville) is weaker evidence of the event place.
_ALTERNATE_NAME_WEIGHT = 0.5
_KIND_BONUS = {PlaceKind.TOWN: 2.0, PlaceKind.ADMIN2: 1.5, PlaceKind.ADMIN1: 1.0}
_GOVERNMENT_WORDS = re.compile(r"\b(authorities|government|regime|officials|ministry|warn\w*|talks)\b", re.IGNORECASE)
_MIN_OWN_EVIDENCE = 2.0
_HOME_SHARE = 0.6  # the share of an article's place mentions that makes their country the event's


_OUTLET_SUFFIX = re.compile(
    r"\s(?:-|\||::|–|—)\s(?=[^-|–—]*(?:News|TV|Channel|FM|Radio|\.com|Times|Post|Herald|Tribune|Gazette|Journal"
    r"|Daily|Press|Courier|Observer|Online|\b[KW][A-Z]{2,3}\b))[^-|–—]*$"
)


def _in_outlet_suffix(toponym: Toponym) -> bool:
    if not toponym.sentence.in_title:
        return False
    suffix = _OUTLET_SUFFIX.search(toponym.sentence.text)
    return suffix is not None and toponym.start >= suffix.start()


def _dominant(group_of: dict[str, str], weights: dict[str, float]) -> str | None:
    """The group (a country, a state) holding `_HOME_SHARE` of the weight of the places that belong to one."""
    totals: dict[str, float] = {}
    for key, weight in weights.items():
        if key in group_of:
            totals[group_of[key]] = totals.get(group_of[key], 0.0) + weight
    if not totals:
        return None
    best = max(totals, key=lambda group: totals[group])
    return best if totals[best] >= _HOME_SHARE * sum(totals.values()) else None


def _placed_from(
    home: Area, resolved: list[Toponym], first: dict[str, Toponym], scores: dict[str, float]
) -> Callable[[str], bool]:
    """Which places a local outlet's story can be about: where it names a town of its own state, a town elsewhere
    counts only if the article places it (by its state, named beside it or anywhere in the article). A local paper's
    "Austin", "Englewood" or "Madisonville" beside its own city is a neighbourhood the gazetteer does not know, not
    the namesake towns of Texas, Colorado or Kentucky."""

    def local(place: Place) -> bool:
        return place.kind in _INSIDE_AN_AREA and (place.country_code, place.admin1_code) == home

    if not any(local(place) for key in scores if (place := first[key].place) is not None):
        return lambda key: True
    states_named = {
        (place.country_code, place.admin1_code)
        for toponym in resolved
        if (place := toponym.place) is not None and place.kind is PlaceKind.ADMIN1
    }
    qualified = {toponym.place.key for toponym in resolved if toponym.qualified and toponym.place is not None}

    def keep(key: str) -> bool:
        place = first[key].place
        assert place is not None
        return (
            place.kind not in _INSIDE_AN_AREA
            or local(place)
            or key in qualified
            or (place.country_code, place.admin1_code) in states_named
        )

    return keep


def _narrowed(scores: dict[str, float], keep: Callable[[str], bool]) -> dict[str, float]:
    """The scores of the places kept, unless that would leave none."""
    kept = {key: value for key, value in scores.items() if keep(key)}
    return kept or scores


def choose_event_place(toponyms: list[Toponym], gazetteer: Gazetteer, home: Area | None = None) -> PlaceChoice | None:
    """The most specific place where the event happened, not every place the article mentions.

    A town wins over an area when the article names it in the title or lead, next to event words, or inside an
    area it also names ("Harem, western Idlib"); background sentences do not count. Capitals named as
    governments ("warning Damascus") are weak evidence. `home` is the state the article's outlet reports from
    (`home_area`): a town the article names there wins over a namesake elsewhere that nothing in the article
    places.
    """
    located = [t for t in toponyms if t.place is not None and t.place.kind is not PlaceKind.CONTINENT]
    resolved = [t for t in located if not t.sentence.background] or located
    if not resolved:
        return None
    named_keys = {t.place.key for t in resolved if t.place is not None}
    own: dict[str, float] = {}
    first: dict[str, Toponym] = {}
    for toponym in resolved:
        place = toponym.place
        assert place is not None
        first.setdefault(place.key, toponym)
        score = 1.0
        if toponym.sentence.in_title:
            score += 2.0
        elif toponym.sentence.index <= 1:
            score += 1.5
        if toponym.sentence.has_trigger:
            score += 1.0
        doc_text = toponym.sentence.doc_text
        if re.search(
            r"\b(in|near|at|outside)\s+(the\s+)?$",
            doc_text[max(0, toponym.start - 12) : toponym.start],
            re.IGNORECASE,
        ):
            score += 0.5
        if gazetteer.is_capital(place) and _GOVERNMENT_WORDS.search(toponym.sentence.text):
            score *= 0.5  # the capital standing for its government
        if not _spelled_alike(place.name, toponym.text):
            score *= _ALTERNATE_NAME_WEIGHT
        own[place.key] = own.get(place.key, 0.0) + score
    scores: dict[str, float] = {}
    for key, toponym in first.items():
        place = toponym.place
        assert place is not None
        # Mentions of the areas that contain a place support it, damped so that a much-named country does not
        # outweigh the town where things happened.
        containers = [own[container] for container in place.container_keys[1:] if container in named_keys]
        scores[key] = own[key] + sum(math.log1p(value) for value in containers)
        scores[key] += _KIND_BONUS.get(place.kind, 0.0)
    # The outlet a title ends with ("... - WXOW News 19 La Crosse") says where the station is, not the event: its
    # places count as context only.
    outside_suffix = {t.place.key for t in resolved if t.place is not None and not _in_outlet_suffix(t)}
    scores = _narrowed(scores, lambda key: key in outside_suffix)
    if home is not None:
        scores = _narrowed(scores, _placed_from(home, resolved, first, scores))
    # The country most of the article's mentions lie in: a lone reading abroad ("Gentilly" in a New Orleans
    # story, which GeoNames knows only in France) is a name the gazetteer lacks at home, not the event's place.
    country_of = {key: toponym.place.country_code for key, toponym in first.items() if toponym.place is not None}
    main_country = _dominant(country_of, own)
    if main_country is None:
        # one name said often ("Fronton" in the title, the dateline and the lead, known only in France) is still
        # one place: counted by the places named, the Texas counties and towns around it say where the story is
        main_country = _dominant(country_of, dict.fromkeys(first, 1.0))
    if main_country is not None:
        scores = _narrowed(scores, lambda key: country_of[key] == main_country)
        # and so for the province or state: "Eureka" in a story of Navarro County, Texas, is not California's
        area_of = {
            key: f"{place.country_code}.{place.admin1_code}"
            for key, toponym in first.items()
            if (place := toponym.place) is not None and place.kind is not PlaceKind.COUNTRY and place.admin1_code
        }
        area = _dominant(area_of, own)
        if area is not None:
            scores = _narrowed(scores, lambda key: area_of.get(key, area) == area)
    # The most specific kind of place that the article names with enough weight of its own wins.
    for kind in (PlaceKind.TOWN, PlaceKind.ADMIN2, PlaceKind.ADMIN1):
        eligible = [key for key in scores if first[key].place.kind is kind and own[key] >= _MIN_OWN_EVIDENCE]  # type: ignore[union-attr]
        if eligible:
            best_key = max(eligible, key=lambda key: scores[key])
            break
    else:
        best_key = max(scores, key=lambda key: scores[key])
    best = first[best_key]
    assert best.place is not None
    city = _city_for_a_stray_town(best, resolved, gazetteer, home)
    if city is not None and city.place is not None:
        return PlaceChoice(city.place, city, round(scores.get(city.place.key, scores[best_key]), 3))
    return PlaceChoice(best.place, best, round(scores[best_key], 3))


def _city_for_a_stray_town(
    best: Toponym, resolved: list[Toponym], gazetteer: Gazetteer, home: Area | None
) -> Toponym | None:
    """The big city an article names, when the small town chosen lies in a state nothing else in the article points
    to. "Madisonville" in a Cincinnati story is that city's neighbourhood, which the gazetteer lacks, not the town
    in Kentucky; "Riley" is Indianapolis's children's hospital, not a village in Kansas. A town whose state the
    article names, or places anything else in, or is its outlet's, stays; so does any town when the city lies abroad
    or is a national capital, named as often for its government as for itself."""
    town = best.place
    if town is None or town.kind is not PlaceKind.TOWN or town.population >= _STRAY_TOWN_POPULATION:
        return None
    if best.qualified:
        return None
    area = (town.country_code, town.admin1_code)
    if home == area:
        return None
    for toponym in resolved:
        place = toponym.place
        if place is None:
            continue
        if place.key != town.key and (place.country_code, place.admin1_code) == area:
            return None
        if place.key == town.key and _OWN_FORCE_AFTER.match(toponym.sentence.doc_text, toponym.end):
            return None  # "Silver City police responded": the town has its own police; the city is its hospital
    cities = [
        toponym
        for toponym in resolved
        if (place := toponym.place) is not None
        and place.kind is PlaceKind.TOWN
        and place.population >= _BIG_CITY
        and place.country_code == town.country_code  # a city abroad is where a ship's navy or a fighter comes from
        and place.admin1_code != town.admin1_code
        and _spelled_alike(place.name, toponym.text)  # named, not read from its police's initials ("SAPD")
        and not gazetteer.is_capital(place)
    ]
    return cities[0] if cities else None


_STRAY_TOWN_POPULATION = 50_000
_OWN_FORCE_AFTER = re.compile(r"\s+(?:police|sheriff|(?:fire|police) department|PD)\b", re.IGNORECASE)
_BIG_CITY = 300_000

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
from dataclasses import dataclass, field
from enum import Enum

from spacy.lang.en.stop_words import STOP_WORDS

from crosswire.extract.gazetteer import Gazetteer
from crosswire.extract.sentences import Sentence
from crosswire.model import Place, PlaceKind
from crosswire.names import name_key

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_RESCUE_LABELS = {"ORG", "PERSON", "NORP"}
_CONTEXT_BEFORE = re.compile(
    r"\b(in|near|at|outside|from|of|across|around|into|to|towards?|(north|south|east|west)(ern)?|central|northwestern"
    r"|northeastern|southwestern|southeastern|province of|region of|state of|district of)\s+(the\s+)?$",
    re.IGNORECASE,
)
_AREA_AFTER = re.compile(r"^\s*(province|region|governorate|state|district|county|department|area)\b", re.IGNORECASE)
_COMPASS_BEFORE = re.compile(r"\b((north|south|east|west)(ern|west|east)?|central)\s+$", re.IGNORECASE)
_ADMIN1_BEFORE = re.compile(r"\b(province|region|governorate|state) of( the)?\s+$", re.IGNORECASE)
_ADMIN1_AFTER = re.compile(r"^\s*(province|region|governorate|state)\b", re.IGNORECASE)


class AreaCue(Enum):
    """What the words around a name say about the kind of place it is."""

    NAMED = "named"  # "Idlib province", "the province of Idlib": an admin1 area
    PART = "part"  # "western Idlib", "central Toledo": part of a town or of an area


_IRREGULAR_DEMONYMS = {
    "french": "FR",
    "turkish": "TR",
    "british": "GB",
    "english": "GB",
    "american": "US",
    "dutch": "NL",
    "german": "DE",
    "spanish": "ES",
    "swiss": "CH",
    "swedish": "SE",
    "danish": "DK",
    "polish": "PL",
    "finnish": "FI",
    "irish": "IE",
    "greek": "GR",
    "chinese": "CN",
    "japanese": "JP",
    "vietnamese": "VN",
    "lebanese": "LB",
    "sudanese": "SD",
    "senegalese": "SN",
    "congolese": "CD",
    "togolese": "TG",
    "burmese": "MM",
    "nepalese": "NP",
    "portuguese": "PT",
    "filipino": "PH",
    "philippine": "PH",
    "thai": "TH",
    "iraqi": "IQ",
    "israeli": "IL",
    "pakistani": "PK",
    "afghan": "AF",
    "somali": "SO",
    "yemeni": "YE",
    "saudi": "SA",
    "kuwaiti": "KW",
    "omani": "OM",
    "qatari": "QA",
    "bangladeshi": "BD",
    "emirati": "AE",
    "malian": "ML",
    "nigerien": "NE",
    "nigerian": "NG",
    "ivorian": "CI",
    "burkinabe": "BF",
    "chadian": "TD",
    "malagasy": "MG",
    "peruvian": "PE",
    "mexican": "MX",
    "ukrainian": "UA",
    "russian": "RU",
    "iranian": "IR",
    "palestinian": "PS",
    "kurdish": None,
    "yemenite": "YE",
    "libyan": "LY",
    "egyptian": "EG",
    "kenyan": "KE",
    "ethiopian": "ET",
    "eritrean": "ER",
    "ugandan": "UG",
    "rwandan": "RW",
    "burundian": "BI",
    "syrian": "SY",
    "jordanian": "JO",
    "algerian": "DZ",
    "moroccan": "MA",
    "tunisian": "TN",
    "cameroonian": "CM",
    "mozambican": "MZ",
    "zimbabwean": "ZW",
    "south african": "ZA",
    "colombian": "CO",
    "venezuelan": "VE",
    "brazilian": "BR",
    "argentine": "AR",
    "indian": "IN",
    "indonesian": "ID",
    "afghani": "AF",
    "korean": None,
    "canadian": "CA",
    "australian": "AU",
    "italian": "IT",
    "belgian": "BE",
    "austrian": "AT",
    "ghanaian": "GH",
}


_AREA_CUE_BONUS = {AreaCue.NAMED: 2.5, AreaCue.PART: 0.5}


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

    @property
    def place(self) -> Place | None:
        return self.candidates[0] if self.candidates else None


def country_evidence(doc_ents: list[tuple[str, str]], gazetteer: Gazetteer) -> Counter[str]:
    """Countries an article names or implies through adjectives ("Syrian forces" counts for Syria)."""
    evidence: Counter[str] = Counter()
    for text, label in doc_ents:
        if label == "NORP":
            code = _IRREGULAR_DEMONYMS.get(name_key(text))
            if code:
                evidence[code] += 1
        elif label in _PLACE_LABELS:
            places = gazetteer.lookup(text)
            country = next((place for place in places if place.kind is PlaceKind.COUNTRY), None)
            if country is not None:
                evidence[country.country_code] += 2
                continue
            # A state or province named on its own ("Ohio", "Borno State") tells the country too.
            # Only when the area is what the name mostly means: "Toledo" is a city before it is a Belizean district.
            areas = {place.country_code for place in places if place.kind is PlaceKind.ADMIN1}
            biggest = max(places, key=lambda place: place.population, default=None)
            if len(areas) == 1 and biggest is not None and biggest.kind is PlaceKind.ADMIN1:
                evidence[areas.pop()] += 1
    return evidence


_DATELINE = re.compile(r"^(?P<town>[A-Z][A-Z .'’-]{2,40}),\s+(?P<area>[A-Z][A-Za-z.]*\.?(?: [A-Z][a-z]+\.?)?)\s*[(–—-]")
_INSTITUTION = re.compile(
    r"^(?:[Tt]he\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)\s+(?:County\s+)?"
    r"(?:Police(?: Department| Service| Force)?|Sheriff['’]s (?:Office|Department)|Fire(?: Department| Rescue)"
    r"|City Council|Prosecutor['’]s Office|District Attorney['’]s Office)$"
)


def find_toponyms(sentences: list[Sentence], gazetteer: Gazetteer) -> list[Toponym]:
    """Place mentions of the parsed sentences, unresolved (candidates sorted by population).

    Besides spaCy's places: the town of a dateline ("HOT SPRINGS, Ark. (KTHV) -"), restricted to the state or
    country it names, and the town in the name of a local institution ("the Hot Springs Police Department").
    """
    toponyms: list[Toponym] = []
    people = _people_names(sentences)
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
            if ent.label_ in _PLACE_LABELS:
                pass
            elif ent.label_ in _RESCUE_LABELS and (_CONTEXT_BEFORE.search(before) or _AREA_AFTER.match(after)):
                if ent.label_ == "NORP" and name_key(text) in _IRREGULAR_DEMONYMS:
                    continue
            elif ent.label_ == "ORG" and (institution := _INSTITUTION.match(text)):
                text = institution.group("place")
                start = ent.start_char + ent.text.index(text)
                end = start + len(text)
            else:
                continue
            if text.lower() in STOP_WORDS or len(text) < 2:
                continue  # "The" is an alternate name of Teresina in GeoNames, never a place in an English text
            if name_key(text) in people:
                continue  # "Teixeira's Texas home": the man named in full elsewhere, not the Brazilian town
            candidates = list(gazetteer.lookup(text))
            if text.replace(".", "").isupper() and len(text.replace(".", "")) <= 4:
                candidates = [place for place in candidates if _abbreviates(text, place)]
            if not candidates:
                continue
            cue = (
                AreaCue.NAMED
                if _ADMIN1_AFTER.match(after) or _ADMIN1_BEFORE.search(before)
                else AreaCue.PART
                if _COMPASS_BEFORE.search(before)
                else None
            )
            toponyms.append(Toponym(text, start, end, sentence, candidates, area_cue=cue))
    return toponyms


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
    return names


def _dateline_toponym(sentence: Sentence, gazetteer: Gazetteer) -> Toponym | None:
    match = _DATELINE.match(sentence.text)
    if match is None:
        return None
    town = match.group("town").strip().title()
    areas = [p for p in gazetteer.lookup(match.group("area")) if p.kind is not PlaceKind.TOWN]
    candidates = [
        place
        for place in gazetteer.lookup(town)
        if place.kind is PlaceKind.TOWN and (not areas or any(area.contains(place) for area in areas))
    ]
    if not candidates:
        return None
    start = sentence.start + match.start("town") if sentence.start >= 0 else -1
    return Toponym(town, start, start + len(town), sentence, candidates)


def resolve_toponyms(toponyms: list[Toponym], countries: Counter[str]) -> None:
    """Order each toponym's candidates by plausibility in this article's context (in place)."""
    admin1_named = Counter(
        (place.country_code, place.admin1_code)
        for toponym in toponyms
        for place in toponym.candidates[:3]
        if place.kind is PlaceKind.ADMIN1
    )
    country_total = sum(countries.values()) or 1
    for toponym in toponyms:
        scored = []
        for place in toponym.candidates:
            score = math.log10(place.population + 10)
            score += 6.0 * countries.get(place.country_code, 0) / country_total
            if place.kind is PlaceKind.TOWN and admin1_named.get((place.country_code, place.admin1_code)):
                score += 3.0
            if place.kind is PlaceKind.COUNTRY:
                score += 4.0
            if place.kind is PlaceKind.ADMIN1:
                score += _AREA_CUE_BONUS.get(toponym.area_cue, -1.0) if toponym.area_cue else -1.0
            if name_key(place.name) == name_key(toponym.text):
                score += 0.5
            scored.append((score, place))
        scored.sort(key=lambda item: -item[0])
        toponym.candidates = [place for _, place in scored]
        toponym.scores = [round(score, 3) for score, _ in scored]


@dataclass(frozen=True)
class PlaceChoice:
    place: Place
    toponym: Toponym
    score: float


_GOVERNMENT_WORDS = re.compile(r"\b(authorities|government|regime|officials|ministry|warn\w*|talks)\b", re.IGNORECASE)
_MIN_OWN_EVIDENCE = 2.0


def choose_event_place(toponyms: list[Toponym], gazetteer: Gazetteer) -> PlaceChoice | None:
    """The most specific place where the event happened, not every place the article mentions.

    A town wins over an area when the article names it in the title or lead, next to event words, or inside an
    area it also names ("Harem, western Idlib"); background sentences do not count. Capitals named as
    governments ("warning Damascus") are weak evidence.
    """
    resolved = [t for t in toponyms if t.place is not None and not t.sentence.background]
    if not resolved:
        resolved = [t for t in toponyms if t.place is not None]
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
        own[place.key] = own.get(place.key, 0.0) + score
    scores: dict[str, float] = {}
    for key, toponym in first.items():
        place = toponym.place
        assert place is not None
        # Mentions of the areas that contain a place support it, damped so that a much-named country does not
        # outweigh the town where things happened.
        containers = [own[container] for container in place.container_keys[1:] if container in named_keys]
        scores[key] = own[key] + sum(math.log1p(value) for value in containers)
        scores[key] += {PlaceKind.TOWN: 2.0, PlaceKind.ADMIN1: 1.0, PlaceKind.COUNTRY: 0.0}[place.kind]
    # The most specific kind of place that the article names with enough weight of its own wins.
    for kind in (PlaceKind.TOWN, PlaceKind.ADMIN1):
        eligible = [key for key in scores if first[key].place.kind is kind and own[key] >= _MIN_OWN_EVIDENCE]  # type: ignore[union-attr]
        if eligible:
            best_key = max(eligible, key=lambda key: scores[key])
            break
    else:
        best_key = max(scores, key=lambda key: scores[key])
    best = first[best_key]
    assert best.place is not None
    return PlaceChoice(best.place, best, round(scores[best_key], 3))

"""The data model every stage shares: what an article is, what it claims, and what an event record holds.

Stages pass these objects to each other; only `store/` turns them into rows. Values that end up in the database
as JSON (claim values, places) know how to write and read themselves, so no stage invents a parallel dict shape.
"""

from __future__ import annotations

import calendar
import hashlib
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from crosswire.names import name_key


class InputFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"  # one JSONL record: title, text or html, url, outlet, published


@dataclass(frozen=True)
class RawInput:
    """One input exactly as received, kept so that `crosswire reprocess` can rebuild everything from it.

    `title`, `outlet`, `url` and `published` are what the caller said about the input (command-line options);
    a JSONL record carries its own inside `payload`.
    """

    source: str
    format: InputFormat
    payload: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None

    @property
    def content_hash(self) -> str:
        """Identity of the input: the same bytes in the same format are the same article, whatever the options."""
        digest = hashlib.sha256()
        digest.update(self.format.value.encode())
        digest.update(b"\0")
        digest.update(self.payload.encode("utf-8"))
        return digest.hexdigest()


@dataclass
class Article:
    """A cleaned article: main text without site boilerplate, and what is known of its origin."""

    content_hash: str
    source: str
    title: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    boilerplate_removed: int = 0
    id: int | None = None
    # Hashes of its lines long enough to be a site's template text; the store records them so that a line that
    # recurs in articles weeks apart can be recognised as template text, not news.
    template_lines: tuple[str, ...] = ()


class PlaceKind(StrEnum):
    TOWN = "town"
    ADMIN2 = "admin2"  # a county, a district: inside an admin1 area
    ADMIN1 = "admin1"
    COUNTRY = "country"
    CONTINENT = "continent"  # named in texts ("across Africa"), never an event's place


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance between two points on the Earth (haversine, mean radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dlat, half_dlon = (phi2 - phi1) / 2, math.radians(lon2 - lon1) / 2
    a = math.sin(half_dlat) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlon) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


@dataclass(frozen=True)
class Place:
    """A place resolved to the gazetteer (GeoNames)."""

    name: str
    kind: PlaceKind
    country_code: str
    country: str
    lat: float
    lon: float
    admin1: str | None = None
    admin1_code: str | None = None
    geonameid: int | None = None
    population: int = 0
    admin2_code: str | None = None

    @property
    def key(self) -> str:
        """A stable identifier, also for admin1 areas and countries that have no geonameid in our gazetteer."""
        if self.kind is PlaceKind.COUNTRY:
            return f"country:{self.country_code}"
        if self.kind is PlaceKind.ADMIN1:
            return f"admin1:{self.country_code}.{self.admin1_code}"
        if self.kind is PlaceKind.ADMIN2:
            return f"admin2:{self.country_code}.{self.admin1_code}.{self.admin2_code}"
        if self.kind is PlaceKind.CONTINENT:
            return f"continent:{self.geonameid}"
        return f"geonames:{self.geonameid}"

    @property
    def container_keys(self) -> list[str]:
        """Keys of this place and of every area that contains it (town, its admin1, its country)."""
        keys = [self.key]
        if self.kind is PlaceKind.CONTINENT:
            return keys
        if self.kind is PlaceKind.TOWN and self.admin1_code and self.admin2_code:
            keys.append(f"admin2:{self.country_code}.{self.admin1_code}.{self.admin2_code}")
        if self.kind in (PlaceKind.TOWN, PlaceKind.ADMIN2) and self.admin1_code:
            keys.append(f"admin1:{self.country_code}.{self.admin1_code}")
        if self.kind is not PlaceKind.COUNTRY:
            keys.append(f"country:{self.country_code}")
        return keys

    def distance_km(self, lat: float, lon: float) -> float:
        """Great-circle distance from this place's point to another point."""
        return great_circle_km(self.lat, self.lon, lat, lon)

    def contains(self, other: Place) -> bool:
        """True when `other` is this place or lies inside it ("western Idlib" contains Harem)."""
        return self.key in other.container_keys

    @property
    def geo_precision(self) -> int:
        """ACLED geo-precision: 1 the town itself, 2 a part of a region (a county), 3 only the admin1 or country."""
        return {PlaceKind.TOWN: 1, PlaceKind.ADMIN2: 2}.get(self.kind, 3)

    @property
    def label(self) -> str:
        parts = [self.name]
        if self.kind in (PlaceKind.TOWN, PlaceKind.ADMIN2) and self.admin1:
            parts.append(self.admin1)
        if self.kind is not PlaceKind.COUNTRY and self.country:  # a continent lies in no country
            parts.append(self.country)
        return ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "country_code": self.country_code,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "admin1": self.admin1,
            "admin1_code": self.admin1_code,
            "geonameid": self.geonameid,
            "population": self.population,
            **({"admin2_code": self.admin2_code} if self.admin2_code else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Place:
        return cls(
            name=data["name"],
            kind=PlaceKind(data["kind"]),
            country_code=data["country_code"],
            country=data["country"],
            lat=data["lat"],
            lon=data["lon"],
            admin1=data.get("admin1"),
            admin1_code=data.get("admin1_code"),
            geonameid=data.get("geonameid"),
            population=data.get("population", 0),
            admin2_code=data.get("admin2_code"),
        )


@dataclass(frozen=True)
class Count:
    """A number of people as reported: exact ("3"), open ("at least two": high is None), a range, or vague.

    `stated` is the figure as written when a qualifier widens the interval ("about 10" is 8-12, stated 10): the
    interval decides whether two reports agree, the stated figure is what a reader takes away. Who gives the figure
    ("police said") belongs to the claim, like any claim's source. A toll that is not the event's own (the war's,
    past attacks') never becomes a Count: extraction sets it aside.
    """

    low: int
    high: int | None
    phrase: str = ""
    stated: int | None = None

    @property
    def best(self) -> int:
        return self.stated if self.stated is not None else self.low

    def compatible(self, other: Count) -> bool:
        """Two counts agree when their intervals overlap: "at least two" and "3" agree, "2" and "5" do not."""
        self_high = self.high if self.high is not None else float("inf")
        other_high = other.high if other.high is not None else float("inf")
        return self.low <= other_high and other.low <= self_high

    @property
    def label(self) -> str:
        if self.high is None:
            return f"at least {self.low}"
        if self.high == self.low:
            return str(self.low)
        return f"{self.low}-{self.high}"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"low": self.low, "high": self.high, "phrase": self.phrase}
        # Written only when set, so that counts stored before this field existed read back unchanged.
        if self.stated is not None:
            data["stated"] = self.stated
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Count:
        return cls(
            low=data["low"],
            high=data["high"],
            phrase=data.get("phrase", ""),
            stated=data.get("stated"),
        )


class DatePrecision(IntEnum):
    """ACLED time-precision codes."""

    DAY = 1
    WEEK = 2
    MONTH = 3


@dataclass(frozen=True)
class EventDate:
    """When the reported event happened, as precisely as the text says."""

    day: date
    precision: DatePrecision = DatePrecision.DAY

    def compatible(self, other: EventDate) -> bool:
        """Dates agree when one falls inside the other's span (a day inside its month, or the same day)."""
        coarse = max(self.precision, other.precision)
        if coarse is DatePrecision.MONTH:
            return (self.day.year, self.day.month) == (other.day.year, other.day.month)
        if coarse is DatePrecision.WEEK:
            return abs((self.day - other.day).days) <= 6
        return self.day == other.day

    @property
    def label(self) -> str:
        if self.precision is DatePrecision.MONTH:
            return self.day.strftime("%Y-%m")
        if self.precision is DatePrecision.WEEK:
            return f"by {self.day.isoformat()}"  # that day or in the days before
        return self.day.isoformat()

    def to_json(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "precision": int(self.precision)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventDate:
        return cls(day=date.fromisoformat(data["date"]), precision=DatePrecision(data["precision"]))


@dataclass(frozen=True)
class EventType:
    """An ACLED event type and sub-event type."""

    event_type: str
    sub_event_type: str

    @property
    def label(self) -> str:
        return f"{self.event_type} / {self.sub_event_type}"

    def compatible(self, other: EventType) -> bool:
        return self == other

    def to_json(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventType:
        return cls(event_type=data["event_type"], sub_event_type=data["sub_event_type"])


class ActorType(StrEnum):
    """ACLED's actor types (its "inter" codes 1-8)."""

    STATE_FORCES = "state forces"
    REBEL_GROUP = "rebel group"
    POLITICAL_MILITIA = "political militia"
    IDENTITY_MILITIA = "identity militia"
    RIOTERS = "rioters"
    PROTESTERS = "protesters"
    CIVILIANS = "civilians"
    EXTERNAL_FORCES = "external/other forces"

    @property
    def inter_code(self) -> int:
        return list(ActorType).index(self) + 1


class ActorRole(StrEnum):
    """ACLED's two sides of an event: actor1 acted, actor2 was acted upon (the target, the victims)."""

    ACTOR1 = "actor1"
    ACTOR2 = "actor2"


@dataclass(frozen=True)
class Actor:
    """A person or group taking part in the event, under its fullest name, with the other names used for it.

    `role` and `actor_type` are set when the article says who acted and who was targeted and the actor can be
    typed the ACLED way ("Military Forces of Nigeria", state forces); a name alone carries neither.
    """

    name: str
    aliases: tuple[str, ...] = ()
    role: ActorRole | None = None
    actor_type: ActorType | None = None

    @property
    def label(self) -> str:
        return self.name

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def same_as(self, other: Actor) -> bool:
        """Two actors are one when they share a name, or a person's surname stands for the full name."""
        mine = {name_key(name) for name in self.names}
        theirs = {name_key(name) for name in other.names}
        if mine & theirs:
            return True
        my_surnames = {key.split()[-1] for key in mine if " " in key}
        their_surnames = {key.split()[-1] for key in theirs if " " in key}
        return bool(my_surnames & theirs or their_surnames & mine)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "aliases": list(self.aliases)}
        if self.role is not None:
            data["role"] = self.role.value
        if self.actor_type is not None:
            data["actor_type"] = self.actor_type.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Actor:
        return cls(
            name=data["name"],
            aliases=tuple(data.get("aliases", ())),
            role=ActorRole(data["role"]) if data.get("role") else None,
            actor_type=ActorType(data["actor_type"]) if data.get("actor_type") else None,
        )


class ClaimField(StrEnum):
    """The slots of an event record that articles make claims about."""

    EVENT_TYPE = "event_type"
    EVENT_DATE = "event_date"
    LOCATION = "location"
    KILLED = "killed"
    INJURED = "injured"
    ARRESTED = "arrested"
    KIDNAPPED = "kidnapped"
    ACTOR = "actor"
    STATEMENT = "statement"
    MISSING = "missing"  # people reported missing; a fact of the event, not a column of the event record


COUNT_FIELDS = (ClaimField.KILLED, ClaimField.INJURED, ClaimField.ARRESTED, ClaimField.KIDNAPPED, ClaimField.MISSING)
# The extractor of a count worked out rather than written ("4 shot, 1 killed": 3 wounded; "she was shot" in a
# story of one death: none wounded), so that a reader sees which figures no report gives.
INFERRED_COUNT = "counts.inferred"


@dataclass(frozen=True)
class StatementDate:
    """A time a statement gives, with only the parts the text states ("December": no year, no day)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def compatible(self, other: StatementDate) -> bool:
        """Compatible unless a part both state differs: "November 2024" and "December" are not."""
        return all(
            mine is None or theirs is None or mine == theirs
            for mine, theirs in ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        )

    @property
    def label(self) -> str:
        month = calendar.month_name[self.month] if self.month else ""
        parts = [str(self.day) if self.day and self.month else "", month, str(self.year) if self.year else ""]
        return " ".join(part for part in parts if part)

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "month": self.month, "day": self.day}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StatementDate:
        return cls(year=data.get("year"), month=data.get("month"), day=data.get("day"))


@dataclass(frozen=True)
class Statement:
    """Something an article says beyond the slots ("the group has around 50 members"), reduced to what lets it be
    recognised in other words: a canonical predicate, its subject's class, content-word stems and names, and the
    values (a time, a number) on which two reports of it can disagree."""

    text: str
    predicate: str
    subject: str = ""
    terms: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    when: StatementDate | None = None
    number: Count | None = None
    background: bool = False

    @property
    def label(self) -> str:
        return self.text

    def compatible(self, other: Statement) -> bool:
        """Two reports of one statement agree unless they give different times or incompatible numbers."""
        if self.when is not None and other.when is not None and not self.when.compatible(other.when):
            return False
        return self.number is None or other.number is None or self.number.compatible(other.number)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "predicate": self.predicate,
            "subject": self.subject,
            "terms": list(self.terms),
            "names": list(self.names),
            "when": self.when.to_json() if self.when else None,
            "number": self.number.to_json() if self.number else None,
            "background": self.background,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Statement:
        return cls(
            text=data["text"],
            predicate=data["predicate"],
            subject=data.get("subject", ""),
            terms=tuple(data.get("terms", ())),
            names=tuple(data.get("names", ())),
            when=StatementDate.from_json(data["when"]) if data.get("when") else None,
            number=Count.from_json(data["number"]) if data.get("number") else None,
            background=bool(data.get("background", False)),
        )


ClaimValue = Place | Count | EventDate | EventType | Actor | Statement


def claim_value_from_json(claim_field: ClaimField, data: dict[str, Any]) -> ClaimValue:
    """Read back a claim value stored as JSON; the field says which type it is."""
    if claim_field is ClaimField.LOCATION:
        return Place.from_json(data)
    if claim_field is ClaimField.EVENT_DATE:
        return EventDate.from_json(data)
    if claim_field is ClaimField.EVENT_TYPE:
        return EventType.from_json(data)
    if claim_field is ClaimField.ACTOR:
        return Actor.from_json(data)
    if claim_field is ClaimField.STATEMENT:
        return Statement.from_json(data)
    return Count.from_json(data)


@dataclass
class Claim:
    """One thing one article says about its event, with the sentence that says it.

    `start`/`end` locate `quote` in the article's cleaned text; `text` is the words that carry the value as
    written ("at least two jihadists were detained"), `value` the same normalized. `attribution` is who the article
    says says so ("said Syrian authorities", "told AFP"); `hedge` the word that keeps it at a distance
    ("allegedly", "reportedly"), so a reader can weigh an unconfirmed claim as such.
    """

    field: ClaimField
    value: ClaimValue
    text: str
    quote: str
    start: int
    end: int
    extractor: str
    confidence: float
    article_id: int | None = None
    id: int | None = None
    attribution: str | None = None
    hedge: str | None = None


@dataclass
class ArticleAnalysis:
    """Everything extraction learned from one article: its claims and the features clustering compares."""

    claims: list[Claim]
    places: list[Place] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # people, organisations and facilities, as name keys
    people: list[str] = field(default_factory=list)  # full names of people (two words or more), as name keys
    # the people the story is about: of `people`, those named in the title or lead or more than once
    central_people: list[str] = field(default_factory=list)
    terms: dict[str, float] = field(default_factory=dict)
    event_date: EventDate | None = None
    # the date is of an arrest or a hearing after the act, not of the act: no evidence of which event it follows
    event_date_after_the_act: bool = False
    event_type: EventType | None = None
    year: int | None = None  # of the first full date (day, month and year) near the top, when there is one
    ages: list[str] = field(default_factory=list)  # ages stated ("16y", "9m"): see `crosswire.extract.ages`
    # the headline tallies several incidents ("4 dead, 17 wounded in Chicago shootings"): the names and ages the
    # article gives are spread over them
    roundup: bool = False


class FactStatus(StrEnum):
    CORROBORATED = "corroborated"  # two or more independent sources agree
    SINGLE_SOURCE = "single-source"  # only one independent source says it
    CONTESTED = "contested"  # sources give incompatible values; each side is its own fact
    UPDATED = "updated"  # a later report revised this value ("the death toll rose to 12"): superseded, not denied


@dataclass
class SourceQuote:
    """One article's support for a fact: the words it used and where."""

    article_id: int
    outlet: str | None
    quote: str
    text: str
    start: int
    end: int
    claim_id: int | None = None
    attribution: str | None = None
    hedge: str | None = None


@dataclass
class Fact:
    """A value of one slot of an event, the articles that support it, and how well it is supported."""

    field: ClaimField
    value: str
    value_json: dict[str, Any]
    status: FactStatus
    sources: list[SourceQuote]
    independent_sources: int
    note: str = ""  # why the status: the other side of a contest, the report that superseded this value


@dataclass
class ArticleRef:
    """An article as an event record lists it. `origin` groups syndicated copies and one outlet's reports."""

    id: int
    title: str
    outlet: str | None
    url: str | None
    published: datetime | None
    origin: str


@dataclass
class MergeDecision:
    """Why an article joined an event or started one: the scores that decided, kept for `crosswire show`."""

    article_id: int
    joined: bool
    score: float
    reasons: dict[str, Any]

    @property
    def explanation(self) -> str:
        default = f"joined with score {self.score:.2f}" if self.joined else "started a new event"
        text = str(self.reasons.get("summary", default))
        for merge in self.reasons.get("merges", []):
            text += f"; then {merge['summary']}"
        return text


@dataclass
class EventRecord:
    """One real-world event: its fields derived from the facts by named rules, and the facts themselves."""

    headline: str
    articles: list[ArticleRef]
    facts: list[Fact]
    independent_sources: int
    event_date: EventDate | None = None
    event_type: EventType | None = None
    location: Place | None = None
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    kidnapped: int | None = None
    actors: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    decisions: list[MergeDecision] = field(default_factory=list)
    id: int | None = None
    # Per count field, the low / best / high figures the current (not superseded) facts allow.
    count_ranges: dict[str, CountRange] = field(default_factory=dict)

    def facts_for(self, claim_field: ClaimField) -> list[Fact]:
        return [fact for fact in self.facts if fact.field is claim_field]

    @property
    def single_source_statements(self) -> list[Fact]:
        """What only one independent source says: the claims a reader should check before repeating them."""
        return [
            fact
            for fact in self.facts
            if fact.field is ClaimField.STATEMENT and fact.status is FactStatus.SINGLE_SOURCE
        ]


@dataclass(frozen=True)
class CountRange:
    """UCDP-style figures for one count: the lowest the sources allow, the best estimate, and the highest."""

    low: int
    best: int
    high: int | None  # None: a source gives an open figure ("at least 5") and none caps it

    def to_json(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CountRange:
        return cls(low=int(data["low"]), best=int(data["best"]), high=data.get("high"))

"""The shapes the HTTP API answers with, as pydantic models: they make the OpenAPI schema that clients (and the
schemathesis run in the tests) rely on. Event details keep exactly the JSON export's shape, so an event fetched
from the API and the same event in `crosswire export --format json` cannot drift apart.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorOut(BaseModel):
    """Every 4xx and 5xx answer: one sentence that says what was wrong and what to do about it."""

    error: str = Field(description="What went wrong and how to fix it.")
    status: int


class EventSummaryOut(BaseModel):
    id: int
    headline: str
    event_date: date | None
    date_precision: int | None
    event_type: str | None
    sub_event_type: str | None
    place_name: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    killed: int | None
    injured: int | None
    independent_sources: int
    article_count: int
    contested: bool = Field(description="Whether any fact of the event is contested.")


class EventListOut(BaseModel):
    total: int = Field(description="How many events match the filters in all.")
    limit: int
    offset: int
    events: list[EventSummaryOut]


class LocationOut(BaseModel):
    name: str
    geonameid: int | None
    lat: float
    lon: float
    admin1: str | None
    country: str | None
    country_code: str | None
    kind: str
    precision: int


class ArticleRefOut(BaseModel):
    id: int
    title: str
    outlet: str | None
    url: str | None
    published: str | None
    origin: str


class SourceQuoteOut(BaseModel):
    model_config = ConfigDict(extra="allow")  # keys the export gains later pass through unchanged

    article: int
    outlet: str | None
    quote: str
    text: str
    start: int
    end: int
    claim: int | None = None
    attribution: str | None = Field(default=None, description='Who the article says says so ("police said").')
    hedge: str | None = Field(default=None, description='The word keeping the claim at a distance ("reportedly").')


class FactOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    field: str
    value: str
    value_json: dict[str, Any]
    status: str = Field(description="corroborated, single-source, contested or updated (more may be added).")
    note: str | None = Field(default=None, description="Why the fact has its status.")
    independent_sources: int
    sources: list[SourceQuoteOut]


class DecisionOut(BaseModel):
    article: int
    joined: bool
    score: float
    explanation: str


class EventDetailOut(BaseModel):
    """One event as `crosswire export --format json` writes it: fields, articles, facts with quotes, rules."""

    model_config = ConfigDict(extra="allow")

    id: int
    headline: str
    event_date: str | None
    date_precision: int | None
    event_type: str | None
    sub_event_type: str | None
    location: LocationOut | None
    killed: int | None
    injured: int | None
    arrested: int | None
    kidnapped: int | None
    count_ranges: dict[str, Any] = Field(default_factory=dict, description="Low / best / high of each count.")
    actors: list[str]
    articles: list[ArticleRefOut]
    independent_sources: int
    facts: list[FactOut]
    single_source_statements: list[dict[str, Any]] = Field(default_factory=list)
    rules: dict[str, Any]
    decisions: list[DecisionOut]


class ClaimOut(BaseModel):
    id: int
    field: str
    label: str = Field(description='The claimed value in words ("at least 3", "Konduga, Borno").')
    text: str = Field(description="The words that carry the value.")
    quote: str = Field(description="The sentence that says it.")
    start: int = Field(description="Offset of the quote in the article text; -1 when the quote is the title.")
    end: int
    in_title: bool
    attribution: str | None = None
    hedge: str | None = None
    status: str | None = Field(description="Status of the event fact this claim supports, if its event used it.")


class ArticleOut(BaseModel):
    id: int
    title: str
    text: str = Field(description="The cleaned text that claim offsets point into.")
    outlet: str | None
    url: str | None
    published: str | None
    source: str
    event_id: int | None
    claims: list[ClaimOut]


class IngestFailureOut(BaseModel):
    source: str
    reason: str


class IngestOut(BaseModel):
    added: list[int] = Field(description="Ids of the articles stored.")
    skipped: list[str] = Field(description="Inputs already stored (ingest is idempotent by content).")
    failed: list[IngestFailureOut]
    events: list[int] = Field(description="Events that gained articles.")


class ClusterOut(BaseModel):
    lat: float
    lon: float
    count: int
    killed: int
    event_type: str | None
    types: dict[str, int]
    event_id: int | None = Field(description="Set when the cell holds one event.")


class ClusterListOut(BaseModel):
    zoom: int
    cell_degrees: float
    total: int = Field(description="Located events in the window.")
    clusters: list[ClusterOut]


class TimelineBucketOut(BaseModel):
    start: date
    count: int


class TimelineOut(BaseModel):
    bucket: str
    buckets: list[TimelineBucketOut]


class FacetCountOut(BaseModel):
    value: str
    count: int


class FacetsOut(BaseModel):
    total: int
    first_date: date | None
    last_date: date | None
    event_types: list[FacetCountOut]
    countries: list[FacetCountOut]
    statuses: list[str]


class CountryOutlineOut(BaseModel):
    name: str
    iso_a2: str | None
    path: str = Field(description="SVG path data; x is longitude, y is minus latitude.")


class OutlinesOut(BaseModel):
    source: str
    countries: list[CountryOutlineOut]

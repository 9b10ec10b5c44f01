"""Read queries for browsing events: filtered pages, map clusters, a timeline and facets, all computed in SQL.

The web page asks for these at every pan, zoom and brush, over stores of a hundred thousand events or more, so
nothing here loads event records: filters, counts and grid clustering run in the database and only the rows a page
shows (or one row per map cell) come back. SQLite finds words through the FTS5 index that migration 0006 keeps in
step with `events`; other databases fall back to LIKE, so PostgreSQL works unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    String,
    and_,
    cast,
    exists,
    false,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
)

from crosswire.model import FactStatus, Place, PlaceKind
from crosswire.store import schema

BUCKETS = ("day", "month", "year")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class BoundingBox:
    """A map window in degrees. `west > east` means the window crosses the antimeridian."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class EventQuery:
    """Which events to browse; every field narrows the selection, None leaves it open."""

    since: date | None = None
    until: date | None = None
    bbox: BoundingBox | None = None
    country: str | None = None
    event_type: str | None = None
    min_sources: int | None = None
    status: FactStatus | None = None  # events holding at least one fact with this status
    text: str | None = None  # words that must all appear (prefixes match: "kond" finds Konduga)


@dataclass(frozen=True)
class EventSummary:
    """One row of an event list: what a table or a map marker shows, without facts or articles."""

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
    contested: bool


@dataclass(frozen=True)
class EventPage:
    """One page of a filtered list and how many events match in all."""

    total: int
    limit: int
    offset: int
    events: list[EventSummary]


@dataclass(frozen=True)
class EventCluster:
    """The located events of one grid cell: where they lie on average, how many, and of which types.

    `event_id` is set when the cell holds a single event, so the page can link the marker straight to it.
    """

    lat: float
    lon: float
    count: int
    killed: int
    event_type: str | None  # the most frequent type in the cell
    types: dict[str, int]
    event_id: int | None


@dataclass(frozen=True)
class TimelineBucket:
    start: date
    count: int
    size: str  # day, month or year


@dataclass(frozen=True)
class Facets:
    """The values a filter form offers, with their event counts, and the span of event dates."""

    event_types: list[tuple[str, int]] = field(default_factory=list)
    countries: list[tuple[str, int]] = field(default_factory=list)
    first_date: date | None = None
    last_date: date | None = None
    total: int = 0


def _search_condition(connection: Connection, words: list[str]) -> ColumnElement[bool]:
    e = schema.events
    if connection.dialect.name == "sqlite":
        # Each word quoted (so user text is never FTS syntax) and matched as a prefix; all must be present.
        match = " ".join('"' + word.replace('"', "") + '"*' for word in words)
        found: Any = (
            select(literal_column("rowid"))
            .select_from(text("event_search"))
            .where(text("event_search MATCH :event_search_words"))
        )
        return e.c.id.in_(found.params(event_search_words=match))
    # the same columns as the SQLite full-text index (migration 0006), so that a search finds the same events
    parts = [e.c.headline, e.c.place_name, e.c.admin1, e.c.country, e.c.event_type, e.c.sub_event_type]
    searched_text: Any = func.coalesce(parts[0], "")
    for part in [*parts[1:], cast(e.c.actors, String)]:
        searched_text = searched_text + " " + func.coalesce(part, "")
    searched = func.lower(searched_text)
    return and_(*(searched.contains(word.lower(), autoescape=True) for word in words))


def _conditions(connection: Connection, query: EventQuery) -> list[ColumnElement[bool]]:
    e, f = schema.events, schema.facts
    conditions: list[ColumnElement[bool]] = []
    if query.since:
        conditions.append(e.c.event_date >= query.since)
    if query.until:
        conditions.append(e.c.event_date <= query.until)
    if query.bbox:
        box = query.bbox
        conditions.append(e.c.lat.between(box.south, box.north))
        if box.west <= box.east:
            conditions.append(e.c.lon.between(box.west, box.east))
        else:
            conditions.append(or_(e.c.lon >= box.west, e.c.lon <= box.east))
    if query.country:
        conditions.append(func.lower(e.c.country) == query.country.lower())
    if query.event_type:
        conditions.append(func.lower(e.c.event_type) == query.event_type.lower())
    if query.min_sources:
        conditions.append(e.c.independent_sources >= query.min_sources)
    if query.status:
        # read from the (status, event_id) index: only the facts with that status, not every event's facts
        conditions.append(e.c.id.in_(select(f.c.event_id).where(f.c.status == query.status.value)))
    if query.text is not None:
        words = _WORD.findall(query.text)
        conditions.append(_search_condition(connection, words) if words else false())
    return conditions


def _newest_first(statement: Any) -> Any:
    e = schema.events
    # NULLS LAST is SQLite's own order for DESC, so the event-date index serves the sort (no full sort)
    return statement.order_by(e.c.event_date.desc().nulls_last(), e.c.id.desc())


def matching_ids(connection: Connection, query: EventQuery, limit: int | None = None, offset: int = 0) -> list[int]:
    """The ids of the events matching `query`, newest event date first (undated last): for reading whole records
    (the CLI's list, exports) without counting or summarising them first."""
    statement = _newest_first(select(schema.events.c.id).where(*_conditions(connection, query))).offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return [int(row.id) for row in connection.execute(statement)]


def event_page(connection: Connection, query: EventQuery, limit: int, offset: int) -> EventPage:
    """Events matching `query`, newest event date first (undated last), one page of them, and the total."""
    e, f = schema.events, schema.facts
    conditions = _conditions(connection, query)
    total = int(connection.execute(select(func.count()).select_from(e).where(*conditions)).scalar_one())
    contested = exists().where(f.c.event_id == e.c.id, f.c.status == FactStatus.CONTESTED.value)
    rows = connection.execute(
        select(
            e.c.id,
            e.c.headline,
            e.c.event_date,
            e.c.date_precision,
            e.c.event_type,
            e.c.sub_event_type,
            e.c.place_name,
            e.c.admin1,
            e.c.country,
            e.c.lat,
            e.c.lon,
            e.c.killed,
            e.c.injured,
            e.c.independent_sources,
            e.c.article_count,
            contested.label("contested"),
        )
        .where(*conditions)
        .order_by(e.c.event_date.desc().nulls_last(), e.c.id.desc())  # as _newest_first
        .limit(limit)
        .offset(offset)
    )
    events = [
        EventSummary(
            id=int(row.id),
            headline=row.headline,
            event_date=row.event_date,
            date_precision=row.date_precision,
            event_type=row.event_type,
            sub_event_type=row.sub_event_type,
            place_name=row.place_name,
            admin1=row.admin1,
            country=row.country,
            lat=row.lat,
            lon=row.lon,
            killed=row.killed,
            injured=row.injured,
            independent_sources=int(row.independent_sources),
            article_count=int(row.article_count),
            contested=bool(row.contested),
        )
        for row in rows
    ]
    return EventPage(total=total, limit=limit, offset=offset, events=events)


def _cell(connection: Connection, column: Any, origin: float, size: float) -> ColumnElement[int]:
    """The grid row or column of a coordinate. SQLite truncates on CAST (exact here: the offset is never
    negative) and may lack floor(); other databases round on CAST, so they get floor()."""
    shifted = (column + origin) / size
    if connection.dialect.name == "sqlite":
        return cast(shifted, Integer)
    return cast(func.floor(shifted), Integer)


def event_clusters(connection: Connection, query: EventQuery, cell_degrees: float) -> list[EventCluster]:
    """Located events matching `query`, grouped on a grid of `cell_degrees` anchored at (-90, -180).

    The grid does not move with the window, so a marker stays where it is while the map pans. One row per cell
    and event type comes back from the database, however many events there are.
    """
    e = schema.events
    row_cell = _cell(connection, e.c.lat, 90.0, cell_degrees).label("row_cell")
    col_cell = _cell(connection, e.c.lon, 180.0, cell_degrees).label("col_cell")
    conditions = [e.c.lat.is_not(None), e.c.lon.is_not(None), *_conditions(connection, query)]
    rows = connection.execute(
        select(
            row_cell,
            col_cell,
            e.c.event_type,
            func.count().label("n"),
            func.sum(e.c.lat).label("lat_sum"),
            func.sum(e.c.lon).label("lon_sum"),
            func.coalesce(func.sum(e.c.killed), 0).label("killed"),
            func.min(e.c.id).label("first_id"),
        )
        .where(*conditions)
        .group_by(row_cell, col_cell, e.c.event_type)
    )
    cells: dict[tuple[int, int], list[Any]] = {}
    for row in rows:
        cells.setdefault((int(row.row_cell), int(row.col_cell)), []).append(row)
    clusters = []
    for parts in cells.values():
        count = sum(int(part.n) for part in parts)
        types = {part.event_type or "unknown": int(part.n) for part in parts}
        dominant = max(parts, key=lambda part: (int(part.n), part.event_type or ""))
        clusters.append(
            EventCluster(
                lat=round(sum(float(part.lat_sum) for part in parts) / count, 5),
                lon=round(sum(float(part.lon_sum) for part in parts) / count, 5),
                count=count,
                killed=sum(int(part.killed) for part in parts),
                event_type=dominant.event_type,
                types=types,
                event_id=int(parts[0].first_id) if count == 1 else None,
            )
        )
    clusters.sort(key=lambda cluster: (-cluster.count, cluster.lat, cluster.lon))
    return clusters


def event_timeline(connection: Connection, query: EventQuery, bucket: str) -> list[TimelineBucket]:
    """How many dated events match `query` per day, month or year, oldest first (empty buckets left out).

    `auto` picks days for half a year or less of events, months up to thirty years, years beyond.

    The database counts per day (a few thousand rows for decades of events); folding days into months or years
    happens here, which keeps the SQL the same on every database.
    """
    if bucket not in (*BUCKETS, "auto"):
        raise ValueError(f"bucket must be auto or one of {', '.join(BUCKETS)}")
    e = schema.events
    rows = connection.execute(
        select(e.c.event_date, func.count().label("n"))
        .where(e.c.event_date.is_not(None), *_conditions(connection, query))
        .group_by(e.c.event_date)
        .order_by(e.c.event_date)
    )
    days = [(row.event_date, int(row.n)) for row in rows]
    if bucket == "auto":
        span = (days[-1][0] - days[0][0]).days if days else 0
        bucket = "day" if span <= 183 else "month" if span <= 30 * 366 else "year"
    counts: dict[date, int] = {}
    for day, n in days:
        start = day if bucket == "day" else day.replace(day=1) if bucket == "month" else date(day.year, 1, 1)
        counts[start] = counts.get(start, 0) + n
    return [TimelineBucket(start, count, bucket) for start, count in counts.items()]


def event_facets(connection: Connection) -> Facets:
    """Event types and countries present in the store (most events first) and the first and last event dates."""
    e = schema.events
    types = connection.execute(
        select(e.c.event_type, func.count().label("n"))
        .where(e.c.event_type.is_not(None))
        .group_by(e.c.event_type)
        .order_by(func.count().desc(), e.c.event_type)
    )
    countries = connection.execute(
        select(e.c.country, func.count().label("n"))
        .where(e.c.country.is_not(None))
        .group_by(e.c.country)
        .order_by(func.count().desc(), e.c.country)
    )
    span = connection.execute(
        select(func.min(e.c.event_date), func.max(e.c.event_date), func.count()).select_from(e)
    ).one()
    return Facets(
        event_types=[(row.event_type, int(row.n)) for row in types],
        countries=[(row.country, int(row.n)) for row in countries],
        first_date=span[0],
        last_date=span[1],
        total=int(span[2]),
    )


def claim_ids_by_fact_status(connection: Connection, event_id: int) -> dict[int, str]:
    """The status of the fact each claim of an event supports, keyed by claim id (for highlighting an article)."""
    f, fs = schema.facts, schema.fact_sources
    rows = connection.execute(
        select(fs.c.claim_id, f.c.status).join(f, f.c.id == fs.c.fact_id).where(f.c.event_id == event_id)
    )
    return {int(row.claim_id): str(row.status) for row in rows}


@dataclass(frozen=True)
class SyntheticEvent:
    """An event row made up for load tests: the columns that browsing reads, and facts by (field, value, status)."""

    headline: str
    event_date: date
    event_type: str
    sub_event_type: str
    place_name: str
    country: str
    admin1: str
    lat: float
    lon: float
    killed: int | None
    injured: int | None
    independent_sources: int
    facts: Sequence[tuple[str, str, str]] = ()


def add_synthetic_events(connection: Connection, events: Iterable[SyntheticEvent], batch: int = 5000) -> int:
    """Bulk-insert made-up events and their facts (no articles or claims) for benchmarks; returns how many.

    Going through the pipeline would spend hours in spaCy for a 100k-event store; browsing reads only these
    columns, so a store filled this way measures the serving path faithfully.
    """
    from datetime import UTC, datetime

    e, f = schema.events, schema.facts
    now = datetime.now(UTC).replace(tzinfo=None)
    added = 0
    pending: list[SyntheticEvent] = []

    def flush() -> None:
        nonlocal added
        if not pending:
            return
        rows: list[dict[str, Any]] = [
            {
                "headline": item.headline,
                "event_date": item.event_date,
                "date_precision": 1,
                "event_type": item.event_type,
                "sub_event_type": item.sub_event_type,
                "location": Place(
                    item.place_name, PlaceKind.TOWN, "", item.country, item.lat, item.lon, item.admin1
                ).to_json(),
                "place_name": item.place_name,
                "lat": item.lat,
                "lon": item.lon,
                "admin1": item.admin1,
                "country": item.country,
                "geo_precision": 1,
                "killed": item.killed,
                "injured": item.injured,
                "actors": [],
                "independent_sources": item.independent_sources,
                "article_count": item.independent_sources,
                "rules": {},
                "profile": {},
                "updated_at": now,
            }
            for item in pending
        ]
        first = connection.execute(select(func.coalesce(func.max(e.c.id), 0))).scalar_one() + 1
        connection.execute(insert(e), [{"id": first + n, **row} for n, row in enumerate(rows)])
        facts = [
            {
                "event_id": first + n,
                "position": position,
                "field": fact_field,
                "value": value,
                "value_json": {},
                "status": status,
                "independent_sources": 1,
            }
            for n, item in enumerate(pending)
            for position, (fact_field, value, status) in enumerate(item.facts)
        ]
        if facts:
            connection.execute(insert(f), facts)
        added += len(pending)
        pending.clear()

    for item in events:
        pending.append(item)
        if len(pending) >= batch:
            flush()
    flush()
    return added


__all__ = [
    "BUCKETS",
    "BoundingBox",
    "EventCluster",
    "EventPage",
    "EventQuery",
    "EventSummary",
    "Facets",
    "SyntheticEvent",
    "TimelineBucket",
    "add_synthetic_events",
    "claim_ids_by_fact_status",
    "event_clusters",
    "event_facets",
    "event_page",
    "event_timeline",
]

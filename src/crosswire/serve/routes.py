"""The JSON API: each route parses, calls the pipeline and formats. Mounted under /api by `create_app`."""

from __future__ import annotations

import io
import secrets
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from crosswire.errors import ConfigError
from crosswire.export import FORMATS, event_to_json, export_events
from crosswire.model import FactStatus
from crosswire.serve.app import ServeState, error_response
from crosswire.serve.outlines import country_outlines
from crosswire.serve.schemas import (
    ArticleOut,
    ClaimOut,
    ClusterListOut,
    ClusterOut,
    CountryOutlineOut,
    ErrorOut,
    EventDetailOut,
    EventListOut,
    EventSummaryOut,
    FacetCountOut,
    FacetsOut,
    IngestFailureOut,
    IngestOut,
    OutlinesOut,
    TimelineBucketOut,
    TimelineOut,
)
from crosswire.store.queries import BoundingBox, EventQuery

router = APIRouter()

MAX_ZOOM = 14
WORLD_CELL_DEGREES = 20.0  # zoom 0 groups events on a 20-degree grid; each zoom level halves it
MAX_PAGE = 500
MAX_ID = 2**63 - 1

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "A parameter has a value crosswire cannot use."},
    422: {"model": ErrorOut, "description": "A parameter is malformed or of the wrong type."},
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such event or article."}}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "The server requires a bearer token for writes and none was sent."},
    403: {
        "model": ErrorOut,
        "description": "The bearer token sent is not the server's, or, with no token set, the write came from "
        "another site's page.",
    },
    413: {"model": ErrorOut, "description": "The body is over the size limit."},
}


def state(request: Request) -> ServeState:
    serve_state: ServeState = request.app.state.serve
    return serve_state


State = Annotated[ServeState, Depends(state)]


def parse_bbox(raw: str | None) -> BoundingBox | None:
    """`west,south,east,north` in degrees; west > east crosses the antimeridian."""
    if raw is None or not raw.strip():
        return None
    parts = raw.split(",")
    try:
        values = [float(part) for part in parts]
    except ValueError:
        values = []
    if len(values) != 4 or any(value != value for value in values):
        raise ConfigError(
            f"query parameter 'bbox' must be four numbers west,south,east,north in degrees "
            f"(e.g. bbox=-20,-35,55,38 for Africa), not {raw!r}"
        )
    west, south, east, north = values
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90):
        raise ConfigError(f"bbox {raw!r} is outside the world: longitudes -180..180, latitudes -90..90")
    if south > north:
        raise ConfigError(f"bbox {raw!r} has its south edge ({south}) above its north edge ({north})")
    return BoundingBox(west, south, east, north)


def event_query(
    since: Annotated[date | None, Query(description="Only events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Only events on or before this date (YYYY-MM-DD).")] = None,
    bbox: Annotated[
        str | None,
        Query(description="Only events inside west,south,east,north (degrees).", max_length=200),
    ] = None,
    country: Annotated[str | None, Query(description="Country name, any case.", max_length=200)] = None,
    event_type: Annotated[
        str | None, Query(alias="type", description="ACLED event type, e.g. Battles.", max_length=200)
    ] = None,
    min_sources: Annotated[
        int | None, Query(ge=1, le=1000, description="At least this many independent sources.")
    ] = None,
    status: Annotated[
        FactStatus | None, Query(description="Only events with at least one fact of this status.")
    ] = None,
    q: Annotated[
        str | None, Query(description="Words that must all appear (headline, place, actors).", max_length=200)
    ] = None,
) -> EventQuery:
    if since and until and since > until:
        raise ConfigError(f"'since' ({since}) is after 'until' ({until}): swap them or drop one")
    return EventQuery(
        since=since,
        until=until,
        bbox=parse_bbox(bbox),
        country=country or None,
        event_type=event_type or None,
        min_sources=min_sources,
        status=status,
        text=q if q and q.strip() else None,
    )


Filters = Annotated[EventQuery, Depends(event_query)]


@router.get("/events", response_model=EventListOut, responses=_ERRORS, summary="List events")
def list_events(
    serve: State,
    query: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Events per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Events to skip.")] = 0,
) -> EventListOut:
    """Events matching the filters, newest event date first, one page at a time, with the total count."""
    page = serve.crosswire.browse(query, limit, offset)
    return EventListOut(
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        events=[EventSummaryOut.model_validate(summary, from_attributes=True) for summary in page.events],
    )


@router.get(
    "/events/{event_id}", response_model=EventDetailOut, responses={**_ERRORS, **_NOT_FOUND}, summary="One event"
)
def get_event(serve: State, event_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> EventDetailOut:
    """One event with its fields, articles, facts (each with its sources and their quotes) and decisions."""
    return EventDetailOut.model_validate(event_to_json(serve.crosswire.event(event_id)))


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    responses={**_ERRORS, **_NOT_FOUND},
    summary="One article",
)
def get_article(serve: State, article_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> ArticleOut:
    """An article's cleaned text and its claims, each located by character offsets in that text."""
    stored, claims, statuses = serve.crosswire.article_with_claims(article_id)
    article = stored.article
    return ArticleOut(
        id=article_id,
        title=article.title,
        text=article.text,
        outlet=article.outlet,
        url=article.url,
        published=article.published.isoformat() if article.published else None,
        source=article.source,
        event_id=stored.event_id,
        claims=[
            ClaimOut(
                id=claim.id or 0,
                field=claim.field.value,
                label=claim.value.label,
                text=claim.text,
                quote=claim.quote,
                start=claim.start,
                end=claim.end,
                in_title=claim.start < 0,
                attribution=claim.attribution,
                hedge=claim.hedge,
                status=statuses.get(claim.id or 0),
            )
            for claim in claims
        ],
    )


def _require_token(serve: ServeState, request: Request) -> JSONResponse | None:
    """Writes need the token when one is configured. Without one, a write from another site's page (a browser
    sends its Origin) is refused, so that visiting a web page cannot ingest into a server running on this machine."""
    token = serve.settings.api_token
    if not token:
        origin = request.headers.get("origin")
        own = f"{request.url.scheme}://{request.url.netloc}"
        if origin is not None and origin != own:
            return error_response(
                403,
                f"writes from another site's page ({origin}) are refused: post from this server's own page, from a "
                "program (which sends no Origin header), or start the server with CROSSWIRE_API_TOKEN and send "
                "'Authorization: Bearer <token>'",
            )
        return None
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if not header:
        return error_response(
            401,
            "this server requires a token for writes: send the header 'Authorization: Bearer <token>' with the "
            "token the server was started with (CROSSWIRE_API_TOKEN)",
            {"WWW-Authenticate": "Bearer"},
        )
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
        return error_response(
            403,
            "the token sent is not this server's: send 'Authorization: Bearer <token>' with the value of the "
            "server's CROSSWIRE_API_TOKEN",
        )
    return None


async def _read_body(request: Request, limit: int) -> bytes | JSONResponse:
    """The body, or a 413 answer as soon as it is known to be over `limit` (never buffering more than that)."""

    def too_large(size: str) -> JSONResponse:
        return error_response(
            413,
            f"the request body is {size}, over the {limit} byte limit: send fewer articles per request, or "
            "start the server with a larger CROSSWIRE_MAX_INPUT_BYTES",
        )

    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return too_large(f"{int(declared)} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return too_large(f"more than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


_INGEST_BODY = {
    "requestBody": {
        "required": True,
        "description": (
            "One article as plain text (first line the title) or HTML, or a JSONL feed (one JSON object a line "
            "with title, text or html, and optional url, outlet, published): the same inputs as `crosswire "
            "ingest -`, told apart by their content."
        ),
        "content": {"text/plain": {"schema": {"type": "string"}}},
    }
}


@router.post(
    "/articles",
    response_model=IngestOut,
    status_code=201,
    responses={
        200: {"model": IngestOut, "description": "Nothing new: every input was already stored."},
        **_ERRORS,
        **_WRITE_ERRORS,
    },
    openapi_extra=_INGEST_BODY,
    summary="Ingest articles",
)
async def ingest_articles(
    serve: State,
    request: Request,
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet of a text or HTML article.")] = None,
    published: Annotated[
        str | None, Query(max_length=40, description="Publication date of a text or HTML article (ISO 8601).")
    ] = None,
    url: Annotated[str | None, Query(max_length=2000, description="URL of a text or HTML article.")] = None,
) -> Response:
    """Ingest the body through the pipeline. 201 when articles were stored, 200 when all were already stored,
    422 when no input could be ingested (each failure names the input and the reason)."""
    refused = _require_token(serve, request)
    if refused is not None:
        return refused
    body = await _read_body(request, serve.settings.max_input_bytes)
    if isinstance(body, JSONResponse):
        return body
    if not body.strip():
        return error_response(422, "the request body is empty: send an article (text or HTML) or a JSONL feed")

    from starlette.concurrency import run_in_threadpool

    def run() -> IngestOut:
        with serve.ingest_lock:
            report = serve.crosswire.ingest(["-"], stdin=io.BytesIO(body), outlet=outlet, published=published, url=url)
        return IngestOut(
            added=report.added,
            skipped=["request body" + s.removeprefix("<stdin>") for s in report.skipped],
            failed=[
                IngestFailureOut(source="request body" + e.source.removeprefix("<stdin>"), reason=e.reason)
                for e in report.failed
            ],
            events=sorted(report.events),
        )

    result = await run_in_threadpool(run)
    if result.failed and not result.added and not result.skipped:
        reasons = "; ".join(f"{failure.source}: {failure.reason}" for failure in result.failed[:5])
        return error_response(422, f"nothing was ingested: {reasons}")
    return JSONResponse(result.model_dump(), status_code=201 if result.added else 200)


@router.get("/clusters", response_model=ClusterListOut, responses=_ERRORS, summary="Map markers")
def list_clusters(
    serve: State,
    query: Filters,
    zoom: Annotated[int, Query(ge=0, le=MAX_ZOOM, description="0 shows the world; each level halves cells.")] = 0,
) -> ClusterListOut:
    """Located events in the window grouped on a grid whose cells shrink as `zoom` grows: one marker per
    cell, coloured by its most frequent event type on the page, sized by its casualties."""
    cell = WORLD_CELL_DEGREES / 2**zoom
    clusters = serve.crosswire.clusters(query, cell)
    return ClusterListOut(
        zoom=zoom,
        cell_degrees=cell,
        total=sum(cluster.count for cluster in clusters),
        clusters=[ClusterOut.model_validate(cluster, from_attributes=True) for cluster in clusters],
    )


@router.get("/timeline", response_model=TimelineOut, responses=_ERRORS, summary="Events over time")
def timeline(
    serve: State,
    query: Filters,
    bucket: Annotated[
        Literal["auto", "day", "month", "year"],
        Query(description="auto: days for half a year or less, months up to 30 years, else years."),
    ] = "auto",
) -> TimelineOut:
    """How many dated events match the filters per day, month or year (empty buckets left out)."""
    buckets = serve.crosswire.timeline(query, bucket)
    chosen = buckets[0].size if buckets else ("day" if bucket == "auto" else bucket)
    return TimelineOut(bucket=chosen, buckets=[TimelineBucketOut(start=b.start, count=b.count) for b in buckets])


@router.get("/facets", response_model=FacetsOut, summary="Filter values")
def facets(serve: State) -> FacetsOut:
    """The event types and countries stored (most events first), the span of event dates, the fact statuses."""
    found = serve.crosswire.facets()
    return FacetsOut(
        total=found.total,
        first_date=found.first_date,
        last_date=found.last_date,
        event_types=[FacetCountOut(value=value, count=count) for value, count in found.event_types],
        countries=[FacetCountOut(value=value, count=count) for value, count in found.countries],
        statuses=[status.value for status in FactStatus],
    )


_MEDIA = {"json": "application/json", "csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}


EXPORT_MAX = 50_000  # events one export request may return; the CLI exports any number


@router.get(
    "/export",
    responses={
        200: {
            "description": "The events in the format asked for.",
            "content": {
                "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                "text/csv": {"schema": {"type": "string"}},
                "application/geo+json": {"schema": {"type": "object"}},
            },
        },
        **_ERRORS,
        413: {"model": ErrorOut, "description": "More events match than one request exports."},
    },
    summary="Export events",
)
def export(
    serve: State,
    query: Filters,
    export_format: Annotated[
        Literal["json", "csv", "geojson"], Query(alias="format", description=f"One of {', '.join(FORMATS)}.")
    ] = "json",
    limit: Annotated[int | None, Query(ge=1, le=EXPORT_MAX, description="Only the newest N matching events.")] = None,
) -> Response:
    """The matching events as `crosswire export` writes them: JSON, CSV with ACLED's columns, or GeoJSON."""
    if limit is None:
        matching = serve.crosswire.browse(query, 1, 0).total
        if matching > EXPORT_MAX:
            return error_response(
                413,
                f"{matching} events match, more than the {EXPORT_MAX} one request exports: narrow the filters, "
                f"pass limit={EXPORT_MAX} or less, or run `crosswire export` on the database",
            )
    body = export_events(serve.crosswire.events_matching(query, limit), export_format)
    return Response(
        body,
        media_type=_MEDIA[export_format],
        headers={"Content-Disposition": f'attachment; filename="crosswire-events.{export_format}"'},
    )


@router.get("/outlines", response_model=OutlinesOut, summary="Country outlines")
def outlines() -> Response:
    """Every country's outline as SVG path data for the map (Natural Earth 1:10m, simplified to 0.2 degrees)."""
    payload = OutlinesOut(
        source="Natural Earth admin-0 countries (public domain), simplified",
        countries=[
            CountryOutlineOut(name=outline.name, iso_a2=outline.iso_a2, path=outline.path)
            for outline in country_outlines(0.2)
        ],
    )
    return Response(
        payload.model_dump_json(), media_type="application/json", headers={"Cache-Control": "max-age=86400"}
    )

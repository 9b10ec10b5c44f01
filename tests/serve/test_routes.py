"""The JSON API over the demo corpus: every endpoint, filters and pagination, and bad input answered with a 4xx
whose message says what to fix."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from crosswire.export import event_to_json
from crosswire.pipeline import Crosswire


def _events(client: TestClient, **params: object) -> dict[str, object]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _places(body: dict[str, object]) -> set[str]:
    return {event["place_name"] for event in body["events"]}  # type: ignore[attr-defined,index]


def test_list_events_newest_first_with_total(client: TestClient) -> None:
    body = _events(client)
    assert body["total"] == 4
    dates = [event["event_date"] for event in body["events"]]  # type: ignore[attr-defined]
    assert dates == sorted(dates, reverse=True)
    konduga = next(e for e in body["events"] if e["place_name"] == "Konduga")  # type: ignore[attr-defined]
    assert konduga["killed"] == 9 and konduga["contested"] is True and konduga["independent_sources"] == 3


def test_filters_narrow_the_list(client: TestClient) -> None:
    assert _places(_events(client, country="nigeria")) == {"Konduga"}
    assert _places(_events(client, type="Protests")) == {"Nairobi"}
    assert _places(_events(client, min_sources=3)) == {"Konduga", "Nairobi", "Ansongo"}
    assert "Konduga" in _places(_events(client, status="contested"))
    assert "Nairobi" not in _places(_events(client, status="contested"))
    assert _places(_events(client, q="kondu")) == {"Konduga"}
    assert _places(_events(client, q="no-such-word-anywhere")) == set()
    africa = _events(client, bbox="-20,-35,55,38")
    assert _places(africa) == {"Konduga", "Nairobi", "Ansongo"}
    assert _places(_events(client, since="2026-11-01")) == {"Nairobi", "Ghotki"}
    assert _places(_events(client, since="2026-10-15", until="2026-10-31")) == {"Konduga"}


def test_pagination_returns_disjoint_pages_and_the_same_total(client: TestClient) -> None:
    first = _events(client, limit=2, offset=0)
    second = _events(client, limit=2, offset=2)
    assert first["total"] == second["total"] == 4
    assert len(first["events"]) == len(second["events"]) == 2  # type: ignore[arg-type]
    assert not _places(first) & _places(second)
    assert _events(client, limit=2, offset=10)["events"] == []


def test_one_event_has_the_export_shape_and_the_contested_toll(
    make_app: Callable[..., tuple[FastAPI, Crosswire]],
) -> None:
    app, crosswire = make_app()
    client = TestClient(app)
    konduga = next(e for e in crosswire.events() if e.location and e.location.name == "Konduga")
    response = client.get(f"/api/events/{konduga.id}")
    assert response.status_code == 200
    body = response.json()
    assert body == json.loads(json.dumps(event_to_json(konduga)))
    killed = {fact["value"]: fact for fact in body["facts"] if fact["field"] == "killed"}
    assert set(killed) == {"9", "14"} and {fact["status"] for fact in killed.values()} == {"contested"}
    assert all(source["quote"] for fact in killed.values() for source in fact["sources"])


def test_one_article_locates_its_claims_in_its_text(client: TestClient) -> None:
    event = _events(client, country="Nigeria")["events"][0]  # type: ignore[index]
    detail = client.get(f"/api/events/{event['id']}").json()
    article_id = detail["articles"][0]["id"]
    body = client.get(f"/api/articles/{article_id}").json()
    assert body["event_id"] == event["id"] and body["text"]
    located = [claim for claim in body["claims"] if not claim["in_title"]]
    assert located
    for claim in located:
        assert body["text"][claim["start"] : claim["end"]] == claim["quote"]
    assert any(claim["status"] == "contested" for claim in body["claims"])


def test_clusters_group_nearby_events_and_split_when_zoomed(client: TestClient) -> None:
    world = client.get("/api/clusters", params={"zoom": 0}).json()
    assert world["total"] == 4 and world["cell_degrees"] == 20.0
    assert len(world["clusters"]) < 4  # Konduga and Ansongo share a 20-degree cell
    close = client.get("/api/clusters", params={"zoom": 8}).json()
    assert len(close["clusters"]) == 4
    assert all(cluster["count"] == 1 and cluster["event_id"] for cluster in close["clusters"])
    pakistan = client.get("/api/clusters", params={"zoom": 3, "bbox": "60,20,80,35"}).json()
    (ghotki,) = client.get("/api/events", params={"country": "Pakistan"}).json()["events"]
    assert pakistan["total"] == 1 and pakistan["clusters"][0]["event_type"] == ghotki["event_type"]


def test_timeline_counts_per_bucket(client: TestClient) -> None:
    days = client.get("/api/timeline").json()
    assert days["bucket"] == "day" and sum(b["count"] for b in days["buckets"]) == 4
    months = client.get("/api/timeline", params={"bucket": "month"}).json()
    assert months["buckets"] == [{"start": "2026-10-01", "count": 2}, {"start": "2026-11-01", "count": 2}]
    only_nigeria = client.get("/api/timeline", params={"country": "Nigeria"}).json()
    assert only_nigeria["buckets"] == [{"start": "2026-10-20", "count": 1}]


def test_facets_list_types_countries_and_dates(client: TestClient) -> None:
    body = client.get("/api/facets").json()
    assert body["total"] == 4 and body["first_date"] == "2026-10-11" and body["last_date"] == "2026-11-14"
    assert {facet["value"] for facet in body["countries"]} == {"Nigeria", "Mali", "Kenya", "Pakistan"}
    assert "contested" in body["statuses"]


def test_exports_in_three_formats_with_filters(client: TestClient) -> None:
    as_json = client.get("/api/export", params={"format": "json"})
    assert as_json.headers["content-type"].startswith("application/json") and len(as_json.json()) == 4
    as_csv = client.get("/api/export", params={"format": "csv", "country": "Kenya"})
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [row["location"] for row in rows] == ["Nairobi"] and rows[0]["event_type"] == "Protests"
    geo = client.get("/api/export", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 4
    assert "attachment" in as_csv.headers["content-disposition"]


def test_outlines_and_the_page_are_served_locally(client: TestClient) -> None:
    outlines = client.get("/api/outlines").json()
    names = {country["name"] for country in outlines["countries"]}
    assert len(names) > 200 and {"Nigeria", "Kenya"} <= names
    assert all(country["path"].startswith("M") for country in outlines["countries"])
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    for asset in ("/static/app.js", "/static/style.css"):
        response = client.get(asset)
        assert response.status_code == 200 and "http://" not in response.text.replace("http://www.w3.org", "")


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/articles"} <= set(paths)
    assert {"/api/clusters", "/api/timeline", "/api/facets", "/api/export", "/api/outlines"} <= set(paths)


def _error(response: object, status: int, *words: str) -> None:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    message = response.json()["error"]  # type: ignore[attr-defined]
    for word in words:
        assert word in message, message


def test_bad_parameters_get_a_4xx_naming_the_parameter(client: TestClient) -> None:
    _error(client.get("/api/events", params={"limit": "abc"}), 422, "'limit'", "integer")
    _error(client.get("/api/events", params={"limit": 0}), 422, "'limit'", "greater than or equal to 1")
    _error(client.get("/api/events", params={"limit": 100_000}), 422, "'limit'")
    _error(client.get("/api/events", params={"since": "yesterday"}), 422, "'since'", "date")
    _error(client.get("/api/events", params={"status": "probable"}), 422, "'status'", "contested")
    _error(client.get("/api/events", params={"bbox": "1,2,3"}), 400, "bbox", "west,south,east,north")
    _error(client.get("/api/events", params={"bbox": "0,50,10,40"}), 400, "south edge")
    _error(client.get("/api/events", params={"bbox": "0,0,500,10"}), 400, "outside the world")
    _error(client.get("/api/events", params={"since": "2026-12-01", "until": "2026-01-01"}), 400, "swap")
    _error(client.get("/api/events", params={"q": "x" * 500}), 422, "'q'")
    _error(client.get("/api/events/0"), 422, "'event_id'")
    _error(client.get("/api/events/abc"), 422, "'event_id'", "integer")
    _error(client.get("/api/events/99999"), 404, "no event 99999")
    _error(client.get("/api/articles/99999"), 404, "no article 99999")
    _error(client.get("/api/clusters", params={"zoom": 40}), 422, "'zoom'")
    _error(client.get("/api/export", params={"format": "xml"}), 422, "'format'", "csv")
    _error(client.get("/api/nothing-here"), 404, "/docs")
    _error(client.delete("/api/events"), 405, "method")


TEXT = (
    "Gunmen attack village near Maiduguri\n\n"
    "Gunmen killed four farmers in Dalwa village near Maiduguri, Borno State, on Monday, police said. "
    "Two other farmers were injured in the attack."
)


def test_ingest_stores_text_and_is_idempotent(make_app: Callable[..., tuple[FastAPI, Crosswire]]) -> None:
    app, _ = make_app(empty=True)
    client = TestClient(app)
    params = {"outlet": "Borno Voice", "published": "2026-11-03"}
    first = client.post("/api/articles", content=TEXT.encode(), params=params, headers={"content-type": "text/plain"})
    assert first.status_code == 201, first.text
    body = first.json()
    assert len(body["added"]) == 1 and len(body["events"]) == 1 and body["failed"] == []
    again = client.post("/api/articles", content=TEXT.encode(), params=params)
    assert again.status_code == 200 and again.json()["added"] == [] and again.json()["skipped"]
    listed = client.get("/api/events").json()
    assert listed["total"] == 1 and listed["events"][0]["killed"] == 4


def test_ingest_jsonl_reports_bad_lines_and_keeps_the_good(
    make_app: Callable[..., tuple[FastAPI, Crosswire]],
) -> None:
    app, _ = make_app(empty=True)
    client = TestClient(app)
    good = json.dumps({"title": "Protest in Nairobi", "text": TEXT, "outlet": "Wire", "published": "2026-11-03"})
    response = client.post("/api/articles", content=f"{good}\nnot json at all\n".encode())
    assert response.status_code == 201, response.text
    failed = response.json()["failed"]
    assert failed == [{"source": "request body line 2", "reason": failed[0]["reason"]}]
    assert "is not JSON" in failed[0]["reason"]


def test_ingest_refuses_bad_bodies_with_actionable_messages(
    make_app: Callable[..., tuple[FastAPI, Crosswire]],
) -> None:
    app, _ = make_app(empty=True, max_input_bytes=1000)
    client = TestClient(app)
    _error(client.post("/api/articles", content=b"x" * 5000), 413, "1000 byte limit", "CROSSWIRE_MAX_INPUT_BYTES")
    _error(client.post("/api/articles", content=b"   "), 422, "empty")
    _error(client.post("/api/articles", content=b"\xff\xfe bad bytes"), 422, "UTF-8")
    _error(client.post("/api/articles", content=b'{"title": 1}\n[1, 2]\n'), 422, "nothing was ingested", "line 2")
    assert client.get("/api/events").json()["total"] == 0


def test_without_a_token_another_site_cannot_write(make_app: Callable[..., tuple[FastAPI, Crosswire]]) -> None:
    app, _ = make_app(empty=True)
    client = TestClient(app, base_url="http://127.0.0.1:8000")
    foreign = client.post("/api/articles", content=TEXT.encode(), headers={"origin": "http://evil.example"})
    _error(foreign, 403, "another site", "CROSSWIRE_API_TOKEN")
    own = client.post("/api/articles", content=TEXT.encode(), headers={"origin": "http://127.0.0.1:8000"})
    assert own.status_code == 201, own.text
    assert client.get("/api/events").json()["total"] == 1


def test_writes_need_the_token_when_one_is_set(make_app: Callable[..., tuple[FastAPI, Crosswire]]) -> None:
    app, _ = make_app(empty=True, api_token="s3cret")
    client = TestClient(app)
    missing = client.post("/api/articles", content=TEXT.encode())
    _error(missing, 401, "Authorization: Bearer")
    assert missing.headers["www-authenticate"] == "Bearer"
    _error(client.post("/api/articles", content=TEXT.encode(), headers={"Authorization": "Bearer nope"}), 403)
    _error(client.post("/api/articles", content=TEXT.encode(), headers={"Authorization": "Basic s3cret"}), 403)
    assert client.get("/api/events").json()["total"] == 0  # nothing was written
    allowed = client.post(
        "/api/articles", content=TEXT.encode(), headers={"Authorization": "Bearer s3cret"}, params={"outlet": "X"}
    )
    assert allowed.status_code == 201, allowed.text
    assert client.get("/api/events").status_code == 200  # reads never need the token


def test_an_export_larger_than_one_request_takes_is_refused_with_what_to_do(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosswire.serve import routes

    monkeypatch.setattr(routes, "EXPORT_MAX", 2)
    _error(client.get("/api/export"), 413, "4 events match", "narrow the filters", "crosswire export")
    assert len(client.get("/api/export", params={"country": "Kenya"}).json()) == 1

"""How fast `crosswire serve` answers over a large store: API latency (p50/p95) and page load at 100k events.

The events are synthesized straight into a fresh SQLite store (bulk inserts through `store.queries`, seeded, so
every run measures the same store); the pipeline would need hours of spaCy for as many. The server runs under
uvicorn on a free loopback port, as `crosswire serve` runs it, and is asked over real HTTP with one keep-alive
client, one request at a time. Page load is the time headless Chromium takes from navigation until the markers, the
timeline and the first page of the list are drawn (or, without Chromium, the time to fetch the page and the API
calls it makes on load). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from crosswire.pipeline import Crosswire
from crosswire.serve import create_app
from crosswire.settings import Settings
from crosswire.store.queries import SyntheticEvent, add_synthetic_events

TYPES = [
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Riots", "Mob violence"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
]
# (country, admin1, town, lat, lon): events scatter around these within about two degrees
PLACES = [
    ("Nigeria", "Borno", "Maiduguri", 11.85, 13.16),
    ("Nigeria", "Lagos", "Lagos", 6.45, 3.39),
    ("Mali", "Gao", "Ansongo", 15.66, 0.50),
    ("Kenya", "Nairobi Area", "Nairobi", -1.28, 36.82),
    ("Pakistan", "Sindh", "Ghotki", 28.00, 69.32),
    ("Syria", "Idlib", "Idlib", 35.93, 36.63),
    ("Ukraine", "Donetsk", "Bakhmut", 48.60, 38.00),
    ("Mexico", "Guerrero", "Chilpancingo", 17.55, -99.50),
    ("Colombia", "Cauca", "Popayan", 2.44, -76.61),
    ("India", "Manipur", "Imphal", 24.82, 93.94),
    ("Myanmar", "Sagaing", "Monywa", 22.11, 95.13),
    ("Sudan", "Khartoum", "Omdurman", 15.64, 32.48),
    ("Somalia", "Banaadir", "Mogadishu", 2.04, 45.34),
    ("Brazil", "Rio de Janeiro", "Rio de Janeiro", -22.91, -43.17),
    ("United States", "California", "Oakland", 37.80, -122.27),
    ("Philippines", "Maguindanao", "Cotabato", 7.22, 124.25),
]
WORDS = ["market", "convoy", "village", "checkpoint", "police", "students", "farmers", "border", "mosque", "camp"]
STATUSES = ["corroborated", "single-source", "contested"]
FIRST_DAY = date(2020, 1, 1)
DAYS = 6 * 365


def synthetic_events(count: int, seed: int) -> Iterator[SyntheticEvent]:
    rng = random.Random(seed)
    for _ in range(count):
        country, admin1, town, lat, lon = rng.choice(PLACES)
        event_type, sub_type = rng.choice(TYPES)
        killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 13, 40]) if event_type != "Protests" else None
        statuses = rng.choices(STATUSES, weights=[5, 4, 1], k=3)
        yield SyntheticEvent(
            headline=f"{event_type}: {rng.choice(WORDS)} near {town}, {rng.choice(WORDS)} {rng.randint(1, 999)}",
            event_date=FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
            event_type=event_type,
            sub_event_type=sub_type,
            place_name=town,
            country=country,
            admin1=admin1,
            lat=round(lat + rng.gauss(0, 1.0), 4),
            lon=round(lon + rng.gauss(0, 1.0), 4),
            killed=killed,
            injured=rng.choice([None, 0, 2, 7]),
            independent_sources=rng.randint(1, 5),
            facts=[
                ("event_type", event_type, statuses[0]),
                ("location", town, statuses[1]),
                ("killed", "3", statuses[2]),
            ],
        )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def measure_api(base: str, requests: int, event_ids: list[int]) -> dict[str, dict[str, float]]:
    endpoints = {
        "events_first_page": "/api/events?limit=50",
        "events_filtered": "/api/events?country=Nigeria&min_sources=2&since=2023-01-01&until=2023-12-31&limit=50",
        "events_contested": "/api/events?status=contested&type=Battles&limit=50",
        "events_search": "/api/events?q=market%20maiduguri&limit=50",
        "events_deep_page": "/api/events?limit=50&offset=50000",
        "clusters_world": "/api/clusters?zoom=0",
        "clusters_zoomed_bbox": "/api/clusters?zoom=5&bbox=0,5,20,20",
        "clusters_world_time_brushed": "/api/clusters?zoom=0&since=2024-01-01&until=2024-03-31",
        "timeline": "/api/timeline",
        "facets": "/api/facets",
    }
    results: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, path in endpoints.items():
            for _ in range(2):
                client.get(path).raise_for_status()  # warm the page cache and the connection
            samples = []
            for _ in range(requests):
                started = time.perf_counter()
                client.get(path).raise_for_status()
                samples.append(time.perf_counter() - started)
            results[name] = _percentiles(samples)
        samples = []
        for event_id in event_ids[:requests]:
            started = time.perf_counter()
            client.get(f"/api/events/{event_id}").raise_for_status()
            samples.append(time.perf_counter() - started)
        results["one_event"] = _percentiles(samples)
    return results


def measure_page(base: str, runs: int) -> dict[str, Any]:
    chromium = shutil.which("chromium")
    if chromium:
        from playwright.sync_api import sync_playwright

        samples = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            for _ in range(runs + 1):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                started = time.perf_counter()
                page.goto(f"{base}/")
                page.wait_for_selector("#map[data-loaded='true']")
                page.wait_for_selector("#timeline rect.bar")
                page.wait_for_selector("#event-list tbody tr[data-event-id]")
                page.wait_for_function("document.querySelectorAll('#countries path').length > 200")
                samples.append(time.perf_counter() - started)
                markers = page.locator("#map .marker").count()
                page.close()
            browser.close()
        return {
            "method": "headless chromium, navigation to map+timeline+list drawn",
            "markers": markers,
            **_percentiles(samples[1:]),
        }
    samples = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(runs):
            started = time.perf_counter()
            for path in (
                "/",
                "/static/app.js",
                "/static/style.css",
                "/api/facets",
                "/api/outlines",
                "/api/clusters?zoom=0",
                "/api/timeline",
                "/api/events?limit=25",
            ):
                client.get(path).raise_for_status()
            samples.append(time.perf_counter() - started)
    return {"method": "no chromium: page and its initial API calls fetched in sequence", **_percentiles(samples)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30, help="timed requests per endpoint")
    parser.add_argument("--page-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.from_env(db=str(Path(folder) / "bench.db"))
        with Crosswire(settings) as crosswire:
            started = time.perf_counter()
            with crosswire.store.transaction() as session:
                added = add_synthetic_events(session.db, synthetic_events(args.events, args.seed))
            synthesized = time.perf_counter() - started
            port = _free_port()
            server = uvicorn.Server(
                uvicorn.Config(create_app(crosswire), host="127.0.0.1", port=port, log_level="error")
            )
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            while not server.started:
                time.sleep(0.05)
            base = f"http://127.0.0.1:{port}"
            rng = random.Random(args.seed)
            try:
                api = measure_api(base, args.requests, [rng.randint(1, added) for _ in range(args.requests)])
                page = measure_page(base, args.page_runs)
            finally:
                server.should_exit = True
                thread.join(timeout=10)
    print(
        json.dumps(
            {
                "events": added,
                "synthesize_seconds": round(synthesized, 1),
                "requests_per_endpoint": args.requests,
                "api": api,
                "page_load": page,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()

"""The page in a real browser: headless Chromium (Debian's `chromium`, which `make test` installs) loads the map on
the demo data, opens an event, sees the contradiction in the fact table, reads a quote, brushes the timeline to
filter by time, opens an article with its claims highlighted, and saves a screenshot of each step."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def _chromium() -> str | None:
    found = os.environ.get("CROSSWIRE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    return found if found and Path(found).exists() else None


@pytest.fixture
def browser_page() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed: `make test` installs it with apt-get (apt-get install chromium)")
        pytest.skip("chromium is not installed and apt-get could not install it; run `make test` as root")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # the bundled browser download is never used: Debian's chromium, sandbox off as it runs as root in CI
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on(
            "requestfailed",  # an aborted request (superseded, or the page closing) is not a failure
            lambda request: (
                None
                if "ERR_ABORTED" in (request.failure or "")
                else errors.append(f"request failed: {request.url} ({request.failure})")
            ),
        )
        yield page
        browser.close()
        assert errors == [], errors


def _screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_page_shows_map_contradiction_quote_time_filter_and_article(live_server: str, browser_page: Any) -> None:
    # The server is asked for first so that it is torn down last, after the browser and its last requests.
    page = browser_page
    outside: list[str] = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(("http://127.0.0.1", "data:")) else outside.append(request.url),
    )
    page.goto(f"{live_server}/")

    # the map: country outlines drawn from the bundled data, markers from the server's grid
    page.wait_for_selector("#map[data-loaded='true']")
    page.wait_for_function("document.querySelectorAll('#countries path').length > 200")
    assert page.locator("#map .marker").count() == 3  # Konduga and Ansongo share a cell at world zoom
    page.wait_for_selector("#event-list tbody tr[data-event-id]")
    assert page.locator("#event-list tbody tr[data-event-id]").count() == 4
    _screenshot(page, "page-map")

    # one event: the contested death toll is visible in the fact table, with the quote behind a cell
    page.get_by_role("link", name="Konduga market blast: Death toll rises to 14, says CJTF").first.click()
    page.wait_for_selector("#fact-table")
    contested_rows = page.locator("#fact-table tr[data-field='killed'][data-status='contested']")
    assert contested_rows.count() == 2
    assert page.locator("#fact-table td.cell.conflict").first.is_visible()
    cell = contested_rows.first.locator("td.cell.status-contested").first
    value = cell.inner_text().strip()
    cell.click()
    quote = page.locator("#quote-panel")
    quote.wait_for(state="visible")
    assert quote.locator("h3").inner_text() == f"killed: {value} (contested)"
    assert "kill" in quote.locator("blockquote").first.inner_text().lower()  # "kills nine", "killing nine"
    _screenshot(page, "page-event")

    # the article behind that quote: its text with the claims highlighted
    quote.get_by_role("link").first.click()
    page.wait_for_selector("#article-text mark.claim")
    assert page.locator("#article-text mark.claim").count() >= 2
    # the contested claim is marked where its quote stands, in the title or in the text
    assert page.locator("#article-detail mark.claim.status-contested").count() >= 1
    _screenshot(page, "page-article")

    # back to the map and filter by time: brush the timeline over the first (oldest) bar only
    page.goto(f"{live_server}/#/")
    page.wait_for_selector("#timeline rect.bar")
    bars = page.locator("#timeline rect.bar")
    assert bars.count() == 4
    first = bars.first.bounding_box()
    assert first is not None
    page.mouse.move(first["x"] - 8, first["y"] + first["height"] / 2)
    page.mouse.down()
    page.mouse.move(first["x"] + first["width"] + 8, first["y"] + first["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_function("document.querySelector('#list-count').textContent.startsWith('1 event')")
    page.wait_for_function("document.querySelectorAll('#map .marker').length === 1")
    assert "2026-10-1" in page.locator("#range-label").inner_text()
    assert page.locator("#event-list tbody tr[data-event-id]").count() == 1
    assert "Ansongo" in page.locator("#event-list tbody").inner_text()
    shot = _screenshot(page, "page-time-filter")
    assert shot.stat().st_size > 10_000
    assert outside == []  # offline: nothing but the server itself was asked for

"""Fixtures for the web layer: the demo corpus ingested once into a real SQLite file, apps over copies of it,
and a live uvicorn server on a free loopback port for the browser test."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from crosswire.extract import Extractor
from crosswire.pipeline import Crosswire
from crosswire.serve import create_app
from crosswire.settings import Settings
from support import EXAMPLES


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Path:
    """The bundled examples ingested as `make demo` does: four events, Konduga's death toll contested."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    articles = EXAMPLES / "articles"
    outlets = json.loads((EXAMPLES / "outlets.json").read_text(encoding="utf-8"))
    with Crosswire(Settings.from_env(db=str(path)), extractor=extractor) as crosswire:
        assert crosswire.ingest([str(p) for p in sorted(articles.iterdir()) if p.suffix in (".html", ".jsonl")]).ok
        for name, meta in outlets.items():
            report = crosswire.ingest([str(articles / name)], outlet=meta["outlet"], published=meta["published"])
            assert report.ok
    return path


@pytest.fixture
def make_app(tmp_path: Path, demo_db: Path, extractor: Extractor) -> Iterator[Callable[..., tuple[FastAPI, Crosswire]]]:
    """An app over a private copy of the demo store (or an empty store), with settings overridden as given."""
    opened: list[Crosswire] = []

    def _make(empty: bool = False, **settings: object) -> tuple[FastAPI, Crosswire]:
        path = tmp_path / f"serve{len(opened)}.db"
        if not empty:
            shutil.copy(demo_db, path)
        crosswire = Crosswire(Settings.from_env(db=str(path), **settings), extractor=extractor)
        opened.append(crosswire)
        return create_app(crosswire), crosswire

    yield _make
    for crosswire in opened:
        crosswire.close()


@pytest.fixture
def client(make_app: Callable[..., tuple[FastAPI, Crosswire]]) -> Iterator[TestClient]:
    app, _ = make_app()
    with TestClient(app) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def live_server(make_app: Callable[..., tuple[FastAPI, Crosswire]]) -> Iterator[str]:
    """The app served by uvicorn in a thread on 127.0.0.1; yields its base URL and stops it afterwards."""
    import uvicorn

    app, _ = make_app()
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # up to 10 s for the socket to listen; not a timing assertion
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)

"""Shared fixtures: real SQLite files in temporary folders, and one extractor (spaCy + gazetteer) per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crosswire.extract import Extractor
from crosswire.pipeline import Crosswire
from crosswire.settings import Settings


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.open(Settings.from_env().cache_dir)


@pytest.fixture
def open_db(tmp_path: Path, extractor: Extractor) -> Iterator[Callable[..., Crosswire]]:
    """Open a crosswire database in the test's temporary folder, sharing the session's extractor."""
    opened: list[Crosswire] = []

    def _open(name: str = "test.db", **settings: object) -> Crosswire:
        crosswire = Crosswire(Settings.from_env(db=str(tmp_path / name), **settings), extractor=extractor)
        opened.append(crosswire)
        return crosswire

    yield _open
    for crosswire in opened:
        crosswire.close()

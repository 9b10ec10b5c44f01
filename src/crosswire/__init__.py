"""crosswire: news articles in, verified event records out, every fact with its sources and quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from crosswire.pipeline import Crosswire


def open(db: str = "crosswire.db", **settings: Any) -> Crosswire:
    """Open (or create) a crosswire database: `crosswire.open("events.db").ingest(["articles/"])`."""
    from crosswire.pipeline import Crosswire
    from crosswire.settings import Settings

    return Crosswire(Settings.from_env(db=db, **settings))


__all__ = ["__version__", "open"]

"""Evaluation as part of the product: each task reads a corpus in place and returns one dict of metrics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from crosswire.errors import ConfigError
from crosswire.evaluate.clustering import evaluate_clustering
from crosswire.evaluate.counts import evaluate_counts
from crosswire.evaluate.event_types import evaluate_event_types
from crosswire.evaluate.events import evaluate_events
from crosswire.evaluate.geoparsing import evaluate_geoparsing
from crosswire.evaluate.reconcile import evaluate_reconcile
from crosswire.pipeline import ProgressCallback
from crosswire.settings import Settings

TASKS: dict[str, Callable[[Path, Settings, int | None, Path | None, ProgressCallback | None], dict[str, Any]]] = {
    "clustering": evaluate_clustering,
    "counts": evaluate_counts,
    "events": evaluate_events,
    "event-types": evaluate_event_types,
    "geoparsing": evaluate_geoparsing,
    "reconcile": evaluate_reconcile,
}

# the tasks that read texts without ingesting them: there is no database to keep
STORES_NOTHING = frozenset({"event-types", "geoparsing"})


def run_evaluation(
    task: str,
    data: Path,
    settings: Settings,
    limit: int | None = None,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Run one evaluation task on the corpus at `data`."""
    if task not in TASKS:
        raise ConfigError(f"unknown evaluation task {task!r}: use one of {', '.join(sorted(TASKS))}")
    if not data.exists():
        raise ConfigError(f"--data {data}: no such file or folder")
    if keep_db is not None and task in STORES_NOTHING:
        raise ConfigError(f"--keep-db does not apply to {task}: it stores nothing")
    return TASKS[task](data, settings, limit, keep_db, on_progress)


__all__ = ["TASKS", "run_evaluation"]

"""`crosswire eval clustering`: run the real pipeline on a labelled corpus and score its events.

The corpus goes through ingest exactly as a user's feed would (cleaning, extraction, syndication, clustering),
into a temporary database, in publication order; the events it makes are compared with the gold events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crosswire.evaluate.corpus import read_clustering_corpus
from crosswire.evaluate.metrics import adjusted_rand_index, bcubed, v_measure
from crosswire.evaluate.run import run_corpus
from crosswire.pipeline import ProgressCallback
from crosswire.settings import Settings


def evaluate_clustering(
    data: Path,
    settings: Settings,
    limit: int | None = None,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Ingest the corpus into a fresh database and compare the predicted events with the gold ones.

    The database is temporary unless `keep_db` names a file (which must not exist yet) to keep it for inspection.
    """
    run = run_corpus(read_clustering_corpus(data, limit), settings, keep_db, on_progress)
    scored = [(document.gold, str(event)) for document, event in zip(run.documents, run.event_of, strict=True) if event]
    gold = [pair[0] for pair in scored]
    predicted = [pair[1] for pair in scored]
    precision, recall, f1 = bcubed(gold, predicted)
    homogeneity, completeness, v = v_measure(gold, predicted)
    return {
        "task": "clustering",
        "data": str(data),
        "documents": len(run.documents),
        "scored": len(scored),
        "failed_inputs": len(run.report.failed),
        "gold_clusters": len(set(gold)),
        "predicted_clusters": len(set(predicted)),
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "bcubed_f1": round(f1, 4),
        "ari": round(adjusted_rand_index(gold, predicted), 4),
        "homogeneity": round(homogeneity, 4),
        "completeness": round(completeness, 4),
        "v_measure": round(v, 4),
        "seconds": round(run.seconds, 2),
        "articles_per_second": run.articles_per_second,
    }

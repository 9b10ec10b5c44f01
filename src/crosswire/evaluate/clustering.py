"""`crosswire eval clustering`: run the real pipeline on a labelled corpus and score its events.

The corpus goes through ingest exactly as a user's feed would (cleaning, extraction, syndication, clustering),
into a temporary database, in publication order; the events it makes are compared with the gold events.

Beside the scores, the result says where the errors come from, read from the decisions clustering kept (see
`error_breakdown`): the articles that started an event of their own although their gold event had been reported
before them, by what became of the closest candidate event, and the articles that ended in another event's group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from crosswire.evaluate.corpus import read_clustering_corpus
from crosswire.evaluate.metrics import adjusted_rand_index, bcubed, v_measure
from crosswire.evaluate.run import run_corpus
from crosswire.model import MergeDecision
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
        **error_breakdown(
            [document.gold for document in run.documents],
            run.article_of,
            run.event_of,
            {decision.article_id: decision for record in run.events.values() for decision in record.decisions},
        ),
    }


def error_breakdown(
    gold: Sequence[str],
    article_of: Sequence[int | None],
    event_of: Sequence[int | None],
    decisions: Mapping[int, MergeDecision],
) -> dict[str, Any]:
    """Where recall and precision are lost, per document (`gold`, its stored article and final event).

    `missed_joins` counts the articles that started an event although an article of their gold event was stored
    before them (article ids follow ingest order), and that did not end up with it (a second look may have moved
    them there), by the fate of the closest candidate the decision kept: there was
    none (the right event was not found through places, names and words in the time window), it was ruled out (by
    time, or for sharing nothing with the article), or it scored under the join threshold. The closest candidate
    need not be the right event: a report whose right event scored lower still counts as "below threshold".
    `misplaced` counts the articles whose final event is mostly another gold event's (in a tie, the gold event of
    the article stored first).
    """
    first_label: dict[int, str] = {}
    final_event: dict[int, int | None] = {}
    for label, article_id, event in zip(gold, article_of, event_of, strict=True):
        if article_id is not None:
            first_label.setdefault(article_id, label)  # identical documents are one article
            final_event.setdefault(article_id, event)
    first_of: dict[tuple[int | None, str], int] = {}  # the first article of a gold event in each final event
    for article_id in sorted(first_label):
        first_of.setdefault((final_event[article_id], first_label[article_id]), article_id)
    reported: set[str] = set()
    missed: Counter[str] = Counter()
    for article_id in sorted(first_label):
        label = first_label[article_id]
        decision = decisions.get(article_id)
        alone = first_of[(final_event[article_id], label)] == article_id
        if decision is not None and not decision.joined and label in reported and alone:
            best = decision.reasons.get("best_score")
            missed["no_candidate" if best is None else "ruled_out" if best < 0 else "below_threshold"] += 1
        reported.add(label)
    members: dict[int, Counter[str]] = {}
    for label, event in zip(gold, event_of, strict=True):
        if event is not None:
            members.setdefault(event, Counter())[label] += 1
    misplaced = sum(
        1
        for label, event in zip(gold, event_of, strict=True)
        if event is not None and members[event].most_common(1)[0][0] != label
    )
    return {
        "missed_joins": {
            "total": sum(missed.values()),
            **{reason: missed[reason] for reason in ("no_candidate", "ruled_out", "below_threshold")},
        },
        "misplaced": misplaced,
    }

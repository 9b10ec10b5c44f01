"""`crosswire eval clustering` on a small invented corpus in each supported format."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.evaluate.clustering import error_breakdown
from crosswire.model import MergeDecision
from support import write

runner = CliRunner()

STORIES = {
    "konduga": (
        "Bomb kills seven at Konduga market",
        "A bomb exploded at the cattle market in Konduga, Borno State, "
        "on Tuesday, killing seven people, police spokesman Musa Danladi said.",
    ),
    "ghotki": (
        "Police arrest six robbers in Ghotki",
        "Police arrested six suspected robbers in a raid in Ghotki "
        "district of Sindh on Monday, district police chief Farhan Qureshi said.",
    ),
}


def _corpus(folder: Path, gva: bool) -> Path:
    lines = []
    for incident, (title, text) in STORIES.items():
        for copy in range(2):
            record = {
                "id": f"{incident}-{copy}",
                "title": title if copy == 0 else f"{title} (update)",
                "text": text if copy == 0 else text + " Residents were shocked by the news.",
            }
            if gva:
                record |= {"incident": incident, "published": "2026-11-04"}
            else:
                record |= {"subtopic": incident, "topic": 1}
            lines.append(json.dumps(record))
    return write(folder / ("articles.jsonl" if gva else "documents.jsonl"), "\n".join(lines))


def test_eval_clustering_prints_one_json_object_for_both_formats(tmp_path: Path) -> None:
    for gva in (True, False):
        folder = tmp_path / ("gva" if gva else "ecb")
        _corpus(folder, gva)
        result = runner.invoke(app, ["eval", "clustering", "--data", str(folder)])
        assert result.exit_code == 0, result.output
        metrics = json.loads(result.stdout)
        assert metrics["documents"] == 4 and metrics["gold_clusters"] == 2
        assert metrics["bcubed_f1"] == 1.0 and metrics["predicted_clusters"] == 2
        for key in ("bcubed_precision", "bcubed_recall", "ari", "v_measure", "articles_per_second"):
            assert key in metrics
        assert metrics["missed_joins"]["total"] == 0 and metrics["misplaced"] == 0


def _started(article_id: int, best_score: float | None = None) -> MergeDecision:
    reasons = {"summary": "started a new event"} | ({} if best_score is None else {"best_score": best_score})
    return MergeDecision(article_id, False, best_score or 0.0, reasons)


def test_error_breakdown_tells_why_reports_of_one_event_ended_apart() -> None:
    # documents in any order; article ids give the order they were stored in
    gold = ["fire", "fire", "fire", "fire", "flood", "flood", "fire", "fire"]
    article_of = [1, 3, 2, 4, 5, 6, 1, 7]  # the seventh document is a duplicate of the first
    event_of = [10, 12, 11, 13, 14, 10, 10, 10]
    decisions = {
        1: _started(1),
        2: _started(2, best_score=0.2),  # its closest candidate scored under the threshold
        3: _started(3, best_score=-1.0),  # ruled out by time
        4: _started(4),  # no candidate at all
        5: _started(5, best_score=0.1),  # the first report of its event: not a miss
        6: MergeDecision(6, True, 0.4, {"summary": "joined event 10"}),
        7: _started(7, best_score=0.3),  # started apart, then moved into the fire's event: not a miss in the end
    }
    breakdown = error_breakdown(gold, article_of, event_of, decisions)
    assert breakdown["missed_joins"] == {"total": 3, "no_candidate": 1, "ruled_out": 1, "below_threshold": 1}
    assert breakdown["misplaced"] == 1  # the flood report inside the fire's event


def test_eval_on_a_folder_without_a_corpus_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "clustering", "--data", str(tmp_path)])
    assert result.exit_code == 2 and "no articles.jsonl" in result.stderr
    result = runner.invoke(app, ["eval", "nonsense", "--data", str(tmp_path)])
    assert result.exit_code == 2 and "unknown evaluation task" in result.stderr

"""`crosswire eval event-types` on tiny invented corpora in the CASE 2021 and ACLED layouts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.errors import ConfigError
from crosswire.evaluate.event_types import calibration, f1_scores, read_event_type_corpus
from support import write

runner = CliRunner()

SNIPPETS = [
    {"id": "1", "text": "A suicide bomber blew himself up at a checkpoint, killing four guards.", "label": "SUIC_BOMB"},
    {
        "id": "2",
        "text": "Army troops and rebels exchanged heavy gunfire near the bridge for hours.",
        "label": "ARMED_CLASH",
    },
    {"id": "3", "text": "Floods swept away dozens of homes after a week of heavy rain.", "label": "NATURAL_DISASTER"},
]


def acled_event(event_id: str, event_type: str, notes: str, actor1: str = "", interaction: str = "") -> dict[str, str]:
    return {"id": event_id, "event_type": event_type, "notes": notes, "actor1": actor1, "interaction": interaction}


EVENTS = [
    acled_event(
        "1", "Riots/Protests", "Rioters burned tyres and threw stones at the police.", "Rioters (Testland)", "15"
    ),
    acled_event("2", "Riots/Protests", "Teachers marched to demand unpaid salaries.", "Protesters (Testland)", "60"),
    acled_event("3", "Violence against civilians", "Police shot dead a protester at a march.", "Police Forces", "16"),
    acled_event("4", "Remote violence", "A roadside bomb hit a military truck, killing two soldiers.", "", "10"),
    acled_event("5", "Battle-Government regains territory", "The army retook the town from the rebels.", "", "12"),
]


def jsonl(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def test_the_layout_is_told_by_the_file_and_old_acled_types_are_mapped(tmp_path: Path) -> None:
    layout, texts = read_event_type_corpus(write(tmp_path / "case" / "snippets.jsonl", jsonl(SNIPPETS)))
    assert layout == "case2021" and [t.gold for t in texts] == ["SUIC_BOMB", "ARMED_CLASH", "NATURAL_DISASTER"]
    layout, texts = read_event_type_corpus(write(tmp_path / "acled" / "events.jsonl", jsonl(EVENTS)).parent)
    assert layout == "acled"
    assert [t.gold for t in texts] == ["Riots", "Protests", "Protests", "Explosions/Remote violence", "Battles"]
    assert texts[0].lenient == {"Protests", "Riots"}
    assert texts[2].lenient == {"Protests", "Violence against civilians"}  # re-coded in today's scheme
    assert texts[4].lenient == frozenset()


def test_a_folder_without_either_file_or_an_unknown_label_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"snippets\.jsonl"):
        read_event_type_corpus(tmp_path)
    bad = write(tmp_path / "snippets.jsonl", jsonl([{"id": "1", "text": "x", "label": "PICNIC"}]))
    with pytest.raises(ConfigError, match="line 1"):
        read_event_type_corpus(bad)


def test_f1_scores_match_a_hand_computed_example() -> None:
    scores = f1_scores(["a", "a", "b", "c"], ["a", "b", "b", "a"])
    # a: P 1/2 R 1/2 F1 0.5 (support 2); b: P 1/2 R 1 F1 2/3 (1); c: 0 (1)
    assert scores["per_class"]["b"]["f1"] == pytest.approx(0.6667, abs=1e-4)
    assert scores["weighted_f1"] == pytest.approx((0.5 * 2 + 2 / 3) / 4, abs=1e-4)
    assert scores["macro_f1"] == pytest.approx((0.5 + 2 / 3) / 3, abs=1e-4)
    assert scores["accuracy"] == 0.5
    assert {"gold": "a", "predicted": "b", "count": 1} in scores["confusions"]


def test_eval_case_layout_scores_25_and_30_classes(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["eval", "event-types", "--data", str(write(tmp_path / "snippets.jsonl", jsonl(SNIPPETS)))]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["layout"] == "case2021" and metrics["texts"] == 3
    assert metrics["acled_25_classes"]["items"] == 2  # the disaster is outside ACLED: left out here
    assert metrics["acled_25_classes"]["accuracy"] == 1.0
    assert metrics["all_30_classes_other_five_as_none"]["per_class"]["none"]["support"] == 1
    assert metrics["all_30_classes_other_five_as_none"]["accuracy"] == 1.0
    assert "acled_25_classes" in metrics["baseline_lexicon_rules"]


def test_eval_acled_layout_reports_strict_and_lenient(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "event-types", "--data", str(write(tmp_path / "events.jsonl", jsonl(EVENTS)))])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["layout"] == "acled" and metrics["strict"]["items"] == 5
    assert metrics["lenient"]["accuracy"] >= metrics["strict"]["accuracy"]
    assert set(metrics["best_type_even_over_none"]) == {"strict", "lenient"}


def test_calibration_bands_count_answers_and_their_accuracy() -> None:
    table = calibration([0.9, 0.85, 0.3, 0.5], [True, False, False, True])
    assert table == [
        {"confidence": "0.0-0.4", "answers": 1, "mean_confidence": 0.3, "accuracy": 0.0},
        {"confidence": "0.4-0.6", "answers": 1, "mean_confidence": 0.5, "accuracy": 1.0},
        {"confidence": "0.8-1.0", "answers": 2, "mean_confidence": 0.875, "accuracy": 0.5},
    ]

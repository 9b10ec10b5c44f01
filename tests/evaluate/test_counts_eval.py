"""`crosswire eval counts` on a few invented ACLED-format events whose coding we wrote."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import app
from support import write

runner = CliRunner()

EVENTS = [
    {
        "id": "1X",
        "date": "2026-03-03",
        "notes": "On 3 March, Boko Haram militants attacked the village of Kawuri, killing 5 civilians.",
        "fatalities": 5,
        "actor1": "Boko Haram - Wilayat Gharb Ifriqiyyah",
        "actor2": "Civilians (Nigeria)",
        "interaction": "27",
    },
    {
        "id": "2X",
        "date": "2026-03-04",
        "notes": "Protesters marched in Sfax to demand jobs for graduates.",
        "fatalities": 0,
        "actor1": "Protesters (Tunisia)",
        "actor2": "",
        "interaction": "60",
    },
    {
        "id": "3X",
        "date": "2026-03-05",
        "notes": "Soldiers clashed with gunmen near Dori; several attackers were killed.",
        "fatalities": 10,
        "actor1": "Military Forces of Burkina Faso (2015-)",
        "actor2": "Unidentified Armed Group (Burkina Faso)",
        "interaction": "13",
    },
]


def test_eval_counts_scores_fatalities_and_actors(tmp_path: Path) -> None:
    write(tmp_path / "events.jsonl", "\n".join(json.dumps(event) for event in EVENTS))
    result = runner.invoke(app, ["eval", "counts", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["events"] == 3
    # 5 stated, none stated, and "several" coded 10 as ACLED does for deaths without a number
    assert metrics["fatalities_exact"] == {"share": 1.0, "hits": 3, "cases": 3}
    assert metrics["actor1_found"]["hits"] == 3
    assert metrics["actor1_type_in_interaction"]["hits"] == 3
    assert metrics["actor1_name_exact"]["hits"] >= 1  # Boko Haram under ACLED's name


def test_eval_counts_without_events_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "counts", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "events.jsonl" in result.output

"""`crosswire eval events` on a small invented GVA-format corpus whose truth we wrote."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import app
from support import write

runner = CliRunner()

ARTICLES = [
    {
        "id": "a1",
        "incident": "1",
        "published": "2026-03-09",
        "title": "Two killed in Memphis shooting",
        "text": "Two men were killed and three people were wounded in a shooting in Memphis, Tennessee, on "
        "Sunday night, police said. No arrests have been made.",
    },
    {
        "id": "a2",
        "incident": "1",
        "published": "2026-03-09",
        "title": "Memphis police investigate Sunday shooting that left two dead",
        "text": "Memphis police are investigating a shooting that killed two men and wounded three people on "
        "Sunday night in Memphis, Tennessee.",
    },
    {
        "id": "b1",
        "incident": "2",
        "published": "2026-03-12",
        "title": "Man shot in Boise",
        "text": "A man was wounded in a shooting in Boise, Idaho, on Wednesday, police said. Officers arrested "
        "one suspect at the scene.",
    },
]
INCIDENTS = [
    # the truth of incident 1 is what the articles say; incident 2's gold date is one day off what they say
    {"incident": "1", "date": "2026-03-08", "lat": 35.1495, "lon": -90.049, "killed": 2, "injured": 3, "arrested": 0},
    {"incident": "2", "date": "2026-03-10", "lat": 43.6135, "lon": -116.2035, "killed": 0, "injured": 1, "arrested": 2},
]


def test_eval_events_scores_each_incident_against_its_gold(tmp_path: Path) -> None:
    write(tmp_path / "articles.jsonl", "\n".join(json.dumps(article) for article in ARTICLES))
    write(tmp_path / "incidents.jsonl", "\n".join(json.dumps(incident) for incident in INCIDENTS))
    result = runner.invoke(app, ["eval", "events", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["incidents"] == 2
    assert metrics["date_exact"] == {"share": 0.5, "hits": 1, "cases": 2}
    assert metrics["place_within_25_km"]["hits"] == 2
    assert metrics["killed_exact"]["hits"] == 2
    assert metrics["injured_exact"]["hits"] == 2
    assert metrics["arrested_exact"]["hits"] == 1  # one arrest said, two in the gold
    # each article on its own: all three state the killed and injured of their incident, one misses an arrest
    assert metrics["killed_exact_per_article"] == {"share": 1.0, "hits": 3, "cases": 3}
    assert metrics["arrested_exact_per_article"]["hits"] == 2


def test_eval_events_without_incidents_file_is_a_clear_error(tmp_path: Path) -> None:
    write(tmp_path / "articles.jsonl", json.dumps(ARTICLES[0]))
    result = runner.invoke(app, ["eval", "events", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "incidents.jsonl" in result.output

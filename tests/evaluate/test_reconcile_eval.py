"""`crosswire eval reconcile` on a small invented GVA-format corpus whose truth we wrote."""

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
        "published": "2026-03-10",
        "title": "Third victim of Memphis shooting dies",
        "text": "Three men were killed in Sunday night's shooting in Memphis, Tennessee, police said on Monday, "
        "after one of the wounded later died in hospital.",
    },
    {
        "id": "b1",
        "incident": "2",
        "published": "2026-03-12",
        "title": "Man shot in Boise",
        "text": "A man was wounded in a shooting in Boise, Idaho, on Wednesday, police said.",
    },
    {
        "id": "c1",
        "incident": "3",
        "published": "2026-03-14",
        "title": "Four wounded at Tulsa nightclub",
        "text": "Four people were wounded in a shooting at the Velvet Owl nightclub in Tulsa, Oklahoma, on Friday "
        "night, police said.",
    },
    {
        "id": "c2",
        "incident": "3",
        "published": "2026-03-14",
        "title": "Six wounded at Tulsa nightclub",
        "text": "Six people were wounded in a shooting at the Velvet Owl nightclub in Tulsa, Oklahoma, on Friday "
        "night, witnesses said.",
    },
    {
        "id": "d1",
        "incident": "4",
        "published": "2026-03-20",
        "title": "Two wounded outside Fresno diner",
        "text": "Two people were wounded in a shooting outside the Copper Kettle diner in Fresno, California, on "
        "Thursday, police said.",
    },
    {
        "id": "d2",
        "incident": "4",
        "published": "2026-03-20",
        "title": "Three wounded outside Fresno diner",
        "text": "Three people were wounded in a shooting outside the Copper Kettle diner in Fresno, California, on "
        "Thursday, a witness said.",
    },
]
INCIDENTS = [
    {"incident": "1", "date": "2026-03-08", "lat": 35.1495, "lon": -90.049, "killed": 3, "injured": 2, "arrested": 0},
    {"incident": "2", "date": "2026-03-11", "lat": 43.6135, "lon": -116.2035, "killed": 0, "injured": 1, "arrested": 0},
    {"incident": "3", "date": "2026-03-13", "lat": 36.154, "lon": -95.9928, "killed": 0, "injured": 4, "arrested": 0},
    {"incident": "4", "date": "2026-03-19", "lat": 36.7477, "lon": -119.7724, "killed": 0, "injured": 5, "arrested": 0},
]


def test_eval_reconcile_scores_multi_article_incidents_beside_single_articles(tmp_path: Path) -> None:
    write(tmp_path / "articles.jsonl", "\n".join(json.dumps(article) for article in ARTICLES))
    write(tmp_path / "incidents.jsonl", "\n".join(json.dumps(incident) for incident in INCIDENTS))
    result = runner.invoke(app, ["eval", "reconcile", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["task"] == "reconcile" and metrics["incidents"] == 3  # the one-article incident is left out
    killed = metrics["fields"]["killed"]
    # The later report revises the Memphis toll: the record takes 3, the first article alone says 2 (the other two
    # incidents killed no one, which every article gets right).
    assert killed["reconciled"] == 1.0
    assert killed["single_article"]["first_article"] == 0.6667 and killed["single_article"]["last_article"] == 1.0
    assert killed["facts_by_status"] == {"single-source": 1, "updated": 1}
    assert killed["fact_holds_gold_by_status"]["updated"] == 0.0
    assert killed["contested"]["cases"] == 0 and killed["contested"]["gold_on_one_side"] is None
    # Tulsa (4 against 6, gold 4) holds the gold on one side; Fresno (2 against 3, gold 5) cannot: nobody said 5.
    assert metrics["fields"]["injured"]["contested"] == {
        "cases": 2,
        "gold_on_one_side": 0.5,
        "gold_stated_by_an_article": 1,
        "gold_on_one_side_when_stated": 1.0,
    }

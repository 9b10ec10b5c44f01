"""The bundled demo corpus (examples/), whose truth is written down in examples/TRUTH.md."""

from __future__ import annotations

import json
from collections.abc import Callable

from crosswire.model import ClaimField, FactStatus
from crosswire.pipeline import Crosswire
from support import EXAMPLES


def _ingest_examples(crosswire: Crosswire) -> None:
    articles = EXAMPLES / "articles"
    outlets = json.loads((EXAMPLES / "outlets.json").read_text(encoding="utf-8"))
    report = crosswire.ingest([str(p) for p in sorted(articles.iterdir()) if p.suffix in (".html", ".jsonl")])
    assert report.ok
    for name, meta in outlets.items():
        report = crosswire.ingest([str(articles / name)], outlet=meta["outlet"], published=meta["published"])
        assert report.ok


def test_demo_corpus_gives_four_events_with_the_planted_contradiction(
    open_db: Callable[..., Crosswire],
) -> None:
    crosswire = open_db()
    _ingest_examples(crosswire)
    events = {event.location.name if event.location else None: event for event in crosswire.events()}
    assert set(events) == {"Ansongo", "Konduga", "Nairobi", "Ghotki"}
    assert [len(events[town].articles) for town in ("Ansongo", "Konduga", "Nairobi", "Ghotki")] == [
        3,
        4,
        3,
        2,
    ]

    konduga = events["Konduga"]
    assert str(konduga.event_date.day if konduga.event_date else None) == "2026-10-20"
    assert konduga.independent_sources == 3  # four articles, two of them one wire story
    killed = {fact.value: fact for fact in konduga.facts_for(ClaimField.KILLED)}
    assert set(killed) == {"9", "14"}
    assert all(fact.status is FactStatus.CONTESTED for fact in killed.values())
    assert killed["9"].independent_sources == 2 and konduga.killed == 9
    assert konduga.injured == 23

    assert events["Nairobi"].arrested == 11
    assert events["Ghotki"].arrested == 5
    assert str(events["Ansongo"].event_date.day if events["Ansongo"].event_date else None) == "2026-10-11"

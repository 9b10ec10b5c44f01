"""The first acceptance case: two outlets reporting one security operation in Syria (../shared/seeds/)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable

import pytest

from crosswire.cli import render_event
from crosswire.model import ClaimField, EventRecord, FactStatus
from crosswire.pipeline import Crosswire
from support import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the seed articles are not at {SEEDS}")

BOILERPLATE = [
    "Leave a Reply",
    "Your email address will not be published",
    "Check Also",
    "Legal Disclaimer",
    "MENAFN provides",
    "EIN Presswire provides",
]


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture
def seeded(open_db: Callable[..., Crosswire]) -> Crosswire:
    crosswire = open_db()
    report = crosswire.ingest([str(SEEDS)])
    assert report.ok and len(report.added) == 2
    return crosswire


def _second_article_id(crosswire: Crosswire) -> int:
    """The article that reports the detentions (the seeds' second file)."""
    record = crosswire.events()[0]
    second = [a for a in record.articles if "authorities launch army operation" in a.title]
    assert len(second) == 1
    return second[0].id


def test_one_event_holds_both_articles(seeded: Crosswire) -> None:
    events = seeded.events()
    assert len(events) == 1
    assert len(events[0].articles) == 2


def test_no_boilerplate_left_in_cleaned_text(seeded: Crosswire) -> None:
    for ref in seeded.events()[0].articles:
        text = seeded.article(ref.id).text
        for phrase in BOILERPLATE:
            assert phrase not in text, f"{phrase!r} left in article {ref.id}"
        assert "Omar Omsen" in text  # and the article itself is still there


def test_event_place_is_harem_in_idlib_syria(seeded: Crosswire) -> None:
    place = seeded.events()[0].location
    assert place is not None
    assert place.country_code == "SY"
    assert place.admin1 == "Idlib"
    assert _distance_km(place.lat, place.lon, 36.21, 36.52) <= 10


def test_detentions_counted_from_the_second_article(seeded: Crosswire) -> None:
    record = seeded.events()[0]
    assert record.arrested is not None and record.arrested >= 2
    arrested = record.facts_for(ClaimField.ARRESTED)
    second = _second_article_id(seeded)
    assert any(
        source.article_id == second and "at least two jihadists were detained" in source.quote
        for fact in arrested
        for source in fact.sources
    )


def test_background_numbers_are_not_casualties(seeded: Crosswire) -> None:
    record = seeded.events()[0]
    for fact in record.facts_for(ClaimField.KILLED):
        for source in fact.sources:
            assert "half a million" not in source.quote and "1,300" not in source.quote
    assert record.killed is None or record.killed < 1300


def test_omar_omsen_is_an_actor_supported_by_both_articles(seeded: Crosswire) -> None:
    record = seeded.events()[0]
    omsen = [fact for fact in record.facts_for(ClaimField.ACTOR) if "Omsen" in fact.value]
    assert len(omsen) == 1
    assert {source.article_id for source in omsen[0].sources} == {a.id for a in record.articles}
    assert omsen[0].status is FactStatus.CORROBORATED
    assert "Omar Omsen" in record.actors


def _statement_status(record: EventRecord, *words: str) -> set[FactStatus]:
    """The statuses of the statements holding all these words (case-insensitive)."""
    return {
        fact.status
        for fact in record.facts_for(ClaimField.STATEMENT)
        if all(word.lower() in fact.value.lower() for word in words)
    }


def test_place_and_targeted_leader_are_corroborated(seeded: Crosswire) -> None:
    record = seeded.events()[0]
    (place,) = record.facts_for(ClaimField.LOCATION)
    assert place.status is FactStatus.CORROBORATED
    leader = [f for f in record.facts_for(ClaimField.ACTOR) if "Omsen" in f.value]
    assert leader[0].status is FactStatus.CORROBORATED


def test_what_one_outlet_alone_reports_is_single_source(seeded: Crosswire) -> None:
    record = seeded.events()[0]
    assert {f.status for f in record.facts_for(ClaimField.ARRESTED)} == {FactStatus.SINGLE_SOURCE}
    assert {f.status for f in record.facts_for(ClaimField.KIDNAPPED)} == {FactStatus.SINGLE_SOURCE}
    (kidnapping,) = [s for f in record.facts_for(ClaimField.KIDNAPPED) for s in f.sources]
    assert kidnapping.hedge == "allegedly"
    assert _statement_status(record, "casualties") == {FactStatus.SINGLE_SOURCE}
    assert _statement_status(record, "50") == {FactStatus.SINGLE_SOURCE}
    single = [fact.value for fact in record.single_source_statements]
    assert any("casualties" in value for value in single) and any("50" in value for value in single)


def test_the_month_the_new_authorities_took_power_is_contested(seeded: Crosswire) -> None:
    record = seeded.events()[0]
    contested = [f for f in record.facts_for(ClaimField.STATEMENT) if f.status is FactStatus.CONTESTED]
    notes = {fact.note for fact in contested}
    assert notes == {"December, against November 2024", "November 2024, against December"}
    assert {s.article_id for f in contested for s in f.sources} == {a.id for a in record.articles}


def test_show_prints_the_fact_table_and_each_source_quotes(
    seeded: Crosswire, capsys: pytest.CaptureFixture[str]
) -> None:
    render_event(seeded.events()[0])
    out = " ".join(capsys.readouterr().out.split())
    for expected in ("facts", "statements", "contested", "corroborated", "single-source", "November 2024"):
        assert expected in out
    assert "(said Syrian authorities)" in out and "(allegedly)" in out


def test_json_export_carries_statuses_quotes_and_attributions(seeded: Crosswire) -> None:
    (event,) = json.loads(seeded.export("json"))
    statuses = {fact["status"] for fact in event["facts"]}
    assert {"corroborated", "single-source", "contested"} <= statuses
    sources = [source for fact in event["facts"] for source in fact["sources"]]
    assert any(source["attribution"] == "said Syrian authorities" for source in sources)
    assert any("casualties" in item["statement"] for item in event["single_source_statements"])
    assert event["count_ranges"]["arrested"] == {"low": 2, "best": 2, "high": None}

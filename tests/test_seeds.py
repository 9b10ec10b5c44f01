"""The first acceptance case: two outlets reporting one security operation in Syria (../shared/seeds/)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from crosswire.model import ClaimField, FactStatus
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

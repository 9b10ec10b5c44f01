"""From claims to facts: compatible values agree, incompatible ones are contested, copies are one source."""

from __future__ import annotations

from datetime import date, datetime

from crosswire.model import (
    Actor,
    ArticleRef,
    Claim,
    ClaimField,
    ClaimValue,
    Count,
    DatePrecision,
    EventDate,
    FactStatus,
    Place,
    PlaceKind,
)
from crosswire.reconcile import build_event_record

HAREM = Place("Ḩārim", PlaceKind.TOWN, "SY", "Syria", 36.21, 36.52, "Idlib", "12", 169866)
IDLIB = Place("Idlib", PlaceKind.ADMIN1, "SY", "Syria", 35.9, 36.6, "Idlib", "12")


def _ref(article_id: int, origin: str) -> ArticleRef:
    return ArticleRef(article_id, f"title {article_id}", origin, None, datetime(2026, 11, article_id), origin)


def _claim(article_id: int, claim_field: ClaimField, value: ClaimValue, quote: str = "a sentence") -> Claim:
    return Claim(claim_field, value, quote, quote, 0, len(quote), "test", 0.8, article_id=article_id)


def test_town_and_its_province_agree_and_the_town_is_the_place() -> None:
    record = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b")],
        [_claim(1, ClaimField.LOCATION, HAREM), _claim(2, ClaimField.LOCATION, IDLIB)],
    )
    (fact,) = record.facts_for(ClaimField.LOCATION)
    assert fact.status is FactStatus.CORROBORATED and fact.independent_sources == 2
    assert record.location == HAREM


def test_open_and_exact_counts_agree_but_different_counts_are_contested() -> None:
    agree = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b")],
        [_claim(1, ClaimField.ARRESTED, Count(2, None)), _claim(2, ClaimField.ARRESTED, Count(3, 3))],
    )
    assert [f.status for f in agree.facts] == [FactStatus.CORROBORATED] and agree.arrested == 3
    disagree = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b"), _ref(3, "outlet:c")],
        [
            _claim(1, ClaimField.KILLED, Count(5, 5)),
            _claim(2, ClaimField.KILLED, Count(2, 2)),
            _claim(3, ClaimField.KILLED, Count(5, 5)),
        ],
    )
    facts = disagree.facts_for(ClaimField.KILLED)
    assert [(f.value, f.status, f.independent_sources) for f in facts] == [
        ("5", FactStatus.CONTESTED, 2),
        ("2", FactStatus.CONTESTED, 1),
    ]
    assert disagree.killed == 5


def test_a_tie_between_counts_takes_the_lower_figure() -> None:
    record = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b")],
        [_claim(1, ClaimField.KILLED, Count(14, 14)), _claim(2, ClaimField.KILLED, Count(9, 9))],
    )
    assert record.killed == 9 and "lower" in record.rules["counts"]


def test_months_disagree_with_other_months_not_with_their_days() -> None:
    november = EventDate(date(2024, 11, 1), DatePrecision.MONTH)
    record = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b"), _ref(3, "outlet:c")],
        [
            _claim(1, ClaimField.EVENT_DATE, november),
            _claim(2, ClaimField.EVENT_DATE, EventDate(date(2024, 11, 20))),
            _claim(3, ClaimField.EVENT_DATE, EventDate(date(2024, 12, 1), DatePrecision.MONTH)),
        ],
    )
    statuses = {f.value: f.status for f in record.facts_for(ClaimField.EVENT_DATE)}
    assert statuses == {"2024-11-20": FactStatus.CONTESTED, "2024-12": FactStatus.CONTESTED}
    assert record.event_date == EventDate(date(2024, 11, 20))


def test_copies_of_one_wire_story_are_one_source() -> None:
    record = build_event_record(
        [_ref(1, "wire:1"), _ref(2, "wire:1")],
        [_claim(1, ClaimField.KILLED, Count(9, 9)), _claim(2, ClaimField.KILLED, Count(9, 9))],
    )
    (fact,) = record.facts
    assert fact.status is FactStatus.SINGLE_SOURCE and len(fact.sources) == 2
    assert record.independent_sources == 1


def test_an_actor_named_by_surname_or_alias_is_one_actor() -> None:
    record = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b"), _ref(3, "outlet:c")],
        [
            _claim(1, ClaimField.ACTOR, Actor("Omar Omsen", ("Omar Diaby",))),
            _claim(2, ClaimField.ACTOR, Actor("Omsen")),
            _claim(3, ClaimField.ACTOR, Actor("Ghassan Bakir")),
        ],
    )
    facts = record.facts_for(ClaimField.ACTOR)
    assert [(f.value, f.independent_sources, f.status) for f in facts] == [
        ("Omar Omsen", 2, FactStatus.CORROBORATED),
        ("Ghassan Bakir", 1, FactStatus.SINGLE_SOURCE),
    ]
    assert record.actors == ["Omar Omsen", "Ghassan Bakir"]


def test_a_tie_between_dates_takes_the_earlier_one() -> None:
    refs = [_ref(1, "outlet:a"), _ref(2, "outlet:b")]
    arrest_report = _claim(1, ClaimField.EVENT_DATE, EventDate(date(2026, 3, 5)))
    shooting_report = _claim(2, ClaimField.EVENT_DATE, EventDate(date(2026, 3, 1)))
    record = build_event_record(refs, [arrest_report, shooting_report])
    assert record.event_date == EventDate(date(2026, 3, 1))
    assert "earliest" in record.rules["event_date"]

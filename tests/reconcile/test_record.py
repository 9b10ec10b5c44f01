"""From claims to facts: compatible values agree, incompatible ones are contested, copies are one source."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from crosswire.errors import ConfigError
from crosswire.model import (
    INFERRED_COUNT,
    Actor,
    ArticleRef,
    Claim,
    ClaimField,
    ClaimValue,
    Count,
    CountRange,
    DatePrecision,
    EventDate,
    EventRecord,
    FactStatus,
    Place,
    PlaceKind,
    Statement,
    StatementDate,
)
from crosswire.reconcile import build_event_record

HAREM = Place("Ḩārim", PlaceKind.TOWN, "SY", "Syria", 36.21, 36.52, "Idlib", "12", 169866)
IDLIB = Place("Idlib", PlaceKind.ADMIN1, "SY", "Syria", 35.9, 36.6, "Idlib", "12")


def _ref(article_id: int, origin: str) -> ArticleRef:
    return ArticleRef(article_id, f"title {article_id}", origin, None, datetime(2026, 11, article_id), origin)


def _claim(article_id: int, claim_field: ClaimField, value: ClaimValue, quote: str = "the sentence") -> Claim:
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


def test_a_tie_takes_the_higher_count_of_victims_and_the_lower_other_count() -> None:
    same_day = datetime(2026, 11, 1)
    record = build_event_record(
        [_at(1, "outlet:a", same_day), _at(2, "outlet:b", same_day)],
        [
            _claim(1, ClaimField.KILLED, Count(14, 14)),
            _claim(2, ClaimField.KILLED, Count(9, 9)),
            _claim(1, ClaimField.INJURED, Count(4, 4)),
            _claim(2, ClaimField.INJURED, Count(6, 6)),
            _claim(1, ClaimField.ARRESTED, Count(3, 3)),
            _claim(2, ClaimField.ARRESTED, Count(2, 2)),
        ],
    )
    assert (record.killed, record.injured, record.arrested) == (14, 6, 2)
    assert "the dead or the wounded" in record.rules["counts"]


def test_a_victim_singled_out_does_not_contradict_the_toll() -> None:
    record = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b")],
        [
            _claim(1, ClaimField.INJURED, Count(1, 1), "injuring a child"),
            _claim(2, ClaimField.INJURED, Count(3, 3), "three people were injured"),
        ],
    )
    (fact,) = record.facts_for(ClaimField.INJURED)
    assert fact.status is FactStatus.CORROBORATED and record.injured == 3


def test_the_wounded_still_in_hospital_are_some_of_the_wounded() -> None:
    record = build_event_record(
        [_ref(1, "outlet:a"), _ref(2, "outlet:b")],
        [
            _claim(1, ClaimField.INJURED, Count(1, 1), "One deputy remained hospitalized"),
            _claim(2, ClaimField.INJURED, Count(2, 2), "two deputies were wounded"),
        ],
    )
    (fact,) = record.facts_for(ClaimField.INJURED)
    assert fact.status is FactStatus.CORROBORATED and record.injured == 2


def test_floors_stand_for_their_group_by_how_many_articles_give_them() -> None:
    refs = [_ref(1, "outlet:a"), _ref(2, "outlet:b"), _ref(3, "outlet:c")]
    record = build_event_record(
        refs,
        [
            _claim(1, ClaimField.KILLED, Count(5, 5), "five officers killed"),  # officers: part of the toll, a floor
            _claim(2, ClaimField.KILLED, Count(5, 5), "five officers were killed"),
            _claim(3, ClaimField.KILLED, Count(1, 1), "an officer had died"),  # singled out: a floor of one
        ],
    )
    (fact,) = record.facts_for(ClaimField.KILLED)
    assert fact.status is FactStatus.CORROBORATED and fact.value == "at least 5" and record.killed == 5


def _statuses_of_two_same_day_reports(
    claim_field: ClaimField, first: tuple[int, str], second: tuple[int, str]
) -> set[FactStatus]:
    """The statuses of one slot's facts when two outlets report it on the same day (no later revision)."""
    same_day = datetime(2026, 11, 1)
    record = build_event_record(
        [_at(1, "outlet:a", same_day), _at(2, "outlet:b", same_day)],
        [
            _claim(1, claim_field, Count(first[0], first[0]), first[1]),
            _claim(2, claim_field, Count(second[0], second[0]), second[1]),
        ],
    )
    return {f.status for f in record.facts_for(claim_field)}


def test_adults_listed_with_an_unborn_child_are_the_whole_toll() -> None:
    statuses = _statuses_of_two_same_day_reports(
        ClaimField.KILLED, (5, "five adults and an unborn child dead"), (6, "six people were killed")
    )
    assert statuses == {FactStatus.CONTESTED}


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


def _at(article_id: int, origin: str, when: datetime) -> ArticleRef:
    return ArticleRef(article_id, f"title {article_id}", origin, None, when, origin)


def test_a_later_higher_toll_updates_the_earlier_one_instead_of_contesting_it() -> None:
    refs = [_at(1, "outlet:a", datetime(2026, 3, 1, 8)), _at(2, "outlet:b", datetime(2026, 3, 1, 20))]
    record = build_event_record(
        refs,
        [
            _claim(1, ClaimField.KILLED, Count(8, 8), "Eight people were killed in the blast."),
            _claim(2, ClaimField.KILLED, Count(12, 12), "The death toll rose to 12 on Sunday."),
        ],
    )
    facts = {f.value: f for f in record.facts_for(ClaimField.KILLED)}
    assert facts["8"].status is FactStatus.UPDATED and "12" in facts["8"].note
    assert facts["12"].status is FactStatus.SINGLE_SOURCE
    assert record.killed == 12


def test_one_later_higher_report_contests_a_toll_several_sources_agreed_on() -> None:
    refs = [
        _at(1, "outlet:a", datetime(2026, 3, 1, 8)),
        _at(2, "outlet:b", datetime(2026, 3, 1, 9)),
        _at(3, "outlet:c", datetime(2026, 3, 9, 8)),
    ]
    claims = [
        _claim(1, ClaimField.KILLED, Count(1, 1), "One man was killed."),
        _claim(2, ClaimField.KILLED, Count(1, 1), "One person died at the scene."),
        _claim(3, ClaimField.KILLED, Count(2, 2), "The shooting left two residents dead."),
    ]
    record = build_event_record(refs, claims)
    assert {f.value: f.status for f in record.facts_for(ClaimField.KILLED)} == {
        "1": FactStatus.CONTESTED,
        "2": FactStatus.CONTESTED,
    }
    assert record.killed == 1
    # as many later sources as earlier ones: the later figure is an update
    more = [*refs, _at(4, "outlet:d", datetime(2026, 3, 9, 10))]
    update = build_event_record(more, [*claims, _claim(4, ClaimField.KILLED, Count(2, 2), "Two people died.")])
    assert {f.value: f.status for f in update.facts_for(ClaimField.KILLED)}["1"] is FactStatus.UPDATED
    assert update.killed == 2


def test_a_later_lower_count_without_words_of_revision_is_a_contradiction() -> None:
    refs = [_at(1, "outlet:a", datetime(2026, 3, 1, 8)), _at(2, "outlet:b", datetime(2026, 3, 2, 8))]
    record = build_event_record(
        refs,
        [_claim(1, ClaimField.KILLED, Count(12, 12)), _claim(2, ClaimField.KILLED, Count(8, 8))],
    )
    assert {f.status for f in record.facts_for(ClaimField.KILLED)} == {FactStatus.CONTESTED}
    (twelve,) = [f for f in record.facts_for(ClaimField.KILLED) if f.value == "12"]
    assert twelve.note == "contradicted by 8"


def test_count_rules_give_low_best_high_and_the_conservative_figure() -> None:
    refs = [_ref(1, "outlet:a"), _ref(2, "outlet:b"), _ref(3, "outlet:c")]
    claims = [
        _claim(1, ClaimField.KILLED, Count(5, 5)),
        _claim(2, ClaimField.KILLED, Count(5, 5)),
        _claim(3, ClaimField.KILLED, Count(3, 3)),
    ]
    same_day = [ArticleRef(r.id, r.title, r.outlet, None, datetime(2026, 11, 1), r.origin) for r in refs]
    ucdp = build_event_record(same_day, claims, "ucdp")
    assert ucdp.killed == 5 and ucdp.count_ranges["killed"] == CountRange(3, 5, 5)
    acled = build_event_record(same_day, claims, "acled")
    assert acled.killed == 3 and acled.rules["counts"].startswith("acled-conservative")


def test_an_unknown_count_rule_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="ucdp, acled"):
        build_event_record([_ref(1, "outlet:a")], [], "median")


def _statement(text: str, predicate: str, subject: str, *terms: str, when: StatementDate | None = None) -> Statement:
    return Statement(text, predicate, subject, tuple(sorted(terms)), when=when)


def test_one_statement_in_other_words_is_corroborated_and_a_different_month_contests_it() -> None:
    refs = [_ref(1, "outlet:a"), _ref(2, "outlet:b"), _ref(3, "outlet:c")]
    december = _statement(
        "authorities who took power in December", "power", "state", "power", "authority", when=StatementDate(month=12)
    )
    november = _statement(
        "the interim government which came to power in November 2024",
        "power",
        "state",
        "power",
        "interim",
        when=StatementDate(2024, 11),
    )
    surrounded = _statement("forces surrounded the camp", "surround", "state", "surround", "camp")
    encircled = _statement("troops encircled the camp", "surround", "state", "surround", "camp", "troop")
    members = _statement("around 50 people are part of the group", "member", "civilians", "member", "group")
    record = build_event_record(
        refs,
        [
            _claim(1, ClaimField.STATEMENT, december),
            _claim(2, ClaimField.STATEMENT, november),
            _claim(1, ClaimField.STATEMENT, surrounded),
            _claim(3, ClaimField.STATEMENT, encircled),
            _claim(1, ClaimField.STATEMENT, members),
        ],
    )
    statuses = {f.value: f.status for f in record.facts_for(ClaimField.STATEMENT)}
    assert statuses[december.text] is FactStatus.CONTESTED and statuses[november.text] is FactStatus.CONTESTED
    # One fact for both wordings, shown in the shorter one.
    assert statuses[encircled.text] is FactStatus.CORROBORATED and surrounded.text not in statuses
    assert statuses[members.text] is FactStatus.SINGLE_SOURCE
    assert [f.value for f in record.single_source_statements] == [members.text]
    (contested,) = [f for f in record.facts_for(ClaimField.STATEMENT) if f.value == december.text]
    assert contested.note == "December, against November 2024"


def test_statements_about_different_subjects_stay_apart() -> None:
    refs = [_ref(1, "outlet:a"), _ref(2, "outlet:b")]
    police = _statement("police arrested the driver", "arrest", "state", "arrest", "driver")
    rebels = _statement("rebels arrested a journalist", "arrest", "group", "arrest", "journalist")
    record = build_event_record(
        refs, [_claim(1, ClaimField.STATEMENT, police), _claim(2, ClaimField.STATEMENT, rebels)]
    )
    assert [f.status for f in record.facts_for(ClaimField.STATEMENT)] == [FactStatus.SINGLE_SOURCE] * 2


def test_sources_keep_attribution_and_hedge() -> None:
    claim = _claim(1, ClaimField.KIDNAPPED, Count(1, 1), "The jihadist allegedly kidnapped a girl, police said.")
    claim.attribution, claim.hedge = "police said", "allegedly"
    record = build_event_record([_ref(1, "outlet:a")], [claim])
    (source,) = record.facts[0].sources
    assert (source.attribution, source.hedge) == ("police said", "allegedly")


def test_victims_of_one_kind_or_one_condition_are_part_of_the_toll() -> None:
    refs = [_ref(1, "outlet:a"), _ref(2, "outlet:b"), _ref(3, "outlet:c")]
    record = build_event_record(
        refs,
        [
            _claim(1, ClaimField.INJURED, Count(5, 5), "five people were wounded"),
            _claim(2, ClaimField.INJURED, Count(4, 4), "four adults were wounded"),
            _claim(3, ClaimField.INJURED, Count(2, 2), "two critically injured"),
            _claim(1, ClaimField.KILLED, Count(3, 3), "three people killed"),
            _claim(2, ClaimField.KILLED, Count(2, 2), "killed two others"),
        ],
    )
    assert [f.status for f in record.facts_for(ClaimField.INJURED)] == [FactStatus.CORROBORATED]
    assert [f.status for f in record.facts_for(ClaimField.KILLED)] == [FactStatus.CORROBORATED]
    assert (record.injured, record.killed) == (5, 3)


def test_others_wounded_are_the_whole_number_of_wounded() -> None:
    statuses = _statuses_of_two_same_day_reports(ClaimField.INJURED, (3, "three others wounded"), (5, "five wounded"))
    assert statuses == {FactStatus.CONTESTED}


def test_the_day_of_a_later_arrest_does_not_contest_the_event_date() -> None:
    refs = [
        _at(1, "outlet:a", datetime(2026, 3, 2)),
        _at(2, "outlet:b", datetime(2026, 3, 2)),
        _at(3, "outlet:c", datetime(2026, 3, 9)),
    ]
    record = build_event_record(
        refs,
        [
            _claim(1, ClaimField.EVENT_DATE, EventDate(date(2026, 3, 1))),
            _claim(2, ClaimField.EVENT_DATE, EventDate(date(2026, 3, 1))),
            _claim(3, ClaimField.EVENT_DATE, EventDate(date(2026, 3, 8))),
        ],
    )
    facts = {f.value: f for f in record.facts_for(ClaimField.EVENT_DATE)}
    assert facts["2026-03-01"].status is FactStatus.CORROBORATED
    assert facts["2026-03-08"].status is FactStatus.SINGLE_SOURCE and "later development" in facts["2026-03-08"].note
    assert record.event_date == EventDate(date(2026, 3, 1))


def test_the_settings_know_every_count_rule_and_no_other() -> None:
    from crosswire.reconcile import COUNT_RULES
    from crosswire.settings import COUNT_RULE_NAMES

    assert tuple(COUNT_RULES) == COUNT_RULE_NAMES


def test_an_event_no_article_dates_is_dated_by_its_first_report_at_week_precision() -> None:
    record = build_event_record([_ref(3, "outlet:a"), _ref(2, "outlet:b")], [_claim(3, ClaimField.KILLED, Count(1, 1))])
    assert record.event_date == EventDate(date(2026, 11, 2), DatePrecision.WEEK)
    assert record.event_date.label == "by 2026-11-02"
    assert "earliest report at week precision" in record.rules["event_date"]
    assert record.facts_for(ClaimField.EVENT_DATE) == []  # no article claimed it: no fact


def test_a_date_an_article_gives_is_not_replaced_by_the_first_report() -> None:
    record = build_event_record(
        [_ref(3, "outlet:a"), _ref(2, "outlet:b")],
        [_claim(3, ClaimField.EVENT_DATE, EventDate(date(2026, 10, 30)))],
    )
    assert record.event_date == EventDate(date(2026, 10, 30), DatePrecision.DAY)


def _friday_and_saturday(claims: list[Claim]) -> EventRecord:
    """The record of two reports of one event, article 1 on a Friday and article 2 on the Saturday after."""
    friday, saturday = datetime(2026, 11, 6, 9), datetime(2026, 11, 7, 9)
    return build_event_record([_at(1, "outlet:a", friday), _at(2, "outlet:b", saturday)], claims)


def test_the_wounded_who_died_later_leave_the_count_of_the_wounded() -> None:
    record = _friday_and_saturday(
        [
            _claim(1, ClaimField.KILLED, Count(1, 1), "one person was killed"),
            _claim(1, ClaimField.INJURED, Count(4, 4), "four people were wounded"),
            _claim(2, ClaimField.KILLED, Count(2, 2), "the death toll rose to two"),
        ]
    )
    assert (record.killed, record.injured) == (2, 3)
    (fact,) = record.facts_for(ClaimField.INJURED)
    assert fact.value == "3" and "died later" in fact.note
    assert fact.sources[0].quote == "four people were wounded"


def test_a_report_after_the_toll_rose_keeps_its_count_of_the_wounded() -> None:
    record = _friday_and_saturday(
        [
            _claim(1, ClaimField.KILLED, Count(2, 2), "two people were killed"),
            _claim(2, ClaimField.KILLED, Count(1, 1), "one person was killed"),
            _claim(2, ClaimField.INJURED, Count(4, 4), "four people were wounded"),
        ],
    )
    assert record.injured == 4


def test_those_shot_less_the_dead_counted_elsewhere_are_the_wounded() -> None:
    # "four teens shot", worked out as four wounded by a report that names no dead, published after the toll
    same_day = datetime(2026, 11, 6, 9)
    shot = replace(_claim(2, ClaimField.INJURED, Count(4, 4), "four teens shot"), extractor=INFERRED_COUNT)
    record = build_event_record(
        [_at(1, "outlet:a", same_day), _at(2, "outlet:b", same_day)],
        [_claim(1, ClaimField.KILLED, Count(1, 1), "one person was killed"), shot],
    )
    assert record.injured == 3


def test_a_later_report_of_as_many_wounded_shows_none_of_them_died() -> None:
    record = _friday_and_saturday(
        [
            _claim(1, ClaimField.INJURED, Count(13, 13), "thirteen people were injured"),
            _claim(2, ClaimField.KILLED, Count(2, 2), "two people died"),
            _claim(2, ClaimField.INJURED, Count(13, 13), "left 13 people wounded"),
        ],
    )
    (fact,) = record.facts_for(ClaimField.INJURED)
    assert record.injured == 13 and fact.status is FactStatus.CORROBORATED and not fact.note

"""actor1 and actor2 of an event with ACLED's names and types, on invented sentences."""

from __future__ import annotations

from datetime import datetime

import pytest

from crosswire.extract import Extractor
from crosswire.extract.actor_types import type_actor
from crosswire.model import Actor, ActorRole, ActorType, Article, ClaimField


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Boko Haram militants", "Boko Haram - Wilayat Gharb Ifriqiyyah", ActorType.REBEL_GROUP),
        ("suspected al-Shabaab fighters", "Al Shabaab", ActorType.REBEL_GROUP),
        ("ISIS gunmen", "Islamic State", ActorType.REBEL_GROUP),
        ("Nigerian troops", "Military Forces of Nigeria", ActorType.STATE_FORCES),
        ("police officers", "Police Forces of Nigeria", ActorType.STATE_FORCES),
        ("unidentified gunmen", "Unidentified Armed Group (Nigeria)", ActorType.POLITICAL_MILITIA),
        ("villagers", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("hundreds of protesters", "Protesters (Nigeria)", ActorType.PROTESTERS),
        ("Fulani ethnic militia", "Fulani Ethnic Militia (Nigeria)", ActorType.IDENTITY_MILITIA),
        # unarmed officials and a family are civilians, whatever office the phrase names beside them
        ("the deputy governor", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("the wife", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("second deputy chairperson Musa Bello", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("four members of the Tiv ethnic group", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("a local council officer", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("an armed group", "Unidentified Armed Group (Nigeria)", ActorType.POLITICAL_MILITIA),
        # people named by their trade or their tie to someone are civilians
        ("two butchers", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("his neighbour", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("a local musician", "Civilians (Nigeria)", ActorType.CIVILIANS),
        ("a park ranger", "Military Forces of Nigeria", ActorType.STATE_FORCES),
        ("four civilians, an older woman, a girl and two men", "Civilians (Nigeria)", ActorType.CIVILIANS),
    ],
)
def test_type_actor_names_and_types_the_acled_way(phrase, name, kind):
    actor = type_actor(phrase, "Nigeria", country_names={"NG": "Nigeria"})
    assert actor is not None
    assert (actor.name, actor.actor_type) == (name, kind)


def test_another_countrys_soldiers_are_external_forces():
    actor = type_actor("Kenyan soldiers", "Somalia", country_names={"KE": "Kenya", "SO": "Somalia"})
    assert actor is not None
    assert (actor.name, actor.actor_type) == ("Military Forces of Kenya", ActorType.EXTERNAL_FORCES)


def test_a_countrys_own_soldiers_are_its_state_forces_under_the_gazetteers_name(extractor: Extractor) -> None:
    names = extractor.gazetteer.countries
    congo = names["CD"]
    for phrase, country, expected in (
        ("Pakistani soldiers", names["PK"], f"Military Forces of {names['PK']}"),
        ("Congolese soldiers", congo, f"Military Forces of {congo}"),
    ):
        actor = type_actor(phrase, country, country_names=names)
        assert actor is not None and (actor.name, actor.actor_type) == (expected, ActorType.STATE_FORCES)


def test_residents_of_a_protest_are_protesters():
    actor = type_actor("residents", "Tunisia", event_type="Protests")
    assert actor is not None
    assert actor.actor_type is ActorType.PROTESTERS


def test_a_phrase_naming_no_actor_gives_none():
    assert type_actor("the market", "Mali") is None


def roles(extractor: Extractor, text: str) -> dict[ActorRole, Actor]:
    article = Article(content_hash="x", source="t", title="", text=text, published=datetime(2026, 3, 2))
    analysis = extractor.analyse(article)
    found = [claim.value for claim in analysis.claims if claim.field is ClaimField.ACTOR]
    return {actor.role: actor for actor in found if isinstance(actor, Actor) and actor.role is not None}


def test_attacker_is_actor1_and_target_actor2(extractor: Extractor):
    found = roles(extractor, "On Sunday, Boko Haram militants attacked Kawuri village, killing five farmers.")
    assert found[ActorRole.ACTOR1].actor_type is ActorType.REBEL_GROUP
    assert found[ActorRole.ACTOR2].actor_type is ActorType.CIVILIANS


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the agent of a passive acted
        (
            "On Sunday, three soldiers were killed by gunmen near the border.",
            "Unidentified Armed Group",
            "state forces",
        ),
        # the object shared by coordinated verbs is the target of each
        (
            "On Sunday, Boko Haram militants attacked and briefly occupied a police post in Mavro.",
            "Boko Haram",
            "state forces",
        ),
        # a noun with a past participle suffered it
        (
            "Two soldiers shot by gunmen near Tarka died in hospital on Sunday.",
            "Unidentified Armed Group",
            "state forces",
        ),
    ],
)
def test_who_acted_and_who_suffered_are_read_from_the_parse(
    extractor: Extractor, text: str, actor1: str, actor2: str
) -> None:
    found = roles(extractor, text)
    assert found[ActorRole.ACTOR1].name.startswith(actor1)
    assert found[ActorRole.ACTOR2].actor_type is ActorType(actor2)


def test_alias_and_role_survive_the_json_round_trip():
    actor = Actor("Omar Omsen", ("Omar Diaby",), role=ActorRole.ACTOR1, actor_type=ActorType.REBEL_GROUP)
    assert Actor.from_json(actor.to_json()) == actor
    assert Actor.from_json({"name": "Omar Omsen", "aliases": []}) == Actor("Omar Omsen")


def test_clashes_between_name_both_sides(extractor: Extractor):
    found = roles(extractor, "On Sunday, clashes between soldiers and rebels broke out near the border town.")
    assert found[ActorRole.ACTOR1].actor_type is ActorType.STATE_FORCES
    assert found[ActorRole.ACTOR2].actor_type is ActorType.REBEL_GROUP


def test_police_acting_in_a_protest_are_the_other_side(extractor: Extractor):
    found = roles(extractor, "On Sunday, protesters marched to the town hall. Police fired tear gas at them.")
    assert found[ActorRole.ACTOR1].actor_type is ActorType.PROTESTERS
    assert found[ActorRole.ACTOR2].actor_type is ActorType.STATE_FORCES


def test_a_protest_with_unusual_participants_is_by_protesters(extractor: Extractor):
    found = roles(extractor, "On Sunday, pensioners staged a sit-in outside the ministry over unpaid stipends.")
    assert found[ActorRole.ACTOR1].actor_type is ActorType.PROTESTERS

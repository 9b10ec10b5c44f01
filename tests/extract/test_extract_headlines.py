"""Headline shorthand for one person hurt ("Boy stable after shooting") and for a shooting that wounds some."""

from __future__ import annotations

import pytest

from crosswire.extract.headlines import headline_counts, headline_dead
from crosswire.extract.sentences import Sentence
from crosswire.extract.tolls import choose_counts
from crosswire.model import ClaimField
from support import sentence


def title(text: str) -> Sentence:
    return Sentence(-1, text, -1, -1, None, in_title=True)


def wounded(text: str) -> tuple[int, int | None] | None:
    found = headline_counts(title(text)).get(ClaimField.INJURED)
    return None if found is None else (found.count.low, found.count.high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girl stable after accidental shooting", (1, 1)),
        ("Sheriff: 9-year-old boy critical after shooting in barn", (1, 1)),
        ("3-year-old 'serious' after shooting", (1, 1)),
        ("Deputy serious but stable after Tuesday shooting", (1, 1)),
        ("Toddler who was shot in critical condition", (1, 1)),
        ("Woman recovering after accidental shooting", (1, 1)),
        ("Boy, 4, wounded in shooting at birthday party", (1, 1)),
        ("Passerby hit as deputies confront armed man", (1, 1)),
        ("15-year-old suffers gunshot wound to the leg", (1, 1)),
        ("Dorset man accidentally shoots himself while cleaning rifle", (1, 1)),
        ("Farmer's son shoots own foot", (1, 1)),
        ("Stray bullet grazes Elmwood teen", (1, 1)),
        ("Late-night shooting wounds three", (3, 3)),
        ("Arrest made in shooting that injured 5", (5, 5)),
    ],
)
def test_headline_counts_reads_the_wounded_of_headline_shorthand(text: str, expected: tuple[int, int] | None) -> None:
    assert wounded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bullet strikes 8-year-old girl in Elmwood",  # one girl of eight, not eight people
        "Shooting injures 14-year-old near the lake",
    ],
)
def test_an_age_after_the_verb_is_one_person(text: str) -> None:
    assert wounded(text) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Boy dies after being shot in Elmwood",  # the one hurt may be the one who died
        "Man shoots himself outside bar",  # without "accidentally" as often a suicide
        "Man charged in shooting",
        "Police investigate shooting on Elm Street",
    ],
)
def test_headline_counts_stays_silent_where_it_cannot_tell(text: str) -> None:
    assert wounded(text) is None


def test_headline_counts_reads_titles_only() -> None:
    assert headline_counts(sentence("Woman recovering after accidental shooting")) == {}


def test_choose_counts_takes_the_headline_when_the_body_counts_no_wounded() -> None:
    sentences = [title("Girl stable after accidental shooting"), sentence("Deputies were called to a farm.", 0)]
    chosen = choose_counts(sentences)
    assert (chosen[ClaimField.INJURED].count.low, chosen[ClaimField.INJURED].count.high) == (1, 1)


def test_choose_counts_prefers_the_bodys_count_to_the_headline() -> None:
    sentences = [
        title("Woman recovering after shooting"),
        sentence("Three people were wounded when a gunman opened fire at a party.", 0),
    ]
    assert choose_counts(sentences)[ClaimField.INJURED].count.low == 3


def dead(text: str) -> tuple[int, int | None] | None:
    found = headline_dead(title(text))
    return None if found is None else (found.count.low, found.count.high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Man, woman killed in Elmwood shooting identified", (2, 2)),
        ("Police: Father, daughter found dead in Elmwood home", (2, 2)),
        ("Mother, son and grandson slain in Elmwood", (3, 3)),
        ("Man, 2-year-old boy dead after shooting", (2, 2)),
        ("Drive-by shooting kills teen girl, injures 4", (1, 1)),
        ("Accidental shooting takes life of Elmwood man", (1, 1)),
        ("Gunfire kills 3 outside Elmwood bar", (3, 3)),
        ("Sheriff: 6-year-old playing with gun shot and killed", (1, 1)),
        ("Man, 2 children killed in Elmwood house", (3, 3)),
    ],
)
def test_headline_dead_reads_listed_victims_and_killing_shootings(text: str, expected: tuple[int, int]) -> None:
    assert dead(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Man charged in killing of Elmwood woman",  # the one charged is not among the dead
        "Elmwood man found guilty of killing wife",  # a verdict: the killed come after what befell the man
        "Woman, 30, recovering after shooting",
    ],
)
def test_headline_dead_stays_silent_without_a_list_of_the_dead(text: str) -> None:
    assert dead(text) is None


def test_a_listed_death_toll_in_the_title_outnumbers_the_parse_of_its_last_victim() -> None:
    sentences = [title("Man, woman killed in Elmwood shooting"), sentence("Officers were called to a house.", 0)]
    assert choose_counts(sentences)[ClaimField.KILLED].count.low == 2
    fuller = [title("Man, woman killed in Elmwood shooting"), sentence("Three people were killed at the house.", 0)]
    assert choose_counts(fuller)[ClaimField.KILLED].count.low == 3


@pytest.mark.parametrize(
    "text",
    [
        "11-year-old Tennessee girl fatally shot over weekend",
        "Man holding baby dies in shooting",
        "Boy, 3, killed in Elmwood",
        "Teenage shooting victim found dead on porch",
    ],
)
def test_one_person_described_at_length_is_one_dead(text: str) -> None:
    assert dead(text) == (1, 1)


def test_people_listed_as_shot_in_a_title_are_the_wounded() -> None:
    assert wounded("Boy, girl shot in Elmwood") == (2, 2)
    assert wounded("Police: Man, woman and boy wounded at Elmwood party") == (3, 3)


def test_a_counted_group_listed_beside_a_person_adds_its_number() -> None:
    """ "Baby, 4 people injured": five, where the count pattern reads the four alone; a counted group with nobody
    beside it is left to the count patterns."""
    body = sentence("Someone opened fire on a house on Elm Street late Saturday, police said.", 0)
    listed = [title("Baby, 4 people injured in drive-by shooting in Elmwood"), body]
    assert choose_counts(listed)[ClaimField.INJURED].count.low == 5
    assert dead("3 people killed in Elmwood") is None


def test_a_counted_group_listed_as_shot_holds_the_dead_too() -> None:
    body = sentence("Four people were shot and one of them died at the hospital, police said.", 0)
    counts = choose_counts([title("Man, 3 others shot outside Elmwood bar"), body])
    assert counts[ClaimField.KILLED].count.low == 1
    assert counts[ClaimField.INJURED].count.low == 3

"""Counts of killed, injured, arrested and kidnapped people, from number phrases beside victim and outcome words."""

from __future__ import annotations

import pytest

from crosswire.extract.counts import choose_counts, find_counts, parse_number
from crosswire.extract.sentences import Sentence, is_background
from crosswire.model import ClaimField

KILLED, INJURED, ARRESTED, KIDNAPPED = (
    ClaimField.KILLED,
    ClaimField.INJURED,
    ClaimField.ARRESTED,
    ClaimField.KIDNAPPED,
)


def sentence(text: str, index: int = 0, year: int = 2026) -> Sentence:
    made = Sentence(index, text, 0, len(text))
    made.background = is_background(text, year)
    return made


def counts(text: str) -> dict[ClaimField, tuple[int, int | None]]:
    return {mention.field: (mention.count.low, mention.count.high) for mention in find_counts(sentence(text))}


def chosen(*texts: str) -> dict[ClaimField, tuple[int, int | None]]:
    sentences = [sentence(text, index) for index, text in enumerate(texts)]
    return {field: (m.count.low, m.count.high) for field, m in choose_counts(sentences).items()}


# --- parse_number --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("7", (7, 7)),
        ("1,300", (1300, 1300)),
        ("12,500", (12500, 12500)),
        ("2.5 million", (2_500_000, 2_500_000)),
        ("seven", (7, 7)),
        ("Eleven", (11, 11)),
        ("twenty-one", (21, 21)),
        ("forty two", (42, 42)),
        ("three hundred", (300, 300)),
        ("one hundred and five", (105, 105)),
        ("two thousand five hundred", (2500, 2500)),
        ("a dozen", (12, 12)),
        ("a couple of", (2, 2)),
    ],
)
def test_parse_number_exact(phrase, expected):
    assert parse_number(phrase) == expected


@pytest.mark.parametrize("phrase", ["dozens", "dozens of", "several", "hundreds of", "a few"])
def test_parse_number_vague_gives_a_range(phrase):
    low, high = parse_number(phrase)
    assert 2 <= low < high


def test_parse_number_dozens_is_at_least_two_dozen():
    low, high = parse_number("dozens")
    assert low == 24
    assert high > 24


def test_parse_number_hundreds_is_more_than_dozens():
    assert parse_number("hundreds")[0] > parse_number("dozens")[1]


@pytest.mark.parametrize("phrase", ["banana", "many", "", "seven bridges"])
def test_parse_number_rejects_non_numbers(phrase):
    assert parse_number(phrase) is None


# --- find_counts: one sentence -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 12 people in the village.", {KILLED: (12, 12)}),
        ("Seven soldiers were killed in the ambush.", {KILLED: (7, 7)}),
        ("Twenty-one people were killed.", {KILLED: (21, 21)}),
        ("Police arrested 40 suspects after the riot.", {ARRESTED: (40, 40)}),
        ("The gunmen abducted 15 students from a boarding school.", {KIDNAPPED: (15, 15)}),
        ("Three police officers were wounded.", {INJURED: (3, 3)}),
        ("The blast left three people dead.", {KILLED: (3, 3)}),
        ("The death toll rose to 31.", {KILLED: (31, 31)}),
        ("Rescuers said 1,300 people were injured.", {INJURED: (1300, 1300)}),
    ],
)
def test_find_counts_exact_numbers(text, expected):
    assert counts(text) == expected


def test_find_counts_at_least_is_open_ended():
    assert counts("At least seven soldiers were killed in the ambush.") == {KILLED: (7, None)}


def test_find_counts_more_than_is_open_ended_above_the_number():
    assert counts("More than 20 people were injured in the stampede.") == {INJURED: (21, None)}


def test_find_counts_word_range():
    assert counts("Three to five people were abducted from the farm.") == {KIDNAPPED: (3, 5)}


def test_find_counts_digit_range():
    assert counts("Between them, 10-12 protesters were detained.") == {ARRESTED: (10, 12)}


def test_find_counts_vague_dozens():
    assert counts("Dozens of protesters were arrested.") == {ARRESTED: parse_number("dozens")}


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed when the bomb exploded.",
        "A police officer was shot dead at the checkpoint.",
        "An elderly woman was killed in the fire.",
    ],
)
def test_find_counts_a_man_was_killed_is_one(text):
    assert counts(text) == {KILLED: (1, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "A 25-year-old man was shot dead outside his shop.",
        "A 30-year-old farmer was killed in the crossfire.",
        "A 25 year old man was killed in the crossfire.",
    ],
)
def test_find_counts_age_is_not_a_count(text):
    assert counts(text) == {KILLED: (1, 1)}


def test_find_counts_time_and_percent_are_not_counts():
    assert counts("Officials said 3 people were killed at 5 pm.") == {KILLED: (3, 3)}
    assert counts("Turnout fell 40% as protesters were arrested.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "No one was injured in the blast.",
        "No one was killed.",
        "Nobody was hurt, police said.",
        "No civilians were killed in the strike.",
        "None of the passengers were injured.",
        "Police said no arrests were made.",
    ],
)
def test_find_counts_negations_give_nothing(text):
    assert counts(text) == {}


def test_find_counts_killed_and_wounded_in_one_sentence():
    mentions = find_counts(sentence("The attackers killed nine people and wounded 14 others."))

    assert {(m.field, m.count.low, m.count.high) for m in mentions} == {(KILLED, 9, 9), (INJURED, 14, 14)}
    texts = {m.field: m.text for m in mentions}
    assert "nine" in texts[KILLED]
    assert "14" in texts[INJURED]


def test_find_counts_killed_a_soldier_and_injured_two():
    assert counts("The bomb killed a soldier and injured two civilians.") == {KILLED: (1, 1), INJURED: (2, 2)}


def test_find_counts_sentence_without_counts():
    assert counts("The governor condemned the attack and promised justice.") == {}


def test_find_counts_including_subset_keeps_the_total():
    assert counts("Ten people, including three children, were killed in the raid.") == {KILLED: (10, 10)}


# --- choose_counts: the article's count ----------------------------------------------------------------------


def test_choose_counts_ignores_background_toll_after_the_event():
    assert chosen(
        "Gunmen killed four villagers in an overnight raid.",
        "The insurgency has killed more than 30,000 people since 2009.",
    ) == {KILLED: (4, 4)}


def test_choose_counts_ignores_background_toll_before_the_event():
    assert chosen(
        "The insurgency has killed more than 30,000 people since 2009.",
        "On Sunday, gunmen killed four villagers in an overnight raid.",
    ) == {KILLED: (4, 4)}


def test_choose_counts_only_background_gives_nothing():
    assert chosen("The insurgency has killed more than 30,000 people since 2009.") == {}


def test_choose_counts_first_statement_wins_over_a_later_subset():
    assert chosen(
        "Gunmen killed eight people in the market.",
        "Two children were killed as they fled, a witness said.",
    ) == {KILLED: (8, 8)}


def test_choose_counts_revised_toll_replaces_the_first():
    assert chosen(
        "A bomb killed six people at the bus station.",
        "The death toll later rose to nine, a hospital official said.",
    ) == {KILLED: (9, 9)}


def test_choose_counts_keeps_each_field():
    assert chosen(
        "Gunmen killed nine people and wounded 14 others in the attack.",
        "Police later arrested three suspects.",
    ) == {KILLED: (9, 9), INJURED: (14, 14), ARRESTED: (3, 3)}


def test_choose_counts_adds_the_two_sides_of_a_fight_stated_apart():
    assert chosen(
        "Four soldiers were killed in the fighting.",
        "The army said 17 militants were killed.",
    ) == {KILLED: (21, 21)}


def test_choose_counts_adds_the_two_sides_of_a_fight_in_one_sentence():
    assert chosen("Five soldiers and 17 militants were killed in the clash.") == {KILLED: (22, 22)}


def test_people_shot_are_the_dead_and_the_wounded() -> None:
    def counts(*texts: str) -> dict[str, int]:
        chosen = choose_counts([Sentence(i, t, 0, len(t), None, doc_text=t) for i, t in enumerate(texts)])
        return {field.value: mention.count.low for field, mention in chosen.items()}

    assert counts("Police: Manhunt after 4 shot, 1 dead in Coney Island") == {"killed": 1, "injured": 3}
    assert counts("Four men shot in South Shore neighborhood") == {"injured": 4}
    assert counts("Woman accused of shooting 5 in a nightclub is sought") == {"injured": 5}
    assert counts("Two men were shot dead on Sunday.") == {"killed": 2}
    assert counts("The victim was shot 3 times in the chest.") == {}

"""Counts of killed, injured, arrested and kidnapped people in one sentence, from number phrases beside victim and
outcome words."""

from __future__ import annotations

import pytest

from crosswire.extract.counts import acled_fatalities, find_counts, parse_number
from crosswire.extract.sentences import is_background
from crosswire.model import ClaimField, Count
from support import sentence

KILLED, INJURED, ARRESTED, KIDNAPPED = (
    ClaimField.KILLED,
    ClaimField.INJURED,
    ClaimField.ARRESTED,
    ClaimField.KIDNAPPED,
)


def counts(text: str) -> dict[ClaimField, tuple[int, int | None]]:
    return {mention.field: (mention.count.low, mention.count.high) for mention in find_counts(sentence(text))}


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


def test_a_number_after_a_place_and_a_comma_counts_others_not_an_age():
    assert counts("Boy killed in Elmwood, 3 others injured")[INJURED] == (3, 3)
    assert INJURED not in counts("Jane Roe, 31, was injured")


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


def test_year_is_not_a_count():
    assert "killed" not in counts("On January 9, 2017 man dead after a brawl.") or counts(
        "On January 9, 2017 man dead after a brawl."
    )[KILLED] == (1, 1)


def test_a_curly_apostrophe_reads_as_a_straight_one():
    from crosswire.extract import Extractor
    from crosswire.model import Article
    from crosswire.settings import Settings

    extractor = Extractor.open(Settings(db="sqlite://").cache_dir)
    article = Article(content_hash="x", source="x", title="Teen recalls shooting", text="“I could’ve died,” he said.")
    claims = next(extractor.analyse_many([article])).claims
    assert not [claim for claim in claims if claim.field is KILLED]


def test_about_keeps_the_stated_figure():
    mention = find_counts(sentence("About 10 people were killed in the raid."))[0]
    assert (mention.count.low, mention.count.high, mention.count.best) == (8, 12, 10)


def test_father_of_five_is_not_five_killed():
    assert counts("A father of 5 killed in the crash was mourned.") != {KILLED: (5, 5)}


# --- ACLED's fatality convention -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (None, 0),
        (Count(7, 7, "seven soldiers were killed"), 7),
        (Count(3, 9, "several fighters were killed"), 10),
        (Count(24, 99, "dozens of people were killed"), 12),
        (Count(200, 999, "hundreds were killed"), 100),
        (Count(8, 12, "about 10 people", stated=10), 10),
        (Count(5, None, "at least five"), 5),
    ],
)
def test_acled_fatalities(count, expected):
    assert acled_fatalities(count) == expected


def test_count_json_is_backward_compatible():
    assert Count.from_json({"low": 2, "high": None, "phrase": "at least two"}) == Count(2, None, "at least two")
    assert Count(2, 2, "two").to_json() == {"low": 2, "high": 2, "phrase": "two"}
    full = Count(8, 12, "about 10", stated=10)
    assert Count.from_json(full.to_json()) == full


def test_a_force_reporting_its_own_operation_is_not_background():
    assert not is_background("The army has killed 20 bandits in an operation near the village.", 2026)
    assert is_background("The insurgency has killed more than 30,000 people in the region.", 2026)


@pytest.mark.parametrize(
    "text",
    [
        "At least 80 people were killed in the city in November alone.",
        "Police said 43 people have been shot since January.",
        "So far in March, 12 people have died in shootings.",
        "In the first six months of this year, minors died in accidental shootings.",
    ],
)
def test_a_months_tally_is_background(text: str) -> None:
    assert is_background(text, 2026)


def test_the_month_of_the_event_is_not_background() -> None:
    assert not is_background("The man was killed in May outside his home.", 2026)

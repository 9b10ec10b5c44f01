"""The ages an article states, the fingerprint clustering compares."""

from __future__ import annotations

from crosswire.extract.ages import stated_ages


def test_ages_with_a_unit_in_digits_or_words() -> None:
    text = (
        "A 16-year-old girl was shot on Elm Street. Her sixteen year old friend and a 9-month-old baby were "
        "unhurt; a 3-week-old puppy was too."
    )
    assert stated_ages(text) == ["16y", "3w", "9m"]


def test_an_age_set_off_by_commas_after_a_name() -> None:
    assert stated_ages("Police identified the victim as Jordan Reyes, 23, of Toledo.") == ["23y"]


def test_numbers_that_are_not_ages() -> None:
    text = "He was sentenced to 30 years. On March 5, 16 people gathered, and a 20-year plan was read."
    assert stated_ages(text) == []


def test_an_age_given_in_words_around_the_number() -> None:
    text = "Lena Ward died at 95 in her sleep. Her brother, aged 88, said she was sharp at the age of 90. He was 75."
    assert stated_ages(text) == ["75y", "88y", "90y", "95y"]


def test_a_number_with_a_unit_or_a_clock_time_after_those_words_is_no_age() -> None:
    text = (
        "He was 30 years in prison. She was 8 months pregnant and he was 5 feet away. The man died at 9 p.m. "
        "and the woman died at 3:15. He was 2,000 miles from home."
    )
    assert stated_ages(text) == []

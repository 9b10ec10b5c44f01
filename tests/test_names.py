"""Name keys: spelling variants and the titles written before a name fold into one key."""

from __future__ import annotations

import pytest

from crosswire.names import name_key, without_title


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Dr. Sanjay Gupta", "sanjay gupta"),
        ("Officer John-Paul Smith", "john paul smith"),
        ("Det. Sgt. Ana Kovac", "ana kovac"),
        ("Gov. Sarah Palin", "sarah palin"),
        ("Dr. Gupta", "gupta"),
    ],
)
def test_titles_before_a_name_are_left_out(written: str, key: str) -> None:
    assert without_title(name_key(written)) == key


@pytest.mark.parametrize(("written", "key"), [("Dr.", "dr"), ("Sheriff", "sheriff")])
def test_a_title_alone_stays(written: str, key: str) -> None:
    assert without_title(name_key(written)) == key


def test_a_name_that_only_contains_a_title_word_keeps_it() -> None:
    assert without_title(name_key("Ana Judge")) == "ana judge"

"""Who an article says says something, and the words that keep a claim at a distance."""

from __future__ import annotations

import pytest

from crosswire.extract import Extractor
from crosswire.extract.attribution import clause_around, find_attribution, find_hedge


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Troops surrounded the camp, said Syrian authorities, on Tuesday.", "said Syrian authorities"),
        ("The son of the commander also told AFP that clashes erupted after midnight.", "The son told AFP"),
        (
            "Two people were wounded, according to the regional health office.",
            "according to the regional health office",
        ),
        ("Police arrested three men on Friday.", None),
    ],
)
def test_attribution_names_the_source(extractor: Extractor, sentence: str, expected: str | None) -> None:
    assert find_attribution(extractor.nlp(sentence)[:], sentence) == expected


def test_a_hedge_reaches_only_its_own_clause() -> None:
    sentence = "Both sides reportedly suffered casualties, and at least two fighters were detained."
    assert find_hedge(clause_around(sentence, "reportedly suffered casualties")) == "reportedly"
    assert find_hedge(clause_around(sentence, "at least two fighters were detained")) is None


@pytest.mark.parametrize(
    ("clause", "hedge"),
    [
        ("the gunman allegedly kidnapped a girl", "allegedly"),
        ("around 50 people are believed to be part of the group", "are believed to"),
        ("the militants appear to have left the town", "appear to"),
        ("the militants left the town", None),
    ],
)
def test_hedges(clause: str, hedge: str | None) -> None:
    assert find_hedge(clause) == hedge

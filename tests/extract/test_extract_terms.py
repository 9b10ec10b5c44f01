"""The words and figures clustering compares articles by."""

from __future__ import annotations

import pytest

from crosswire.extract import Extractor
from crosswire.extract.terms import article_terms, figures

FIGURES = [
    ("Shots were fired in the 1200 block of Elm Street at 10:30 p.m.", ["#1200", "#10:30"]),
    ("The club agreed an eight-year, $180 million deal.", ["#180million"]),
    ("About 1,250 people marched; 12.5 percent of them were students.", ["#1250", "#12.5"]),
    ("The Hawks won 4-2 at home, and 3\u20131 away.", ["#4-2", "#3-1"]),
    ("The fight on Dec. 13, 2008 was his 52nd.", ["#13", "#2008", "#52"]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures_are_read_whole(text: str, expected: list[str]) -> None:
    assert figures(text) == expected


def test_a_digit_alone_is_no_figure() -> None:
    assert figures("2 men were shot at 5 p.m. on Route 9 and taken to 1 hospital.") == []


def _cosine(first: dict[str, float], second: dict[str, float]) -> float:
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())


def test_reports_that_share_their_figures_are_closer_than_a_look_alike(extractor: Extractor) -> None:
    """Two papers' template crime reports share every word; only the block and the time tell the shootings apart."""
    nlp = extractor.nlp

    def terms(title: str, text: str) -> dict[str, float]:
        return article_terms(nlp(title), nlp(text))

    title = "Man shot on Elm Street"
    first = terms(title, "A man was shot in the 1200 block of Elm Street at 10:30 p.m. Police are looking for a car.")
    again = terms(title, "A man was shot in the 1200 block of Elm Street around 10:30 p.m. Police seek a car.")
    other = terms(title, "A man was shot in the 4700 block of Elm Street at 1:45 a.m. Police are looking for a car.")
    assert "#1200" in first and "#10:30" in first
    assert _cosine(first, again) > _cosine(first, other)

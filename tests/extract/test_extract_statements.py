"""Statements reduced to what lets other wordings of them be recognised: predicate, subject, time, number."""

from __future__ import annotations

from crosswire.extract import Extractor
from crosswire.extract.sentences import split_sentences
from crosswire.extract.statements import canonical, find_statements, stem
from crosswire.model import Count, Statement, StatementDate


def _statements(extractor: Extractor, text: str, covered: list[str] | None = None) -> list[Statement]:
    sentences = split_sentences(extractor.nlp(text), 2026)
    return [mention.statement for mention in find_statements(sentences, covered or [])]


def _one(statements: list[Statement], predicate: str) -> Statement:
    found = [statement for statement in statements if statement.predicate == predicate]
    assert len(found) == 1, [(s.predicate, s.text) for s in statements]
    return found[0]


def test_word_forms_and_synonyms_meet() -> None:
    assert stem("moves") == stem("moved") == stem("move")
    assert stem("forces") == stem("force")
    assert canonical("encircled") == canonical("surrounds") == "surround"
    assert canonical("kidnapped") == canonical("abducted")


def test_taking_and_coming_to_power_are_one_predicate_with_their_times(extractor: Extractor) -> None:
    first = _statements(
        extractor, "The rebels fell out with the new authorities, who took power after the coup in December."
    )
    second = _statements(extractor, "The interim government, which came to power in November 2024, faces threats.")
    took, came = _one(first, "power"), _one(second, "power")
    assert took.subject == came.subject == "state"
    assert took.when == StatementDate(month=12) and came.when == StatementDate(2024, 11)
    assert not took.compatible(came)


def test_a_passive_with_an_agent_has_the_agent_as_subject(extractor: Extractor) -> None:
    led = _one(_statements(extractor, "The brigade is led by Karim Haddad, a former officer."), "lead")
    commands = _one(_statements(extractor, "Officials named Karim Haddad, who commands the brigade."), "lead")
    assert led.subject == commands.subject == "haddad"


def test_a_vague_number_keeps_a_range(extractor: Extractor) -> None:
    (members,) = [
        s for s in _statements(extractor, "Security sources said around 50 people are members of the cell.") if s.number
    ]
    assert members.number == Count(40, 60, "around 50")


def test_a_clause_that_a_count_claim_carries_is_not_repeated(extractor: Extractor) -> None:
    # killings, woundings, arrests are the count fields', however worded
    for text in (
        "Police detained at least two suspects on Friday.",
        "Nine persons lost their lives in the blast.",
        "Twenty-three others sustained injuries of varying degrees.",
    ):
        assert _statements(extractor, text) == [], text
    text = "Troops surrounded a camp of about 50 fighters near the border."
    assert _statements(extractor, text)
    assert _statements(extractor, text, covered=["about 50 fighters"]) == []


def test_purposes_without_a_subject_are_not_statements(extractor: Extractor) -> None:
    statements = _statements(extractor, "Troops launched an operation to capture the fighters.")
    assert [s.predicate for s in statements] == ["launch"]

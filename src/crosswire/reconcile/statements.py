"""Which statements of different articles are one statement in other words.

Extraction reduced each clause to a canonical predicate, a subject class, content stems and names. Two statements
are one when they share the predicate and their subjects agree (or, with a subject missing on one side, when their
words overlap enough); or, whatever their predicates, when most of their content words are the same. Matching is
single-link within a predicate, so a third wording joins the two it resembles.
"""

from __future__ import annotations

from collections import defaultdict

from crosswire.model import Claim, Statement

# Share of content stems two statements must have in common to be one...
SAME_WORDS = 0.5  # ...whatever their predicates
SAME_WORDS_ONE_SUBJECT = 0.3  # ...with one predicate, when a side names no subject


def _jaccard(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    mine, theirs = set(first), set(second)
    union = mine | theirs
    return len(mine & theirs) / len(union) if union else 0.0


def same_statement(first: Statement, second: Statement) -> bool:
    """True when two statements say the same thing about the same subject (their values may still differ)."""
    overlap = _jaccard(first.terms, second.terms)
    if overlap >= SAME_WORDS and len(set(first.terms) & set(second.terms)) >= 3:
        return True
    if first.predicate != second.predicate:
        return False
    if first.subject and second.subject:
        return first.subject == second.subject or bool(set(first.names) & set(second.names) & {first.subject})
    return overlap >= SAME_WORDS_ONE_SUBJECT or bool(set(first.names) & set(second.names))


def statement_topics(claims: list[Claim]) -> list[list[Claim]]:
    """The statement claims grouped into topics, each the reports of one statement; in order of first mention."""
    parent = list(range(len(claims)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    values = [claim.value for claim in claims]
    by_predicate: dict[str, list[int]] = defaultdict(list)
    for index, value in enumerate(values):
        if isinstance(value, Statement):
            by_predicate[value.predicate].append(index)
    by_term: dict[str, list[int]] = defaultdict(list)
    for index, value in enumerate(values):
        if isinstance(value, Statement):
            for term in value.terms:
                by_term[term].append(index)
    candidates: set[tuple[int, int]] = set()
    for members in by_predicate.values():
        candidates.update((a, b) for position, a in enumerate(members) for b in members[position + 1 :])
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in by_term.values():
        if len(members) <= 50:  # a word in every statement tells nothing
            for position, a in enumerate(members):
                for b in members[position + 1 :]:
                    shared[(a, b)] += 1
    candidates.update(pair for pair, count in shared.items() if count >= 3)
    for a, b in sorted(candidates):
        first, second = values[a], values[b]
        if (
            claims[a].article_id != claims[b].article_id
            and isinstance(first, Statement)
            and isinstance(second, Statement)
            and same_statement(first, second)
        ):
            parent[root(b)] = root(a)
    topics: dict[int, list[Claim]] = {}
    for index, claim in enumerate(claims):
        topics.setdefault(root(index), []).append(claim)
    return list(topics.values())

"""Who an article says says something, and how far it distances itself from it.

A reader weighs "police said two were killed" differently from "two were reportedly killed" and from the outlet's
own statement. Both are read off the clause that carries a claim: the attribution from the speech verb and its
subject ("said Syrian authorities", "told AFP", "according to the Syrian Observatory"), the hedge from a small
lexicon of distancing words ("allegedly", "reportedly", "believed to").
"""

from __future__ import annotations

import re
from typing import Any

_SPEECH_VERBS = frozenset(
    [
        "say",
        "said",
        "says",
        "saying",
        "tell",
        "told",
        "tells",
        "state",
        "stated",
        "states",
        "report",
        "reported",
        "reports",
        "confirm",
        "confirmed",
        "confirms",
        "announce",
        "announced",
        "announces",
        "claim",
        "claimed",
        "claims",
        "add",
        "added",
        "explain",
        "explained",
        "note",
        "noted",
        "write",
        "wrote",
        "tweet",
        "tweeted",
        "post",
        "posted",
        "allege",
        "alleged",
        "alleges",
        "insist",
        "insisted",
        "declare",
        "declared",
        "warn",
        "warned",
    ]
)
_HEDGES = re.compile(
    r"\b(allegedly|alleged|reportedly|purportedly|apparently|supposedly|unconfirmed|unverified|possibly|probably"
    r"|(?:is|are|was|were) (?:believed|thought|said|understood|reported) to"
    r"|appear(?:s|ed)? to|seem(?:s|ed)? to|may have|might have|could have|suspected|rumou?red)\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\baccording to ((?:[^,.;:()\"“”]){2,80}?)(?=[,.;:()\"“”]|$)", re.IGNORECASE)
# A clause boundary inside a sentence: the hedge of one clause does not reach the next ("X reportedly suffered
# casualties, and at least two were detained").
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|though|although|while|whereas)\b|;|\bwhile\b|\bthough\b|\bbut\b")
_MAX_SOURCE_WORDS = 9


def clause_around(sentence: str, text: str) -> str:
    """The clause of `sentence` that holds `text` (the whole sentence when `text` is not found in it)."""
    position = sentence.find(text) if text else -1
    if position < 0:
        return sentence
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position + len(text):
            end = match.start()
            break
    return sentence[start:end]


def find_hedge(clause: str) -> str | None:
    """The distancing word of a clause, lower-cased, or None when the clause asserts plainly."""
    match = _HEDGES.search(clause)
    return match.group(1).lower() if match else None


def find_attribution(span: Any, sentence: str) -> str | None:
    """The words that name the source of a sentence ("said Syrian authorities", "told AFP"), or None.

    `span` is the sentence's spaCy span (its parse finds the speech verb's subject); `sentence` its text, used
    when there is no parse.
    """
    according = _ACCORDING_TO.search(sentence)
    if according:
        return f"according to {according.group(1).strip()}"
    if span is None:
        return None
    for token in span:
        if token.lower_ not in _SPEECH_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [child for child in token.children if child.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        source = _short_phrase(subject)
        recipient = ""
        if token.lower_ in ("told", "tell", "tells"):
            recipients = [child for child in token.children if child.dep_ in ("dobj", "dative", "iobj")]
            if recipients:
                recipient = " " + _short_phrase(recipients[0])
        if subject.i < token.i:
            return f"{source} {token.text}{recipient}"
        return f"{token.text}{recipient} {source}"
    return None


def _short_phrase(head: Any) -> str:
    """A noun with the words before it that belong to it ("Syrian authorities", "FRANCE 24's terrorism expert"),
    without the clauses after it that can run on for a line."""
    words = [token for token in head.subtree if token.i <= head.i]
    if len(words) > _MAX_SOURCE_WORDS:
        words = words[-_MAX_SOURCE_WORDS:]
    return "".join(token.text_with_ws for token in words).strip(" ,")

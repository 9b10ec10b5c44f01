"""Typographic apostrophes spelled the plain way before anything reads a text.

spaCy's English model learned its contractions from text with straight apostrophes: it splits "could've" into
"could" and "'ve" but takes "could’ve" for a noun, and "n’t" and "’s" fare no better. Most outlets set curly
apostrophes, so every parse of their text (counts, actors, dates) suffers. The mapping is one character for one,
which keeps every character offset valid.
"""

from __future__ import annotations

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def plain_apostrophes(text: str) -> str:
    """The text with its typographic apostrophes (and single quotes) as ASCII apostrophes, offsets unchanged."""
    return text.translate(_APOSTROPHES)

"""How place and actor names are compared: one normal form for spelling variants of the same name."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"[’'`‘ʿʾ´]")
_SEPARATORS = re.compile(r"[\s\-–—_./]+")


def name_key(name: str) -> str:
    """Fold case, accents, apostrophes and hyphens: "Ḩārim", "Harim" and "harim" share one key."""
    decomposed = unicodedata.normalize("NFKD", name)
    without_marks = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = _APOSTROPHES.sub("", without_marks.casefold())
    return _SEPARATORS.sub(" ", folded).strip()


def is_latin(name: str) -> bool:
    """Alternate names in other scripts are of no use for matching English text and would bloat the index."""
    return all(ord(char) < 0x250 or unicodedata.combining(char) for char in unicodedata.normalize("NFKD", name))


# Titles and ranks written before a name: one report writes "Dr. Sanjay Gupta" or "Officer John Smith", another
# "Sanjay Gupta" or "John Smith", and both name the same person.
_TITLES = frozenset(
    {
        *("dr", "mr", "mrs", "ms", "miss", "prof", "rev", "sir"),
        *("gov", "sen", "rep", "mayor", "president", "pres", "judge"),
        *("sheriff", "deputy", "officer", "det", "sgt", "lt", "capt"),
    }
)


def without_title(key: str) -> str:
    """A name key (see `name_key`) without the titles before the name; a title alone stays what it is."""
    words = key.split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)

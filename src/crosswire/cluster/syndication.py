"""Syndicated copies: one wire story reprinted by several sites, with light edits, is one origin.

Copies are found by MinHash over word 5-shingles, with an LSH index so that a new article is compared only with
likely copies. Two reports of the same event written separately share few five-word runs; two prints of one wire
story share most of them. Quoting a wire agency ("told AFP") is not copying it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from itertools import islice
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch pulls in scipy (a third of a second): imported when first needed, so that
    from datasketch import MinHash  # listing events does not pay for it

NUM_PERM = 128
SHINGLE = 5
COPY_THRESHOLD = 0.5
# A short text that does not tell its own story shows nothing by being shared: the login prompts that two sites
# served in place of two different stories ("Thank you for registering!") are identical. A short wire brief is told
# apart from them by repeating a word of its headline. On GVA, of the copies found among texts under 40 words, 14
# joined different incidents and 3 the same one; among longer texts, 35 of 35 were the same incident.
MIN_COPY_WORDS = 40
_HEADLINE_WORD = 5  # letters at least: a headline's words that say what it is about ("Konduga", not "one")
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
_WORD = re.compile(r"\w+", re.UNICODE)


def text_signature(text: str) -> MinHash:
    """MinHash of the text's word 5-shingles, insensitive to case, punctuation and quote style."""
    from datasketch import MinHash

    words = _WORD.findall(text.casefold())
    signature = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return signature


def tells_no_story(title: str, text: str) -> bool:
    """Whether the text is too short, and too far from its headline, for sharing it to show that one article copies
    another: a site's template scraped in place of the story."""
    words = [match.group() for match in islice(_WORD.finditer(text.casefold()), MIN_COPY_WORDS)]
    if len(words) >= MIN_COPY_WORDS:  # only the first words are read: a long text is told by its length alone
        return False
    headline = {word for word in _WORD.findall(title.casefold()) if len(word) >= _HEADLINE_WORD}
    return not headline.intersection(words)


def signature_to_bytes(signature: MinHash) -> bytes:
    return bytes(np.asarray(signature.hashvalues, dtype=np.uint64).tobytes())


def signature_from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64).copy(), scheme=SCHEME)


COPY_WINDOW = timedelta(days=7)


class SyndicationIndex:
    """Remembers article signatures and tells, for a new article, which earlier article it copies.

    Reprints of a wire story appear within days of each other. The same text months apart is a site's template
    (a login prompt, a cookie notice scraped instead of the article), not syndication, so copies must be
    published within a week of each other when both dates are known.
    """

    def __init__(self, threshold: float = COPY_THRESHOLD) -> None:
        self.threshold = threshold
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[int, tuple[MinHash, datetime | None]] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: int, signature: MinHash, published: datetime | None = None) -> None:
        if article_id in self._signatures:
            return
        self._lsh.insert(str(article_id), signature)
        self._signatures[article_id] = (signature, published)

    def find_copy_of(self, signature: MinHash, published: datetime | None = None) -> tuple[int, float] | None:
        """The earliest stored article this signature copies, with the estimated similarity; None if none."""
        matches = []
        for key in self._lsh.query(signature):
            stored, stored_published = self._signatures[int(key)]
            if published and stored_published and abs(published - stored_published) > COPY_WINDOW:
                continue
            similarity = signature.jaccard(stored)
            if similarity >= self.threshold:
                matches.append((int(key), similarity))
        if not matches:
            return None
        return min(matches)

"""Typographic apostrophes become plain ones, one character for one."""

from __future__ import annotations

from crosswire.typography import plain_apostrophes


def test_curly_apostrophes_and_single_quotes_become_plain_with_offsets_kept():
    text = "‘It’s over,’ the mayor’s aide said; they couldn’t stay."
    plain = plain_apostrophes(text)
    assert plain == "'It's over,' the mayor's aide said; they couldn't stay."
    assert len(plain) == len(text)


def test_text_without_them_is_unchanged():
    assert plain_apostrophes('He said "no" twice.') == 'He said "no" twice.'

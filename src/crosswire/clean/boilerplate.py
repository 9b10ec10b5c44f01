"""Line-level removal of site boilerplate from plain text: what a copied web page carries besides the article.

The filter removes whole lines (paragraphs) only, and only those that match a known kind of boilerplate, so that
every sentence of the article survives. Some kinds open a block: a legal disclaimer runs on until its closing
sentence or a blank line, and a "Check Also" teaser is followed by the teased headline and excerpt.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

# Lines that are boilerplate on their own.
_LINE_PATTERNS = [
    # comment prompts
    r"leave a (reply|comment)\b.*",
    r"(post|add|submit) (a |your )?comment\b.*",
    r"cancel reply",
    r"your email address will not be published\b.*",
    r"required fields are marked\b.*",
    r"\d+ comments?",
    r"comments?( \(\d+\))?:?",
    # share prompts and follow prompts
    r"(share|tweet|email|print)( this)?( (article|story|post|page))?( on| via| with)?"
    r"( (facebook|twitter|x|whatsapp|linkedin|telegram|email)[\s,/|]*)*\.?",
    r"share (on|via) .{0,60}",
    r"click (here )?to (share|print|email)\b.*",
    r"follow us on\b.*",
    r"(subscribe|sign up)( now)? (to|for) (our|the) (daily )?(newsletter|updates|alerts)\b.*",
    r"(join|get) our (newsletter|whatsapp channel|telegram channel)\b.*",
    r"advertisement",
    r"(story|article) continues (below|after) (the )?advertisement",
    # syndication notes
    r"(published|distributed|syndicated|provided) (via|by|through) [^,;.]{2,50}\.?",
    r"(source|via|courtesy of)\s*:\s*.{2,60}",
    # copyright lines
    r"(©|\(c\)|copyright)\s*(\d{4})?.{0,100}",
    r".{0,80}all rights reserved\.?",
    # bylines of the site
    r"by (?-i:[A-Z][\w.'-]*)( (?-i:[A-Z][\w.'-]*)){0,4}\s*[|•·—–-]\s*[^.!?]{2,60}",
    r"by (staff|our) (reporter|correspondent|writer)s?\b.{0,60}",
    r"by (?-i:[A-Z][\w.'-]*)( (?-i:[A-Z][\w.'-]*|de|van|al|el|bin)){0,4}(,? (?-i:[A-Z])[\w ]{2,40})?",
    r"(posted|written|published) by [^,;.]{2,60}\.?",
    r"(posted|published|updated) (on|at):?\s.{0,40}",
    # teasers that stand alone
    r"(related|read also|also read|read more|see also|recommended|more from|you may also like|don'?t miss)"
    r"(\s*[:|»>–—-].{0,160})?",
    # "Related Coverage Man killed in overnight Dayton shooting identified": a link to another story
    r"related (coverage|content|links|videos?|headlines)\b.{0,160}",
    # "+ 1 dead, 1 wounded in Park Hill shooting": a bulleted link to another story, a headline without a full stop
    r"\+ [^.!?]{2,160}",
]

# Lines that open a block of boilerplate: the header and what follows belong together.
_TEASER_HEADERS = re.compile(
    r"^(check also|related (articles|stories|posts|news|coverage|content)|read (also|more)|you may also like"
    r"|more stories)\s*:?$",
    re.IGNORECASE,
)
_DISCLAIMER_HEADER = re.compile(r"^(legal )?disclaimer\s*:?", re.IGNORECASE)
_DISCLAIMER_SENTENCES = re.compile(
    r"(provides? (the|this)\b.{0,80}\bas is\b|without warranty of any kind|we do not accept any responsibility"
    r"|copyright issues related to this article|kindly contact the (provider|author)|"
    r"the views expressed (here|in this article)|this (content|article) (is|was) (provided|produced) by)",
    re.IGNORECASE,
)
_PROVIDER = re.compile(r"^(?P<name>[A-Z][\w.&' -]{1,40}?) provides? (the|this)\b")
_TEASER_LINE_MAX = 160

_LINE_RE = re.compile(r"^(" + "|".join(_LINE_PATTERNS) + r")$", re.IGNORECASE)


@dataclass
class FilteredText:
    """The lines kept, how many were removed, and the outlet named by a syndication disclaimer, if any."""

    lines: list[str]
    removed: int = 0
    provider: str | None = None
    removed_lines: list[str] = field(default_factory=list)


_MENU_SEPARATORS = re.compile(r"\s+[|•·»>/]\s+")


def _is_menu(line: str) -> bool:
    """Navigation and breadcrumbs: short items between separators ("Home | Politics | Security")."""
    items = _MENU_SEPARATORS.split(line)
    return len(items) >= 2 and all(0 < len(item.split()) <= 4 and not item.endswith((".", "?", "!")) for item in items)


def is_boilerplate_line(line: str) -> bool:
    """True for a line that is boilerplate on its own (comment prompt, share prompt, byline, teaser...)."""
    stripped = line.strip()
    if not stripped:
        return False
    if _LINE_RE.match(stripped) or _is_menu(stripped):
        return True
    return bool(_TEASER_HEADERS.match(stripped) or _DISCLAIMER_HEADER.match(stripped))


def filter_boilerplate(text: str) -> FilteredText:
    """Drop boilerplate lines and blocks from `text`, keeping every other non-empty line in order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    result = FilteredText(lines=[])
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        index += 1
        if not stripped:
            continue
        if _DISCLAIMER_HEADER.match(stripped) or _DISCLAIMER_SENTENCES.search(stripped):
            index = _skip_disclaimer(lines, index - 1, result)
            continue
        if _TEASER_HEADERS.match(stripped):
            _remove(result, stripped)
            index = _skip_teaser(lines, index, result)
            continue
        if _LINE_RE.match(stripped) or _is_menu(stripped):
            _remove(result, stripped)
            continue
        result.lines.append(stripped)
    return result


def _remove(result: FilteredText, line: str) -> None:
    result.removed += 1
    result.removed_lines.append(line)


def _skip_disclaimer(lines: list[str], start: int, result: FilteredText) -> int:
    """A disclaimer runs from its header over its hard-wrapped lines and the disclaimer sentences that follow.

    It stops at the first line that is neither the continuation of an unfinished sentence nor itself disclaimer
    language, so a one-line disclaimer above the article takes nothing of the article with it.
    """
    index = start
    block: list[str] = []
    while index < len(lines):
        stripped = lines[index].strip()
        if not stripped:
            if block and _finished(block[-1]):
                break
            index += 1
            continue
        if block and _DISCLAIMER_HEADER.match(stripped):
            break  # a second disclaimer: let the caller open it, so its provider is seen too
        if block and _finished(block[-1]) and not _DISCLAIMER_SENTENCES.search(stripped):
            break
        block.append(stripped)
        index += 1
        if re.search(r"contact the (provider|author)\b.*$", stripped, re.IGNORECASE):
            break
    joined = " ".join(block)
    provider = _PROVIDER.search(re.sub(_DISCLAIMER_HEADER, "", joined).strip())
    if provider and result.provider is None:
        result.provider = provider.group("name").strip()
    for line in block:
        _remove(result, line)
    return index


def _finished(line: str) -> bool:
    """A line that ends a sentence (a bare "Legal Disclaimer:" header does not)."""
    return bool(re.search(r"[.!?\"”)]$", line)) and not _DISCLAIMER_HEADER.fullmatch(line)


def _skip_teaser(lines: list[str], index: int, result: FilteredText) -> int:
    """After "Check Also" comes the teased headline and, often, an excerpt cut off with an ellipsis."""
    for position in range(2):
        while index < len(lines) and not lines[index].strip():
            index += 1
        if index >= len(lines):
            break
        stripped = lines[index].strip()
        cut_off = stripped.endswith(("…", "...", "[…]", "[...]"))
        headline = len(stripped) <= _TEASER_LINE_MAX and not re.search(r"[.!?\"”]$", stripped)
        if not (cut_off or (position == 0 and headline)):
            break
        _remove(result, stripped)
        index += 1
    return index


TEMPLATE_LINE_MIN_CHARS = 30


def line_hash(line: str) -> str:
    """Identity of a line of text for spotting repeats across articles (case and spacing ignored)."""
    normal = " ".join(line.casefold().split())
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=16).hexdigest()


def template_candidates(text: str) -> dict[str, str]:
    """The lines of a text long enough to be judged as a site's template text, by their hash."""
    return {line_hash(line): line for line in text.split("\n") if len(line.strip()) >= TEMPLATE_LINE_MIN_CHARS}


def drop_lines(text: str, hashes: set[str]) -> tuple[str, int]:
    """The text without the lines whose hash is in `hashes`, and how many lines went."""
    kept, dropped = [], 0
    for line in text.split("\n"):
        if len(line.strip()) >= TEMPLATE_LINE_MIN_CHARS and line_hash(line) in hashes:
            dropped += 1
        else:
            kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n"), dropped

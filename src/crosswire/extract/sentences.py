"""Sentences of an article with their offsets and the cues that every extractor reads.

A sentence is "background" when it reports something other than the event: the war's toll since 2011, past
attacks, a designation years ago. Counts, dates and places in background sentences are not the event's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from crosswire.extract.attribution import find_attribution

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_BACKGROUND_CUES = re.compile(
    r"\b(since (19|20)\d\d|since the (start|beginning)|civil war|so far this year|last year|in recent (years|months)"
    r"|over the (past|last) (years?|decades?|months)|past (attacks|incidents|years)|previous(ly)?|in total"
    r"|the (conflict|insurgency|war|violence|unrest) (has|have|that)"
    r"|earlier (attacks|this year)|a similar|another (attack|incident) (in|last)"
    r"|last (summer|winter|spring|fall|autumn)|so far in (19|20)\d\d|so far this (year|month)|this year alone"
    r"|(each|every|per) year|in separate (shootings|incidents|attacks)|(months|years|decades) (ago|earlier)"
    r"|(a|one|two|three) (little )?more than a (month|year) (after|before|ago)"
    r"|(in )?(" + _MONTHS + r"|this month|this week|the month|the year) alone|since (" + _MONTHS + r")"
    r"|so far (this|in) (" + _MONTHS + r")|(first|past|last) (\w+ )?(months|weeks) of (this|the|last) year)\b",
    re.IGNORECASE,
)
# A tally over several incidents: "2 dead, 4 hurt in 3 shootings in Denver", "16 wounded in shootings across
# Chicago", "between two shootings". Its figures add up other events' victims, so they are not this event's toll
# (its place and date still are the article's, which is why it is not background).
_ROUNDUP = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|separate|numerous|unrelated|weekend|overnight)"
    r" (?:separate |different |unrelated |other )?(?:shootings|shooting incidents|incidents|attacks)\b"
    r"|\bshootings (?:across|around|throughout)\b|\bbetween (?:the )?two shootings\b"
    r"|\b(?:series|string|spate|rash|wave) of (?:\w+ )?shootings\b"
    # "another violent weekend in Chicago": a weekend's tally
    r"|\b(?:violent|bloody|deadly) (?:holiday )?weekend\b"
    # "The bloodshed in Brownsville this year has included a stray bullet hitting a baby ...": the year's toll
    r"|\b(?:bloodshed|violence|shootings|killings|homicides)\b[^.;]{0,60}\bthis year\b[^.;]{0,20}\b(?:has|have)"
    r" (?:included|seen)\b",
    re.IGNORECASE,
)
# What closes a sentence or a quote: a short paragraph ending without it is a headline or a subhead.
_CLOSED = re.compile(r"[.!?:;\"”'’)…]$")
_TEASER_MAX_WORDS = 20
_FINISHED_PARAGRAPH = re.compile(r"[.!?\"”]\s*\n")
# The lead: the body's first sentences, where a news report says what happened (the title is not part of it).
LEAD_SENTENCES = 3
EVENT_TRIGGERS = re.compile(
    r"\b(attack\w*|clash\w*|fight\w*|battle\w*|operation|raid\w*|storm\w*|ambush\w*|shot|shoot\w*|gun\w*|fire[ds]?"
    r"|kill\w*|dead|died|wound\w*|injur\w*|bomb\w*|blast|explo\w*|strike|airstrike\w*|shell\w*|arrest\w*"
    r"|detain\w*|kidnap\w*|abduct\w*|protest\w*|demonstrat\w*|riot\w*|march\w*|rall(y|ies)|stab\w*|assault\w*"
    r"|seiz\w*|captur\w*|surround\w*|casualt\w*|erupted|violence|police|troops|forces|militants?)\b",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    """One sentence of the article text (or the title, index -1) with its character span in the text."""

    index: int
    text: str
    start: int
    end: int
    span: Any = field(repr=False, default=None)  # the spaCy Span, when parsed
    background: bool = False
    in_title: bool = False
    ents: list[Any] = field(default_factory=list, repr=False)  # the spaCy entities inside this sentence
    doc_text: str = field(default="", repr=False)  # the whole text (spaCy rebuilds Doc.text on every access)

    @cached_property
    def attribution(self) -> str | None:
        """Who the sentence says says it, read once for all the claims quoting it."""
        return find_attribution(self.span, self.text)

    @property
    def in_lead(self) -> bool:
        return not self.in_title and 0 <= self.index < LEAD_SENTENCES

    @cached_property
    def is_roundup(self) -> bool:
        """Whether the sentence tallies several incidents, so that its counts are not one event's."""
        return _ROUNDUP.search(self.text) is not None

    @cached_property
    def is_teaser(self) -> bool:
        """Whether the sentence is a short paragraph of its own inside the body with no closing punctuation: a link
        to another story ("Brooklyn dad, girlfriend found dead as cops eye murder-suicide") or a subhead. A link's
        figures are another event's, and a subhead repeats the story's, so neither gives the toll."""
        text = self.doc_text
        if self.in_title or self.start == 0 or not text:
            return False
        alone = text[self.start - 1] == "\n" and (self.end >= len(text) or text[self.end] == "\n")
        if not alone or not 3 <= len(self.text.split()) <= _TEASER_MAX_WORDS or _CLOSED.search(self.text):
            return False
        # inside the body: after a paragraph of finished sentences (a page copied as a list of headlines has none,
        # and its headlines are all it says of the event)
        return _FINISHED_PARAGRAPH.search(text, 0, self.start) is not None

    @property
    def not_the_toll(self) -> bool:
        """Whether the sentence's figures are not the event's toll: background, a tally of several incidents, or a
        teaser."""
        return self.background or self.is_roundup or self.is_teaser

    @property
    def has_trigger(self) -> bool:
        return EVENT_TRIGGERS.search(self.text) is not None


# "has killed more than 30,000": a cumulative toll. "The army has killed 20 bandits" is the event's own report.
_CUMULATIVE_TOLL = re.compile(
    r"\b(has|have) (killed|left)\b[^.;]{0,40}?\b(\d{1,3}(,\d{3})+|\d{4,}|hundreds|thousands|millions?|tens of)\b",
    re.IGNORECASE,
)


def has_background_cue(text: str) -> bool:
    """Whether a sentence says in words that it tells history or totals ("previously", "a similar attack")."""
    return bool(_BACKGROUND_CUES.search(text) or _CUMULATIVE_TOLL.search(text))


def is_background(text: str, reference_year: int | None) -> bool:
    """True when a sentence reports history or totals rather than the event itself."""
    if has_background_cue(text):
        return True
    years = {int(year) for year in _YEAR.findall(text)}
    if reference_year is not None:
        return any(year < reference_year for year in years)
    return False


def split_sentences(doc: Any, reference_year: int | None) -> list[Sentence]:
    """The sentences of a parsed text, each marked as background or not.

    A paragraph break always ends a sentence: spaCy sometimes runs a dateline or a heading into the next line.
    """
    sentences: list[Sentence] = []
    doc_text = doc.text
    for span in doc.sents:
        offset = span.start_char
        for part in re.split(r"(\n\s*\n)", span.text):
            text = part.strip()
            if text:
                start = offset + part.index(text[0])
                piece = doc.char_span(start, start + len(text), alignment_mode="expand")
                sentence = Sentence(len(sentences), text, start, start + len(text), piece, doc_text=doc_text)
                sentence.background = is_background(text, reference_year)
                sentences.append(sentence)
            offset += len(part)
    _attach_entities(sentences, list(doc.ents))
    return sentences


def _attach_entities(sentences: list[Sentence], ents: list[Any]) -> None:
    """Give each sentence its entities in one pass (spaCy's Span.ents rescans the whole document every time)."""
    position = 0
    for ent in ents:
        while position < len(sentences) and sentences[position].end <= ent.start_char:
            position += 1
        if position < len(sentences) and sentences[position].start <= ent.start_char:
            sentences[position].ents.append(ent)

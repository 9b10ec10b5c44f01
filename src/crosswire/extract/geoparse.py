"""Geoparsing on its own: every place mention of a text, resolved, with the candidates behind each choice.

The article pipeline needs one event place; evaluation and users who ask "where does this text point" need every
mention. Adjectives of place ("Syrian", "French") are reported here as mentions of their country, since a reader
takes them so, although the event place never comes from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crosswire.extract.demonyms import demonym_code, demonym_country
from crosswire.extract.gazetteer import Gazetteer
from crosswire.extract.places import (
    Toponym,
    article_evidence,
    broadcaster_side,
    choose_event_place,
    find_toponyms,
    resolve_toponyms,
)
from crosswire.extract.sentences import Sentence, split_sentences
from crosswire.model import Place
from crosswire.names import name_key

_KEPT_CANDIDATES = 5


@dataclass(frozen=True)
class PlaceMention:
    """A place mention and what it was resolved to (None when the gazetteer knows no place of that name)."""

    text: str
    start: int
    end: int
    place: Place | None
    candidates: list[tuple[Place, float]] = field(default_factory=list)  # the best few, with their scores
    adjective: bool = False  # "Syrian": a country named by its adjective
    guessed: bool = False  # unknown to the gazetteer; the place is the town the text is mostly about

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "place": self.place.to_json() if self.place else None,
            "candidates": [{"place": place.to_json(), "score": score} for place, score in self.candidates],
            "adjective": self.adjective,
            "guessed": self.guessed,
        }


def geoparse_doc(
    doc: Any, gazetteer: Gazetteer, spans: list[tuple[int, int]] | None = None, reference_year: int | None = None
) -> list[PlaceMention]:
    """Place mentions of a parsed text: those found in it, or, when `spans` are given, exactly those spans.

    With spans given (an annotated corpus, a user's own selection), the mentions found in the text still serve as
    context, so that "Harem" next to "Idlib" resolves as it would in the article.
    """
    sentences = split_sentences(doc, reference_year)
    found = find_toponyms(sentences, gazetteer, keep_unknown=True)
    adjectives = _adjective_mentions(sentences, gazetteer)
    entities = [(ent.text, ent.label_) for ent in doc.ents]
    text = doc.text  # spaCy rebuilds it on every access
    evidence, areas = article_evidence(entities, text, gazetteer)
    side = broadcaster_side(text)
    if spans is None:
        toponyms = found + [toponym for toponym in adjectives if not _overlaps(toponym, found)]
        resolve_toponyms(toponyms, evidence, gazetteer, areas, side)
        is_adjective = {id(toponym) for toponym in adjectives}
        mentions = sorted((_mention(t, id(t) in is_adjective) for t in toponyms), key=lambda mention: mention.start)
        return _guess_unknown(mentions, toponyms, gazetteer)
    by_span: dict[tuple[int, int], Toponym] = {}
    for toponym in [*found, *adjectives]:
        kept = by_span.get((toponym.start, toponym.end))
        if kept is None or not kept.qualified:  # a dateline's town, settled by its state or by the AP's list
            by_span[(toponym.start, toponym.end)] = toponym
    wanted: list[Toponym] = []
    for start, end in spans:
        toponym = by_span.get((start, end)) or _span_toponym(doc, sentences, gazetteer, start, end)
        wanted.append(toponym)
    context = [t for t in found if not any(_overlaps(t, [w]) for w in wanted)]
    resolve_toponyms(wanted + context, evidence, gazetteer, areas, side)
    is_adjective = {id(toponym) for toponym in adjectives}
    mentions = [_mention(toponym, id(toponym) in is_adjective) for toponym in wanted]
    return _guess_unknown(mentions, [*wanted, *context], gazetteer)


def _span_toponym(doc: Any, sentences: list[Sentence], gazetteer: Gazetteer, start: int, end: int) -> Toponym:
    text = doc.text[start:end]
    sentence = next((s for s in sentences if s.start <= start < s.start + len(s.text)), sentences[0])
    country = demonym_country(text, gazetteer)
    candidates = [country] if country is not None else list(gazetteer.lookup(text))
    return Toponym(text, start, end, sentence, candidates)


def _adjective_mentions(sentences: list[Sentence], gazetteer: Gazetteer) -> list[Toponym]:
    mentions = []
    for sentence in sentences:
        for ent in sentence.ents:
            if _people_noun(ent.text):
                continue  # "Mexicans" names people, not a place; "Mexican" in "Mexican troops" points at one
            if ent.label_ == "NORP" and (country := demonym_country(ent.text, gazetteer)) is not None:
                mentions.append(Toponym(ent.text, ent.start_char, ent.end_char, sentence, [country]))
    return mentions


def _people_noun(text: str) -> bool:
    key = name_key(text)
    return key.endswith("s") and demonym_code(key[:-1]) is not None


def _overlaps(toponym: Toponym, others: list[Toponym]) -> bool:
    return any(toponym.start < other.end and other.start < toponym.end for other in others)


def _mention(toponym: Toponym, adjective: bool) -> PlaceMention:
    return PlaceMention(
        text=toponym.text,
        start=toponym.start,
        end=toponym.end,
        place=toponym.place,
        candidates=list(zip(toponym.candidates[:_KEPT_CANDIDATES], toponym.scores[:_KEPT_CANDIDATES], strict=False)),
        adjective=adjective,
    )


def _guess_unknown(mentions: list[PlaceMention], toponyms: list[Toponym], gazetteer: Gazetteer) -> list[PlaceMention]:
    """A name the gazetteer does not know (a street, a church, a neighbourhood) lies, most likely, where the text
    is mostly about; it is given that place, marked as a guess."""
    if all(mention.place is not None for mention in mentions):
        return mentions
    choice = choose_event_place([t for t in toponyms if t.place is not None], gazetteer)
    if choice is None:
        return mentions
    return [
        mention
        if mention.place is not None
        else PlaceMention(mention.text, mention.start, mention.end, choice.place, [], mention.adjective, guessed=True)
        for mention in mentions
    ]

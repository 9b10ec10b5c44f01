"""Actors: the people and groups an article presents as taking part in the event.

A name is an actor when the article gives it weight (title, lead, event sentences, repeated mentions) and not only
as a source of information ("said X", "told AFP"). Aliases given in the text ("Omar Omsen, also known as Omar
Diaby") and bare surnames ("Omsen") are merged into the fullest name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from crosswire.extract.sentences import Sentence
from crosswire.model import Actor
from crosswire.names import name_key

_ACTOR_LABELS = {"PERSON", "ORG"}
_NEWS_AGENCIES = {
    "afp",
    "agence france presse",
    "reuters",
    "ap",
    "associated press",
    "the associated press",
    "xinhua",
    "efe",
    "dpa",
    "anadolu",
    "anadolu agency",
    "bbc",
    "cnn",
    "al jazeera",
    "upi",
    "bernama",
    "tass",
    "ria novosti",
    "menafn",
    "ein presswire",
    "telegram",
    "facebook",
    "twitter",
    "x",
    "youtube",
    "whatsapp",
    "tiktok",
}
_ALIAS = re.compile(r",?\s+(?:also known as|known as|alias|a\.k\.a\.?|aka|nicknamed)\s+$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"^[’'s]*\s*,?\s*(said|says|told|stated|added|wrote|posted|reported|confirmed)\b")
_SPEAKER_BEFORE = re.compile(
    r"\b(said|says|told|according to|spokes(man|woman|person)|(a )?report (by|from)|reported by|monitor(ing group)?)"
    r"\s+(the\s+)?$",
    re.IGNORECASE,
)
_FORMER_BEFORE = re.compile(r"\b(ex-|former|ousted|late|deposed|toppled)\s*(\w+\s+){0,2}$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(’s|'s)$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass
class ActorMention:
    actor: Actor
    sentence: Sentence
    weight: float
    mentions: list[str] = field(default_factory=list)


def _clean(text: str) -> str:
    return _ARTICLE.sub("", _POSSESSIVE.sub("", text.strip())).strip()


_ABBREVIATION_AFTER = re.compile(r"^\s*\((?P<abbr>[A-Z][A-Za-z0-9.&-]{1,9})\)")


def find_actors(
    sentences: list[Sentence],
    outlet: str | None,
    is_place_name: Callable[[str], bool] = lambda name: False,
    min_weight: float = 2.0,
) -> list[ActorMention]:
    """Actors of the article with the first sentence that names each, strongest first.

    Names that are places ("Gao", which spaCy may tag as an organisation) are not actors.
    """
    abbreviations = _abbreviations(sentences)
    groups: list[ActorMention] = []
    excluded = set(_NEWS_AGENCIES)
    if outlet:
        excluded.add(name_key(outlet))
    for sentence in sentences:
        if sentence.span is None:
            continue
        text = sentence.doc_text
        for ent in sentence.ents:
            if ent.label_ not in _ACTOR_LABELS:
                continue
            name = _clean(ent.text)
            key = name_key(name)
            if len(key) < 2 or key in excluded or "\n" in ent.text or is_place_name(name):
                continue
            before = text[max(0, ent.start_char - 30) : ent.start_char]
            after = text[ent.end_char : ent.end_char + 20]
            if name in abbreviations and abbreviations[name] != name:
                name = abbreviations[name]  # "TSC" after "Teachers Service Commission (TSC)"
            group = _group_for(groups, name)
            alias_of = groups[-1] if groups and _ALIAS.search(before) else None
            if group is None and alias_of is not None:
                alias_of.actor = Actor(alias_of.actor.name, (*alias_of.actor.aliases, name))
                group = alias_of
            weight = 0.0 if sentence.background else 1.0
            if sentence.in_title or sentence.index <= 1:
                weight += 1.0
            if sentence.has_trigger:
                weight += 0.5
            if _SPEAKER_AFTER.match(after) or _SPEAKER_BEFORE.search(before):
                weight = 0.0  # a source of information, not a participant
            elif _FORMER_BEFORE.search(before):
                weight = 0.0  # "ex-president Bashar al-Assad": history, not this event
            if group is None:
                groups.append(ActorMention(Actor(name), sentence, weight, [name]))
                continue
            group.weight += weight
            group.mentions.append(name)
            if len(name) > len(group.actor.name) and name not in group.actor.aliases:
                shorter = group.actor.name
                group.actor = Actor(name, tuple(a for a in (*group.actor.aliases, shorter) if a != name))
    actors = [group for group in groups if group.weight >= min_weight]
    return sorted(actors, key=lambda group: -group.weight)


def _abbreviations(sentences: list[Sentence]) -> dict[str, str]:
    """Abbreviations the article defines: "Teachers Service Commission (TSC)" makes "TSC" that commission."""
    found: dict[str, str] = {}
    for sentence in sentences:
        if sentence.span is None:
            continue
        text = sentence.doc_text
        for ent in sentence.ents:
            if ent.label_ in _ACTOR_LABELS:
                match = _ABBREVIATION_AFTER.match(text[ent.end_char : ent.end_char + 14])
                if match:
                    found[match.group("abbr")] = _clean(ent.text)
    return found


def _group_for(groups: list[ActorMention], name: str) -> ActorMention | None:
    """The group this name belongs to: the same name, an alias, or a surname of a fuller name."""
    key = name_key(name)
    for group in groups:
        for known in group.actor.names:
            known_key = name_key(known)
            if key == known_key:
                return group
            if " " in known_key and key == known_key.split()[-1]:
                return group
            if " " in key and known_key == key.split()[-1]:
                return group
    return None

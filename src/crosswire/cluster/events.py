"""Deciding whether an article reports an event already known or a new one.

An article is compared with the open events that share a place or a name with it (the store finds them through
an inverted index). What tells events apart decides: a different date or country rules a match out; the same
town, shared names and similar wording make it. The scores behind each decision are kept so that it can be
explained ("same town, 3 shared names, text 0.71").
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from crosswire.model import ArticleAnalysis, ClaimField, MergeDecision, Place, PlaceKind

JOIN_THRESHOLD = 0.40
MAX_DATE_GAP_DAYS = 2
MAX_PUBLISHED_GAP_DAYS = 10
_WEIGHTS = {"place": 0.35, "names": 0.25, "text": 0.40}
_CENTROID_TERMS = 200


@dataclass
class ArticleFeatures:
    """What clustering compares about one article."""

    article_id: int
    published: datetime | None
    event_date: date | None
    place: Place | None
    names: set[str]
    terms: dict[str, float]
    event_type: str | None

    @classmethod
    def from_analysis(cls, article_id: int, published: datetime | None, analysis: ArticleAnalysis) -> ArticleFeatures:
        place = next((c.value for c in analysis.claims if c.field is ClaimField.LOCATION), None)
        return cls(
            article_id=article_id,
            published=published,
            event_date=analysis.event_date.day if analysis.event_date and analysis.event_date.precision == 1 else None,
            place=place if isinstance(place, Place) else None,
            names=set(analysis.names),
            terms=analysis.terms,
            event_type=analysis.event_type.event_type if analysis.event_type else None,
        )

    @property
    def index_keys(self) -> list[str]:
        """Keys under which the event this article belongs to can be found again: its place and its names."""
        keys: list[str] = []
        if self.place is not None and self.place.kind is not PlaceKind.COUNTRY:
            keys.extend(key for key in self.place.container_keys if not key.startswith("country:"))
        keys.extend(f"name:{name}" for name in sorted(self.names))
        return keys


@dataclass
class EventProfile:
    """The running summary of an event's articles that new articles are compared with."""

    event_id: int
    articles: int = 0
    published: list[str] = field(default_factory=list)  # first and last, ISO
    dates: Counter[str] = field(default_factory=Counter)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)  # place key -> place JSON
    place_votes: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    terms: dict[str, float] = field(default_factory=dict)
    event_types: Counter[str] = field(default_factory=Counter)

    def add(self, features: ArticleFeatures) -> None:
        self.articles += 1
        if features.published is not None:
            stamp = features.published.isoformat()
            self.published = [min([stamp, *self.published[:1]]), max([stamp, *self.published[1:]])]
        if features.event_date is not None:
            self.dates[features.event_date.isoformat()] += 1
        if features.place is not None:
            self.places[features.place.key] = features.place.to_json()
            self.place_votes[features.place.key] += 1
        self.names.update(features.names)
        for term, weight in features.terms.items():
            self.terms[term] = self.terms.get(term, 0.0) + weight
        if len(self.terms) > _CENTROID_TERMS * 2:
            top = sorted(self.terms.items(), key=lambda item: -item[1])[:_CENTROID_TERMS]
            self.terms = dict(top)
        if features.event_type:
            self.event_types[features.event_type] += 1

    @property
    def index_keys(self) -> list[str]:
        """Keys under which this event is found by articles that share a place (town or admin1) or a name."""
        keys: set[str] = set()
        for data in self.places.values():
            place = Place.from_json(data)
            keys.update(key for key in place.container_keys if not key.startswith("country:"))
        keys.update(f"name:{name}" for name in self.names)
        return sorted(keys)

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "articles": self.articles,
            "published": self.published,
            "dates": dict(self.dates),
            "places": self.places,
            "place_votes": dict(self.place_votes),
            "names": dict(self.names),
            "terms": {term: round(weight, 4) for term, weight in self.terms.items()},
            "event_types": dict(self.event_types),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventProfile:
        return cls(
            event_id=data["event_id"],
            articles=data["articles"],
            published=list(data["published"]),
            dates=Counter(data["dates"]),
            places=dict(data["places"]),
            place_votes=Counter(data["place_votes"]),
            names=Counter(data["names"]),
            terms=dict(data["terms"]),
            event_types=Counter(data["event_types"]),
        )


def _cosine(first: dict[str, float], second: dict[str, float]) -> float:
    if not first or not second:
        return 0.0
    small, large = (first, second) if len(first) < len(second) else (second, first)
    dot = sum(weight * large.get(term, 0.0) for term, weight in small.items())
    norm = math.sqrt(sum(w * w for w in first.values())) * math.sqrt(sum(w * w for w in second.values()))
    return dot / norm if norm else 0.0


def _place_relation(place: Place, profile: EventProfile) -> tuple[float, str]:
    """How the article's event place relates to the event's: the same town, inside one another, or apart."""
    best, relation = 0.0, "no place in common"
    for data in profile.places.values():
        other = Place.from_json(data)
        if other.key == place.key:
            score, text = 1.0, f"same {place.kind.value} ({place.name})"
        elif other.contains(place) or place.contains(other):
            score, text = (
                0.7,
                f"{place.name} lies in {other.name}" if other.contains(place) else f"{other.name} lies in {place.name}",
            )
        elif place.admin1_code and (place.country_code, place.admin1_code) == (
            other.country_code,
            other.admin1_code,
        ):
            score, text = 0.5, f"same admin1 ({place.admin1})"
        elif place.country_code == other.country_code:
            score, text = 0.2, f"same country ({place.country}), different places"
        else:
            score, text = -1.0, f"different countries ({place.country} / {other.country})"
        if score > best or relation == "no place in common":
            best, relation = score, text
    return best, relation


def score_match(features: ArticleFeatures, profile: EventProfile) -> tuple[float, dict[str, Any]]:
    """A score in [0, 1] for the article reporting the profile's event, with the reasons; -1 rules it out."""
    reasons: dict[str, Any] = {"event": profile.event_id}
    if features.event_date is not None and profile.dates:
        gap = min(abs((features.event_date - date.fromisoformat(day)).days) for day in profile.dates)
        reasons["date_gap_days"] = gap
        if gap > MAX_DATE_GAP_DAYS:
            reasons["summary"] = f"event dates {gap} days apart"
            return -1.0, reasons
    if features.published is not None and profile.published:
        first, last = (datetime.fromisoformat(stamp) for stamp in profile.published)
        gap_days = max((first - features.published).days, (features.published - last).days, 0)
        reasons["published_gap_days"] = gap_days
        if gap_days > MAX_PUBLISHED_GAP_DAYS:
            reasons["summary"] = f"published {gap_days} days apart"
            return -1.0, reasons
    place_score, relation = (
        (0.0, "article has no place") if features.place is None else _place_relation(features.place, profile)
    )
    reasons["place"] = relation
    if place_score < 0:
        reasons["summary"] = relation
        return -1.0, reasons
    shared = sorted(features.names & set(profile.names))
    names_score = min(1.0, len(shared) / 3)
    text_score = _cosine(features.terms, profile.terms)
    score = _WEIGHTS["place"] * place_score + _WEIGHTS["names"] * names_score + _WEIGHTS["text"] * text_score
    if features.event_type and profile.event_types:
        score += 0.05 if features.event_type in profile.event_types else -0.05
    reasons.update(shared_names=shared[:10], text=round(text_score, 3), place_score=place_score)
    parts = [relation]
    if "date_gap_days" in reasons:
        parts.append("same date" if reasons["date_gap_days"] == 0 else f"dates {reasons['date_gap_days']} days apart")
    parts.append(f"{len(shared)} shared name{'s' if len(shared) != 1 else ''}")
    parts.append(f"text {text_score:.2f}")
    reasons["summary"] = ", ".join(parts)
    return round(max(0.0, min(1.0, score)), 4), reasons


def choose_event(
    features: ArticleFeatures, candidates: list[EventProfile], threshold: float = JOIN_THRESHOLD
) -> tuple[EventProfile | None, MergeDecision]:
    """The best-matching candidate event if it scores at least `threshold`, else None (start a new event)."""
    best: tuple[float, EventProfile, dict[str, Any]] | None = None
    for profile in candidates:
        score, reasons = score_match(features, profile)
        if best is None or score > best[0]:
            best = (score, profile, reasons)
    if best is not None and best[0] >= threshold:
        score, profile, reasons = best
        reasons["summary"] = f"joined event {profile.event_id}: {reasons['summary']}"
        return profile, MergeDecision(features.article_id, True, score, reasons)
    reasons = {"summary": "started a new event", "candidates": len(candidates)}
    if best is not None:
        reasons["best_candidate"] = best[1].event_id
        reasons["best_score"] = best[0]
        reasons["summary"] = (
            f"started a new event (closest, event {best[1].event_id}, scored {best[0]:.2f}: {best[2]['summary']})"
        )
    return None, MergeDecision(features.article_id, False, best[0] if best else 0.0, reasons)

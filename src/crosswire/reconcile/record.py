"""Build an event record from claims: group compatible values into facts, judge their support, derive fields.

Independence is by origin, not by article: syndicated copies of one wire story are one origin, and so are several
reports of one outlet. A fact is corroborated by two or more origins, single-source with one, and contested when
another group of claims about the same slot holds an incompatible value (each side is then its own fact).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from crosswire.model import (
    COUNT_FIELDS,
    Actor,
    ArticleRef,
    Claim,
    ClaimField,
    ClaimValue,
    Count,
    EventDate,
    EventRecord,
    EventType,
    Fact,
    FactStatus,
    Place,
    PlaceKind,
    SourceQuote,
)

# Each event field is derived from its facts by a named rule, stored beside the value.
RULES = {
    "event_type": "most-origins: the event type claimed by the most independent sources (ties: higher confidence)",
    "event_date": "most-origins-then-earliest: the date group with most independent sources (ties: the earliest, as "
    "follow-up reports come after the event), its most precise date",
    "location": "most-origins-then-most-specific: the place group with most independent sources, "
    "its most specific place",
    "counts": "most-origins-then-lowest: the count group with most independent sources; ties take the lower "
    "(conservative) figure",
    "actors": "all actors named, ordered by independent sources",
    "headline": "title of the earliest published article",
}
_SPECIFICITY = {
    PlaceKind.TOWN: 0,
    PlaceKind.ADMIN2: 1,
    PlaceKind.ADMIN1: 2,
    PlaceKind.COUNTRY: 3,
    PlaceKind.CONTINENT: 4,
}


def _compatible(first: ClaimValue, second: ClaimValue) -> bool:
    if isinstance(first, Place) and isinstance(second, Place):
        return first.contains(second) or second.contains(first)
    if isinstance(first, Count) and isinstance(second, Count):
        return first.compatible(second)
    if isinstance(first, EventDate) and isinstance(second, EventDate):
        return first.compatible(second)
    if isinstance(first, EventType) and isinstance(second, EventType):
        return first.compatible(second)
    if isinstance(first, Actor) and isinstance(second, Actor):
        return first.same_as(second)
    return False


def _precision_key(value: ClaimValue) -> tuple[float, ...]:
    """Lower is more specific: the value that best represents a group of compatible claims."""
    if isinstance(value, Place):
        return (_SPECIFICITY[value.kind],)
    if isinstance(value, Count):
        width = float("inf") if value.high is None else value.high - value.low
        return (width, value.low)
    if isinstance(value, EventDate):
        return (int(value.precision),)
    if isinstance(value, Actor):
        return (-len(value.names), -len(value.name))
    return (0,)


def _group(claims: list[Claim]) -> list[list[Claim]]:
    """Claims whose values are compatible with every member of a group join it; the others open new groups."""
    groups: list[list[Claim]] = []
    for claim in claims:
        for group in groups:
            if all(_compatible(claim.value, member.value) for member in group):
                group.append(claim)
                break
        else:
            groups.append([claim])
    return groups


def build_event_record(articles: list[ArticleRef], claims: list[Claim]) -> EventRecord:
    """The event record of these articles and their claims: facts with sources and statuses, fields by rules."""
    by_id = {article.id: article for article in articles}

    def origin_of(claim: Claim) -> str:
        article = by_id.get(claim.article_id or 0)
        return article.origin if article else f"article:{claim.article_id}"

    facts: list[Fact] = []
    fields: dict[ClaimField, ClaimValue | list[Actor]] = {}
    for claim_field in ClaimField:
        field_claims = [claim for claim in claims if claim.field is claim_field]
        if not field_claims:
            continue
        groups = _group(field_claims)
        if claim_field is ClaimField.ACTOR:
            ordered = sorted(groups, key=lambda group: -len({origin_of(c) for c in group}))
            for group in ordered:
                facts.append(_fact(claim_field, group, by_id, origin_of, contested=False))
            fields[claim_field] = [_representative(group).value for group in ordered]  # type: ignore[misc]
            continue
        contested = len(groups) > 1
        group_facts = [(group, _fact(claim_field, group, by_id, origin_of, contested)) for group in groups]
        group_facts.sort(key=lambda item: _group_rank(item[0], item[1]))
        facts.extend(fact for _, fact in group_facts)
        fields[claim_field] = _representative(group_facts[0][0]).value
    return _record(articles, facts, fields)


def _group_rank(group: list[Claim], fact: Fact) -> tuple[float, ...]:
    """Best-supported first; ties: for counts the lower figure, for dates the earlier (reports of an arrest or a
    funeral follow the event, they do not precede it), otherwise the higher confidence."""
    value = _representative(group).value
    confidence = -max(claim.confidence for claim in group)
    if isinstance(value, Count):
        return (-fact.independent_sources, float(value.low), confidence)
    if isinstance(value, EventDate):
        return (-fact.independent_sources, float(value.day.toordinal()), confidence)
    return (-fact.independent_sources, confidence)


def _representative(group: list[Claim]) -> Claim:
    return min(group, key=lambda claim: (_precision_key(claim.value), -claim.confidence))


def _fact(
    claim_field: ClaimField,
    group: list[Claim],
    by_id: dict[int, ArticleRef],
    origin_of: Callable[[Claim], str],
    contested: bool,
) -> Fact:
    representative = _representative(group)
    origins = {origin_of(claim) for claim in group}
    if contested:
        status = FactStatus.CONTESTED
    elif len(origins) >= 2:
        status = FactStatus.CORROBORATED
    else:
        status = FactStatus.SINGLE_SOURCE
    sources = [
        SourceQuote(
            article_id=claim.article_id or 0,
            outlet=by_id[claim.article_id].outlet if claim.article_id in by_id else None,
            quote=claim.quote,
            text=claim.text,
            start=claim.start,
            end=claim.end,
            claim_id=claim.id,
        )
        for claim in group
    ]
    value = representative.value
    return Fact(
        field=claim_field,
        value=value.label,
        value_json=value.to_json(),
        status=status,
        sources=sources,
        independent_sources=len(origins),
    )


def _record(
    articles: list[ArticleRef], facts: list[Fact], fields: dict[ClaimField, ClaimValue | list[Actor]]
) -> EventRecord:
    ordered = sorted(articles, key=lambda a: (a.published or datetime.max, a.id))
    counts = {claim_field: fields.get(claim_field) for claim_field in COUNT_FIELDS}
    location = fields.get(ClaimField.LOCATION)
    event_date = fields.get(ClaimField.EVENT_DATE)
    event_type = fields.get(ClaimField.EVENT_TYPE)
    actors = fields.get(ClaimField.ACTOR, [])
    return EventRecord(
        headline=ordered[0].title if ordered else "",
        articles=ordered,
        facts=facts,
        independent_sources=len({article.origin for article in articles}),
        event_date=event_date if isinstance(event_date, EventDate) else None,
        event_type=event_type if isinstance(event_type, EventType) else None,
        location=location if isinstance(location, Place) else None,
        killed=_best(counts[ClaimField.KILLED]),
        injured=_best(counts[ClaimField.INJURED]),
        arrested=_best(counts[ClaimField.ARRESTED]),
        kidnapped=_best(counts[ClaimField.KIDNAPPED]),
        actors=[actor.name for actor in actors] if isinstance(actors, list) else [],
        rules=dict(RULES),
    )


def _best(value: object) -> int | None:
    return value.best if isinstance(value, Count) else None

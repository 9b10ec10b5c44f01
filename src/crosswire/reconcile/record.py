"""Build an event record from claims: group compatible values into facts, judge their support, derive fields.

Independence is by origin, not by article: syndicated copies of one wire story are one origin, and so are several
reports of one outlet. A fact is corroborated by two or more origins, single-source with one, and contested when
another group of claims about the same slot holds an incompatible value (each side is then its own fact). A count
that a later report revises ("the death toll rose to 12") is updated: superseded, not contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from crosswire.errors import ConfigError
from crosswire.model import (
    COUNT_FIELDS,
    INFERRED_COUNT,
    Actor,
    ArticleRef,
    Claim,
    ClaimField,
    ClaimValue,
    Count,
    CountRange,
    DatePrecision,
    EventDate,
    EventRecord,
    EventType,
    Fact,
    FactStatus,
    Place,
    PlaceKind,
    SourceQuote,
    Statement,
)
from crosswire.reconcile.statements import statement_topics

# How the event's counts are chosen from the count facts. Every record stores the rule it was built with.
COUNT_RULES = {
    "ucdp": "ucdp-low-best-high: best is the count of the value group with most independent sources (ties: the higher "
    "count of the dead or the wounded, as victims found later only add to them; the lower of other counts); low and "
    "high are the lowest and highest figures of the current (not superseded) reports; a victim singled out ('a child "
    "was wounded') is a lower bound",
    "acled": "acled-conservative: the lowest figure among the current (not superseded) reports, as ACLED codes "
    "fatalities when sources differ",
}
DEFAULT_COUNT_RULE = "ucdp"
# Each event field is derived from its facts by a named rule, stored beside the value.
RULES = {
    "event_type": "most-origins: the event type claimed by the most independent sources (ties: higher confidence)",
    "event_date": "most-origins-then-earliest: the date group with most independent sources (ties: the earliest, as "
    "follow-up reports come after the event), its most precise date; the day of a later development (given only by "
    "reports published after the event's date, more than a day after it) is listed but does not contest it; when no "
    "article dates the event, the day of its earliest report at week precision (ACLED's code 2: on that day or in "
    "the days before)",
    "location": "most-origins-then-most-specific: the place group with most independent sources, "
    "its most specific place",
    "counts": COUNT_RULES[DEFAULT_COUNT_RULE],
    "updates": "later-report-revises: a count is superseded (updated) by a different one reported later with words "
    "of revision ('rose to', 'later died'), or by a higher one first reported at least an hour later by as many "
    "independent sources; the wounded counted before the death toll rose, or worked out as those shot less a "
    "report's own dead, lose those who died since",
    "statements": "same-meaning: statements match across articles by canonical predicate, subject and content "
    "words; their times and numbers decide agreement",
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
_REVISION = re.compile(
    r"\b(rose|risen|rises|climbed|climbs|increased|jumped|grew|now stands|has reached|revised|updated|raised"
    r"|later died|has (since )?died|died (later|at (the )?hospital|of (his|her|their) (injuries|wounds))"
    r"|succumbed|(death )?toll (is|was|has) now)\b",
    re.IGNORECASE,
)
_LATER = timedelta(hours=1)
# "a child was wounded", "both were shot": one victim (or two) singled out, not the toll; another report's larger
# figure does not contradict it. Nor does a part of a death toll: "two other people killed", "killed three more".
_SINGLED_OUT = re.compile(r"^(?:\w+\s+){0,3}?(?:an?|both)\b", re.IGNORECASE)
_PART_OF_TOLL = re.compile(r"\b(?:others?|more|additional|another)\b", re.IGNORECASE)
# Victims of one kind ("four adults", "1 child", "7 men") or in one condition ("two critically injured", "one deputy
# remained hospitalized") are part of the toll, not all of it.
_KIND_OF_VICTIM = re.compile(
    r"\b(?:m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|teens?|teenagers?|adults?|officers?|soldiers?|troops|police\w*"
    r"|students?|bystanders?|juveniles?|infants?|babies|baby|relatives?|civilians|militants|fighters|suspects?"
    r"|critically|seriously|severely|gravely|critical|remain(?:s|ed)?|still)\b",
    re.IGNORECASE,
)


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
    if isinstance(first, Statement) and isinstance(second, Statement):
        return first.compatible(second)
    return False


def _precision_key(value: ClaimValue) -> tuple[float, ...]:
    """Lower is more specific: the value that best represents a group of compatible claims."""
    if isinstance(value, Place):
        return (_SPECIFICITY[value.kind],)
    if isinstance(value, Count):
        # Of agreeing open figures the lowest floor stands for the group (the conservative reading; taking the
        # highest was measured worse on GVA, where open floors often come from part of the victims).
        width = float("inf") if value.high is None else value.high - value.low
        return (width, value.low)
    if isinstance(value, EventDate):
        return (int(value.precision),)
    if isinstance(value, Actor):
        return (-len(value.names), -len(value.name))
    if isinstance(value, Statement):
        return (-(value.when is not None) - (value.number is not None), len(value.text))
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


@dataclass
class _Context:
    """What every fact of one event is judged with: its articles, their origins and publication times."""

    by_id: dict[int, ArticleRef]

    def origin(self, claim: Claim) -> str:
        article = self.by_id.get(claim.article_id or 0)
        return article.origin if article else f"article:{claim.article_id}"

    def published(self, claim: Claim) -> datetime | None:
        article = self.by_id.get(claim.article_id or 0)
        return article.published if article else None


def build_event_record(
    articles: list[ArticleRef], claims: list[Claim], count_rule: str = DEFAULT_COUNT_RULE
) -> EventRecord:
    """The event record of these articles and their claims: facts with sources and statuses, fields by rules."""
    if count_rule not in COUNT_RULES:
        raise ConfigError(f"unknown count rule {count_rule!r}: use one of {', '.join(COUNT_RULES)}")
    context = _Context({article.id: article for article in articles})
    facts: list[Fact] = []
    fields: dict[ClaimField, ClaimValue | list[Actor]] = {}
    ranges: dict[str, CountRange] = {}
    for claim_field in ClaimField:
        field_claims = [claim for claim in claims if claim.field is claim_field]
        if not field_claims:
            continue
        if claim_field is ClaimField.ACTOR:
            groups = sorted(_group(field_claims), key=lambda group: -len({context.origin(c) for c in group}))
            facts.extend(_fact(claim_field, group, context, FactStatus.SINGLE_SOURCE) for group in groups)
            fields[claim_field] = [_representative(group).value for group in groups]  # type: ignore[misc]
            continue
        if claim_field is ClaimField.STATEMENT:
            facts.extend(_statement_facts(field_claims, context))
            continue
        if claim_field in COUNT_FIELDS:
            field_claims = [_as_lower_bound(claim) for claim in field_claims]
        died_later: dict[int, str] = {}
        if claim_field is ClaimField.INJURED and "killed" in ranges:
            killed_claims = [claim for claim in claims if claim.field is ClaimField.KILLED]
            field_claims, died_later = _less_the_later_dead(field_claims, killed_claims, ranges["killed"], context)
        current, superseded = _current_and_superseded(claim_field, _group(field_claims), context)
        current, developments = _later_developments(claim_field, current, context)
        status = FactStatus.CONTESTED if len(current) > 1 else FactStatus.SINGLE_SOURCE
        ranked = sorted(((group, _fact(claim_field, group, context, status)) for group in current), key=_group_rank)
        for group, fact in ranked:
            notes = sorted({died_later[id(claim)] for claim in group if id(claim) in died_later})
            if fact.status is FactStatus.CONTESTED:
                others = [other.value for _, other in ranked if other is not fact]
                notes.append("contradicted by " + "; ".join(others))
            fact.note = "; ".join(notes)
        facts.extend(fact for _, fact in ranked)
        for group, newer in superseded:
            fact = _fact(claim_field, group, context, FactStatus.UPDATED)
            fact.note = f"revised by a later report: {_representative(newer).value.label}"
            facts.append(fact)
        for group in developments:
            fact = _fact(claim_field, group, context, FactStatus.SINGLE_SOURCE)
            fact.note = "the date of a later development (an arrest, a funeral, a hearing), reported afterwards"
            facts.append(fact)
        fields[claim_field] = _representative(ranked[0][0]).value
        if claim_field in COUNT_FIELDS:
            ranges[claim_field.value] = _count_range(ranked)
    return _record(articles, facts, fields, ranges, count_rule)


def _later_developments(
    claim_field: ClaimField, groups: list[list[Claim]], context: _Context
) -> tuple[list[list[Claim]], list[list[Claim]]]:
    """Split off the dates that follow-up reports give for their own news (an arrest days later, a funeral): a
    day more than a day after the best-supported date, given only by articles published after that date, does
    not contest the event's date."""
    if claim_field is not ClaimField.EVENT_DATE or len(groups) < 2:
        return groups, []
    primary = min(groups, key=lambda group: _date_rank(group, context))
    event_day = _earliest_day(primary)
    current, later = [], []
    for group in groups:
        published = [context.published(claim) for claim in group]
        follows = all(time is not None and time.date() > event_day for time in published) and all(
            isinstance(claim.value, EventDate) and claim.value.precision is DatePrecision.DAY for claim in group
        )
        if group is not primary and follows and _earliest_day(group) > event_day + timedelta(days=1):
            later.append(group)
        else:
            current.append(group)
    return current, later


def _earliest_day(group: list[Claim]) -> date:
    return min(claim.value.day for claim in group if isinstance(claim.value, EventDate))


def _date_rank(group: list[Claim], context: _Context) -> tuple[int, int]:
    return (-len({context.origin(claim) for claim in group}), _earliest_day(group).toordinal())


def _as_lower_bound(claim: Claim) -> Claim:
    """A victim singled out ("injuring a child") or a part of the toll ("two others") counts as at least that
    many, not as the whole toll."""
    value = claim.value
    if claim.field not in (ClaimField.KILLED, ClaimField.INJURED) or not isinstance(value, Count):
        return claim
    if value.high is None or value.high != value.low or "unborn" in claim.text.lower():
        return claim  # "five adults and an unborn child": a full list, counted without the unborn child
    if (value.low <= 2 and _SINGLED_OUT.search(claim.text)) or _KIND_OF_VICTIM.search(claim.text):
        return replace(claim, value=Count(value.low, None, value.phrase))
    # "Two others were killed" adds to a victim named before; "three others wounded" mostly sets the wounded
    # apart from the dead, and is their whole number.
    if claim.field is ClaimField.KILLED and _PART_OF_TOLL.search(claim.text):
        return replace(claim, value=Count(value.low, None, value.phrase))
    return claim


def _less_the_later_dead(
    injured: list[Claim], killed: list[Claim], toll: CountRange, context: _Context
) -> tuple[list[Claim], dict[int, str]]:
    """The wounded counted by reports published before the death toll rose, less those who died since: "four
    wounded" on Friday and "a second victim has died" on Saturday leave three wounded, not four. So are figures a
    report worked out as those shot less its own dead, when other reports count more dead. Each lowered claim
    keeps its quote and gets a note saying why its figure is lower."""
    dead = toll.best
    rose_at = [
        time
        for claim in killed
        if isinstance(claim.value, Count) and claim.value.low >= dead and (time := context.published(claim))
    ]
    if dead < 1 or not rose_at:
        return injured, {}
    toll_rose = min(rose_at)
    dead_by_article: dict[int | None, int] = {}
    for claim in killed:
        if isinstance(claim.value, Count):
            dead_by_article[claim.article_id] = max(dead_by_article.get(claim.article_id, 0), claim.value.low)

    def dead_since(claim: Claim) -> int:
        # The dead its report did not count yet, for a figure to lower; else 0. A figure worked out as those shot
        # less the report's own dead is lowered whenever it was published: "four teens shot" with no death in the
        # report leaves three wounded once another report counts one dead.
        published = context.published(claim)
        earlier = published is not None and published < toll_rose
        since = dead - dead_by_article.get(claim.article_id, 0)
        lowered = (earlier or claim.extractor == INFERRED_COUNT) and isinstance(claim.value, Count)
        return since if lowered and since >= 1 else 0

    since_of = [dead_since(claim) for claim in injured]
    # a report that counts the wounded after the toll rose, and counts exactly as many as before, shows none of
    # them died: "13 shot" early and "left 13 people wounded" later
    kept = {
        claim.value.low
        for claim, since in zip(injured, since_of, strict=True)
        if not since and isinstance(claim.value, Count) and claim.value.low == claim.value.high
    }
    lowered: list[Claim] = []
    notes: dict[int, str] = {}
    for claim, since in zip(injured, since_of, strict=True):
        value = claim.value
        if not since or not isinstance(value, Count) or (value.low == value.high and value.low in kept):
            lowered.append(claim)
            continue
        high = None if value.high is None else max(0, value.high - since)
        claim = replace(claim, value=Count(max(0, value.low - since), high, value.phrase))
        notes[id(claim)] = f"{since} of those wounded in an earlier report died later ({value.label} less {since})"
        lowered.append(claim)
    return lowered, notes


def _current_and_superseded(
    claim_field: ClaimField, groups: list[list[Claim]], context: _Context
) -> tuple[list[list[Claim]], list[tuple[list[Claim], list[Claim]]]]:
    """Split value groups into the current ones and those a later report revised (each with its reviser)."""
    if claim_field not in COUNT_FIELDS or len(groups) < 2:
        return groups, []
    superseded: list[tuple[list[Claim], list[Claim]]] = []
    current: list[list[Claim]] = []
    for group in groups:
        newer = next((other for other in groups if other is not group and _revises(other, group, context)), None)
        if newer is None:
            current.append(group)
        else:
            superseded.append((group, newer))
    if not current:  # revisions in a circle (bad dates): judge them as contradictions instead
        return groups, []
    superseded = [(group, _latest_current(newer, current, groups, context)) for group, newer in superseded]
    return current, superseded


def _latest_current(
    newer: list[Claim], current: list[list[Claim]], groups: list[list[Claim]], context: _Context
) -> list[Claim]:
    """Follow a chain of revisions (8, then 10, then 12) to the value that stands now."""
    seen: set[int] = set()
    while not any(newer is group for group in current) and id(newer) not in seen:
        seen.add(id(newer))
        newer = next((other for other in groups if other is not newer and _revises(other, newer, context)), newer)
    return newer


def _revises(newer: list[Claim], older: list[Claim], context: _Context) -> bool:
    """A later report with words of revision, or a higher toll first reported an hour or more later."""
    newer_times = [time for claim in newer if (time := context.published(claim)) is not None]
    older_times = [time for claim in older if (time := context.published(claim)) is not None]
    if not newer_times or not older_times:
        return False
    first_newer, first_older = min(newer_times), min(older_times)
    if first_newer < first_older:
        return False
    worded = any(_REVISION.search(claim.quote) for claim in newer)
    if worded and max(newer_times) >= max(older_times):
        return True
    newer_value, older_value = _representative(newer).value, _representative(older).value
    # Without words of revision, a later higher toll is taken for a revision only when as many independent
    # sources give it as gave the earlier one: one later report does not overturn a figure several agreed on.
    return (
        isinstance(newer_value, Count)
        and isinstance(older_value, Count)
        and newer_value.low > older_value.low
        and first_newer - first_older >= _LATER
        and max(newer_times) >= max(older_times)
        and len({context.origin(claim) for claim in newer}) >= len({context.origin(claim) for claim in older})
    )


def _statement_facts(claims: list[Claim], context: _Context) -> list[Fact]:
    """A fact per value group of each statement topic: contested when the reports of one statement disagree."""
    facts: list[Fact] = []
    topic_of: dict[int, int] = {}
    for number, topic in enumerate(statement_topics(claims)):
        groups = _group(topic)
        status = FactStatus.CONTESTED if len(groups) > 1 else FactStatus.SINGLE_SOURCE
        topic_facts = [_fact(ClaimField.STATEMENT, group, context, status) for group in groups]
        if len(topic_facts) > 1:
            for fact, group in zip(topic_facts, groups, strict=True):
                others = [_value_words(_representative(other).value) for other in groups if other is not group]
                fact.note = f"{_value_words(_representative(group).value)}, against " + "; ".join(others)
        topic_of.update((id(fact), number) for fact in topic_facts)
        facts.extend(topic_facts)
    order = {FactStatus.CONTESTED: 0, FactStatus.CORROBORATED: 1, FactStatus.SINGLE_SOURCE: 2}
    return sorted(facts, key=lambda fact: (order.get(fact.status, 3), _is_background(fact), topic_of[id(fact)]))


def _value_words(value: ClaimValue) -> str:
    if isinstance(value, Statement):
        parts = [value.when.label if value.when else "", value.number.label if value.number else ""]
        return " / ".join(part for part in parts if part) or "no time or number"
    return value.label


def _is_background(fact: Fact) -> bool:
    return bool(fact.value_json.get("background"))


def _count_range(ranked: list[tuple[list[Claim], Fact]]) -> CountRange:
    values = [_representative(group).value for group, _ in ranked]
    counts = [value for value in values if isinstance(value, Count)]
    highs = [count.high for count in counts]
    best = counts[0].best
    return CountRange(
        low=min(count.low for count in counts),
        best=best,
        high=None if any(high is None for high in highs) else max(high for high in highs if high is not None),
    )


def _group_rank(item: tuple[list[Claim], Fact]) -> tuple[float, ...]:
    """Best-supported first; ties: for the dead and the wounded the higher figure, for other counts the lower, for
    dates the earlier (reports of an arrest or a funeral follow the event, they do not precede it), otherwise the
    higher confidence."""
    group, fact = item
    value = _representative(group).value
    confidence = -max(claim.confidence for claim in group)
    if isinstance(value, Count):
        # Death tolls only rise (the wounded die, bodies are found), and the wounded who reach a hospital later add
        # to the first count, so of two equally supported counts of victims the higher is the later truth (GVA: 3
        # more incidents' wounded right of 1,330); arrests and the rest fall as well as rise, and the lower is the
        # conservative choice.
        victims = fact.field in (ClaimField.KILLED, ClaimField.INJURED)
        low = -float(value.low) if victims else float(value.low)
        return (-fact.independent_sources, low, confidence)
    if isinstance(value, EventDate):
        return (-fact.independent_sources, float(value.day.toordinal()), confidence)
    return (-fact.independent_sources, confidence)


def _representative(group: list[Claim]) -> Claim:
    """The claim whose value stands for the group: the most specific. A group of open counts only ("five officers
    killed", "an officer died", both read as floors) is the floor most articles give, the lowest among equals: one
    article singling out a victim does not pull five reports of five dead down to one."""
    floors = [claim.value.low for claim in group if isinstance(claim.value, Count) and claim.value.high is None]
    if len(floors) == len(group):
        articles: dict[int, set[int | None]] = {}
        for claim, low in zip(group, floors, strict=True):
            articles.setdefault(low, set()).add(claim.article_id)
        floor = min(articles, key=lambda low: (-len(articles[low]), low))
        group = [claim for claim, low in zip(group, floors, strict=True) if low == floor]
    return min(group, key=lambda claim: (_precision_key(claim.value), -claim.confidence))


def _fact(claim_field: ClaimField, group: list[Claim], context: _Context, status: FactStatus) -> Fact:
    """A fact of one value group. `status` is the group's standing among the slot's groups: contested and updated
    are kept; otherwise the number of independent origins decides between corroborated and single-source."""
    representative = _representative(group)
    origins = {context.origin(claim) for claim in group}
    if status is FactStatus.SINGLE_SOURCE and len(origins) >= 2:
        status = FactStatus.CORROBORATED
    sources = [
        SourceQuote(
            article_id=claim.article_id or 0,
            outlet=context.by_id[claim.article_id].outlet if claim.article_id in context.by_id else None,
            quote=claim.quote,
            text=claim.text,
            start=claim.start,
            end=claim.end,
            claim_id=claim.id,
            attribution=claim.attribution,
            hedge=claim.hedge,
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
    articles: list[ArticleRef],
    facts: list[Fact],
    fields: dict[ClaimField, ClaimValue | list[Actor]],
    ranges: dict[str, CountRange],
    count_rule: str,
) -> EventRecord:
    ordered = sorted(articles, key=lambda a: (a.published or datetime.max, a.id))
    location = fields.get(ClaimField.LOCATION)
    event_date = fields.get(ClaimField.EVENT_DATE)
    event_type = fields.get(ClaimField.EVENT_TYPE)
    actors = fields.get(ClaimField.ACTOR, [])
    pick: Callable[[CountRange], int] = (lambda r: r.low) if count_rule == "acled" else (lambda r: r.best)

    def count(claim_field: ClaimField) -> int | None:
        found = ranges.get(claim_field.value)
        return pick(found) if found else None

    if not isinstance(event_date, EventDate):
        # news reports an event within days, so its first report bounds it: enough to place it on a timeline
        first_report = next((article.published for article in ordered if article.published), None)
        event_date = EventDate(first_report.date(), DatePrecision.WEEK) if first_report else None
    return EventRecord(
        headline=ordered[0].title if ordered else "",
        articles=ordered,
        facts=facts,
        independent_sources=len({article.origin for article in articles}),
        event_date=event_date,
        event_type=event_type if isinstance(event_type, EventType) else None,
        location=location if isinstance(location, Place) else None,
        killed=count(ClaimField.KILLED),
        injured=count(ClaimField.INJURED),
        arrested=count(ClaimField.ARRESTED),
        kidnapped=count(ClaimField.KIDNAPPED),
        actors=[actor.name for actor in actors] if isinstance(actors, list) else [],
        rules={**RULES, "counts": COUNT_RULES[count_rule]},
        count_ranges=ranges,
    )

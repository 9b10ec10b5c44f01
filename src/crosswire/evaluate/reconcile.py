"""`crosswire eval reconcile`: is the reconciled record better than reading one article, and do the statuses
mean what they say?

For every gold incident reported by two or more articles, the event holding most of them stands for it (as in
`eval events`). Its killed / injured / arrested / date / place are scored against the gold, beside what single
articles of the incident would have given:
- `first_article`, `last_article`: the earliest / latest published article's own claim;
- `most_stated_article`: the article stating the most counts (the "fullest report" a reader would pick);
- `mean_article`: the average article (each article's claim scored, then averaged);
- `any_article`: whether at least one article is right (an oracle no reader has; an upper bound, not a baseline).
`best_single_article` is the best of the first four. For the statuses, each field's facts are counted by status
with the share of them that hold the gold value, and every contested count is checked for the gold on one side (also
over the cases where at least one article gives the gold figure, since no rule can pick a figure nobody reported).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from crosswire.evaluate.corpus import read_clustering_corpus
from crosswire.evaluate.events import (
    COUNT_FIELDS,
    NEAR_KM,
    GoldIncident,
    read_incidents,
    representative_events,
    score_events,
)
from crosswire.evaluate.metrics import share
from crosswire.evaluate.run import CorpusRun, run_corpus
from crosswire.model import ClaimField, ClaimValue, Count, DatePrecision, EventDate, Fact, FactStatus, Place
from crosswire.pipeline import ProgressCallback
from crosswire.settings import Settings

FIELDS = (*COUNT_FIELDS, "event_date", "location")
STRATEGIES = ("first_article", "last_article", "most_stated_article", "mean_article")


def _fact_holds(fact: Fact, incident: GoldIncident, name: str) -> bool | None:
    """Whether a fact's value agrees with the gold (None when the gold lacks the field)."""
    if name in COUNT_FIELDS:
        count = Count.from_json(fact.value_json)
        gold = incident.counts[name]
        return count.low <= gold and (count.high is None or gold <= count.high)
    if name == "event_date":
        if incident.day is None:
            return None
        value = EventDate.from_json(fact.value_json)
        return value.compatible(EventDate(incident.day, DatePrecision.DAY))
    if incident.lat is None or incident.lon is None:
        return None
    return Place.from_json(fact.value_json).distance_km(incident.lat, incident.lon) <= NEAR_KM


def _article_values(run: CorpusRun, articles: list[int], name: str) -> dict[int, ClaimValue]:
    """Each article's own value for one field, as its extraction stated it (not as a fact generalised it)."""
    found: dict[int, ClaimValue] = {}
    for article in articles:
        for claim in run.claims.get(article, []):
            if claim.field.value == name:
                found.setdefault(article, claim.value)
    return found


def _gold_known(incident: GoldIncident, name: str) -> bool:
    if name == "event_date":
        return incident.day is not None
    if name == "location":
        return incident.lat is not None and incident.lon is not None
    return True


def _article_exact(value: ClaimValue | None, incident: GoldIncident, name: str) -> bool:
    """A single article's value scored as the record's is: counts exact (none stated reads as 0), the date to
    the day, the place within 25 km."""
    if name in COUNT_FIELDS:
        return (value.best if isinstance(value, Count) else 0) == incident.counts[name]
    if isinstance(value, EventDate):
        return value.precision is DatePrecision.DAY and value.day == incident.day
    if isinstance(value, Place) and incident.lat is not None and incident.lon is not None:
        return value.distance_km(incident.lat, incident.lon) <= NEAR_KM
    return False


def score_reconciliation(run: CorpusRun, incidents: dict[str, GoldIncident], min_articles: int = 2) -> dict[str, Any]:
    """The reconciled records and the single-article baselines against the gold, and the statuses judged."""
    articles_of: dict[str, list[int]] = defaultdict(list)
    for document, article_id in zip(run.documents, run.article_of, strict=True):
        if article_id is not None and article_id not in articles_of[document.gold]:
            articles_of[document.gold].append(article_id)
    records = {
        gold: record
        for gold, record in representative_events(run).items()
        if len(articles_of.get(gold, [])) >= min_articles and gold in incidents
    }
    reconciled = score_events(records, incidents)
    baselines: dict[str, dict[str, dict[str, float]]] = {
        name: defaultdict(lambda: defaultdict(float)) for name in FIELDS
    }
    statuses: dict[str, Counter[str]] = {name: Counter() for name in (*FIELDS, "statement")}
    holding: dict[str, Counter[str]] = {name: Counter() for name in FIELDS}
    contested_cases: Counter[str] = Counter()
    contested_held: Counter[str] = Counter()
    stated_cases: Counter[str] = Counter()  # contested cases where some article gives the gold figure
    stated_held: Counter[str] = Counter()
    acled_hits: Counter[str] = Counter()
    for gold, record in records.items():
        incident = incidents[gold]
        published = {ref.id: ref.published for ref in record.articles}
        mine = [article for article in articles_of[gold] if article in published]
        ordered = sorted(mine, key=lambda article: (published[article] is None, published[article], article))
        stated = {
            article: len({c.field for c in run.claims.get(article, []) if c.field.value in FIELDS})
            for article in ordered
        }
        for name in FIELDS:
            if not _gold_known(incident, name) or not ordered:
                continue
            own = _article_values(run, ordered, name)
            tally = baselines[name]
            right = _article_exact
            tally["first_article"]["hits"] += right(own.get(ordered[0]), incident, name)
            tally["last_article"]["hits"] += right(own.get(ordered[-1]), incident, name)
            fullest = max(ordered, key=lambda article: stated[article])
            tally["most_stated_article"]["hits"] += right(own.get(fullest), incident, name)
            outcomes = [right(own.get(article), incident, name) for article in ordered]
            tally["mean_article"]["hits"] += sum(outcomes) / len(outcomes)
            tally["any_article"]["hits"] += any(outcomes)
            tally["cases"]["n"] += 1
            for fact in record.facts_for(ClaimField(name)):
                statuses[name][fact.status.value] += 1
                holds = _fact_holds(fact, incident, name)
                if holds is not None:
                    holding[name][f"{fact.status.value}_holds"] += holds
            if name in COUNT_FIELDS:
                current = [f for f in record.facts_for(ClaimField(name)) if f.status is not FactStatus.UPDATED]
                if any(fact.status is FactStatus.CONTESTED for fact in current):
                    held = any(_fact_holds(fact, incident, name) for fact in current)
                    contested_cases[name] += 1
                    contested_held[name] += held
                    # where no article gives the gold figure, no reconciliation can hold it
                    if any(outcomes):
                        stated_cases[name] += 1
                        stated_held[name] += held
                spread = record.count_ranges.get(name)
                acled_hits[name] += (spread.low if spread else 0) == incident.counts[name]
        statuses["statement"].update(fact.status.value for fact in record.facts_for(ClaimField.STATEMENT))
    by_field: dict[str, Any] = {}
    for name in FIELDS:
        cases = int(baselines[name]["cases"]["n"])
        singles = {strategy: share(baselines[name][strategy]["hits"], cases) for strategy in STRATEGIES}
        key = f"{name}_exact" if name in COUNT_FIELDS else ("date_exact" if name == "event_date" else None)
        record_share = reconciled[key]["share"] if key else reconciled["place_within_25_km"]["share"]
        facts = statuses[name]
        by_field[name] = {
            "cases": cases,
            "reconciled": record_share,
            "single_article": singles,
            "best_single_article": max((v for v in singles.values() if v is not None), default=None),
            "any_article_oracle": share(baselines[name]["any_article"]["hits"], cases),
            "facts_by_status": dict(facts),
            "status_share": {status: share(count, sum(facts.values())) for status, count in facts.items()},
            "fact_holds_gold_by_status": {
                status: share(holding[name][f"{status}_holds"], count) for status, count in facts.items()
            },
        }
        if name in COUNT_FIELDS:
            by_field[name]["reconciled_acled_conservative"] = share(acled_hits[name], cases)
            by_field[name]["contested"] = {
                "cases": contested_cases[name],
                "gold_on_one_side": share(contested_held[name], contested_cases[name]),
                "gold_stated_by_an_article": stated_cases[name],
                "gold_on_one_side_when_stated": share(stated_held[name], stated_cases[name]),
            }
    statement_total = sum(statuses["statement"].values())
    return {
        "incidents": len(records),
        "fields": by_field,
        "statements": {
            "facts": statement_total,
            "status_share": {k: share(v, statement_total) for k, v in statuses["statement"].items()},
        },
        "record_scores": reconciled,
    }


def evaluate_reconcile(
    data: Path,
    settings: Settings,
    limit: int | None = None,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Run the pipeline on a GVA-format corpus and judge the reconciled records of multi-article incidents."""
    incidents = read_incidents(data)
    run = run_corpus(read_clustering_corpus(data, limit), settings, keep_db, on_progress)
    return {
        "task": "reconcile",
        "data": str(data),
        "documents": len(run.documents),
        "count_rule": settings.count_rule,
        **score_reconciliation(run, incidents),
        "seconds": round(run.seconds, 2),
    }

"""`crosswire eval events`: the event records the pipeline builds, against gold incidents (GVA format).

For each gold incident, the event holding most of its articles stands for it (ties go to the event that holds the
fewest articles of other incidents); its date, place and counts are compared with the incident's. Each figure comes
with the counts behind it, so that a share is never read without knowing how many cases it covers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from crosswire.errors import ConfigError
from crosswire.evaluate.corpus import read_clustering_corpus, read_jsonl
from crosswire.evaluate.metrics import tally
from crosswire.evaluate.run import CorpusRun, run_corpus
from crosswire.model import Count, DatePrecision, EventRecord
from crosswire.pipeline import ProgressCallback
from crosswire.settings import Settings

INCIDENTS_FILE = "incidents.jsonl"  # incident, date, state, city, address, lat, lon, killed, injured, arrested
NEAR_KM = 25.0
REGION_KM = 161.0  # 100 miles, the customary geoparsing tolerance
COUNT_FIELDS = ("killed", "injured", "arrested")


@dataclass(frozen=True)
class GoldIncident:
    incident: str
    day: date | None
    lat: float | None
    lon: float | None
    counts: dict[str, int]


def read_incidents(data: Path) -> dict[str, GoldIncident]:
    """The gold incidents of a GVA-format folder."""
    path = (data.parent if data.is_file() else data) / INCIDENTS_FILE
    if not path.is_file():
        raise ConfigError(f"{path}: not found; `eval events` needs the gold incidents beside the articles")
    incidents = {incident.incident: incident for incident in read_jsonl(path, _incident, "an incident record")}
    return incidents


def _incident(record: dict[str, Any]) -> GoldIncident:
    return GoldIncident(
        incident=str(record["incident"]),
        day=date.fromisoformat(record["date"]) if record.get("date") else None,
        lat=float(record["lat"]) if record.get("lat") is not None else None,
        lon=float(record["lon"]) if record.get("lon") is not None else None,
        counts={name: int(record.get(name) or 0) for name in COUNT_FIELDS},
    )


def representative_events(run: CorpusRun) -> dict[str, EventRecord]:
    """For each gold label, the event record holding most of its documents."""
    by_gold: dict[str, Counter[int]] = defaultdict(Counter)
    event_sizes: Counter[int] = Counter()
    for document, event in zip(run.documents, run.event_of, strict=True):
        if event is not None:
            by_gold[document.gold][event] += 1
            event_sizes[event] += 1
    chosen: dict[str, EventRecord] = {}
    for gold, events in by_gold.items():
        best = max(events, key=lambda event: (events[event], -event_sizes[event]))
        if best in run.events:
            chosen[gold] = run.events[best]
    return chosen


def score_events(records: dict[str, EventRecord], incidents: dict[str, GoldIncident]) -> dict[str, Any]:
    """Date, place and counts of each incident's event record against the incident."""
    hits: Counter[str] = Counter()
    cases: Counter[str] = Counter()
    errors_km: list[float] = []
    precision: Counter[str] = Counter()
    for gold, record in records.items():
        incident = incidents.get(gold)
        if incident is None:
            continue
        cases["incidents"] += 1
        if incident.day is not None:
            cases["date"] += 1
            event_date = record.event_date
            if event_date is None:
                precision["no date"] += 1
            else:
                precision[event_date.precision.name.lower()] += 1
                gap = abs((event_date.day - incident.day).days)
                exact = event_date.precision is DatePrecision.DAY and gap == 0
                hits["date_exact"] += exact
                hits["date_within_1_day"] += event_date.precision is DatePrecision.DAY and gap <= 1
        if incident.lat is not None and incident.lon is not None:
            cases["place"] += 1
            if record.location is not None:
                distance = record.location.distance_km(incident.lat, incident.lon)
                errors_km.append(distance)
                hits["place_within_25_km"] += distance <= NEAR_KM
                hits["place_within_161_km"] += distance <= REGION_KM
        for name in COUNT_FIELDS:
            cases[name] += 1
            # A count no article states is read as none: GVA records 0 for what did not happen.
            value = getattr(record, name)
            hits[f"{name}_exact"] += (value or 0) == incident.counts[name]
            hits[f"{name}_stated"] += value is not None
    errors_km.sort()
    result: dict[str, Any] = {
        "incidents": cases["incidents"],
        "date_exact": tally(hits["date_exact"], cases["date"]),
        "date_within_1_day": tally(hits["date_within_1_day"], cases["date"]),
        "date_precision": dict(precision),
        "place_within_25_km": tally(hits["place_within_25_km"], cases["place"]),
        "place_within_161_km": tally(hits["place_within_161_km"], cases["place"]),
        "place_missing": cases["place"] - len(errors_km),
        "place_median_error_km": round(errors_km[len(errors_km) // 2], 1) if errors_km else None,
    }
    for name in COUNT_FIELDS:
        result[f"{name}_exact"] = tally(hits[f"{name}_exact"], cases[name])
        result[f"{name}_stated"] = tally(hits[f"{name}_stated"], cases[name])
    return result


def score_articles(run: CorpusRun, incidents: dict[str, GoldIncident]) -> dict[str, Any]:
    """Each document's own counts against its incident's: extraction errors, told apart from what clustering and
    reconciliation do to the event's figure (a count the article does not state is read as zero)."""
    hits: Counter[str] = Counter()
    cases = 0
    for document, article in zip(run.documents, run.article_of, strict=True):
        incident = incidents.get(document.gold)
        if incident is None or article is None:
            continue
        cases += 1
        counts = {
            claim.field.value: claim.value.best
            for claim in reversed(run.claims.get(article, []))
            if isinstance(claim.value, Count)
        }
        for name in COUNT_FIELDS:
            hits[name] += counts.get(name, 0) == incident.counts[name]
    return {f"{name}_exact_per_article": tally(hits[name], cases) for name in COUNT_FIELDS}


def evaluate_events(
    data: Path,
    settings: Settings,
    limit: int | None = None,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Run the pipeline on a GVA-format corpus and score each gold incident's event record."""
    incidents = read_incidents(data)
    run = run_corpus(read_clustering_corpus(data, limit), settings, keep_db, on_progress)
    scores = score_events(representative_events(run), incidents)
    return {
        "task": "events",
        "data": str(data),
        "documents": len(run.documents),
        **scores,
        **score_articles(run, incidents),
        "seconds": round(run.seconds, 2),
        "articles_per_second": run.articles_per_second,
    }

"""Event records as JSON, CSV (ACLED's column names where one exists) and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from crosswire.errors import ConfigError
from crosswire.model import ArticleRef, ClaimField, EventRecord, FactStatus

FORMATS = ("json", "csv", "geojson")
SLOT_FIELDS = frozenset(ClaimField) - {ClaimField.ACTOR, ClaimField.STATEMENT}
CSV_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "fatalities",
    "notes",
    "source",
    "injured",
    "arrested",
    "sources",
    "status",
]


def _article_json(article: ArticleRef) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "origin": article.origin,
    }


def event_to_json(event: EventRecord) -> dict[str, Any]:
    """One event record as a JSON-ready dict: the fields, the articles and every fact with its quotes."""
    location = event.location
    return {
        "id": event.id,
        "headline": event.headline,
        "event_date": event.event_date.day.isoformat() if event.event_date else None,
        "date_precision": int(event.event_date.precision) if event.event_date else None,
        "event_type": event.event_type.event_type if event.event_type else None,
        "sub_event_type": event.event_type.sub_event_type if event.event_type else None,
        "location": {
            "name": location.name,
            "geonameid": location.geonameid,
            "lat": location.lat,
            "lon": location.lon,
            "admin1": location.admin1,
            "country": location.country,
            "country_code": location.country_code,
            "kind": location.kind.value,
            "precision": location.geo_precision,
        }
        if location
        else None,
        "killed": event.killed,
        "injured": event.injured,
        "arrested": event.arrested,
        "kidnapped": event.kidnapped,
        "count_ranges": {name: value.to_json() for name, value in event.count_ranges.items()},
        "actors": event.actors,
        "articles": [_article_json(article) for article in event.articles],
        "independent_sources": event.independent_sources,
        "facts": [
            {
                "field": fact.field.value,
                "value": fact.value,
                "value_json": fact.value_json,
                "status": fact.status.value,
                "note": fact.note,
                "independent_sources": fact.independent_sources,
                "sources": [
                    {
                        "article": source.article_id,
                        "outlet": source.outlet,
                        "quote": source.quote,
                        "text": source.text,
                        "start": source.start,
                        "end": source.end,
                        "claim": source.claim_id,
                        "attribution": source.attribution,
                        "hedge": source.hedge,
                    }
                    for source in fact.sources
                ],
            }
            for fact in event.facts
        ],
        "single_source_statements": [
            {"statement": fact.value, "articles": sorted({source.article_id for source in fact.sources})}
            for fact in event.single_source_statements
        ],
        "rules": event.rules,
        "decisions": [
            {"article": d.article_id, "joined": d.joined, "score": d.score, "explanation": d.explanation}
            for d in event.decisions
        ],
    }


def _status_summary(event: EventRecord) -> str:
    """One word for CSV users: contested if any slot fact is, corroborated if all current ones are, else
    single-source. Statements and actors are left out: a record is judged by its fields."""
    statuses = {
        fact.status for fact in event.facts if fact.field in SLOT_FIELDS and fact.status is not FactStatus.UPDATED
    }
    if FactStatus.CONTESTED in statuses:
        return FactStatus.CONTESTED.value
    if statuses and statuses == {FactStatus.CORROBORATED}:
        return FactStatus.CORROBORATED.value
    return FactStatus.SINGLE_SOURCE.value if statuses else ""


def _actor_in_role(event: EventRecord, role: str, position: int) -> str:
    """ACLED's actor1 or actor2: the best-supported actor the articles give that role; without roles, the actors
    in order of support, as before roles were read."""
    for fact in event.facts_for(ClaimField.ACTOR):
        if fact.value_json.get("role") == role:
            return str(fact.value_json.get("name", fact.value))
    if any(fact.value_json.get("role") for fact in event.facts_for(ClaimField.ACTOR)):
        return ""
    return event.actors[position] if len(event.actors) > position else ""


def _csv_row(event: EventRecord) -> dict[str, Any]:
    location = event.location
    contested = sorted(
        {f.field.value for f in event.facts if f.status is FactStatus.CONTESTED and f.field in SLOT_FIELDS}
    )
    notes = event.headline + (f" [contested: {', '.join(contested)}]" if contested else "")
    country_code = location.country_code if location else "XX"
    return {
        "event_id_cnty": f"{country_code}{event.id}",
        "event_date": event.event_date.day.isoformat() if event.event_date else "",
        "event_type": event.event_type.event_type if event.event_type else "",
        "sub_event_type": event.event_type.sub_event_type if event.event_type else "",
        "actor1": _actor_in_role(event, "actor1", 0),
        "actor2": _actor_in_role(event, "actor2", 1),
        "country": location.country if location else "",
        "admin1": (location.admin1 or (location.name if location.kind.value == "admin1" else "")) if location else "",
        "location": location.name if location else "",
        "latitude": location.lat if location else "",
        "longitude": location.lon if location else "",
        "geo_precision": location.geo_precision if location else "",
        "time_precision": int(event.event_date.precision) if event.event_date else "",
        "fatalities": event.killed if event.killed is not None else "",
        "notes": notes,
        "source": "; ".join(sorted({a.outlet or f"article {a.id}" for a in event.articles})),
        "injured": event.injured if event.injured is not None else "",
        "arrested": event.arrested if event.arrested is not None else "",
        "sources": event.independent_sources,
        "status": _status_summary(event),
    }


def export_events(events: list[EventRecord], fmt: str) -> str:
    """Serialise events in `fmt` (json, csv or geojson)."""
    if fmt == "json":
        return json.dumps([event_to_json(event) for event in events], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow(_csv_row(event))
        return buffer.getvalue()
    if fmt == "geojson":
        features = []
        for event in events:
            if event.location is None:
                continue
            properties = event_to_json(event)
            properties.pop("facts")
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [event.location.lon, event.location.lat]},
                    "properties": properties,
                }
            )
        return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2) + "\n"
    raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")

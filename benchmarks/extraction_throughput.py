"""Throughput of the whole extraction beside a spaCy NER-only pass over the same texts, in one process.

Extraction is `Extractor.analyse_many`: spaCy's full pipeline (parser included), then event type, date, place,
counts and actors. The NER-only pass runs the same spaCy model with everything but the tokenizer's neighbours
`tok2vec` and `ner` disabled: what any tool that only finds names would pay. The event-type classifier is also
timed alone on the parsed sentences (its own cost: features and the linear model, without spaCy).
Articles are the bundled examples, repeated with shifted numbers. Prints one JSON object, medians of the repeats.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from pipeline_throughput import example_articles, variants  # beside this script, so on the path when it runs

from crosswire.clean import clean_input
from crosswire.extract import Extractor
from crosswire.extract.event_classifier import load_model, read_event_type
from crosswire.extract.sentences import split_sentences
from crosswire.model import RawInput
from crosswire.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    inputs: list[RawInput] = variants(example_articles(), args.articles)
    articles = [clean_input(raw) for raw in inputs]
    texts = [article.text for article in articles]
    extractor = Extractor.open(Settings.from_env().cache_dir)
    load_model()
    list(extractor.analyse_many(articles[:4]))  # warm up: models loaded before the clock starts
    keep = {"tok2vec", "ner"}
    disabled = [name for name in extractor.nlp.pipe_names if name not in keep]
    parsed = [split_sentences(doc, 2026) for doc in extractor.nlp.pipe(texts, batch_size=64)]
    ner_rates, extraction_rates, classifier_rates = [], [], []
    for _ in range(args.repeats):
        started = time.perf_counter()
        with extractor.nlp.select_pipes(disable=disabled):
            for _doc in extractor.nlp.pipe(texts, batch_size=64):
                pass
        ner_rates.append(len(texts) / (time.perf_counter() - started))
        started = time.perf_counter()
        for _analysis in extractor.analyse_many(articles):
            pass
        extraction_rates.append(len(articles) / (time.perf_counter() - started))
        started = time.perf_counter()
        for sentences in parsed:
            read_event_type(sentences)
        classifier_rates.append(len(parsed) / (time.perf_counter() - started))
    ner, extraction = statistics.median(ner_rates), statistics.median(extraction_rates)
    json.dump(
        {
            "benchmark": "extraction_throughput",
            "articles": len(articles),
            "repeats": args.repeats,
            "spacy_ner_only_articles_per_second": round(ner, 1),
            "extraction_articles_per_second": round(extraction, 1),
            "extraction_to_ner_ratio": round(extraction / ner, 3),
            "event_type_classifier_alone_articles_per_second": round(statistics.median(classifier_rates), 1),
            "sentences_per_article": round(sum(len(s) for s in parsed) / len(parsed), 1),
        },
        sys.stdout,
        indent=2,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

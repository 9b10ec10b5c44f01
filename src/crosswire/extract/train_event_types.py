"""Rebuild the event-type model from the hand-written examples: `python -m crosswire.extract.train_event_types`.

The examples in `data/event_types/*.txt` are invented news sentences, written for crosswire from the ACLED
codebook's definition of each sub-event type and its hard neighbours (an armed clash and an attack on civilians,
shelling and an air strike, arrests and an abduction), plus texts that report no ACLED event. No evaluation text
is among them.

Training is a multinomial logistic regression with an L2 penalty, fitted by L-BFGS over the whole set at once:
no random start, no shuffling, so the same examples and the same spaCy model give the same weights. Classes are
weighted to count equally, however many examples each has, except "none", which counts as several. `--folds N`
prints the accuracy of N-fold cross-validation on the examples (how the penalty was chosen) instead of writing the
model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from crosswire.extract.event_classifier import MODEL_FILE, NONE, sentence_features

EXAMPLES_DIR = Path(__file__).parent / "data" / "event_types"
MIN_FEATURE_COUNT = 2  # a feature seen in one example only is that example's, not its class's
# "none" weighs as much as this many event classes: with every class equal, the 25 event classes would outvote
# it, and a library's opening would become a change to a group's activity.
NONE_WEIGHT = 4.0
PENALTY = 0.03  # L2 strength, chosen by cross-validation on the examples (see --folds)
_DECIMALS = 5


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # "Event type | Sub-event type", or "none"


def read_examples(folder: Path = EXAMPLES_DIR) -> list[Example]:
    """Every example of every file in `folder` (sorted by file name): a "## Type | Sub-type" line starts a class,
    "#" lines are comments, every other non-empty line is one example of the current class."""
    examples: list[Example] = []
    for path in sorted(folder.glob("*.txt")):
        label: str | None = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = line.strip()
            if line.startswith("## "):
                parts = [part.strip() for part in line[3:].split("|")]
                label = NONE if parts[0] == NONE else " | ".join(parts)
            elif line and not line.startswith("#"):
                if label is None:
                    raise ValueError(f"{path} line {number}: an example before any '## Type | Sub-type' line")
                examples.append(Example(line, label))
    return examples


def featurize(examples: list[Example], nlp: Any) -> list[list[str]]:
    """The features of each example, parsed as one text (an example is one or two sentences)."""
    return [
        sentence_features(doc, example.text)
        for example, doc in zip(examples, nlp.pipe(e.text for e in examples), strict=True)
    ]


def _design(rows: list[list[str]], index: dict[str, int]) -> Any:
    """A sparse matrix of the rows, each scaled to unit length, as the classifier scales a sentence."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    data: list[float] = []
    columns: list[int] = []
    pointers = [0]
    for features in rows:
        known = sorted(index[feature] for feature in features if feature in index)
        value = 1.0 / math.sqrt(len(known)) if known else 0.0
        columns.extend(known)
        data.extend([value] * len(known))
        pointers.append(len(columns))
    return csr_matrix((data, columns, pointers), shape=(len(rows), len(index)))


def fit(rows: list[list[str]], labels: list[str], penalty: float = PENALTY) -> dict[str, Any]:
    """Fit the model; returns it as the JSON-ready dict that `EventTypeModel.from_json` reads."""
    from scipy.optimize import minimize  # type: ignore[import-untyped]

    classes = sorted(set(labels))
    counts = Counter(feature for features in rows for feature in features)
    vocabulary = sorted(feature for feature, count in counts.items() if count >= MIN_FEATURE_COUNT)
    index = {feature: position for position, feature in enumerate(vocabulary)}
    x = _design(rows, index)
    y = np.array([classes.index(label) for label in labels])
    per_class = Counter(labels)
    share = {label: NONE_WEIGHT if label == NONE else 1.0 for label in per_class}
    sample_weight = np.array([share[label] * len(labels) / (len(classes) * per_class[label]) for label in labels])
    onehot = np.zeros((len(labels), len(classes)))
    onehot[np.arange(len(labels)), y] = 1.0
    n_features, n_classes = len(vocabulary), len(classes)

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        weights = flat[: n_features * n_classes].reshape(n_features, n_classes)
        bias = flat[n_features * n_classes :]
        scores = x @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scores).sum(axis=1, keepdims=True))
        log_p = scores - log_norm
        value = -(sample_weight * (onehot * log_p).sum(axis=1)).sum() + 0.5 * penalty * float((weights**2).sum())
        error = (np.exp(log_p) - onehot) * sample_weight[:, None]
        gradient_w = x.T @ error + penalty * weights
        gradient_b = error.sum(axis=0)
        return float(value), np.concatenate([np.asarray(gradient_w).ravel(), gradient_b])

    start = np.zeros(n_features * n_classes + n_classes)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 2000, "gtol": 1e-7})
    weights = result.x[: n_features * n_classes].reshape(n_features, n_classes)
    bias = result.x[n_features * n_classes :]
    return {
        "classes": classes,
        "features": vocabulary,
        "weights": np.round(weights, _DECIMALS).tolist(),
        "bias": np.round(bias, _DECIMALS).tolist(),
    }


def examples_digest(examples: list[Example]) -> str:
    """A hash of the training examples, stored in the model so that a stale model can be told apart."""
    text = "\n".join(f"{example.label}\t{example.text}" for example in examples)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def train(examples: list[Example], nlp: Any, penalty: float = PENALTY) -> dict[str, Any]:
    """The model trained on `examples`, with a note of what it was trained on."""
    model = fit(featurize(examples, nlp), [example.label for example in examples], penalty)
    model["trained_on"] = {
        "examples": len(examples),
        "classes": len(model["classes"]),
        "digest": examples_digest(examples),
        "penalty": penalty,
    }
    return model


def cross_validate(examples: list[Example], nlp: Any, folds: int, penalty: float) -> float:
    """Accuracy of `folds`-fold cross-validation (every k-th example held out in turn: deterministic)."""
    from crosswire.extract.event_classifier import EventTypeModel

    rows = featurize(examples, nlp)
    correct = 0
    for fold in range(folds):
        train_rows = [row for position, row in enumerate(rows) if position % folds != fold]
        train_labels = [e.label for position, e in enumerate(examples) if position % folds != fold]
        model = EventTypeModel.from_json(fit(train_rows, train_labels, penalty))
        for position in range(fold, len(rows), folds):
            predicted = model.classes[int(np.argmax(model.probabilities(rows[position])))]
            correct += predicted == examples[position].label
    return correct / len(rows)


def write_model(model: dict[str, Any], path: Path) -> None:
    """Write the model as compact JSON, one feature row per line so that a retrained model diffs readably."""
    lines = [
        "{",
        f'"trained_on": {json.dumps(model["trained_on"], sort_keys=True)},',
        f'"classes": {json.dumps(model["classes"])},',
        f'"bias": {json.dumps(model["bias"])},',
        f'"features": {json.dumps(model["features"], ensure_ascii=False)},',
        '"weights": [',
        ",\n".join(json.dumps(row) for row in model["weights"]),
        "]",
        "}",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=EXAMPLES_DIR)
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    parser.add_argument("--penalty", type=float, default=PENALTY)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate on the examples instead of writing")
    args = parser.parse_args(argv)
    from crosswire.extract.nlp import load_nlp

    examples = read_examples(args.examples)
    nlp = load_nlp()
    if args.folds:
        accuracy = cross_validate(examples, nlp, args.folds, args.penalty)
        json.dump(
            {"examples": len(examples), "folds": args.folds, "penalty": args.penalty, "accuracy": round(accuracy, 4)},
            sys.stdout,
        )
        sys.stdout.write("\n")
        return
    model = train(examples, nlp, args.penalty)
    write_model(model, args.output)
    sys.stdout.write(
        f"{args.output}: {len(model['features'])} features, {len(model['classes'])} classes, {len(examples)} examples\n"
    )


if __name__ == "__main__":
    main()

"""Clustering agreement measures, computed from two labelings of the same items (no scikit-learn needed)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin): per item, how pure and how complete its cluster is."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labelings differ in length")
    if not gold:
        return (0.0, 0.0, 0.0)
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_sizes, predicted_sizes = Counter(gold), Counter(predicted)
    precision = sum(n * n / predicted_sizes[p] for (_, p), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_sizes[g] for (g, _), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (precision, recall, f1)


def _comb2(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Rand index corrected for chance (Hubert and Arabie): 1 for identical clusterings, about 0 for random ones."""
    n = len(gold)
    if n < 2:
        return 1.0
    pairs = Counter(zip(gold, predicted, strict=True))
    index = sum(_comb2(count) for count in pairs.values())
    gold_sum = sum(_comb2(count) for count in Counter(gold).values())
    predicted_sum = sum(_comb2(count) for count in Counter(predicted).values())
    expected = gold_sum * predicted_sum / _comb2(n)
    maximum = (gold_sum + predicted_sum) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def _entropy(counts: Counter[str], total: int) -> float:
    return -sum(c / total * math.log(c / total) for c in counts.values() if c)


def v_measure(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """Homogeneity, completeness and their harmonic mean, the V-measure (Rosenberg and Hirschberg)."""
    n = len(gold)
    if n == 0:
        return (1.0, 1.0, 1.0)
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_counts, predicted_counts = Counter(gold), Counter(predicted)
    h_gold, h_predicted = _entropy(gold_counts, n), _entropy(predicted_counts, n)
    h_gold_given_predicted = -sum(c / n * math.log(c / predicted_counts[p]) for (_, p), c in pairs.items())
    h_predicted_given_gold = -sum(c / n * math.log(c / gold_counts[g]) for (g, _), c in pairs.items())
    homogeneity = 1.0 if h_gold == 0 else 1 - h_gold_given_predicted / h_gold
    completeness = 1.0 if h_predicted == 0 else 1 - h_predicted_given_gold / h_predicted
    total = homogeneity + completeness
    return (homogeneity, completeness, 2 * homogeneity * completeness / total if total else 0.0)


def share(hits: float, cases: int) -> float | None:
    """The share of cases that are hits, to four places; None when there is no case (not zero: nothing was tried)."""
    return round(hits / cases, 4) if cases else None


def tally(hits: int, cases: int) -> dict[str, Any]:
    """A share with the counts behind it, as every evaluation reports its figures."""
    return {"share": share(hits, cases), "hits": hits, "cases": cases}

"""Clustering measures, checked on labelings whose scores are known by hand or from a reference implementation."""

from __future__ import annotations

import pytest

from crosswire.evaluate.metrics import adjusted_rand_index, bcubed, share, tally, v_measure

GOLD = ["a", "a", "b", "b", "c", "c", "c"]
PREDICTED = ["x", "x", "x", "y", "z", "z", "w"]


def test_bcubed_by_hand() -> None:
    precision, recall, f1 = bcubed(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    assert precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert recall == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))


def test_perfect_and_degenerate_clusterings() -> None:
    assert bcubed(GOLD, GOLD) == (1.0, 1.0, 1.0)
    assert adjusted_rand_index(GOLD, GOLD) == 1.0
    assert v_measure(GOLD, GOLD) == (1.0, 1.0, 1.0)
    one_cluster = ["x"] * len(GOLD)
    precision, recall, _ = bcubed(GOLD, one_cluster)
    assert recall == 1.0 and precision < 0.4


def test_ari_and_v_measure_match_the_reference_values() -> None:
    # Values computed with scikit-learn 1.9 (adjusted_rand_score, homogeneity_completeness_v_measure).
    assert adjusted_rand_index(GOLD, PREDICTED) == pytest.approx(0.2953020134228188)
    assert v_measure(GOLD, PREDICTED) == pytest.approx((0.7471790950662618, 0.631306807542149, 0.6843729751257531))


def test_labelings_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        bcubed(["a"], ["x", "y"])


def test_a_share_of_no_cases_is_unknown_not_zero() -> None:
    assert share(3, 4) == 0.75 and share(0, 4) == 0.0 and share(0, 0) is None
    assert tally(2, 3) == {"share": 0.6667, "hits": 2, "cases": 3}

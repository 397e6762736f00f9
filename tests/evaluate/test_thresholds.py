"""Threshold selection from obligations, on data whose answer is known by construction."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.evaluate.metrics import wilson_interval
from bastion.evaluate.thresholds import candidate_table, select_threshold


def levels(*blocks: tuple[float, int, int]) -> tuple[np.ndarray, np.ndarray]:
    """(score, positives, negatives) blocks -> labels and scores."""
    y: list[int] = []
    s: list[float] = []
    for score, pos, neg in blocks:
        y += [1] * pos + [0] * neg
        s += [score] * (pos + neg)
    return np.array(y), np.array(s)


# 30 clean positives at 0.9; a 10/10 mix at 0.7; a 10/40 mix at 0.3.
Y, S = levels((0.9, 30, 0), (0.7, 10, 10), (0.3, 10, 40))
LOWER_AT_09 = 30 / (30 + 1.96**2)  # Wilson lower bound of 30/30: 0.8865


def test_candidates_flag_ties_together() -> None:
    table = candidate_table(Y, S)
    assert table["threshold"].tolist() == [0.9, 0.7, 0.3]
    assert table["tp"].tolist() == [30, 40, 50]
    assert table["fp"].tolist() == [0, 10, 50]


def test_highest_recall_that_meets_the_lower_bound() -> None:
    choice = select_threshold(Y, S, min_precision=0.6)
    assert choice.feasible and choice.threshold == 0.7
    assert choice.precision == pytest.approx(0.8)
    assert choice.precision_lower == pytest.approx(wilson_interval(40, 50)[0])
    assert choice.recall == pytest.approx(0.8)
    assert choice.flagged == 50 and choice.precision_gap == 0.0


def test_point_estimate_is_not_enough() -> None:
    """0.9 reaches precision 1.0, but 30 items only show 0.886 at 95%: 0.85 is met ..."""
    met = select_threshold(Y, S, min_precision=0.85)
    assert met.feasible and met.threshold == 0.9 and met.recall == pytest.approx(0.6)
    assert met.precision_lower == pytest.approx(LOWER_AT_09, abs=1e-9)


def test_infeasible_precision_reports_the_gap() -> None:
    """... and 0.90 cannot be met at all: the answer says by how much."""
    choice = select_threshold(Y, S, min_precision=0.9)
    assert not choice.feasible
    assert choice.threshold == 0.9  # the closest threshold
    assert choice.precision == 1.0
    assert choice.precision_gap == pytest.approx(0.9 - LOWER_AT_09, abs=1e-9)
    assert "0.014 short" in choice.reason


def test_infeasible_recall_reports_the_gap() -> None:
    choice = select_threshold(Y, S, min_precision=0.85, min_recall=0.7)
    assert not choice.feasible and choice.precision_gap == 0.0
    assert choice.threshold == 0.9
    assert choice.recall_gap == pytest.approx(0.7 - wilson_interval(30, 50)[0])
    assert "recall" in choice.reason
    both = select_threshold(Y, S, min_precision=0.6, min_recall=0.6)
    assert both.feasible and both.threshold == 0.7  # recall lower bound 0.66 >= 0.6


def test_ties_in_recall_go_to_the_higher_threshold() -> None:
    y, s = levels((0.9, 20, 0), (0.5, 0, 1), (0.2, 0, 30))
    choice = select_threshold(y, s, min_precision=0.5)
    assert choice.threshold == 0.9 and choice.recall == 1.0 and choice.flagged == 20


def test_no_positives_is_infeasible_without_a_threshold() -> None:
    choice = select_threshold(np.zeros(5, dtype=int), np.linspace(0, 1, 5), 0.5)
    assert not choice.feasible and choice.threshold is None and "no labelled" in choice.reason


@settings(max_examples=60, deadline=None)
@given(
    data=st.lists(
        st.tuples(st.integers(0, 1), st.integers(0, 20).map(lambda v: v / 20)),
        min_size=1,
        max_size=60,
    ),
    target=st.sampled_from([0.3, 0.5, 0.7, 0.9]),
)
def test_choice_is_optimal_against_brute_force(
    data: list[tuple[int, float]], target: float
) -> None:
    y = np.array([label for label, _ in data])
    s = np.array([score for _, score in data])
    choice = select_threshold(y, s, target)
    feasible = []
    for t in sorted(set(s.tolist())):
        flagged = s >= t
        tp = int((flagged & (y == 1)).sum())
        if wilson_interval(tp, int(flagged.sum()))[0] >= target:
            feasible.append((tp, t))
    if y.sum() == 0 or not feasible:
        assert not choice.feasible
        return
    best_tp = max(tp for tp, _ in feasible)
    assert choice.feasible
    assert choice.recall == pytest.approx(best_tp / y.sum())
    assert choice.threshold == max(t for tp, t in feasible if tp == best_tp)
    assert choice.precision_lower >= target

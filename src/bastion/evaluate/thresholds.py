"""Thresholds chosen from obligations: "precision >= X" with the highest recall.

An obligation is a promise made to users and regulators, so it is checked
against the *lower* end of a 95% Wilson interval, not the point estimate: a
threshold that reaches 0.91 precision on 30 flagged items has not shown 0.90.
Recall floors (``min_recall``) are checked the same way.

When no threshold meets the obligation, the answer says so and by how much:
the best lower-bound precision any threshold reaches, and the gap to the target.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from bastion.evaluate.metrics import wilson_lower_bounds

__all__ = ["ThresholdChoice", "candidate_table", "select_threshold"]


@dataclass(frozen=True)
class ThresholdChoice:
    feasible: bool
    threshold: float | None
    """The chosen threshold; when infeasible, the one closest to meeting the obligation."""
    precision: float
    precision_lower: float
    recall: float
    recall_lower: float
    flagged: int
    positives: int
    n: int
    min_precision: float
    min_recall: float | None
    precision_gap: float
    """``min_precision`` minus the best lower-bound precision any threshold reaches (0: met)."""
    recall_gap: float
    """``min_recall`` minus the best lower-bound recall among precision-feasible thresholds."""
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def candidate_table(y: np.ndarray, scores: np.ndarray) -> dict[str, np.ndarray]:
    """Every distinct threshold (each observed score), highest first, with its counts.

    Flagging is ``score >= threshold``, exactly as the policy's rungs compare.
    """
    order = np.argsort(-scores, kind="stable")
    sorted_scores, sorted_y = scores[order], y[order].astype(int)
    tp = np.cumsum(sorted_y)
    fp = np.cumsum(1 - sorted_y)
    # The last position of each run of equal scores: ties are flagged together.
    last = np.r_[sorted_scores[1:] != sorted_scores[:-1], True]
    return {"threshold": sorted_scores[last], "tp": tp[last], "fp": fp[last]}


def select_threshold(
    y: np.ndarray,
    scores: np.ndarray,
    min_precision: float,
    min_recall: float | None = None,
    z: float = 1.96,
) -> ThresholdChoice:
    """The threshold with the highest recall whose precision lower bound is >= ``min_precision``.

    Ties in recall go to the higher threshold (same true positives, fewer false
    positives). ``y`` is binary, ``scores`` in [0, 1].
    """
    y = np.asarray(y).astype(int)
    scores = np.asarray(scores, dtype=float)
    positives, n = int(y.sum()), len(y)
    if positives == 0:
        return _no_choice(n, min_precision, min_recall, "no labelled positives: nothing to find")
    table = candidate_table(y, scores)
    tp, fp = table["tp"], table["fp"]
    precision = tp / (tp + fp)
    precision_lower = wilson_lower_bounds(tp, tp + fp, z)
    recall = tp / positives
    recall_lower = wilson_lower_bounds(tp, np.full_like(tp, positives), z)
    meets_precision = precision_lower >= min_precision
    meets = meets_precision & (recall_lower >= min_recall if min_recall is not None else True)

    def choice(
        index: int, feasible: bool, reason: str, gaps: tuple[float, float]
    ) -> ThresholdChoice:
        return ThresholdChoice(
            feasible=feasible,
            threshold=float(table["threshold"][index]),
            precision=float(precision[index]),
            precision_lower=float(precision_lower[index]),
            recall=float(recall[index]),
            recall_lower=float(recall_lower[index]),
            flagged=int(tp[index] + fp[index]),
            positives=positives,
            n=n,
            min_precision=min_precision,
            min_recall=min_recall,
            precision_gap=gaps[0],
            recall_gap=gaps[1],
            reason=reason,
        )

    if meets.any():
        candidates = np.flatnonzero(meets)
        best_tp = tp[candidates].max()
        index = int(candidates[tp[candidates] == best_tp][0])
        return choice(index, True, "meets the obligation with the highest recall", (0.0, 0.0))
    if not meets_precision.any():
        index = int(np.nanargmax(precision_lower))  # first = highest threshold on ties
        gap = float(min_precision - precision_lower[index])
        reason = (
            f"no threshold shows precision >= {min_precision:.2f} at 95% confidence; the best "
            f"lower bound is {precision_lower[index]:.3f} ({gap:.3f} short)"
        )
        return choice(index, False, reason, (gap, float("nan")))
    assert min_recall is not None  # precision is met somewhere, so recall is what fails
    candidates = np.flatnonzero(meets_precision)
    index = int(candidates[np.argmax(recall_lower[candidates])])
    gap = float(min_recall - recall_lower[index])
    reason = (
        f"precision >= {min_precision:.2f} is reachable, but then recall's lower bound is at "
        f"most {recall_lower[index]:.3f}, {gap:.3f} short of {min_recall:.2f}"
    )
    return choice(index, False, reason, (0.0, gap))


def _no_choice(
    n: int, min_precision: float, min_recall: float | None, reason: str
) -> ThresholdChoice:
    nan = float("nan")
    return ThresholdChoice(
        False, None, nan, nan, nan, nan, 0, 0, n, min_precision, min_recall, nan, nan, reason
    )

"""Binary classification metrics with bootstrap confidence intervals.

Everything here takes ``y_true`` in {0, 1} and ``scores`` in [0, 1] as numpy
arrays and returns plain floats, so results serialise to JSON as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

Metric = Callable[[np.ndarray, np.ndarray], float]


def precision_recall_f1(
    y: np.ndarray, scores: np.ndarray, threshold: float
) -> tuple[float, float, float]:
    predicted = scores >= threshold
    tp = float(np.sum(predicted & (y == 1)))
    fp = float(np.sum(predicted & (y == 0)))
    fn = float(np.sum(~predicted & (y == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def auprc(y: np.ndarray, scores: np.ndarray) -> float:
    return float(average_precision_score(y, scores)) if 0 < y.sum() < len(y) else float("nan")


def roc_auc(y: np.ndarray, scores: np.ndarray) -> float:
    return float(roc_auc_score(y, scores)) if 0 < y.sum() < len(y) else float("nan")


def expected_calibration_error(y: np.ndarray, scores: np.ndarray, bins: int = 10) -> float:
    """Mean |accuracy - confidence| over equal-width probability bins, weighted by bin size."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = index == b
        if mask.any():
            total += mask.sum() * abs(float(y[mask].mean()) - float(scores[mask].mean()))
    return total / len(y) if len(y) else float("nan")


def reliability_curve(y: np.ndarray, scores: np.ndarray, bins: int = 10) -> list[dict[str, float]]:
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    return [
        {
            "bin_low": float(edges[b]),
            "bin_high": float(edges[b + 1]),
            "count": int((index == b).sum()),
            "mean_score": float(scores[index == b].mean()),
            "positive_rate": float(y[index == b].mean()),
        }
        for b in range(bins)
        if (index == b).any()
    ]


def bootstrap_interval(
    metric: Metric, y: np.ndarray, scores: np.ndarray, *, rounds: int = 200, seed: int = 0
) -> tuple[float, float]:
    """95% percentile bootstrap interval of ``metric`` (resampling items)."""
    rng = np.random.default_rng(seed)
    n = len(y)
    values = []
    for _ in range(rounds):
        sample = rng.integers(0, n, n)
        value = metric(y[sample], scores[sample])
        if not np.isnan(value):
            values.append(value)
    if not values:
        return float("nan"), float("nan")
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


@dataclass(frozen=True)
class BinaryReport:
    n: int
    positives: int
    threshold: float
    precision: float
    precision_ci: tuple[float, float]
    recall: float
    recall_ci: tuple[float, float]
    f1: float
    f1_ci: tuple[float, float]
    auprc: float
    auprc_ci: tuple[float, float]
    roc_auc: float
    ece: float

    def to_dict(self) -> dict[str, object]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items()}


def binary_report(
    y: np.ndarray, scores: np.ndarray, threshold: float = 0.5, *, rounds: int = 200, seed: int = 0
) -> BinaryReport:
    y = y.astype(int)

    def at(i: int) -> Metric:
        return lambda yy, ss: precision_recall_f1(yy, ss, threshold)[i]

    precision, recall, f1 = precision_recall_f1(y, scores, threshold)
    return BinaryReport(
        n=len(y),
        positives=int(y.sum()),
        threshold=threshold,
        precision=precision,
        precision_ci=bootstrap_interval(at(0), y, scores, rounds=rounds, seed=seed),
        recall=recall,
        recall_ci=bootstrap_interval(at(1), y, scores, rounds=rounds, seed=seed),
        f1=f1,
        f1_ci=bootstrap_interval(at(2), y, scores, rounds=rounds, seed=seed),
        auprc=auprc(y, scores),
        auprc_ci=bootstrap_interval(auprc, y, scores, rounds=rounds, seed=seed),
        roc_auc=roc_auc(y, scores),
        ece=expected_calibration_error(y, scores),
    )


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion (95% two-sided for ``z=1.96``).

    Preferred to the bootstrap for precision at a fixed threshold: it is exact
    enough at small counts, never degenerate at 0 or n successes, and cheap
    enough to compute for every candidate threshold.
    """
    if trials <= 0:
        return float("nan"), float("nan")
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    margin = z * np.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return float(max(0.0, centre - margin)), float(min(1.0, centre + margin))


def wilson_lower_bounds(successes: np.ndarray, trials: np.ndarray, z: float = 1.96) -> np.ndarray:
    """Vectorised lower ends of :func:`wilson_interval` (NaN where ``trials`` is 0)."""
    k = successes.astype(float)
    n = trials.astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denominator = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denominator
        margin = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
        low: np.ndarray = np.clip(centre - margin, 0.0, 1.0)
    return np.where(n > 0, low, np.nan)

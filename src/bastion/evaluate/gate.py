"""Champion vs challenger: the promotion gate.

Two stored runs (two models, or two policy versions) are compared on the
examples they share, with a *paired* bootstrap: each resample draws the same
examples for both, so the interval is of the difference itself and is much
tighter than two separate intervals would suggest. The challenger fails the
gate when

* it is significantly worse on a category: the whole 95% interval of
  ``challenger - champion`` lies below ``-tolerance`` for a compared metric
  (AUPRC, and recall / precision at each run's own operating point), or
* it breaks an obligation of the policy: the lower Wilson bound of its
  precision (recall) at the operating point is below the obligation's minimum.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from bastion.evaluate.errors import EvalError
from bastion.evaluate.metrics import auprc, precision_recall_f1, wilson_interval
from bastion.evaluate.scored import ScoredExample, label_matrix
from bastion.evaluate.scoring import operating_threshold
from bastion.policy import PolicyEvaluator
from bastion.policy.schema import Obligation

__all__ = [
    "METRICS",
    "Comparison",
    "GateResult",
    "ObligationCheck",
    "check_obligations",
    "compare_runs",
    "pair_examples",
    "paired_bootstrap",
]

Scorer = Callable[[np.ndarray, np.ndarray, float | None], float]


def _auprc(y: np.ndarray, s: np.ndarray, _: float | None) -> float:
    return auprc(y, s)


def _at(index: int) -> Scorer:
    def metric(y: np.ndarray, s: np.ndarray, threshold: float | None) -> float:
        if threshold is None or not y.sum() > 0:
            return float("nan")
        if index == 0 and not (s >= threshold).any():
            return float("nan")  # precision of an empty flag set is undefined, not 0
        return precision_recall_f1(y, s, threshold)[index]

    return metric


METRICS: dict[str, Scorer] = {"auprc": _auprc, "precision": _at(0), "recall": _at(1)}


@dataclass(frozen=True)
class Comparison:
    category: str
    metric: str
    n: int
    champion: float
    challenger: float
    delta: float
    delta_ci: tuple[float, float]
    significantly_worse: bool


@dataclass(frozen=True)
class ObligationCheck:
    category: str
    surface: str
    jurisdiction: str | None
    min_precision: float | None
    min_recall: float | None
    threshold: float | None = None
    precision: float | None = None
    precision_lower: float | None = None
    recall: float | None = None
    recall_lower: float | None = None
    met: bool | None = None
    """None: not measurable on this run (see ``note``)."""
    note: str = ""


@dataclass
class GateResult:
    champion: str
    challenger: str
    paired: int
    comparisons: list[Comparison] = field(default_factory=list)
    obligations: list[ObligationCheck] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        out = [
            f"{c.category}: {c.metric} {c.challenger:.3f} vs {c.champion:.3f} "
            f"(difference {c.delta:+.3f}, 95% CI [{c.delta_ci[0]:+.3f}, {c.delta_ci[1]:+.3f}])"
            for c in self.comparisons
            if c.significantly_worse
        ]
        out.extend(
            f"obligation {o.category} on {o.surface}"
            f"{f' ({o.jurisdiction})' if o.jurisdiction else ''} broken: {o.note}"
            for o in self.obligations
            if o.met is False
        )
        return out

    @property
    def passed(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "problems": self.problems, "passed": self.passed}


def pair_examples(
    champion: Sequence[ScoredExample], challenger: Sequence[ScoredExample]
) -> tuple[list[ScoredExample], list[ScoredExample]]:
    """The examples both runs scored, in the same order; their labels must agree."""
    theirs = {e.id: e for e in challenger}
    ours = [e for e in champion if e.id in theirs]
    if not ours:
        raise EvalError("the two runs share no example ids: run both on the same dataset sample")
    pairs = [theirs[e.id] for e in ours]
    for a, b in zip(ours, pairs, strict=True):
        if dict(a.labels) != dict(b.labels):
            raise EvalError(f"example {a.id} has different labels in the two runs")
    return ours, pairs


def paired_bootstrap(
    y: np.ndarray,
    champion: tuple[np.ndarray, float | None],
    challenger: tuple[np.ndarray, float | None],
    metric: Scorer,
    *,
    rounds: int = 500,
    seed: int = 0,
) -> tuple[float, float, float]:
    """Point difference (challenger - champion) and its 95% percentile bootstrap interval."""
    (sa, ta), (sb, tb) = champion, challenger
    delta = metric(y, sb, tb) - metric(y, sa, ta)
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(rounds):
        i = rng.integers(0, len(y), len(y))
        d = metric(y[i], sb[i], tb) - metric(y[i], sa[i], ta)
        if np.isfinite(d):
            diffs.append(d)
    if not diffs or not np.isfinite(delta):
        return float(delta), float("nan"), float("nan")
    low, high = np.percentile(diffs, [2.5, 97.5])
    return float(delta), float(low), float(high)


def compare_runs(
    champion: tuple[str, Sequence[ScoredExample], dict[str, float | None]],
    challenger: tuple[str, Sequence[ScoredExample], dict[str, float | None]],
    categories: Sequence[str],
    metrics: Sequence[str] = ("auprc", "recall"),
    *,
    tolerance: float = 0.0,
    rounds: int = 500,
    seed: int = 0,
) -> GateResult:
    """Paired comparison per category and metric; thresholds are each run's own."""
    (a_id, a_examples, a_thresholds), (b_id, b_examples, b_thresholds) = champion, challenger
    ours, theirs = pair_examples(a_examples, b_examples)
    result = GateResult(a_id, b_id, len(ours))
    for category in categories:
        _, y, sa = label_matrix(ours, category)
        _, _, sb = label_matrix(theirs, category)
        if not 0 < y.sum() < len(y):
            continue
        for name in metrics:
            metric = METRICS[name]
            ta, tb = a_thresholds.get(category), b_thresholds.get(category)
            delta, low, high = paired_bootstrap(
                y, (sa, ta), (sb, tb), metric, rounds=rounds, seed=seed
            )
            if not np.isfinite(delta):
                continue
            result.comparisons.append(
                Comparison(
                    category=category,
                    metric=name,
                    n=len(y),
                    champion=metric(y, sa, ta),
                    challenger=metric(y, sb, tb),
                    delta=delta,
                    delta_ci=(low, high),
                    significantly_worse=bool(np.isfinite(high) and high < -tolerance),
                )
            )
    return result


def _check(ob: Obligation, **measured: Any) -> ObligationCheck:
    return ObligationCheck(
        category=ob.category,
        surface=ob.surface,
        jurisdiction=ob.jurisdiction,
        min_precision=ob.min_precision,
        min_recall=ob.min_recall,
        **measured,
    )


def check_obligations(
    obligations: Sequence[Obligation],
    evaluator: PolicyEvaluator,
    examples: Sequence[ScoredExample],
    dataset: str | None,
    any_dataset: bool = False,
) -> list[ObligationCheck]:
    """Each obligation measured on ``examples`` at the policy's operating point."""
    checks = []
    for ob in obligations:
        if ob.dataset is not None and ob.dataset != dataset and not any_dataset:
            note = f"measured on {ob.dataset!r}, not on this run's dataset {dataset!r}"
            checks.append(_check(ob, note=note))
            continue
        _, y, s = label_matrix(examples, ob.category)
        threshold = operating_threshold(evaluator, ob.category, ob.surface, ob.jurisdiction)
        if y.sum() == 0 or threshold is None:
            why = "no labelled positives" if threshold is not None else "the policy never acts"
            checks.append(_check(ob, threshold=threshold, note=why))
            continue
        flagged = s >= threshold
        tp, n_flagged, positives = int((flagged & (y == 1)).sum()), int(flagged.sum()), int(y.sum())
        p_low = wilson_interval(tp, n_flagged)[0] if n_flagged else 0.0
        r_low = wilson_interval(tp, positives)[0]
        short = []
        if ob.min_precision is not None and p_low < ob.min_precision:
            short.append(f"precision lower bound {p_low:.3f} < {ob.min_precision:.2f}")
        if ob.min_recall is not None and r_low < ob.min_recall:
            short.append(f"recall lower bound {r_low:.3f} < {ob.min_recall:.2f}")
        checks.append(
            _check(
                ob,
                threshold=threshold,
                precision=tp / n_flagged if n_flagged else None,
                precision_lower=p_low,
                recall=tp / positives,
                recall_lower=r_low,
                met=not short,
                note="; ".join(short) or "met",
            )
        )
    return checks

"""Online metrics from the decision log: action rates, score drift, prevalence.

They read the stored decision records (``DecisionLog.records()``, the window
selected in SQL), never the live service, so they can run anywhere a copy of the
log is; each record is counted as it streams past, so memory does not grow with
the log (drift keeps a 1,000-bin histogram per category, not the scores).

* **Action rates**: per day and surface, how many decisions took each action
  and how many flagged each category.
* **Drift**: the population stability index (PSI) of each category's
  probability between a baseline window and a current window, with an alert
  threshold (rule of thumb: < 0.1 stable, 0.1-0.25 shifting, > 0.25 shifted).
* **Prevalence**: the share of violating content among everything scanned,
  estimated from a *uniform random* sample sent for review (not from the
  flagged items, which would only measure precision), with a Wilson interval.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from bastion.evaluate.metrics import wilson_interval

__all__ = [
    "DEFAULT_PSI_ALERT",
    "ActionRates",
    "Prevalence",
    "ScoreHistograms",
    "action_rates",
    "histogram_psi",
    "in_window",
    "population_stability_index",
    "prevalence",
    "score_drift",
]

DEFAULT_PSI_ALERT = 0.2
_EPSILON = 1e-4
"""Floor of a bin's share, so an empty bin does not make the index infinite."""


def in_window(
    records: Iterable[Mapping[str, Any]],
    start: datetime | None = None,
    end: datetime | None = None,
    surface: str | None = None,
) -> Iterator[Mapping[str, Any]]:
    """Records with ``start <= created_at < end`` (and on ``surface``, when given)."""
    for record in records:
        created = datetime.fromisoformat(record["created_at"])
        if start is not None and created < start:
            continue
        if end is not None and created >= end:
            continue
        if surface is not None and record.get("surface") != surface:
            continue
        yield record


class ActionRates:
    """Counts per (day, applied surface), added one record at a time (bounded memory)."""

    def __init__(self) -> None:
        self.groups: dict[tuple[str, str], dict[str, Any]] = {}
        self.decisions = 0

    def add(self, record: Mapping[str, Any]) -> None:
        day = record["created_at"][:10]
        surface = record.get("applied_surface") or record["surface"]
        row = self.groups.setdefault(
            (day, surface),
            {
                "day": day,
                "surface": surface,
                "decisions": 0,
                "actions": Counter(),
                "flagged": Counter(),
            },
        )
        row["decisions"] += 1
        row["actions"][record["action"]] += 1
        row["flagged"].update(record.get("flagged", ()))
        self.decisions += 1

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for key in sorted(self.groups):
            row = self.groups[key]
            n = row["decisions"]
            out.append(
                {
                    **row,
                    "actions": dict(sorted(row["actions"].items())),
                    "action_rates": {a: c / n for a, c in sorted(row["actions"].items())},
                    "flagged": dict(sorted(row["flagged"].items())),
                    "flag_rates": {c: k / n for c, k in sorted(row["flagged"].items())},
                }
            )
        return out


def action_rates(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per (day, applied surface): decisions, actions and flagged categories."""
    rates = ActionRates()
    for record in records:
        rates.add(record)
    return rates.rows()


def population_stability_index(
    baseline: Sequence[float], current: Sequence[float], bins: int = 10
) -> float:
    """PSI = sum((c - b) * ln(c / b)) over bins of the probability scale.

    Bins are cut at the baseline's deciles (resolution where its mass is: most
    scores sit near 0) and at every 0.1 (so that a baseline concentrated on one
    value, e.g. all 0, still shows a shift anywhere else); duplicates merge.
    """
    b = np.asarray(baseline, dtype=float)
    c = np.asarray(current, dtype=float)
    if len(b) == 0 or len(c) == 0:
        return float("nan")
    deciles = np.quantile(b, np.linspace(0, 1, bins + 1)[1:-1])
    inner = np.unique(np.r_[deciles, np.linspace(0, 1, bins + 1)[1:-1]])
    b_share = np.bincount(np.searchsorted(inner, b, side="right"), minlength=len(inner) + 1)
    c_share = np.bincount(np.searchsorted(inner, c, side="right"), minlength=len(inner) + 1)
    p = np.maximum(b_share / len(b), _EPSILON)
    q = np.maximum(c_share / len(c), _EPSILON)
    return float(np.sum((q - p) * np.log(q / p)))


HISTOGRAM_BINS = 1000
_EDGES = np.linspace(0.0, 1.0, HISTOGRAM_BINS + 1)


class ScoreHistograms:
    """Each category's probabilities in 1,000 equal bins of [0, 1], added one record at a time:
    memory per category, not per decision (an absent probability is 0)."""

    def __init__(self) -> None:
        self.counts: dict[str, np.ndarray] = {}
        self.sums: dict[str, float] = defaultdict(float)
        self.records = 0

    def add(self, record: Mapping[str, Any]) -> None:
        self.records += 1
        for category, value in record.get("categories", {}).items():
            p = min(max(float(value), 0.0), 1.0)
            counts = self.counts.setdefault(category, np.zeros(HISTOGRAM_BINS, dtype=np.int64))
            counts[min(int(p * HISTOGRAM_BINS), HISTOGRAM_BINS - 1)] += 1
            self.sums[category] += p

    def of(self, category: str) -> np.ndarray:
        """The category's bin counts, records without it counted as 0."""
        counts = self.counts.get(category, np.zeros(HISTOGRAM_BINS, dtype=np.int64)).copy()
        counts[0] += self.records - int(counts.sum())
        return counts

    def mean(self, category: str) -> float:
        return self.sums[category] / self.records if self.records else float("nan")


def histogram_psi(baseline: np.ndarray, current: np.ndarray, bins: int = 10) -> float:
    """:func:`population_stability_index` over binned probabilities: the baseline's deciles
    (to the bin) and every 0.1 cut the scale; each bin falls wholly in one interval."""
    nb, nc = int(baseline.sum()), int(current.sum())
    if nb == 0 or nc == 0:
        return float("nan")
    cumulative = np.cumsum(baseline)
    positions = np.searchsorted(cumulative, np.linspace(0, 1, bins + 1)[1:-1] * nb)
    deciles = _EDGES[np.minimum(positions + 1, HISTOGRAM_BINS)]
    grid = _EDGES[np.arange(1, bins) * (HISTOGRAM_BINS // bins)]
    inner = np.unique(np.r_[deciles, grid])
    interval = np.searchsorted(inner, _EDGES[:-1], side="right")
    b_share = np.bincount(interval, weights=baseline, minlength=len(inner) + 1)
    c_share = np.bincount(interval, weights=current, minlength=len(inner) + 1)
    p = np.maximum(b_share / nb, _EPSILON)
    q = np.maximum(c_share / nc, _EPSILON)
    return float(np.sum((q - p) * np.log(q / p)))


def score_drift(
    baseline: ScoreHistograms,
    current: ScoreHistograms,
    categories: Sequence[str] | None = None,
    alert: float = DEFAULT_PSI_ALERT,
) -> list[dict[str, Any]]:
    """PSI per category between two windows of records (an absent probability is 0)."""
    if categories is None:
        categories = sorted({*baseline.counts, *current.counts})
    out = []
    for category in categories:
        psi = histogram_psi(baseline.of(category), current.of(category))
        out.append(
            {
                "category": category,
                "psi": psi,
                "baseline_mean": baseline.mean(category),
                "current_mean": current.mean(category),
                "alert": bool(np.isfinite(psi) and psi >= alert),
            }
        )
    return out


@dataclass(frozen=True)
class Prevalence:
    category: str
    """A taxonomy key, or ``any`` for "violates at least one category"."""
    reviewed: int
    violating: int
    estimate: float
    ci: tuple[float, float]
    scanned: int | None = None
    """Items scanned in the period; with it, the estimate becomes a count."""

    @property
    def estimated_count(self) -> tuple[float, float, float] | None:
        if self.scanned is None:
            return None
        return (self.estimate * self.scanned, self.ci[0] * self.scanned, self.ci[1] * self.scanned)


def prevalence(sample: Iterable[Mapping[str, Any]], scanned: int | None = None) -> list[Prevalence]:
    """Prevalence per category (and ``any``) from reviewed sample rows.

    A row is ``{"labels": {category: 0|1}}`` and/or ``{"violating": bool}``.
    A category a row does not label is unknown for that row, as in datasets.
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in sample:
        labels = {k: float(v) >= 0.5 for k, v in (row.get("labels") or {}).items()}
        for category, positive in labels.items():
            counts[category][0] += positive
            counts[category][1] += 1
        violating = row.get("violating")
        if violating is None and labels:
            violating = any(labels.values())
        if violating is not None:
            counts["any"][0] += bool(violating)
            counts["any"][1] += 1
    return [
        Prevalence(category, n, k, k / n, wilson_interval(k, n), scanned)
        for category, (k, n) in sorted(counts.items(), key=lambda kv: (kv[0] != "any", kv[0]))
        if n
    ]

"""Offline metrics of a scored dataset: per category, per slice, and between categories.

Each category is evaluated only where its label is known (an absent label is
unknown, not negative), at the policy's operating point for the surface.
Per-category numbers carry 95% bootstrap intervals; per-slice numbers carry
Wilson intervals for the rates (cheap enough for many slices) and a point AUPRC.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from bastion import taxonomy
from bastion.evaluate.metrics import (
    auprc,
    binary_report,
    bootstrap_interval,
    expected_calibration_error,
    reliability_curve,
    roc_auc,
    wilson_interval,
)
from bastion.evaluate.scored import ScoredExample, label_matrix

__all__ = [
    "SLICE_KEYS",
    "category_confusion",
    "category_report",
    "evaluate_scored",
    "labelled_categories",
    "slice_reports",
]

SLICE_KEYS = ("lang", "source", "split", "target", "target_group", "functionality")
MIN_SLICE = 10
"""Slices smaller than this are left out of the breakdown (their numbers are noise)."""
MAX_SLICE_VALUES = 15


def labelled_categories(examples: Sequence[ScoredExample]) -> list[str]:
    """Categories with at least one known label, in taxonomy order."""
    seen = {c for e in examples for c in e.labels}
    return [c for c in taxonomy.CATEGORIES if c in seen]


def _rates(y: np.ndarray, flagged: np.ndarray) -> dict[str, Any]:
    tp = int(np.sum(flagged & (y == 1)))
    fp = int(np.sum(flagged & (y == 0)))
    positives, negatives = int(y.sum()), int(len(y) - y.sum())
    out: dict[str, Any] = {"tp": tp, "fp": fp, "fn": positives - tp, "tn": negatives - fp}
    out["fpr"] = fp / negatives if negatives else float("nan")
    out["fpr_ci"] = wilson_interval(fp, negatives)
    out["accuracy"] = (tp + negatives - fp) / len(y) if len(y) else float("nan")
    return out


def category_report(
    y: np.ndarray, scores: np.ndarray, threshold: float | None, *, rounds: int = 200, seed: int = 0
) -> dict[str, Any]:
    """Every offline metric of one category (bootstrap intervals where defined).

    With no positives (or no negatives) only the error rate on the class present
    is defined; with no operating point (the policy never acts on the category
    on this surface) only threshold-free metrics are.
    """
    n, positives = len(y), int(y.sum())
    out: dict[str, Any] = {"n": n, "positives": positives, "threshold": threshold}
    if threshold is not None:
        out.update(_rates(y, scores >= threshold))
    if positives in (0, n):
        if threshold is not None and positives:
            out["recall"] = out["tp"] / positives
            out["recall_ci"] = wilson_interval(out["tp"], positives)
        out["note"] = "only one class is labelled: ranking metrics are undefined"
        return out
    if threshold is not None:
        report = binary_report(y, scores, threshold, rounds=rounds, seed=seed).to_dict()
        out.update({k: v for k, v in report.items() if k not in out})
    else:
        out["note"] = "the policy takes no action on this category on this surface"
        out["auprc"] = auprc(y, scores)
        out["auprc_ci"] = bootstrap_interval(auprc, y, scores, rounds=rounds, seed=seed)
        out["roc_auc"] = roc_auc(y, scores)
        out["ece"] = expected_calibration_error(y, scores)
    out["roc_auc_ci"] = bootstrap_interval(roc_auc, y, scores, rounds=rounds, seed=seed)
    out["ece_ci"] = bootstrap_interval(
        expected_calibration_error, y, scores, rounds=rounds, seed=seed
    )
    out["reliability"] = reliability_curve(y, scores)
    return out


def _slice_values(example: ScoredExample, key: str) -> list[str]:
    raw = example.slices.get(key, "")
    # Multi-valued slices (several target groups) are comma-joined in the format.
    return [v.strip() for v in raw.split(",") if v.strip()] if key == "target_group" else [raw]


def _slice_row(y: np.ndarray, scores: np.ndarray, threshold: float | None) -> dict[str, Any]:
    row: dict[str, Any] = {"n": len(y), "positives": int(y.sum())}
    if threshold is not None:
        flagged = scores >= threshold
        row.update(_rates(y, flagged))
        tp, fp, positives = row["tp"], row["fp"], row["positives"]
        row["precision"] = tp / (tp + fp) if tp + fp else float("nan")
        row["precision_ci"] = wilson_interval(tp, tp + fp)
        row["recall"] = tp / positives if positives else float("nan")
        row["recall_ci"] = wilson_interval(tp, positives)
    row["auprc"] = auprc(y, scores)
    return row


def slice_reports(
    examples: Sequence[ScoredExample],
    categories: Sequence[str],
    thresholds: Mapping[str, float | None],
    keys: Sequence[str] = SLICE_KEYS,
    min_size: int = MIN_SLICE,
) -> dict[str, dict[str, dict[str, Any]]]:
    """``{slice key: {value: {category: row}}}`` for the largest slices of each key."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for key in keys:
        members: dict[str, list[int]] = defaultdict(list)
        for index, example in enumerate(examples):
            for value in _slice_values(example, key):
                if value:
                    members[value].append(index)
        sizes = Counter({v: len(m) for v, m in members.items() if len(m) >= min_size})
        if len(sizes) < 2 and key != "functionality":
            continue  # one value is the whole set: no breakdown to show
        table: dict[str, dict[str, Any]] = {}
        for value, _ in sizes.most_common(MAX_SLICE_VALUES):
            subset = [examples[i] for i in members[value]]
            rows = {}
            for category in categories:
                known, y, scores = label_matrix(subset, category)
                if known.sum() >= min_size:
                    rows[category] = _slice_row(y, scores, thresholds.get(category))
            if rows:
                table[value] = rows
        if table:
            out[key] = table
    return out


def category_confusion(
    examples: Sequence[ScoredExample],
    categories: Sequence[str],
    thresholds: Mapping[str, float | None],
) -> dict[str, Any]:
    """For examples labelled positive for A, how often each category is flagged.

    The last row, ``(none)``, holds examples whose every known label is negative:
    what the system flags on content annotated as clean.
    """
    enforced = [c for c in taxonomy.CATEGORIES if thresholds.get(c) is not None]
    flags = {
        c: np.array([e.scores.get(c, 0.0) >= t for e in examples], dtype=bool)
        for c in enforced
        if (t := thresholds[c]) is not None
    }
    groups: dict[str, np.ndarray] = {}
    for category in categories:
        groups[category] = np.array([float(e.labels.get(category, 0)) >= 0.5 for e in examples])
    groups["(none)"] = np.array(
        [bool(e.labels) and all(float(v) < 0.5 for v in e.labels.values()) for e in examples]
    )
    rows = [name for name, mask in groups.items() if mask.any()]
    columns = [c for c in enforced if any(flags[c][groups[r]].any() for r in rows)]
    return {
        "rows": rows,
        "columns": columns,
        "counts": [int(groups[r].sum()) for r in rows],
        "rates": [[float(flags[c][groups[r]].mean()) for c in columns] for r in rows],
    }


def evaluate_scored(
    examples: Sequence[ScoredExample],
    thresholds: Mapping[str, float | None],
    *,
    slice_keys: Sequence[str] = SLICE_KEYS,
    rounds: int = 200,
    seed: int = 0,
) -> dict[str, Any]:
    """The metrics document of a run (before ``json_safe``)."""
    categories = labelled_categories(examples)
    reports: dict[str, Any] = {}
    for category in categories:
        _, y, scores = label_matrix(examples, category)
        reports[category] = category_report(
            y, scores, thresholds.get(category), rounds=rounds, seed=seed
        )
    return {
        "categories": reports,
        "slices": slice_reports(examples, categories, thresholds, slice_keys),
        "confusion": category_confusion(examples, categories, thresholds),
    }

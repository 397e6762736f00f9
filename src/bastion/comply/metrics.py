"""Accuracy indicators per classifier, read from stored evaluation runs (report Part 8).

A *classifier* here is one policy category as the deployed engine scores it
(detectors plus fusion) at the policy's operating threshold: that is what
decides, so that is what is measured. Indicators are recomputed from the
confusion counts stored in each run, so the report never depends on how a run
rounded its own figures.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bastion.comply import report_types
from bastion.evaluate.runs import RunStore

__all__ = ["INDICATORS", "classifier_rows", "indicators"]

INDICATORS = ("accuracy", "precision", "recall", "tnr", "npv", "fnr", "fpr", "fdr", "for")


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def indicators(tp: int, fp: int, fn: int, tn: int) -> dict[str, float | None]:
    """The indicators the template names, from a confusion matrix (``None`` when undefined)."""
    ppv, tpr = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    tnr, npv = _ratio(tn, tn + fp), _ratio(tn, tn + fn)
    return {
        "accuracy": _ratio(tp + tn, tp + fp + fn + tn),
        "precision": ppv,
        "recall": tpr,
        "tnr": tnr,
        "npv": npv,
        "fnr": _ratio(fn, tp + fn),
        "fpr": _ratio(fp, tn + fp),
        "fdr": _ratio(fp, tp + fp),
        "for": _ratio(fn, tn + fn),
    }


def _created(header: dict[str, Any]) -> date | None:
    try:
        return datetime.fromisoformat(str(header.get("created_at"))).date()
    except ValueError:
        return None


def classifier_rows(store: RunStore, until: date) -> report_types.Table:
    """Part 8 (b): one row per classifier of the latest run per dataset/surface up to ``until``."""
    columns = [
        "classifier",
        "dataset",
        "dataset_version",
        "surface",
        "jurisdiction",
        "model_version",
        "run",
        "threshold",
        "n",
        "tp",
        "fp",
        "fn",
        "tn",
        *INDICATORS,
    ]
    table = report_types.Table("part8_classifiers", columns)
    latest: dict[tuple[str, ...], dict[str, Any]] = {}
    for header in store.list():  # oldest first
        created = _created(header)
        if created is None or created > until:
            continue
        key = tuple(str(header.get(k)) for k in ("dataset", "surface", "jurisdiction"))
        latest[key] = header
    for key in sorted(latest):
        run = store.load(str(latest[key]["id"]))
        header = run.header
        for category, metrics in run.metrics.get("categories", {}).items():
            if metrics.get("threshold") is None or "tp" not in metrics:
                continue
            tp, fp, fn, tn = (int(metrics[k]) for k in ("tp", "fp", "fn", "tn"))
            table.rows.append(
                {
                    "classifier": category,
                    "dataset": header.get("dataset"),
                    "dataset_version": header.get("dataset_version"),
                    "surface": header.get("surface"),
                    "jurisdiction": header.get("jurisdiction"),
                    "model_version": header.get("model_version"),
                    "run": run.id,
                    "threshold": metrics.get("threshold"),
                    "n": tp + fp + fn + tn,
                    "tp": tp,
                    "fp": fp,
                    "fn": fn,
                    "tn": tn,
                    **indicators(tp, fp, fn, tn),
                }
            )
    if not table.rows:
        table.note = "No evaluation run was stored before the period ended (see bastion eval run)."
    return table

"""Measuring a freshly fitted bundle on held-out rows (the model alone, before policy).

* The test split, per category: each head alone (Platt-calibrated on the same
  rows as the fusion) and the fusion, with bootstrap intervals; reliability;
  per language; per source.
* The authored held-out set (``learn/authored/*.test.yaml``, never trained
  on), per functionality, language and identity group: an example passes
  when every category it is labelled for (all of them for a clean example) is
  on the right side of 0.5; a benign example that names a group and is
  flagged in any category counts towards that group's false-positive rate.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from bastion.evaluate.metrics import binary_report, reliability_curve
from bastion.learn.authored_data import SOURCE as AUTHORED
from bastion.learn.corpus import UNKNOWN, Corpus
from bastion.models.bundle import Stack, logit, sigmoid

THRESHOLD = 0.5


def _platt(p: np.ndarray, y: np.ndarray, seed: int) -> tuple[float, float]:
    model = LogisticRegression(C=1.0, solver="lbfgs", max_iter=500, random_state=seed)
    model.fit(logit(p)[:, None], y)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def fused_scores(
    heads: dict[str, np.ndarray], stacks: dict[str, Stack], categories: list[str]
) -> np.ndarray:
    """(n, len(categories)) fusion probabilities from every head's (n, C) scores."""
    columns = []
    for j, category in enumerate(categories):
        columns.append(stacks[category].probabilities({h: p[:, j] for h, p in heads.items()}))
    return np.column_stack(columns)


def evaluate_bundle_scores(
    corpus: Corpus,
    categories: list[str],
    labels: np.ndarray,
    heads: dict[str, np.ndarray],
    stacks: dict[str, Stack],
    split: dict[str, np.ndarray],
    calibrated_on: dict[str, str],
    seed: int,
) -> dict[str, Any]:
    """Per category: test metrics, ablation, reliability, by language, by source."""
    fused = fused_scores(heads, stacks, categories)
    langs = np.array([e.slices.get("lang", "?") for e in corpus.examples])
    sources = np.array([e.slices.get("source", "?") for e in corpus.examples])
    metrics: dict[str, Any] = {}
    for j, category in enumerate(categories):
        y = labels[:, j]
        out: dict[str, Any] = {"calibrated_on": calibrated_on[category]}
        metrics[category] = out
        test = split["test"][y[split["test"]] != UNKNOWN]
        yt = y[test].astype(int)
        if yt.sum() < 3:
            out["test"] = None
            continue
        dev = split["dev"][y[split["dev"]] != UNKNOWN]
        ablation = {}
        for name, p in heads.items():
            if (y[dev] == 1).sum() >= 3 and (y[dev] == 0).sum() >= 3:
                w, b = _platt(p[dev, j], y[dev], seed)
                calibrated = sigmoid(b + w * logit(p[test, j]))
            else:
                calibrated = p[test, j]
            ablation[name] = binary_report(yt, calibrated, rounds=100, seed=seed).to_dict()
        ablation["fusion"] = binary_report(yt, fused[test, j], rounds=200, seed=seed).to_dict()
        out["test"] = ablation
        out["reliability"] = reliability_curve(yt, fused[test, j])
        by_lang: dict[str, Any] = {}
        for lang in sorted(set(langs[test])):
            mask = langs[test] == lang
            if (yt[mask] == 1).sum() >= 5 and (yt[mask] == 0).sum() >= 5:
                report = binary_report(yt[mask], fused[test, j][mask], rounds=100, seed=seed)
                by_lang[lang] = {
                    "n": report.n,
                    "auprc": report.auprc,
                    "f1": report.f1,
                    "roc_auc": report.roc_auc,
                }
        out["by_language"] = by_lang
        by_source: dict[str, Any] = {}
        predicted = fused[test, j] >= THRESHOLD
        for source in sorted(set(sources[test])):
            mask = sources[test] == source
            positives, negatives = int((yt[mask] == 1).sum()), int((yt[mask] == 0).sum())
            by_source[source] = {
                "n": int(mask.sum()),
                "positives": positives,
                "recall": float(predicted[mask & (yt == 1)].mean()) if positives else None,
                "false_positive_rate": (
                    float(predicted[mask & (yt == 0)].mean()) if negatives else None
                ),
            }
        out["by_source"] = by_source
    return metrics


def authored_report(
    corpus: Corpus, categories: list[str], labels: np.ndarray, fused: np.ndarray
) -> dict[str, Any]:
    """Pass rates of the authored held-out set by functionality and language; group FPRs."""
    rows = [
        i
        for i, e in enumerate(corpus.examples)
        if e.slices.get("source") == AUTHORED and e.slices.get("split") == "test"
    ]
    by: dict[str, dict[str, list[int]]] = {
        k: defaultdict(lambda: [0, 0]) for k in ("functionality", "language", "group_fpr")
    }
    for i in rows:
        example = corpus.examples[i]
        known = labels[i] != UNKNOWN
        flagged = fused[i] >= THRESHOLD
        passed = bool(np.all(flagged[known] == (labels[i][known] == 1)))
        for key, value in (
            ("functionality", example.slices.get("func", "-")),
            ("language", example.slices.get("lang", "?")),
        ):
            by[key][value][0] += passed
            by[key][value][1] += 1
        benign = known.any() and not (labels[i][known] == 1).any()
        if benign and example.slices.get("group"):
            counts = by["group_fpr"][example.slices["group"]]
            counts[0] += bool(flagged.any())
            counts[1] += 1
    return {
        "n": len(rows),
        **{
            key: {k: {"hits": v[0], "n": v[1]} for k, v in sorted(table.items())}
            for key, table in by.items()
        },
    }

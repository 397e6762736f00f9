"""Offline metrics on known-answer data: operating points, partial labels, slices, confusion."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bastion.evaluate.metrics import wilson_interval
from bastion.evaluate.offline import (
    category_confusion,
    category_report,
    evaluate_scored,
    labelled_categories,
    slice_reports,
)
from bastion.evaluate.scored import ScoredExample, label_matrix
from bastion.evaluate.scoring import operating_threshold
from bastion.policy import PolicyEvaluator, load_policy, shipped_policy_path


def ex(i: int, labels: dict[str, float], scores: dict[str, float], **slices: str) -> ScoredExample:
    return ScoredExample(f"x/{i}", labels, slices, scores)


@pytest.mark.parametrize(
    ("category", "surface", "jurisdiction", "expected"),
    [
        ("harassment", "comment", None, 0.5),  # inherited from default
        ("profanity", "comment", None, 0.6),  # the allow rung at 0.3 is not enforcement
        ("profanity", "dm", None, None),  # dm only allows: never acted on
        ("scam", "comment", "EU", 0.4),  # overlay replaces the ladder
        ("scam", "comment", "FR", 0.4),  # member state of the EU
        ("scam", "unknown_surface", None, 0.5),  # falls back to default
        ("sexual", "comment", None, None),  # not in the policy at all
    ],
)
def test_operating_threshold_asks_the_policy(
    small_policy: Path, category: str, surface: str, jurisdiction: str | None, expected: float
) -> None:
    evaluator = PolicyEvaluator(load_policy(small_policy))
    assert operating_threshold(evaluator, category, surface, jurisdiction) == expected


def test_operating_threshold_of_shipped_policy() -> None:
    evaluator = PolicyEvaluator(load_policy(shipped_policy_path()))
    assert operating_threshold(evaluator, "prompt-attack", "ai_prompt") == 0.5
    assert operating_threshold(evaluator, "profanity", "ai_prompt") is None


def test_absent_label_is_unknown_not_negative() -> None:
    examples = [
        ex(0, {"scam": 1}, {"scam": 0.9}),
        ex(1, {"scam": 0}, {"scam": 0.1}),
        ex(2, {"spam": 1}, {"scam": 0.95}),  # scam unknown: must not count as a false positive
    ]
    known, y, scores = label_matrix(examples, "scam")
    assert known.tolist() == [True, True, False]
    assert y.tolist() == [1, 0]
    assert scores.tolist() == [0.9, 0.1]
    assert labelled_categories(examples) == ["spam", "scam"]  # taxonomy order


def test_soft_labels_binarised_at_half() -> None:
    examples = [ex(0, {"hate": 0.67}, {}), ex(1, {"hate": 0.33}, {}), ex(2, {"hate": 0.5}, {})]
    assert label_matrix(examples, "hate")[1].tolist() == [1, 0, 1]


def test_category_report_known_answer() -> None:
    # 4 positives, 6 negatives; at 0.5: tp=3, fp=1, fn=1, tn=5.
    y = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    s = np.array([0.9, 0.8, 0.7, 0.2, 0.6, 0.4, 0.3, 0.1, 0.1, 0.0])
    r = category_report(y, s, 0.5, rounds=50)
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (3, 1, 1, 5)
    assert r["precision"] == pytest.approx(0.75)
    assert r["recall"] == pytest.approx(0.75)
    assert r["fpr"] == pytest.approx(1 / 6)
    assert r["fpr_ci"] == pytest.approx(wilson_interval(1, 6))
    assert r["accuracy"] == pytest.approx(0.8)
    assert r["roc_auc"] == pytest.approx(21 / 24)  # 21 of 24 pairs ordered correctly
    for key in ("precision", "recall", "f1", "auprc", "roc_auc", "ece"):
        low, high = r[f"{key}_ci"]
        assert low <= high
    assert r["reliability"]


def test_category_report_without_positives_reports_only_fpr() -> None:
    r = category_report(np.zeros(20, dtype=int), np.linspace(0, 0.6, 20), 0.5, rounds=20)
    assert r["positives"] == 0 and r["fp"] == 4
    assert r["fpr"] == pytest.approx(0.2)
    assert "precision" not in r and "auprc" not in r
    assert "one class" in r["note"]


def test_category_report_with_only_positives_reports_recall() -> None:
    r = category_report(np.ones(10, dtype=int), np.linspace(0, 0.9, 10), 0.5, rounds=20)
    assert r["recall"] == pytest.approx(0.5) and r["recall_ci"] == wilson_interval(5, 10)
    assert "precision" not in r and "auprc" not in r


def test_category_report_without_operating_point() -> None:
    y = np.array([1, 0, 1, 0])
    r = category_report(y, np.array([0.9, 0.1, 0.8, 0.2]), None, rounds=20)
    assert r["auprc"] == pytest.approx(1.0)
    assert "precision" not in r and "fpr" not in r
    assert "no action" in r["note"]


def test_wilson_interval_known_values() -> None:
    low, high = wilson_interval(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-3) and high == pytest.approx(0.9433, abs=1e-3)
    assert wilson_interval(0, 10)[0] == 0.0
    assert wilson_interval(10, 10)[1] == 1.0


def test_slices_split_multi_valued_groups_and_drop_small_ones() -> None:
    examples = [
        ex(i, {"hate": i % 2}, {"hate": 0.9 if i % 2 else 0.2}, target_group="women,muslims")
        for i in range(12)
    ] + [ex(100 + i, {"hate": 0}, {"hate": 0.7}, target_group="jews") for i in range(10)]
    examples += [ex(200 + i, {"hate": 1}, {"hate": 0.7}, target_group="tiny") for i in range(3)]
    table = slice_reports(examples, ["hate"], {"hate": 0.5}, keys=["target_group"])
    groups = table["target_group"]
    assert set(groups) == {"women", "muslims", "jews"}  # "tiny" has < 10 examples
    assert groups["women"]["hate"]["n"] == 12
    assert groups["women"]["hate"]["recall"] == 1.0 and groups["women"]["hate"]["fpr"] == 0.0
    assert groups["jews"]["hate"]["fpr"] == 1.0  # every neutral mention flagged


def test_confusion_between_categories() -> None:
    thresholds = {"harassment": 0.5, "profanity": 0.6, "hate": 0.5}
    examples = [
        ex(0, {"harassment": 1}, {"harassment": 0.9, "profanity": 0.7}),
        ex(1, {"harassment": 1}, {"harassment": 0.2, "profanity": 0.9}),
        ex(2, {"profanity": 1, "harassment": 0}, {"profanity": 0.9}),
        ex(3, {"profanity": 0, "harassment": 0}, {"hate": 0.8}),
        ex(4, {"profanity": 0, "harassment": 0}, {}),
    ]
    c = category_confusion(examples, ["harassment", "profanity"], thresholds)
    assert c["rows"] == ["harassment", "profanity", "(none)"]
    assert c["columns"] == ["hate", "harassment", "profanity"]
    assert c["counts"] == [2, 1, 2]
    assert c["rates"] == [[0.0, 0.5, 1.0], [0.0, 0.0, 1.0], [0.5, 0.0, 0.0]]


def test_evaluate_scored_covers_only_labelled_categories() -> None:
    examples = [ex(i, {"scam": i % 2}, {"scam": 0.8 * (i % 2), "hate": 0.9}) for i in range(30)]
    metrics = evaluate_scored(examples, {"scam": 0.5, "hate": 0.5}, rounds=20)
    assert list(metrics["categories"]) == ["scam"]
    assert metrics["categories"]["scam"]["f1"] == 1.0

"""The promotion gate on runs whose verdict is known by construction."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result

from bastion.cli import main
from bastion.evaluate.errors import EvalError
from bastion.evaluate.gate import METRICS, compare_runs, pair_examples, paired_bootstrap
from bastion.evaluate.metrics import wilson_interval
from bastion.evaluate.scored import ScoredExample

MakeRun = Callable[..., str]

RNG = np.random.default_rng(7)
LABELS = [1] * 100 + [0] * 300
# Champion: positives in [0.7, 1], negatives in [0, 0.45]: perfect at the 0.5 operating point.
GOOD = np.r_[RNG.uniform(0.7, 1.0, 100), RNG.uniform(0.0, 0.45, 300)].tolist()
# A worse challenger: scores unrelated to the labels.
NOISE = RNG.uniform(0.0, 1.0, 400).tolist()
# A challenger that differs from the champion only by a little jitter: not significant.
JITTER = np.clip(np.array(GOOD) + RNG.normal(0, 0.02, 400), 0, 1).tolist()
# Mediocre scores: 0.7 precision at 0.5 (35 false positives per 100 true) for both runs.
MEDIOCRE = [0.9] * 100 + [0.9] * 43 + [0.1] * 257


def gate(tmp_path: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main, ["eval", "--runs-dir", str(tmp_path / "runs"), "gate", "--rounds", "200", *args]
    )


def test_identical_runs_pass(make_run: MakeRun, tmp_path: Path) -> None:
    make_run("champ", LABELS, GOOD)
    make_run("chall", LABELS, GOOD)
    result = gate(tmp_path, "--champion", "champ", "--challenger", "chall")
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output and "400 paired examples" in result.output
    assert "obligation scam on comment: met" in result.output


def test_significantly_worse_challenger_fails(make_run: MakeRun, tmp_path: Path) -> None:
    make_run("champ", LABELS, GOOD)
    make_run("chall", LABELS, NOISE)
    result = gate(tmp_path, "--champion", "champ", "--challenger", "chall", "--json")
    assert result.exit_code == 1
    verdict = json.loads(result.output)
    worse = {c["metric"] for c in verdict["comparisons"] if c["significantly_worse"]}
    assert worse == {"auprc", "recall"}
    assert not verdict["passed"]
    assert any("obligation scam on comment broken" in p for p in verdict["problems"])


def test_a_little_jitter_is_not_significant(make_run: MakeRun, tmp_path: Path) -> None:
    make_run("champ", LABELS, GOOD)
    make_run("chall", LABELS, JITTER)
    result = gate(tmp_path, "--champion", "champ", "--challenger", "chall")
    assert result.exit_code == 0, result.output
    assert "WORSE" not in result.output


def test_tolerance_forgives_a_bounded_drop(make_run: MakeRun, tmp_path: Path) -> None:
    make_run("champ", LABELS, GOOD)
    make_run("chall", LABELS, NOISE)
    strict = gate(tmp_path, "--champion", "champ", "--challenger", "chall", "--metric", "auprc")
    assert strict.exit_code == 1
    loose = gate(
        tmp_path,
        "--champion",
        "champ",
        "--challenger",
        "chall",
        "--metric",
        "auprc",
        "--tolerance",
        "0.9",
        "--json",
    )
    verdict = json.loads(loose.output)
    assert not any(c["significantly_worse"] for c in verdict["comparisons"])
    assert loose.exit_code == 1  # still fails: its precision breaks the obligation


def test_obligation_break_alone_fails_the_gate(make_run: MakeRun, tmp_path: Path) -> None:
    make_run("champ", LABELS, MEDIOCRE)
    make_run("chall", LABELS, MEDIOCRE)
    result = gate(tmp_path, "--champion", "champ", "--challenger", "chall")
    assert result.exit_code == 1
    assert "WORSE" not in result.output
    lower = wilson_interval(100, 143)[0]  # 100 true of 143 flagged
    assert f"BROKEN (precision lower bound {lower:.3f} < 0.80)" in result.output


def test_policy_changed_since_the_run_is_refused(
    make_run: MakeRun, tmp_path: Path, small_policy: Path
) -> None:
    make_run("champ", LABELS, GOOD)
    make_run("chall", LABELS, GOOD)
    small_policy.write_text(small_policy.read_text().replace("1.4.2", "1.5.0"))
    result = gate(tmp_path, "--champion", "champ", "--challenger", "chall")
    assert result.exit_code == 2 and "changed since run chall" in result.output
    explicit = gate(
        tmp_path, "--champion", "champ", "--challenger", "chall", "--policy", str(small_policy)
    )
    assert explicit.exit_code == 0, explicit.output


def test_paired_bootstrap_of_identical_scores_is_exactly_zero() -> None:
    y = np.array(LABELS)
    s = np.array(GOOD)
    assert paired_bootstrap(y, (s, 0.5), (s, 0.5), METRICS["recall"], rounds=50) == (0, 0, 0)


def test_threshold_change_alone_moves_recall() -> None:
    """Two policy versions on one model: same scores, the challenger acts later."""
    y = np.array(LABELS)
    s = np.array(GOOD)
    delta, _, high = paired_bootstrap(y, (s, 0.5), (s, 0.85), METRICS["recall"], rounds=200)
    expected = float((s[:100] >= 0.85).mean()) - 1.0
    assert delta == pytest.approx(expected)
    assert high < 0  # significantly worse recall


def ex(i: int, label: int) -> ScoredExample:
    return ScoredExample(f"x/{i}", {"scam": label}, {}, {"scam": 0.5})


def test_pairing_checks_ids_and_labels() -> None:
    with pytest.raises(EvalError, match="share no example ids"):
        pair_examples([ex(1, 1)], [ex(2, 1)])
    with pytest.raises(EvalError, match="different labels"):
        pair_examples([ex(1, 1)], [ex(1, 0)])
    ours, theirs = pair_examples([ex(1, 1), ex(2, 0), ex(3, 1)], [ex(3, 1), ex(1, 1)])
    assert [e.id for e in ours] == [e.id for e in theirs] == ["x/1", "x/3"]


def test_compare_runs_skips_categories_with_one_class() -> None:
    a = [ex(i, 1) for i in range(5)]
    result = compare_runs(("a", a, {"scam": 0.5}), ("b", a, {"scam": 0.5}), ["scam"], rounds=10)
    assert result.comparisons == [] and result.passed

"""Online metrics and replay from a real decision log (SQLite), plus agreement coefficients."""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from bastion.cli import main
from bastion.evaluate.agreement import cohen_kappa, krippendorff_alpha, overturn_rate
from bastion.evaluate.backtest import backtest
from bastion.evaluate.calibrate import calibrate_policy_file
from bastion.evaluate.metrics import wilson_interval
from bastion.evaluate.online import (
    ScoreHistograms,
    action_rates,
    population_stability_index,
    prevalence,
    score_drift,
)
from bastion.pipeline import Engine
from bastion.policy import PolicyEvaluator, load_policy
from bastion.store import DecisionLog
from bastion.types import Item

CLEAN = ["see you at the show", "lovely track", "what a voice", "great set list"]
PROFANE = ["fuck this shit", "holy shit what a fucking drop", "damn this is shit"]


@pytest.fixture
def log_url(
    sqlite_url: str, small_policy: Path, rule_engine_factory: Callable[[Path], Engine]
) -> str:
    """Day 1: 20 clean comments. Day 2: 12 clean and 12 profane comments, 4 DMs."""
    engine = rule_engine_factory(small_policy)
    log = DecisionLog.open(sqlite_url)
    days = {
        datetime(2026, 1, 1, 12, tzinfo=UTC): [("comment", CLEAN[i % 4]) for i in range(20)],
        datetime(2026, 1, 2, 12, tzinfo=UTC): [("comment", CLEAN[i % 4]) for i in range(12)]
        + [("comment", PROFANE[i % 3]) for i in range(12)]
        + [("dm", PROFANE[i % 3]) for i in range(4)],
    }
    for when, texts in days.items():
        items = [Item(id=f"{when:%d}-{i}", surface=s, text=t) for i, (s, t) in enumerate(texts)]
        decisions = [dataclasses.replace(d, created_at=when) for d in engine.decide_many(items)]
        log.append(decisions)
    log.close()
    return sqlite_url


def records(url: str) -> list[dict[str, object]]:
    log = DecisionLog.open(url)
    try:
        return list(log.records())
    finally:
        log.close()


def test_action_rates_per_day_and_surface(log_url: str) -> None:
    rows = action_rates(records(log_url))
    keys = [(r["day"], r["surface"], r["decisions"]) for r in rows]
    assert keys == [
        ("2026-01-01", "comment", 20),
        ("2026-01-02", "comment", 24),
        ("2026-01-02", "dm", 4),
    ]
    day2 = rows[1]
    assert day2["actions"] == {"allow": 12, "label": 12}
    assert day2["flag_rates"] == {"profanity": 0.5}
    assert rows[2]["actions"] == {"allow": 4}  # the dm surface allows profanity


def test_population_stability_index_known_value() -> None:
    baseline = [0.0] * 50 + [1.0] * 50
    current = [0.0] * 80 + [1.0] * 20
    assert population_stability_index(baseline, current) == pytest.approx(0.3 * math.log(4))
    same = np.random.default_rng(0).uniform(size=2000)
    assert population_stability_index(same, same) == pytest.approx(0.0)
    assert math.isnan(population_stability_index([], [0.5]))


def test_prevalence_from_a_random_review_sample() -> None:
    sample = [{"labels": {"hate": int(i < 10), "scam": 0}} for i in range(200)]
    sample += [{"violating": True}] * 2
    found = {p.category: p for p in prevalence(sample, scanned=10_000)}
    assert found["hate"].estimate == pytest.approx(0.05)
    assert found["hate"].ci == wilson_interval(10, 200)
    assert found["scam"].violating == 0 and found["scam"].reviewed == 200
    assert found["any"].violating == 12 and found["any"].reviewed == 202
    estimate, low, high = found["hate"].estimated_count or (0, 0, 0)
    assert estimate == pytest.approx(500) and low < 500 < high


def test_cli_online_rates_drift_alert_and_prevalence(log_url: str, tmp_path: Path) -> None:
    sample = tmp_path / "sample.jsonl"
    sample.write_text(
        "\n".join(json.dumps({"labels": {"profanity": int(i < 3)}}) for i in range(30))
    )
    base = ["--database-url", log_url, "eval", "online", "--surface", "comment"]
    result = CliRunner().invoke(
        main,
        [
            *base,
            "--from",
            "2026-01-02",
            "--baseline-from",
            "2026-01-01",
            "--baseline-to",
            "2026-01-02",
            "--sample",
            str(sample),
        ],
    )
    assert result.exit_code == 1, result.output  # profanity scores shifted: alert
    assert "24 decisions" in result.output and "ALERT" in result.output
    assert "prevalence profanity" in result.output and "10.000%" in result.output
    quiet = CliRunner().invoke(main, [*base, "--json", "--to", "2026-01-02"])
    assert quiet.exit_code == 0
    assert json.loads(quiet.output)["decisions"] == 20


def test_replaying_the_same_policy_changes_nothing(log_url: str, small_policy: Path) -> None:
    result = backtest(records(log_url), PolicyEvaluator(load_policy(small_policy)))
    assert result.decisions == 48 and result.changed == 0 and not result.categories


def test_backtest_of_a_raised_threshold(log_url: str, small_policy: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.yaml"
    calibrate_policy_file(small_policy, new, "profanity", "comment", 0.99)
    result = backtest(records(log_url), PolicyEvaluator(load_policy(new)), max_examples=2)
    assert result.changed == 12
    assert dict(result.transitions) == {"comment": {"label -> allow": 12}}
    assert result.categories[("comment", "profanity")] == {"no_longer_flagged": 12}
    assert len(result.examples["comment: label -> allow"]) == 2
    cli = CliRunner().invoke(
        main, ["--database-url", log_url, "eval", "backtest", "--policy", str(new)]
    )
    assert cli.exit_code == 0, cli.output
    assert "12 (25.0%) would change action" in cli.output
    assert "label -> allow" in cli.output and "no_longer_flagged" in cli.output


def test_cohen_kappa_known_value() -> None:
    # 50 items: both yes 20, a yes / b no 5, a no / b yes 10, both no 15 -> kappa 0.4.
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(a, a) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="pair them"):
        cohen_kappa(a, b[:-1])


def test_krippendorff_alpha_known_value() -> None:
    """Krippendorff's own worked example: 4 coders, 12 units, missing data, nominal: 0.743."""
    n = None
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    units = [list(unit) for unit in zip(*coders, strict=True)]
    assert krippendorff_alpha(units) == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha([["a", "a"], ["b", "b"]]) == pytest.approx(1.0)
    assert math.isnan(krippendorff_alpha([["a"], [None, "b"]]))


def test_overturn_rate() -> None:
    assert overturn_rate(["block", "allow", "block"], ["block", "allow", "allow"]) == 1 / 3
    assert overturn_rate([], []) == 0.0


def _histograms(values: list[float]) -> ScoreHistograms:
    histograms = ScoreHistograms()
    for value in values:
        histograms.add({"categories": {"hate": value}})
    return histograms


def test_streamed_drift_equals_the_scores_drift() -> None:
    """Drift from 1,000-bin histograms (memory per category, not per decision) gives the PSI
    of the scores themselves: exactly on the known value, within a bin's width on random."""
    baseline = [0.0] * 50 + [1.0] * 50
    current = [0.0] * 80 + [1.0] * 20
    (drift,) = score_drift(_histograms(baseline), _histograms(current))
    assert drift["psi"] == pytest.approx(0.3 * math.log(4)) and drift["alert"]
    assert drift["baseline_mean"] == 0.5 and drift["current_mean"] == 0.2
    rng = np.random.default_rng(1)
    before, after = rng.beta(1, 8, size=3000), rng.beta(1.4, 8, size=3000)
    (streamed,) = score_drift(_histograms(list(before)), _histograms(list(after)))
    assert streamed["psi"] == pytest.approx(population_stability_index(before, after), abs=0.01)
    (none,) = score_drift(_histograms(list(before)), _histograms(list(before)))
    assert none["psi"] == pytest.approx(0.0)

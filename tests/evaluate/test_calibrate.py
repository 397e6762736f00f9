"""``eval calibrate-policy``: the chosen threshold lands in a new, valid policy version."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bastion.cli import main
from bastion.evaluate.calibrate import bump_version, calibrate_policy_file
from bastion.evaluate.errors import EvalError
from bastion.evaluate.scoring import operating_threshold
from bastion.policy import PolicyEvaluator, load_policy

MakeRun = Callable[..., str]


def evaluator(path: Path) -> PolicyEvaluator:
    return PolicyEvaluator(load_policy(path))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("2026.11.0", "2026.11.1"),
        ("1.4.2", "1.4.3"),
        ("v3", "v4"),
        ("9-rc", "10-rc"),
        ("beta", "beta.1"),
    ],
)
def test_bump_version(old: str, new: str) -> None:
    assert bump_version(old) == new


def test_inherited_ladder_is_copied_into_the_surface(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.yaml"
    done = calibrate_policy_file(small_policy, out, "harassment", "comment", 0.7, header="why")
    assert done.version == "1.4.3" and done.old_threshold == 0.5
    assert done.written_to == "surfaces.comment.rules.harassment" and not done.notes
    data = yaml.safe_load(out.read_text())
    assert data["surfaces"]["comment"]["rules"]["harassment"] == [
        {"threshold": 0.7, "action": "hold_for_review"},
        {"threshold": 0.9, "action": "block"},
    ]
    assert out.read_text().startswith("# why\n")
    new = evaluator(out)
    assert operating_threshold(new, "harassment", "comment") == 0.7
    assert operating_threshold(new, "harassment", "dm") == 0.5  # other surfaces untouched
    assert load_policy(out).policy.version == "1.4.3"


def test_moving_past_a_stricter_rung_removes_it_and_says_so(
    small_policy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "new.yaml"
    done = calibrate_policy_file(small_policy, out, "harassment", "comment", 0.95)
    rules = yaml.safe_load(out.read_text())["surfaces"]["comment"]["rules"]["harassment"]
    assert rules == [{"threshold": 0.95, "action": "hold_for_review"}]
    assert "removed rung 0.9 -> block" in done.notes[0]


def test_lowering_below_an_allow_rung(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.yaml"
    done = calibrate_policy_file(small_policy, out, "profanity", "comment", 0.2, version="2.0")
    rules = yaml.safe_load(out.read_text())["surfaces"]["comment"]["rules"]["profanity"]
    assert rules == [{"threshold": 0.2, "action": "label"}]
    assert done.version == "2.0" and "allow" in done.notes[0]


def test_overlay_ladder_is_written_into_the_overlay(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.yaml"
    done = calibrate_policy_file(small_policy, out, "scam", "comment", 0.6, jurisdiction="EU")
    assert done.old_threshold == 0.4
    assert done.written_to == "jurisdictions.EU.surfaces.comment.scam"
    new = evaluator(out)
    assert operating_threshold(new, "scam", "comment", "EU") == 0.6
    assert operating_threshold(new, "scam", "dm", "EU") == 0.4  # overlay "*" still applies
    assert operating_threshold(new, "scam", "comment") == 0.5  # non-EU audiences unchanged


def test_refuses_what_it_cannot_calibrate(small_policy: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.yaml"
    with pytest.raises(EvalError, match="takes no action on 'profanity'"):
        calibrate_policy_file(small_policy, out, "profanity", "dm", 0.5)
    with pytest.raises(EvalError, match="not configured"):
        calibrate_policy_file(small_policy, out, "scam", "podcast", 0.5)
    with pytest.raises(EvalError, match="folder"):
        calibrate_policy_file(tmp_path, out, "scam", "comment", 0.5)
    assert not out.exists()


# 30 clean positives at 0.9, a 10/10 mix at 0.7, 10/40 at 0.3 (see test_thresholds.py).
LABELS = [1] * 30 + [1] * 10 + [0] * 10 + [1] * 10 + [0] * 40
SCORES = [0.9] * 30 + [0.7] * 20 + [0.3] * 50


def test_cli_writes_the_feasible_threshold(
    make_run: MakeRun, small_policy: Path, tmp_path: Path
) -> None:
    run = make_run("r1", LABELS, SCORES)
    out = tmp_path / "calibrated.yaml"
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "--runs-dir",
            str(tmp_path / "runs"),
            "calibrate-policy",
            "--run",
            run,
            "--category",
            "scam",
            "--min-precision",
            "0.85",
            "--policy",
            str(small_policy),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "now: scam on comment acts at 0.5" in result.output
    assert "chosen: threshold 0.9" in result.output and "recall 0.600" in result.output
    new = evaluator(out)
    assert operating_threshold(new, "scam", "comment") == 0.9
    assert load_policy(out).policy.version == "1.4.3"
    assert "on run r1: toy @ v1" in out.read_text()


def test_cli_reports_an_infeasible_obligation(
    make_run: MakeRun, small_policy: Path, tmp_path: Path
) -> None:
    run = make_run("r1", LABELS, SCORES)
    out = tmp_path / "calibrated.yaml"
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "--runs-dir",
            str(tmp_path / "runs"),
            "calibrate-policy",
            "--run",
            run,
            "--category",
            "scam",
            "--min-precision",
            "0.9",
            "--policy",
            str(small_policy),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 1
    assert "INFEASIBLE" in result.output and "lower bound is 0.886" in result.output
    assert "0.014 short" in result.output
    assert not out.exists()


def test_cli_needs_exactly_one_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", "calibrate-policy", "--category", "scam", "--min-precision", "0.9"]
    )
    assert result.exit_code == 2 and "--run RUN or --dataset NAME" in result.output

"""Catalogue backtests: the same tallies on either engine, nothing moves under the same policy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bastion.batch import BatchOptions, backtest_batch
from bastion.config import Settings
from bastion.policy import shipped_policy_path

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*")


def test_backtest_same_on_both_engines(
    catalogue: Path,
    settings: Settings,
    stricter_policy: Path,
    tmp_path: Path,
    ray_cluster: None,
) -> None:
    reports = {}
    for engine in ("local", "ray"):
        options = BatchOptions(engine=engine, workers=2, shard_size=64)  # type: ignore[arg-type]
        tally, summary = backtest_batch(
            catalogue, stricter_policy, settings, options, checkpoint=tmp_path / engine
        )
        assert (summary.items, summary.errors) == (320, 4)
        assert not (tmp_path / engine).exists()
        reports[engine] = tally.to_dict()
    assert reports["local"] == reports["ray"]
    report = reports["local"]
    assert report["items"] == 320 and report["decisions"] == 316
    assert report["policy_version"].startswith("stricter-")
    assert sum(report["surfaces"].values()) == 316
    moved = report["transitions"]["dm"]
    assert moved and all(move.endswith("-> block") for move in moved)
    assert report["changed"] == sum(moved.values())
    assert any(
        row["surface"] == "dm" and row["category"] == "harassment" for row in report["categories"]
    )
    assert all(1 <= len(ids) <= 5 for ids in report["examples"].values())


def test_same_policy_changes_nothing(catalogue: Path, settings: Settings, tmp_path: Path) -> None:
    options = BatchOptions(workers=1, shard_size=64)
    tally, _ = backtest_batch(
        catalogue, shipped_policy_path(), settings, options, checkpoint=tmp_path / "cp"
    )
    assert tally.result.decisions == 316
    assert tally.result.changed == 0 and not tally.result.categories


def test_cli_backtest_reports_changes(
    catalogue: Path, stricter_policy: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    env = {**os.environ, "BASTION_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    result = subprocess.run(
        [
            sys.executable, "-m", "bastion.cli", "backtest",
            "--policy", str(stricter_policy), "--input", str(catalogue),
            "-o", str(report), "--workers", "1", "--shard-size", "64",
        ],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "rescanned 320 items (4 errors)" in result.stdout
    assert "dm " in result.stdout and "-> block" in result.stdout
    assert "done: 320 lines, 4 errors" in result.stderr
    assert json.loads(report.read_text())["changed"] > 0

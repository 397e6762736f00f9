"""Guard-rails of scan-batch: it never overwrites its input, never invents output folders,
reports a finished run as done (``--rescan`` scans again), and Ctrl-C exits 130 saying how to
resume."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bastion.batch import BatchOptions, scan_batch
from bastion.batch.runner import RunAlreadyDoneError
from bastion.config import Settings
from bastion.intake import InputError

ONE = BatchOptions(workers=1, shard_size=64)
CLI = [sys.executable, "-m", "bastion.cli"]


def _cli(*args: str, settings: Settings) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASTION_DATABASE_URL": settings.database_url}
    return subprocess.run(
        [*CLI, "scan-batch", *args], capture_output=True, text=True, env=env, timeout=300
    )


def _logged(settings: Settings) -> list[dict]:
    path = settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        return [json.loads(r[0]) for r in conn.execute("select record from decisions")]


@pytest.mark.parametrize("how", ["same path", "symlink", "hard link", "relative path"])
def test_the_output_is_never_the_input(
    catalogue: Path, settings: Settings, tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = catalogue.read_bytes()
    output = {
        "same path": lambda: catalogue,
        "symlink": lambda: (
            (tmp_path / "link.jsonl").symlink_to(catalogue) or tmp_path / "link.jsonl"
        ),
        "hard link": lambda: os.link(catalogue, tmp_path / "hard.jsonl") or tmp_path / "hard.jsonl",
        "relative path": lambda: monkeypatch.chdir(tmp_path) or Path(catalogue.name),
    }[how]()
    with pytest.raises(InputError, match="is the input file itself"):
        scan_batch(catalogue, output, settings, ONE)
    assert catalogue.read_bytes() == before
    refused = _cli(str(catalogue), "-o", str(output), settings=settings)
    assert refused.returncode == 2 and "is the input file itself" in refused.stderr
    assert catalogue.read_bytes() == before


def test_an_output_folder_that_does_not_exist_is_an_error_not_created(
    catalogue: Path, settings: Settings, tmp_path: Path
) -> None:
    missing = tmp_path / "no" / "such" / "dir"
    with pytest.raises(InputError, match=r"output folder .* does not exist; create it first"):
        scan_batch(catalogue, missing / "out.jsonl", settings, ONE)
    assert not (tmp_path / "no").exists()
    refused = _cli(str(catalogue), "-o", "/nonexistent_dir_for_bastion/x.jsonl", settings=settings)
    assert refused.returncode == 2 and "does not exist" in refused.stderr
    assert not Path("/nonexistent_dir_for_bastion").exists()


def test_a_finished_run_is_reported_done_and_rescan_is_a_new_run(
    catalogue: Path, settings: Settings, tmp_path: Path
) -> None:
    first = scan_batch(catalogue, tmp_path / "a.jsonl", settings, ONE)
    logged = len(_logged(settings))
    assert first.run_id and logged > 0
    with pytest.raises(RunAlreadyDoneError, match=f"run {first.run_id} scanned this input"):
        scan_batch(catalogue, tmp_path / "b.jsonl", settings, ONE)
    assert len(_logged(settings)) == logged, "nothing logged a second time"
    again = _cli(str(catalogue), "-o", str(tmp_path / "c.jsonl"), "--quiet", settings=settings)
    assert again.returncode == 0 and "already done" in again.stderr and "--rescan" in again.stderr
    assert len(_logged(settings)) == logged
    second = scan_batch(catalogue, tmp_path / "d.jsonl", settings, ONE, rescan=True)
    records = _logged(settings)
    assert second.run_id not in (None, first.run_id)
    assert len(records) == 2 * logged
    assert {r["batch_run"] for r in records} == {first.run_id, second.run_id}
    # Another input is another run.
    other = tmp_path / "other.jsonl"
    other.write_text(catalogue.read_text().replace("#1", "#one"), encoding="utf-8")
    assert scan_batch(other, tmp_path / "e.jsonl", settings, ONE).run_id not in (
        first.run_id,
        second.run_id,
    )


def test_ctrl_c_exits_130_and_says_how_to_resume(
    catalogue: Path, settings: Settings, tmp_path: Path
) -> None:
    big = tmp_path / "big.jsonl"
    big.write_text(catalogue.read_text() * 6, encoding="utf-8")  # 30 shards of 64
    out, parts = tmp_path / "out.jsonl", tmp_path / "out.jsonl.parts"
    env = {**os.environ, "BASTION_DATABASE_URL": settings.database_url}
    process = subprocess.Popen(
        [*CLI, "scan-batch", str(big), "-o", str(out), "--workers", "2", "--shard-size", "64"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # As in a terminal: a suite started in the background (nohup, `cmd &`) ignores
        # SIGINT, and an ignored signal stays ignored in the child.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        if parts.exists() and len(list(parts.glob("part-*.jsonl"))) >= 2:
            os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
            break
        time.sleep(0.02)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted:" in stderr and "run the same command again to resume" in stderr
    assert "Traceback" not in stderr
    resumed = _cli(
        str(big), "-o", str(out), "--workers", "1", "--shard-size", "64", settings=settings
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed from the checkpoint" in resumed.stderr
    assert len(out.read_text().splitlines()) == 320 * 6

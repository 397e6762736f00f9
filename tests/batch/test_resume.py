"""A killed batch restarts from its checkpoint: no finished shard decided again, no line twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bastion.batch import BatchOptions, scan_batch, scan_jsonl
from bastion.config import Settings
from bastion.intake import InputError
from bastion.pipeline import Engine
from bastion.store import DecisionLog

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*")

LINES = 960  # 15 shards of 64


def _kill_after_parts(args: list[str], parts: Path, env: dict[str, str], wanted: int) -> int:
    """Run ``bastion scan-batch`` and SIGKILL it once ``wanted`` shards are finished."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bastion.cli", "scan-batch", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if parts.exists() and len(list(parts.glob("part-*.jsonl"))) >= wanted:
                os.killpg(process.pid, signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        assert process.stderr is not None
        process.stderr.close()
    return len(list(parts.glob("part-*.jsonl")))


@pytest.fixture
def big_catalogue(catalogue: Path, tmp_path: Path) -> Path:
    lines = catalogue.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join((lines * 3)[:LINES]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("resume_engine", ["local", "ray"])
def test_killed_batch_resumes_without_rescanning_or_duplicating(
    big_catalogue: Path,
    settings: Settings,
    shipped_engine: Engine,
    tmp_path: Path,
    resume_engine: str,
    request: pytest.FixtureRequest,
) -> None:
    out = tmp_path / "out.jsonl"
    parts = tmp_path / "out.jsonl.parts"
    env = {**os.environ, "BASTION_DATABASE_URL": settings.database_url}
    args = [str(big_catalogue), "-o", str(out), "--workers", "1", "--shard-size", "64", "--quiet"]
    finished = _kill_after_parts(args, parts, env, wanted=3)
    assert 3 <= finished < LINES // 64, "killed mid-batch, with some shards finished"
    assert not out.exists(), "no final output from a killed batch"

    if resume_engine == "ray":
        request.getfixturevalue("ray_cluster")
    options = BatchOptions(engine="ray" if resume_engine == "ray" else "local", shard_size=64)
    summary = scan_batch(big_catalogue, out, settings, options)

    assert summary.shards_resumed == finished
    assert summary.items == LINES - 64 * finished, "finished shards were not decided again"
    reference = tmp_path / "reference.jsonl"
    scan_jsonl(shipped_engine, big_catalogue, reference)
    assert out.read_bytes() == reference.read_bytes(), "every line once, in input order"
    assert not parts.exists()
    log = DecisionLog.open(settings.database_url)
    try:
        accepted = sum(1 for line in reference.read_text().splitlines() if '"error"' not in line)
        assert log.count() == accepted, "each decision logged once across the kill"
        assert log.verify().ok
    finally:
        log.close()


def test_restart_against_a_changed_input_is_refused(
    catalogue: Path, settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    parts = tmp_path / "out.jsonl.parts"
    parts.mkdir()
    (parts / "manifest.json").write_text('{"version": 1, "identity": {"input_bytes": 1}}')
    options = BatchOptions(workers=1, shard_size=64)
    with pytest.raises(InputError, match=r"different batch .*input.*--fresh"):
        scan_batch(catalogue, out, settings, options, log=False)
    fresh = BatchOptions(workers=1, shard_size=64, fresh=True)
    assert scan_batch(catalogue, out, settings, fresh, log=False).items == 320

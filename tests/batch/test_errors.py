"""Bad input and bad set-up get clear errors; a broken item becomes an error record."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from bastion.batch import BatchOptions, scan_batch
from bastion.batch.records import Parsed, decide_chunk
from bastion.batch.sources import plan_shards
from bastion.config import Settings
from bastion.intake import InputError
from bastion.pipeline import Engine
from bastion.types import Decision, Item


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASTION_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    return subprocess.run(
        [sys.executable, "-m", "bastion.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_damaged_parquet_is_an_input_error(tmp_path: Path, settings: Settings) -> None:
    bad = tmp_path / "catalogue.parquet"
    bad.write_bytes(b"PAR1 this is not really parquet")
    with pytest.raises(InputError, match="not a readable Parquet file"):
        scan_batch(bad, tmp_path / "out.jsonl", settings, BatchOptions(workers=1))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.jsonl", "no such file"),
        (lambda p: p, "is a folder, not a file: give a file inside it"),
    ],
)
def test_missing_input(tmp_path: Path, make: object, message: str) -> None:
    assert callable(make)
    with pytest.raises(InputError, match=message):
        plan_shards(make(tmp_path))


def test_shard_size_must_be_a_multiple_of_the_chunk(catalogue: Path) -> None:
    with pytest.raises(InputError, match="multiple of 64"):
        plan_shards(catalogue, 100)


def test_unknown_engine(catalogue: Path, settings: Settings, tmp_path: Path) -> None:
    options = BatchOptions(engine="spark")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="unknown engine 'spark'; use one of local, ray"):
        scan_batch(catalogue, tmp_path / "out.jsonl", settings, options)


def test_cli_rejects_unknown_engine_and_address_without_ray(
    catalogue: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "out.jsonl")
    result = _cli("scan-batch", str(catalogue), "-o", out, "--engine", "spark", tmp_path=tmp_path)
    assert result.returncode == 2 and "'spark' is not one of 'local', 'ray'" in result.stderr
    result = _cli("scan-batch", str(catalogue), "-o", out, "--address", "x:1", tmp_path=tmp_path)
    assert result.returncode == 2 and "--address needs --engine ray" in result.stderr


def test_unreachable_ray_address_fails_fast_and_clearly(catalogue: Path, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = str(tmp_path / "out.jsonl")
    result = _cli(
        "scan-batch",
        str(catalogue),
        "-o",
        out,
        "--engine",
        "ray",
        "--address",
        f"127.0.0.1:{port}",
        tmp_path=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    assert f"error: cannot reach the Ray cluster at 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


class _BreaksOn(Engine):
    """A real engine whose pipeline fails on one item id (as a broken artifact step would)."""

    def decide_many(self, items: Sequence[Item]) -> list[Decision]:
        if any(item.id == "broken" for item in items):
            raise RuntimeError("artifact step failed")
        return super().decide_many(items)

    def decide(self, item: Item) -> Decision:
        if item.id == "broken":
            raise RuntimeError("artifact step failed")
        return super().decide(item)


def test_an_item_that_breaks_the_pipeline_is_one_error_record(shipped_engine: Engine) -> None:
    engine = _BreaksOn(
        shipped_engine.policy.loaded, shipped_engine.detectors, enforce_deadlines=False
    )
    chunk = [
        Parsed(Item(id="a", text="hello there")),
        Parsed(Item(id="broken", text="anything")),
        Parsed(None, "line 3: empty line"),
        Parsed(Item(id="c", text="I will kill you")),
    ]
    records, decisions = decide_chunk(engine, chunk)
    assert [r["id"] for r in records] == ["a", "broken", None, "c"]
    assert records[1] == {
        "id": "broken",
        "error": "scan failed: RuntimeError: artifact step failed",
    }
    assert [d.item_id for d in decisions] == ["a", "c"]
    assert json.dumps(records)  # every record is JSON

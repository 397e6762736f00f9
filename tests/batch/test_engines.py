"""Both engines (and the one-process scan) make byte-identical output from the same input.

The output contract carries no decision id or timestamp, so "identical" here is strict: the
same bytes - actions, category probabilities, flags, evidence, policy and model versions,
error records - in the same order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bastion.batch import BatchOptions, scan_batch, scan_jsonl
from bastion.config import Settings
from bastion.pipeline import Engine
from bastion.store import DecisionLog

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*")


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_local_pool_and_ray_make_identical_output(
    catalogue: Path,
    settings: Settings,
    shipped_engine: Engine,
    tmp_path: Path,
    ray_cluster: None,
) -> None:
    reference = tmp_path / "one-process.jsonl"
    scan_jsonl(shipped_engine, catalogue, reference)
    outputs = {}
    for name, options in {
        "local-1": BatchOptions(engine="local", workers=1, shard_size=64),
        "local-2": BatchOptions(engine="local", workers=2, shard_size=64),
        "ray-2": BatchOptions(engine="ray", workers=2, shard_size=64),
    }.items():
        out = tmp_path / f"{name}.jsonl"
        summary = scan_batch(catalogue, out, settings, options, log=False)
        assert (summary.items, summary.errors, summary.shards) == (320, 4, 5), name
        assert not out.with_name(out.name + ".parts").exists(), "checkpoint removed when done"
        outputs[name] = out.read_bytes()
    assert outputs["local-1"] == outputs["local-2"] == outputs["ray-2"] == reference.read_bytes()
    rows = _rows(tmp_path / "ray-2.jsonl")
    assert [r["id"] for r in rows if "error" not in r][:3] == ["item-0", "item-1", "item-2"]
    assert {r["action"] for r in rows if "error" not in r} >= {"allow", "block"}
    assert rows[7] == {"id": None, "error": rows[7]["error"]}
    assert rows[7]["error"].startswith("line 8: invalid JSON")


def test_parquet_in_and_out_match_jsonl(
    catalogue: Path, settings: Settings, tmp_path: Path, ray_cluster: None
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    scan_batch(catalogue, tmp_path / "ok.jsonl", settings, BatchOptions(workers=1), log=False)
    valid = {row["id"] for row in _rows(tmp_path / "ok.jsonl") if "error" not in row}
    good = [json.loads(line) for line in catalogue.read_text().splitlines() if "item-" in line]
    good = [row for row in good if row["id"] in valid]
    assert len(good) == 316
    jsonl = tmp_path / "good.jsonl"
    jsonl.write_text("".join(json.dumps(row) + "\n" for row in good))
    parquet = tmp_path / "good.parquet"
    # Row groups of a multiple of the 64-item chunk: then the Parquet shards batch the same
    # items together as the JSONL ones (batched embeddings differ in the last bits otherwise).
    pq.write_table(pa.Table.from_pylist(good), parquet, row_group_size=128)

    scan_batch(jsonl, tmp_path / "from-jsonl.jsonl", settings, BatchOptions(workers=1), log=False)
    ray_options = BatchOptions(engine="ray", workers=2, shard_size=64)
    scan_batch(parquet, tmp_path / "from-parquet.jsonl", settings, ray_options, log=False)
    scan_batch(parquet, tmp_path / "out.parquet", settings, ray_options, log=False)

    assert _rows(tmp_path / "from-parquet.jsonl") == _rows(tmp_path / "from-jsonl.jsonl")
    table = pq.read_table(tmp_path / "out.parquet").to_pylist()
    expected = _rows(tmp_path / "from-jsonl.jsonl")
    assert len(table) == len(expected)
    for row, want in zip(table, expected, strict=True):
        assert row["id"] == want["id"] and row["action"] == want["action"]
        assert dict(row["categories"]) == want["categories"]
        assert json.loads(row["evidence"]) == want["evidence"]
        assert row["error"] is None


def test_parallel_workers_log_every_decision_once(
    catalogue: Path, settings: Settings, tmp_path: Path, ray_cluster: None
) -> None:
    out = tmp_path / "out.jsonl"
    scan_batch(catalogue, out, settings, BatchOptions(engine="ray", workers=2, shard_size=64))
    local = BatchOptions(engine="local", workers=2, shard_size=64)
    scan_batch(catalogue, out, settings, local, rescan=True)  # the same input: a second run
    log = DecisionLog.open(settings.database_url)
    try:
        assert log.count() == 2 * 316
        assert log.verify().ok
    finally:
        log.close()

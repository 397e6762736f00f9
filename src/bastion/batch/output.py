"""The final scan-batch output: the checkpoint's parts joined in shard order.

JSONL output is the parts concatenated. Parquet output has one row group per shard and the
columns ``id, action, categories (map), flagged (list), evidence (JSON text), policy_version,
model_version, error``; an error record has only ``id`` and ``error``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

__all__ = ["OutputFormat", "output_format", "write_output"]

OutputFormat = Literal["jsonl", "parquet"]


def output_format(path: Path) -> OutputFormat:
    return "parquet" if path.suffix.lower() in {".parquet", ".pq"} else "jsonl"


def write_output(parts: Iterable[Path], destination: Path, fmt: OutputFormat) -> None:
    """Join ``parts`` into ``destination`` through a ``.partial`` file renamed at the end."""
    partial = destination.with_name(destination.name + ".partial")
    destination.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        _write_parquet(parts, partial)
    else:
        with partial.open("wb") as out:
            for part in parts:
                with part.open("rb") as inp:
                    shutil.copyfileobj(inp, out)
            out.flush()
            os.fsync(out.fileno())
    os.replace(partial, destination)


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    if "error" in record:
        return {"id": record["id"], "error": record["error"]}
    return {**record, "evidence": json.dumps(record["evidence"], ensure_ascii=False)}


def _write_parquet(parts: Iterable[Path], destination: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.string()),
            ("action", pa.string()),
            ("categories", pa.map_(pa.string(), pa.float64())),
            ("flagged", pa.list_(pa.string())),
            ("evidence", pa.string()),
            ("policy_version", pa.string()),
            ("model_version", pa.string()),
            ("error", pa.string()),
        ]
    )
    with pq.ParquetWriter(destination, schema) as writer:
        for part in parts:
            with part.open(encoding="utf-8") as inp:
                rows = [_parquet_row(json.loads(line)) for line in inp]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))

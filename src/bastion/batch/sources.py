"""Batch input: JSONL or Parquet, cut into shards that any worker can read on its own.

A shard is a range of input lines (JSONL: byte offsets found once by the driver) or rows
(Parquet: a slice of one row group, found from the file's metadata without reading data).
Shards are the unit of work, of checkpointing and of output: a worker reads its shard
straight from storage, so a shard description is a few numbers, cheap to ship to a Ray actor.

Bad JSONL lines are not a reason to stop: they are read as bytes and become error records.
A Parquet file that cannot be opened is an :class:`InputError` before any work starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from bastion.batch.records import CHUNK, Parsed, parse_line, parse_row
from bastion.intake import InputError, file_problem

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "InputFormat",
    "Shard",
    "input_format",
    "plan_shards",
    "read_shard",
]

InputFormat = Literal["jsonl", "parquet"]

DEFAULT_SHARD_SIZE = 1024
"""Items per shard: a killed batch redoes at most one shard per worker."""


@dataclass(frozen=True)
class Shard:
    """Items ``first_number`` .. of ``path``; ``start``/``stop`` are byte offsets (JSONL) or
    row offsets inside row group ``row_group`` (Parquet)."""

    index: int
    path: str
    format: InputFormat
    start: int
    stop: int
    first_number: int
    count: int
    row_group: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shard:
        return cls(**data)


def input_format(path: Path) -> InputFormat:
    """Parquet for ``.parquet``/``.pq`` files, JSONL otherwise."""
    return "parquet" if path.suffix.lower() in {".parquet", ".pq"} else "jsonl"


def plan_shards(path: Path, shard_size: int = DEFAULT_SHARD_SIZE) -> list[Shard]:
    """Cut ``path`` into shards of at most ``shard_size`` items (a multiple of the chunk)."""
    if shard_size < CHUNK or shard_size % CHUNK:
        raise InputError(f"shard size must be a positive multiple of {CHUNK}, got {shard_size}")
    problem = file_problem(path)
    if problem is not None:
        raise InputError(problem)
    path = path.resolve()  # workers may run elsewhere (another cwd, another node)
    if input_format(path) == "parquet":
        return _plan_parquet(path, shard_size)
    return _plan_jsonl(path, shard_size)


def _plan_jsonl(path: Path, shard_size: int) -> list[Shard]:
    shards: list[Shard] = []
    start = offset = count = 0
    number = 1
    with path.open("rb") as stream:
        for line in stream:
            offset += len(line)
            count += 1
            if count == shard_size:
                shards.append(Shard(len(shards), str(path), "jsonl", start, offset, number, count))
                start, number, count = offset, number + count, 0
    if count:
        shards.append(Shard(len(shards), str(path), "jsonl", start, offset, number, count))
    return shards


def _parquet_file(path: Path) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            "reading Parquet needs pyarrow: pip install 'bastion[ray]' (or pyarrow)"
        ) from exc
    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid / OSError for a damaged file
        raise InputError(f"{path} is not a readable Parquet file ({exc})") from exc


def _plan_parquet(path: Path, shard_size: int) -> list[Shard]:
    meta = _parquet_file(path).metadata
    shards: list[Shard] = []
    number = 1
    for group in range(meta.num_row_groups):
        rows = meta.row_group(group).num_rows
        for start in range(0, rows, shard_size):
            stop = min(start + shard_size, rows)
            shards.append(
                Shard(len(shards), str(path), "parquet", start, stop, number, stop - start, group)
            )
            number += stop - start
    return shards


def read_shard(shard: Shard, max_text_bytes: int) -> Iterator[Parsed]:
    """The shard's items in input order, each parsed or with its error."""
    if shard.format == "parquet":
        table = _parquet_file(Path(shard.path)).read_row_group(shard.row_group)
        rows = table.slice(shard.start, shard.stop - shard.start).to_pylist()
        for number, row in enumerate(rows, start=shard.first_number):
            yield parse_row(number, row, max_text_bytes)
        return
    with open(shard.path, "rb") as stream:
        stream.seek(shard.start)
        data = stream.read(shard.stop - shard.start)
    lines = data.split(b"\n")  # only "\n" ends a line, as when the driver counted them
    if lines[-1] == b"":
        lines.pop()
    for number, raw in enumerate(lines, start=shard.first_number):
        yield parse_line(number, raw.rstrip(b"\r"), max_text_bytes)

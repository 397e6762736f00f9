"""``scan-batch`` on one process: JSONL in, one JSONL record out per input line.

Output lines keep the input order. A line that cannot be scanned (bad JSON,
bad UTF-8, invalid item) becomes an error record ``{"id", "error"}`` and the
batch goes on. Output is written to a temporary file and renamed at the end,
so a crashed batch never leaves a truncated file that looks complete.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from bastion.intake import InputError, item_from_json
from bastion.pipeline import Engine
from bastion.types import Decision

__all__ = ["BatchSummary", "decision_record", "scan_jsonl"]

CHUNK = 64
"""Lines decided together: embeddings are computed in one call, decisions logged in one
transaction."""


@dataclass
class BatchSummary:
    items: int = 0
    errors: int = 0
    seconds: float = 0.0

    @property
    def items_per_second(self) -> float:
        return self.items / self.seconds if self.seconds > 0 else 0.0


def decision_record(decision: Decision) -> dict[str, Any]:
    """The scan-batch output contract for one decision."""
    full = decision.to_dict()
    return {
        "id": decision.item_id,
        "action": full["action"],
        "categories": full["categories"],
        "flagged": full["flagged"],
        "evidence": full["evidence"],
        "policy_version": full["policy_version"],
        "model_version": full["model_version"],
    }


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, start=1):
        yield number, raw.rstrip(b"\r\n")


def _parse(number: int, raw: bytes, max_text_bytes: int) -> tuple[Any, Any]:
    """(item, None) or (id-or-None, error message)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"line {number}: not valid UTF-8 (byte {exc.start}: {exc.reason})"
    if not text.strip():
        return None, f"line {number}: empty line"
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})"
    raw_id = obj.get("id") if isinstance(obj, dict) else None
    try:
        return item_from_json(obj, max_text_bytes), None
    except InputError as exc:
        return (raw_id if isinstance(raw_id, (str, int)) else None), f"line {number}: {exc}"


def scan_jsonl(
    engine: Engine,
    source: Path,
    destination: Path,
    progress: Callable[[BatchSummary], None] | None = None,
    progress_every: float = 2.0,
) -> BatchSummary:
    summary = BatchSummary()
    started = last_report = time.perf_counter()
    partial = destination.with_name(destination.name + ".partial")
    destination.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as inp, partial.open("w", encoding="utf-8") as out:
        chunk: list[tuple[int, bytes]] = []
        for number, raw in _lines(inp):
            chunk.append((number, raw))
            if len(chunk) >= CHUNK:
                _scan_chunk(engine, chunk, out, summary)
                chunk.clear()
                now = time.perf_counter()
                if progress is not None and now - last_report >= progress_every:
                    summary.seconds = now - started
                    progress(summary)
                    last_report = now
        _scan_chunk(engine, chunk, out, summary)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, destination)
    summary.seconds = time.perf_counter() - started
    return summary


def _scan_chunk(
    engine: Engine, chunk: list[tuple[int, bytes]], out: TextIO, summary: BatchSummary
) -> None:
    """Decide a chunk of lines together (batched embeddings), log them, write them in order."""
    parsed = [_parse(number, raw, engine.max_text_bytes) for number, raw in chunk]
    decisions = iter(engine.decide_many([item for item, error in parsed if error is None]))
    logged: list[Decision] = []
    for item, error in parsed:
        if error is None:
            decision = next(decisions)
            logged.append(decision)
            record = decision_record(decision)
        else:
            summary.errors += 1
            record = {"id": item, "error": error}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        summary.items += 1
    if engine.log is not None and logged:
        engine.log.append(logged)

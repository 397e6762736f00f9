"""``scan_jsonl``: a JSONL batch in this process with an engine the caller already holds.

Output lines keep the input order. A line that cannot be scanned (bad JSON, bad UTF-8,
invalid item) becomes an error record ``{"id", "error"}`` and the batch goes on. Output is
written to a temporary file and renamed at the end, so a crashed batch never leaves a
truncated file that looks complete. Decisions are logged one transaction per chunk.

For large inputs, parallel engines and resumable runs use :func:`bastion.batch.scan_batch`;
it makes the same records from the same chunks.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from bastion.batch.records import CHUNK, Parsed, decide_chunk, parse_line, record_line
from bastion.batch.summary import BatchSummary
from bastion.pipeline import Engine
from bastion.scanner import Scanner

__all__ = ["scan_jsonl"]


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, start=1):
        yield number, raw.rstrip(b"\r\n")


def scan_jsonl(
    engine: Engine | Scanner,
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
        chunk: list[Parsed] = []
        for number, raw in _lines(inp):
            chunk.append(parse_line(number, raw, engine.max_text_bytes))
            if len(chunk) >= CHUNK:
                _scan_chunk(engine, chunk, out.write, summary)
                chunk.clear()
                now = time.perf_counter()
                if progress is not None and now - last_report >= progress_every:
                    summary.seconds = now - started
                    progress(summary)
                    last_report = now
        _scan_chunk(engine, chunk, out.write, summary)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, destination)
    summary.seconds = time.perf_counter() - started
    return summary


def _scan_chunk(
    engine: Engine | Scanner,
    chunk: list[Parsed],
    write: Callable[[str], object],
    summary: BatchSummary,
) -> None:
    """Decide a chunk of lines together (batched embeddings), log them, write them in order."""
    if not chunk:
        return
    records, decisions = decide_chunk(engine, chunk)
    for record in records:
        write(record_line(record))
    summary.items += len(records)
    summary.errors += len(records) - len(decisions)
    if isinstance(engine, Scanner):  # a bare core records nothing (dry runs, tests)
        engine.record(decisions)

"""One batch worker: loads the engine once, then turns whole shards into finished parts.

The same :class:`ShardWorker` runs in the driver process (one worker), in each process of
the local pool, and inside each Ray actor, so every engine makes its decisions with the
same code, the same chunks and the same single-threaded numerics.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from bastion.batch.checkpoint import Checkpoint
from bastion.batch.records import CHUNK, Parsed, decide_chunk, record_line
from bastion.batch.sources import Shard, read_shard
from bastion.batch.tally import ShardTally
from bastion.config import Settings
from bastion.policy import PolicyEvaluator, load_policy
from bastion.scanner import Scanner

__all__ = ["JobSpec", "ShardResult", "ShardWorker"]

JobKind = Literal["scan", "backtest"]


@dataclass(frozen=True)
class JobSpec:
    """Everything a worker needs, as plain values (it travels to other processes and nodes)."""

    kind: JobKind
    settings: dict[str, Any]
    """``Settings`` fields; workers rebuild their settings from these."""
    checkpoint: str
    log: bool = True
    new_policy: str | None = None
    """Backtests: the policy to compare with the current one."""
    max_examples: int = 5
    workdir: str | None = None
    """The driver's working directory: relative media paths in items are relative to it."""
    run_id: str | None = None
    """The batch run (:mod:`bastion.batch.runs`) the logged decisions carry."""

    @property
    def suffix(self) -> str:
        return "jsonl" if self.kind == "scan" else "json"

    def open_checkpoint(self) -> Checkpoint:
        return Checkpoint(Path(self.checkpoint), self.suffix)


@dataclass(frozen=True)
class ShardResult:
    index: int
    items: int
    errors: int
    seconds: float
    cpu_seconds: float
    """CPU time of the worker process for this shard (unlike ``seconds``, not inflated when
    other work shares the cores)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "items": self.items,
            "errors": self.errors,
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
        }


def single_threaded_numerics() -> None:
    """One BLAS thread per worker: workers are processes (one per core), and the same thread
    count everywhere keeps floating-point sums, hence decisions, identical across engines."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


class ShardWorker:
    """Decides shards with one engine loaded at construction."""

    def __init__(self, spec: JobSpec) -> None:
        single_threaded_numerics()
        if spec.workdir is not None and os.path.isdir(spec.workdir):
            os.chdir(spec.workdir)  # a Ray actor starts in Ray's own folder
        self.spec = spec
        self.settings = Settings(**spec.settings)
        scanning = spec.kind == "scan"
        self.engine = Scanner.from_settings(self.settings, log=scanning and spec.log)
        self.new_policy = (
            PolicyEvaluator(load_policy(Path(spec.new_policy))) if spec.new_policy else None
        )
        self.checkpoint = spec.open_checkpoint()

    def close(self) -> None:
        self.engine.close()

    def run(self, shard: Shard) -> ShardResult:
        """Decide every item of ``shard`` and write its part; returns the shard's counts."""
        started, cpu = time.perf_counter(), time.process_time()
        if self.spec.kind == "scan":
            items, errors = self._scan(shard)
        else:
            items, errors = self._backtest(shard)
        return ShardResult(
            shard.index,
            items,
            errors,
            time.perf_counter() - started,
            time.process_time() - cpu,
        )

    def _chunks(self, shard: Shard) -> Iterator[list[Parsed]]:
        chunk: list[Parsed] = []
        for parsed in read_shard(shard, self.engine.max_text_bytes):
            chunk.append(parsed)
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def _scan(self, shard: Shard) -> tuple[int, int]:
        lines: list[str] = []
        decisions = []
        errors = 0
        for chunk in self._chunks(shard):
            records, decided = decide_chunk(self.engine, chunk)
            decisions.extend(decided)
            errors += len(records) - len(decided)
            lines.extend(record_line(r) for r in records)
        # The shard's decisions are logged in one transaction just before its part appears,
        # so a restart re-logs a shard only if the batch died between those two steps.
        if self.spec.run_id is not None:
            decisions = [replace(d, batch_run=self.spec.run_id) for d in decisions]
        self.engine.record(decisions)
        self.checkpoint.write(shard.index, lines)
        return len(lines), errors

    def _backtest(self, shard: Shard) -> tuple[int, int]:
        assert self.new_policy is not None, "a backtest job names its new policy"
        tally = ShardTally.empty(self.new_policy.version)
        for chunk in self._chunks(shard):
            records, decided = decide_chunk(self.engine, chunk)
            tally.add(decided, self.new_policy, errors=len(records) - len(decided))
        tally.cap_examples(self.spec.max_examples)
        self.checkpoint.write(shard.index, [json.dumps(tally.to_dict(), sort_keys=True)])
        return tally.items, tally.errors

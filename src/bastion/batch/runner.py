"""Run a batch end to end: plan shards, skip finished ones, dispatch, report, join.

``scan_batch`` writes one output record per input item, in input order; ``backtest_batch``
decides each item under the current policy and tallies what a new policy would change.
Both run on either engine - ``local`` (a process pool) or ``ray`` - with the same
:class:`~bastion.batch.worker.ShardWorker`, and both resume from their checkpoint.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bastion.batch.checkpoint import Checkpoint
from bastion.batch.output import output_format, write_output
from bastion.batch.runs import BatchRun, BatchRuns, file_digest
from bastion.batch.sources import DEFAULT_SHARD_SIZE, Shard, plan_shards
from bastion.batch.summary import BatchSummary
from bastion.batch.tally import ShardTally
from bastion.batch.worker import JobSpec, ShardResult
from bastion.config import Settings
from bastion.intake import InputError, file_problem
from bastion.policy import load_policy, shipped_policy_path

__all__ = ["BatchOptions", "EngineName", "RunAlreadyDoneError", "backtest_batch", "scan_batch"]

EngineName = Literal["local", "ray"]
ENGINES: tuple[EngineName, ...] = ("local", "ray")

Progress = Callable[[BatchSummary], None]


class RunAlreadyDoneError(Exception):
    """The same input was scanned to the end under the same policy and models already."""

    def __init__(self, run: BatchRun) -> None:
        self.run = run
        finished = run.finished_at.isoformat(timespec="seconds") if run.finished_at else "?"
        super().__init__(
            f"already done: run {run.id} scanned this input ({run.items} lines) with the same "
            f"policy and models on {finished} into {run.output}; nothing was scanned or logged "
            "again. Pass --rescan to scan and log it again as a new run"
        )


def check_paths(source: Path, output: Path) -> None:
    """Refuse an output that is the input (also through a link) or lies in no folder."""
    problem = file_problem(source)
    if problem is not None:
        raise InputError(problem)
    folder = output.parent
    if not folder.is_dir():
        raise InputError(
            f"the output folder {folder} does not exist; create it first (mkdir -p {folder}) "
            "or choose another -o"
        )
    if output.is_dir():
        raise InputError(
            f"the output {output} is a folder; give a file name, e.g. {output}/out.jsonl"
        )
    if output.exists() and os.path.samefile(source, output):
        via = (
            " (through a link)"
            if output.resolve() != source.resolve() or output.is_symlink()
            else ""
        )
        raise InputError(
            f"the output {output} is the input file itself{via}: it would be overwritten; "
            "choose another -o"
        )


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch (not what it decides)."""

    engine: EngineName = "local"
    workers: int | None = None
    """Processes (local) or actors (ray); default: every CPU of the machine or cluster."""
    address: str | None = None
    """Ray cluster address; a local Ray cluster is started when unset."""
    shard_size: int = DEFAULT_SHARD_SIZE
    checkpoint: Path | None = None
    """Checkpoint folder; default ``OUTPUT.parts`` next to the output."""
    fresh: bool = False
    """Discard an existing checkpoint instead of resuming it."""
    progress_every: float = 2.0

    def worker_count(self) -> int | None:
        """Workers asked for; None lets the engine use every CPU it has (cluster CPUs on Ray)."""
        if self.workers is not None and self.workers < 1:
            raise InputError(f"--workers must be at least 1, got {self.workers}")
        return self.workers


def scan_batch(
    source: Path,
    output: Path,
    settings: Settings,
    options: BatchOptions = BatchOptions(),
    *,
    log: bool = True,
    progress: Progress | None = None,
    rescan: bool = False,
) -> BatchSummary:
    """Scan ``source`` (JSONL or Parquet) into ``output`` (JSONL, or Parquet by extension).

    With ``log``, a run of the same input, policy and models that finished before raises
    :class:`RunAlreadyDoneError` unless ``rescan``; the logged decisions carry the run's id.
    """
    check_paths(source, output)
    folder = options.checkpoint or output.with_name(output.name + ".parts")
    run_id = None
    runs: BatchRuns | None = None
    if log:
        # Create or migrate the database once, here: workers opening a new database at the
        # same moment would race to create its tables. A bad URL also fails before any work.
        from bastion.store import DecisionLog

        database = DecisionLog.open(settings.database_url)
        runs = BatchRuns(database.engine)
        identity = _run_identity(source, settings)
        done = runs.finished(identity)
        if done is not None and not rescan:
            database.close()
            raise RunAlreadyDoneError(done)
        run_id = runs.start(identity, source, output)
    spec = JobSpec(
        "scan",
        _plain(settings),
        str(folder.resolve()),
        log=log,
        workdir=os.getcwd(),
        run_id=run_id,
    )
    try:
        shards, checkpoint, summary = _run(spec, source, settings, options, progress)
        write_output(checkpoint.parts(len(shards)), output, output_format(output))
        checkpoint.remove()
        if runs is not None and run_id is not None:
            runs.finish(run_id, sum(s.count for s in shards), summary.errors)
    finally:
        if runs is not None:
            runs.engine.dispose()
    summary.run_id = run_id
    return summary


def _run_identity(source: Path, settings: Settings) -> dict[str, Any]:
    """What decides a scan's decisions: the input's bytes, policy, models, detectors."""
    from bastion import __version__
    from bastion.models.bundle import active_bundle_version

    return {
        "input_sha256": file_digest(source),
        "policy_version": load_policy(settings.policy or shipped_policy_path()).version,
        "model_bundle": active_bundle_version(),
        "bastion": __version__,
        "detectors": settings.detectors,
        "detector_params": settings.detector_params,
        "max_text_bytes": settings.max_text_bytes,
        "enforce_deadlines": settings.enforce_deadlines,
    }


def backtest_batch(
    source: Path,
    new_policy: Path,
    settings: Settings,
    options: BatchOptions = BatchOptions(),
    *,
    checkpoint: Path,
    max_examples: int = 5,
    progress: Progress | None = None,
) -> tuple[ShardTally, BatchSummary]:
    """Tally how decisions on ``source`` change from the current policy to ``new_policy``."""
    new_version = load_policy(new_policy).version
    spec = JobSpec(
        "backtest",
        _plain(settings),
        str((options.checkpoint or checkpoint).resolve()),
        log=False,
        workdir=os.getcwd(),
        new_policy=str(new_policy.resolve()),
        max_examples=max_examples,
    )
    shards, store, summary = _run(spec, source, settings, options, progress)
    tally = ShardTally.combine(
        new_version,
        (
            ShardTally.from_dict(json.loads(p.read_text(encoding="utf-8")))
            for p in store.parts(len(shards))
        ),
        max_examples,
    )
    store.remove()
    return tally, summary


def _plain(settings: Settings) -> dict[str, Any]:
    """Settings as values that survive a trip to another process (paths as text)."""
    return {k: str(v) if isinstance(v, Path) else v for k, v in settings.model_dump().items()}


def _identity(spec: JobSpec, source: Path, settings: Settings, shard_size: int) -> dict[str, Any]:
    stat = source.stat()
    current = load_policy(settings.policy or shipped_policy_path()).version
    return {
        "kind": spec.kind,
        "input": str(source.resolve()),
        "input_bytes": stat.st_size,
        "input_mtime_ns": stat.st_mtime_ns,
        "shard_size": shard_size,
        "policy_version": current,
        "new_policy_version": load_policy(Path(spec.new_policy)).version
        if spec.new_policy
        else None,
        "detectors": settings.detectors,
        "max_text_bytes": settings.max_text_bytes,
        "enforce_deadlines": settings.enforce_deadlines,
    }


def _run(
    spec: JobSpec,
    source: Path,
    settings: Settings,
    options: BatchOptions,
    progress: Progress | None,
) -> tuple[list[Shard], Checkpoint, BatchSummary]:
    if options.engine not in ENGINES:
        raise InputError(f"unknown engine {options.engine!r}; use one of {', '.join(ENGINES)}")
    workers = options.worker_count()
    shards = plan_shards(source, options.shard_size)
    checkpoint = spec.open_checkpoint()
    checkpoint.open(_identity(spec, source, settings, options.shard_size), fresh=options.fresh)
    done = checkpoint.finished()
    pending = [s for s in shards if s.index not in done]
    summary = BatchSummary(shards=len(shards), shards_resumed=len(shards) - len(pending))
    started = last = time.perf_counter()
    for result in _dispatch(spec, pending, workers, options):
        summary.items += result.items
        summary.errors += result.errors
        summary.busy_seconds += result.seconds
        summary.cpu_seconds += result.cpu_seconds
        summary.shards_done += 1
        now = time.perf_counter()
        summary.seconds = now - started
        if progress is not None and now - last >= options.progress_every:
            progress(summary)
            last = now
    summary.seconds = time.perf_counter() - started
    return shards, checkpoint, summary


def _dispatch(
    spec: JobSpec, shards: Sequence[Shard], workers: int | None, options: BatchOptions
) -> Iterator[ShardResult]:
    if options.engine == "ray":
        from bastion.batch.ray_engine import run_ray

        return run_ray(spec, shards, workers, options.address)
    from bastion.batch.local_pool import run_local

    return run_local(spec, shards, workers or os.cpu_count() or 1)

"""The local engine: shards over a pool of worker processes, one per core.

Each process loads the engine once (in the pool initializer) and then takes whole shards.
Processes are spawned, not forked: a forked child would share the parent's database
connections and, in a program that also uses Ray, its threads.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import islice

from bastion.batch.sources import Shard
from bastion.batch.worker import JobSpec, ShardResult, ShardWorker

__all__ = ["run_local"]

_worker: ShardWorker | None = None
"""This pool process's worker, built once by :func:`_start` (one per process, by design)."""


def _start(spec: JobSpec) -> None:
    global _worker
    _worker = ShardWorker(spec)


def _run(shard: Shard) -> ShardResult:
    assert _worker is not None, "the pool initializer builds the worker"
    return _worker.run(shard)


def run_local(spec: JobSpec, shards: Sequence[Shard], workers: int) -> Iterator[ShardResult]:
    """Decide ``shards`` with ``workers`` processes; results arrive as shards finish.

    With one worker, or one shard, the shards are decided in this process (no pool to start).
    """
    if not shards:
        return
    if workers <= 1 or len(shards) == 1:
        worker = ShardWorker(spec)
        try:
            for shard in shards:
                yield worker.run(shard)
        finally:
            worker.close()
        return
    context = multiprocessing.get_context("spawn")
    size = min(workers, len(shards))
    queue = iter(shards)
    # A dead worker process (killed, out of memory) fails the batch with BrokenProcessPool
    # rather than hanging it; finished shards stay in the checkpoint for the restart.
    pool = ProcessPoolExecutor(size, mp_context=context, initializer=_start, initargs=(spec,))
    try:
        running = {pool.submit(_run, shard) for shard in islice(queue, 2 * size)}
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
                running.update(pool.submit(_run, shard) for shard in islice(queue, 1))
    except BaseException:
        # Interrupted (Ctrl-C) or failed: stop the workers now instead of waiting for their
        # shards; finished shards are in the checkpoint, the ones in flight are redone.
        for process in list((pool._processes or {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)

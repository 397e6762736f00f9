"""Scans that arrive together are decided together: one engine call, one log transaction.

No request waits for a batch to fill. A runner takes everything queued, decides
it with ``Engine.scan_many`` (the text encoder embeds the whole batch in one
call) and appends the decisions in one transaction; what arrives meanwhile is
the next batch. Idle, a request is a batch of one; under load, batches grow
and the per-request cost falls. Each request gets its own decisions back only
after they are committed, so an answered request is always a logged one. Two
runners work at once, so one long item does not hold up every other request.

Where the batches are decided is the runner's business: on threads of this
process (:meth:`ScanBatcher.in_threads`, used in tests and embedded apps) or in
engine processes (:meth:`ScanBatcher.in_processes`, what ``bastion serve`` runs;
see :mod:`bastion.service.engine_pool`).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable

import anyio
import anyio.to_thread

from bastion.scanner import Scanner
from bastion.service.engine_pool import EnginePool, decide_and_record
from bastion.types import Decision, Item

__all__ = ["ScanBatcher"]

Runner = Callable[[list[Item]], Awaitable[list[Decision]]]
"""Decides a batch and records it in the decision log; returns the decisions in order."""


class ScanBatcher:
    def __init__(self, runner: Runner, *, runners: int, max_batch: int = 32) -> None:
        self.runner = runner
        self.max_batch = max_batch
        self.runners = runners
        self._queue: deque[tuple[list[Item], asyncio.Future[list[Decision]]]] = deque()
        self._active = 0

    @classmethod
    def in_threads(cls, engine: Scanner, *, runners: int = 2, max_batch: int = 32) -> ScanBatcher:
        """Batches decided on worker threads of this process."""
        limiter = anyio.CapacityLimiter(runners)

        async def run(items: list[Item]) -> list[Decision]:
            return await anyio.to_thread.run_sync(decide_and_record, engine, items, limiter=limiter)

        return cls(run, runners=runners, max_batch=max_batch)

    @classmethod
    def in_processes(cls, pool: EnginePool, *, max_batch: int = 32) -> ScanBatcher:
        """Batches decided by engine processes, one batch per process at a time."""
        return cls(pool.scan, runners=pool.processes, max_batch=max_batch)

    async def scan(self, items: list[Item]) -> list[Decision]:
        """Decide and record ``items``; their decisions, once committed."""
        future: asyncio.Future[list[Decision]] = asyncio.get_running_loop().create_future()
        self._queue.append((items, future))
        if self._active < self.runners:
            self._active += 1
            asyncio.get_running_loop().create_task(self._run())
        return await future

    async def _run(self) -> None:
        try:
            while self._queue:
                batch = [self._queue.popleft()]
                size = len(batch[0][0])
                while self._queue and size + len(self._queue[0][0]) <= self.max_batch:
                    batch.append(self._queue.popleft())
                    size += len(batch[-1][0])
                items = [item for entry, _ in batch for item in entry]
                try:
                    decisions = await self.runner(items)
                except Exception as exc:  # the whole batch failed (e.g. the database is away)
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                start = 0
                for entry, future in batch:
                    if not future.done():  # the client may have gone; its decision is logged
                        future.set_result(decisions[start : start + len(entry)])
                    start += len(entry)
        finally:
            self._active -= 1

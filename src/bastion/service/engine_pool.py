"""Engine processes: scans are decided and recorded outside the process that serves HTTP.

Why processes. Deciding is Python and numpy work that holds the GIL for
milliseconds at a time. In the serving process it competes with the event loop
for the GIL, and each time the loop wants it back it can wait a whole switch
interval (5 ms): a handful of such waits per request is what made the p50 of
the publish path tens of milliseconds on two cores while the CPU was half idle.
In separate processes the event loop answers at once, and while an engine
process is busy, requests queue in the :class:`~bastion.service.batching.ScanBatcher`
and reach it as one batch, whose embeddings cost one encoder call: the busier
the server, the cheaper each scan.

Each engine process builds its own :class:`~bastion.pipeline.Engine` from the
service's settings (models loaded once per process), decides a batch with
``Engine.scan_many`` and appends it to the decision log in one transaction
before answering, so an answered request is always a logged one. A process that
dies takes only its batch with it: those requests get 503 (nothing of theirs
was committed unless the process died after the commit, in which case the
decision stands in the log), and the pool is rebuilt for the next batch.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from sqlalchemy.exc import DBAPIError

from bastion.config import Settings
from bastion.pipeline import Engine
from bastion.store.database import DatabaseError
from bastion.types import Decision, Item

__all__ = ["EngineCrashedError", "EnginePool"]


class EngineCrashedError(RuntimeError):
    """An engine process died while deciding a batch; the pool is being rebuilt."""


_engine: Engine | None = None


def _start(settings: dict[str, Any]) -> None:
    """Initializer of an engine process: one Engine, BLAS on one thread (one process per core)."""
    global _engine
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    _engine = Engine.from_settings(Settings.model_validate(settings))


def _scan(items: list[Item]) -> list[Decision]:
    assert _engine is not None, "engine process not initialised"
    try:
        return [_engine.scan(items[0])] if len(items) == 1 else _engine.scan_many(items)
    except DBAPIError as exc:
        # Crosses the process boundary as our own error: a driver's exception need not
        # pickle, and its text can carry statement parameters (content).
        raise DatabaseError(f"decision log unavailable: {type(exc.orig).__name__}") from None


def _ready() -> int:
    assert _engine is not None
    return os.getpid()


class EnginePool:
    """``processes`` engine processes, each deciding one batch at a time."""

    def __init__(self, settings: Settings, processes: int) -> None:
        if processes < 1:
            raise ValueError("an engine pool needs at least one process")
        self.processes = processes
        self._settings = settings.model_dump(mode="json")
        self._lock = threading.Lock()
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(self._settings,),
        )

    def start(self) -> None:
        """Start every process and wait until each has loaded its models (before serving)."""
        futures = [self._executor.submit(_ready) for _ in range(self.processes * 2)]
        for future in futures:
            future.result()

    async def scan(self, items: list[Item]) -> list[Decision]:
        executor = self._executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, _scan, items)
        except BrokenProcessPool as exc:
            self._replace(executor)
            raise EngineCrashedError("an engine process died while deciding; retry") from exc

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:  # the first of the failed batches rebuilds it
                self._executor = self._new_executor()
        broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

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
service's settings (models loaded once per process, and again when a new model
is promoted: :mod:`bastion.service.model_watch`), decides a batch with
``Engine.scan_many`` and appends it to the decision log in one transaction
before answering, so an answered request is always a logged one.

Faults, each bounded:

* **A hang** (a detector stuck on adversarial input): a batch not answered
  within its hang timer (``hang_seconds``, plus a share proportional to its size
  that the scheduler computes per work unit) gets its process killed and
  replaced, and its items get the surface's fail-mode decision (fail closed:
  hold for review), made and logged by the serving process with the reason.
  The process was killed before it answered, so it committed nothing, unless it
  committed in the instant before; then the log already holds its decisions and the batch gets 503
  instead, so no item is decided twice.
* **A pause** of the garbage collector: a full collection traverses every object the
  models loaded (about 100,000), 50-90 ms during which a scan waits. What was loaded
  is frozen out of the collector's reach (``gc.freeze``) once loaded, and again when
  a newly promoted model is in use; collections then see only the work in flight.
* **A crash** (killed, out of memory): the batch's requests get 503 (nothing of
  theirs was committed unless the process died after the commit, in which case
  the decision stands in the log) and the process is replaced.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
import threading
import time
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from typing import Any

import anyio.to_thread
from sqlalchemy.exc import DBAPIError

from bastion.config import Settings
from bastion.scanner import Scanner
from bastion.service.model_watch import ChampionWatch
from bastion.store import DecisionFilter
from bastion.store.database import DatabaseError
from bastion.types import Decision, Item

__all__ = ["EngineCrashedError", "EngineHungError", "EnginePool", "decide_and_record"]

log = logging.getLogger("bastion.service")

_START_TIMEOUT_S = 300.0
_IDLE_WAIT_S = 60.0


class EngineCrashedError(RuntimeError):
    """An engine process died (or was stopped) while deciding a batch; it is being replaced."""


class EngineHungError(RuntimeError):
    """An engine process did not answer a batch within its timer; it was stopped and is being
    replaced, and nothing of the batch was recorded (its items are still to be decided)."""

    def __init__(self, message: str, elapsed_s: float) -> None:
        super().__init__(message)
        self.elapsed_s = elapsed_s


def _portable(exc: Exception) -> Exception:
    """``exc`` as something that crosses the process boundary intact and without content."""
    if isinstance(exc, DBAPIError):  # a driver's text can carry statement parameters
        return DatabaseError(f"decision log unavailable: {type(exc.orig).__name__}")
    try:
        pickle.dumps(exc)
    except Exception:
        return RuntimeError(f"engine error: {type(exc).__name__}")
    return exc


def decide_and_record(engine: Scanner, items: list[Item]) -> list[Decision]:
    """Decide a batch (one encoder call for its embeddings) and log it in one transaction."""
    return [engine.scan(items[0])] if len(items) == 1 else engine.scan_many(items)


def _serve(conn: Connection, settings: dict[str, Any], nice: int = 0) -> None:
    """An engine process: load once, then decide and record batches until told to stop."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")  # one process per core: no BLAS threads on top
    if nice:
        os.nice(nice)  # a bulk process: large requests yield the CPU to small ones
    config = Settings.model_validate(settings)
    watch = ChampionWatch(  # each Scanner's engine warms up before it is used
        Scanner.from_settings(config, served=True),
        lambda: Scanner.from_settings(config, served=True),
        config.model_watch_s,
    )
    gc.freeze()  # the models, loaded for good: no full collection traverses them again
    conn.send(("ready", os.getpid()))
    frozen = watch.scanner
    while True:
        engine = watch.current()  # a newly promoted model, once loaded
        if engine is not frozen:
            gc.freeze()
            frozen = engine
        if not conn.poll(config.model_watch_s or None):
            continue  # idle: look at the registry again
        try:
            items: list[Item] | None = conn.recv()
        except EOFError:
            break
        if items is None:
            break
        try:
            conn.send(("ok", decide_and_record(engine, items)))
        except Exception as exc:
            conn.send(("error", _portable(exc)))
    watch.close()
    watch.scanner.close()


class _EngineProcess:
    def __init__(self, settings: dict[str, Any], *, bulk: bool = False, nice: int = 0) -> None:
        context = multiprocessing.get_context("spawn")
        self.bulk = bulk
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve,
            args=(child, settings, nice if bulk else 0),
            name="bastion-engine-bulk" if bulk else "bastion-engine",
            daemon=True,
        )
        self.process.start()
        child.close()

    def wait_ready(self) -> None:
        if not self.conn.poll(_START_TIMEOUT_S):
            self.kill()
            raise RuntimeError("an engine process did not load its models in time")
        try:
            self.conn.recv()
        except EOFError:
            raise RuntimeError(
                f"an engine process exited while loading (exit code {self.process.exitcode})"
            ) from None

    def ask(self, items: list[Item], timeout_s: float) -> tuple[str, Any] | None:
        """The process's answer, or None if it gave none within ``timeout_s``.

        Raises EOFError or OSError when the process is gone.
        """
        self.conn.send(items)
        if not self.conn.poll(timeout_s):
            return None
        answer: tuple[str, Any] = self.conn.recv()
        return answer

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=10)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.kill()


class EnginePool:
    """``processes`` engine processes, each deciding one batch at a time.

    With two or more, the first is *interactive* and the others are *bulk*: batches of large
    requests go only to bulk processes, which run ``bulk_nice`` steps lower in CPU priority,
    so where cores are short the operating system serves small requests first too; small
    batches go to the interactive process when it is free, else to a free bulk one.

    ``engine`` is the serving process's own Engine: its policy makes the fail-mode
    decisions for a batch whose process hung, and its log records them.
    """

    def __init__(
        self,
        settings: Settings,
        processes: int,
        engine: Scanner,
        *,
        hang_seconds: float,
        bulk_nice: int = 0,
    ) -> None:
        if processes < 1:
            raise ValueError("an engine pool needs at least one process")
        if engine.log is None:
            raise ValueError("the engine pool needs an Engine with a decision log")
        self.processes = processes
        self.engine = engine
        self.hang_seconds = hang_seconds
        self.bulk_nice = bulk_nice
        self._settings = settings.model_dump(mode="json")
        self._idle: list[_EngineProcess] = []
        self._all: set[_EngineProcess] = set()
        self._lock = threading.Lock()
        self._ready = threading.Condition(self._lock)
        self._closed = threading.Event()

    def start(self) -> None:
        """Start every process and wait until each has loaded its models (before serving)."""
        started = [self._spawn(bulk=n > 0) for n in range(self.processes)]
        for worker in started:
            worker.wait_ready()
            self._release(worker)

    def _spawn(self, *, bulk: bool) -> _EngineProcess:
        worker = _EngineProcess(self._settings, bulk=bulk, nice=self.bulk_nice)
        with self._lock:
            self._all.add(worker)
        return worker

    def _acquire(self, large: bool) -> _EngineProcess:
        """An idle process for a batch: a bulk one for a large request's unit (when there are
        bulk processes), else the interactive one first."""

        def pick() -> _EngineProcess | None:
            if large and self.processes > 1:
                chosen = [w for w in self._idle if w.bulk]
            else:
                chosen = sorted(self._idle, key=lambda w: w.bulk)
            return chosen[0] if chosen else None

        with self._ready:
            worker = self._ready.wait_for(pick, timeout=_IDLE_WAIT_S)
            if worker is None:
                raise EngineCrashedError("no engine process is ready (restarting); retry")
            self._idle.remove(worker)
            return worker

    def _release(self, worker: _EngineProcess) -> None:
        with self._ready:
            self._idle.append(worker)
            self._ready.notify_all()

    async def scan(self, items: list[Item]) -> list[Decision]:
        """Decide a batch with the base hang timer; a hung batch gets fail-mode decisions."""
        try:
            return await self.decide(items, self.hang_seconds)
        except EngineHungError as hung:
            return await self.undecided(items, str(hung), hung.elapsed_s * 1000)

    async def decide(
        self, items: list[Item], timeout_s: float, *, large: bool = False
    ) -> list[Decision]:
        """Decide and record a batch (``large``: a large request's unit, for a bulk process);
        :class:`EngineHungError` if not answered in ``timeout_s``."""
        return await anyio.to_thread.run_sync(self._decide, items, timeout_s, large)

    async def undecided(self, items: list[Item], why: str, latency_ms: float) -> list[Decision]:
        """The surfaces' fail-mode decisions for ``items``, recorded by the serving process."""
        return await anyio.to_thread.run_sync(self._undecided, items, why, latency_ms)

    def _decide(self, items: list[Item], timeout_s: float, large: bool) -> list[Decision]:
        worker = self._acquire(large)
        started, since = time.perf_counter(), datetime.now(UTC)
        try:
            answer = worker.ask(items, timeout_s)
        except (EOFError, OSError):
            self._replace(worker)
            raise EngineCrashedError("an engine process died while deciding; retry") from None
        if answer is None:
            log.error("engine process hung", extra={"seconds": round(timeout_s, 1)})
            self._replace(worker)
            assert self.engine.log is not None
            committed = self.engine.log.count(
                DecisionFilter(item_ids=[item.id for item in items], since=since)
            )
            if committed:  # it committed in the instant before it was stopped: those stand
                raise EngineCrashedError("the engine process was stopped after recording; retry")
            raise EngineHungError(
                f"the engine process did not answer within {timeout_s:g} s and was stopped",
                time.perf_counter() - started,
            )
        self._release(worker)
        kind, value = answer
        if kind == "error":
            assert isinstance(value, Exception)
            raise value
        made: list[Decision] = value
        return made

    def _undecided(self, items: list[Item], why: str, latency_ms: float) -> list[Decision]:
        made = [self.engine.undecided(item, why, latency_ms) for item in items]
        self.engine.record(made)
        return made

    def _replace(self, broken: _EngineProcess) -> None:
        broken.kill()
        with self._lock:
            self._all.discard(broken)

        def respawn() -> None:
            delay = 1.0
            while not self._closed.is_set():
                try:
                    worker = self._spawn(bulk=broken.bulk)
                    worker.wait_ready()
                except Exception as exc:
                    log.error("engine process failed to start", extra={"error": str(exc)})
                    self._closed.wait(delay)
                    delay = min(delay * 2, 60.0)
                    continue
                self._release(worker)
                return

        threading.Thread(target=respawn, name="bastion-engine-respawn", daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()

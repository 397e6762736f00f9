"""Scheduling scans: requests become bounded work units, served fairly, decided in batches.

Every request is split into **work units** of at most ``unit_items`` items and
``unit_chars`` characters (an item longer than that is a unit of its own). Runners
(one per engine process) take units in order of least service: the request that
has had the fewest characters decided so far goes first, so a request of one short
text is served before the next unit of a request of a hundred long ones, and large
requests interleave with each other. Units of *small* requests (up to
``small_chars``) are packed together into one batch (one encoder call, one log
transaction); a unit of a larger request runs alone. With two or more runners, at
most all but one work on larger requests' units at a time: one is always free for
small requests, so a small request never waits behind a large unit.

Each batch gets a **hang timer** proportional to its size: ``hang_base_s`` plus its
characters divided by ``hang_chars_per_s``, so slow but progressing work is never
stopped. When a batch of several units hangs, each unit is decided again on its
own, each with its own timer, so only the unit that hangs again gets the
surfaces' fail-mode decisions (``fail_mode``): a real hang fails closed for its
own items only.

A request gets its decisions back once all of its units are committed, so an
answered request is always a logged one. No request waits for a batch to fill.
Where batches are decided is the runner's business: threads of this process
(:meth:`ScanBatcher.in_threads`, tests and embedded apps; no hang timer there) or
engine processes (:meth:`ScanBatcher.in_processes`, what ``bastion serve`` runs; see
:mod:`bastion.service.engine_pool`).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from itertools import count

import anyio
import anyio.to_thread

from bastion.scanner import Scanner
from bastion.service.admission import item_cost
from bastion.service.engine_pool import EngineHungError, EnginePool, decide_and_record
from bastion.types import Decision, Item

__all__ = ["ScanBatcher", "Scheduling"]

Runner = Callable[[list[Item], float | None, bool], Awaitable[list[Decision]]]
"""Decides and records a batch within a hang timer (None: no timer); the flag says it is a
larger request's unit. Returns the decisions in order; raises :class:`EngineHungError` when
the timer ran out and nothing was recorded."""
FailMode = Callable[[list[Item], str, float], Awaitable[list[Decision]]]
"""The surfaces' fail-mode decisions for items whose engine hung (recorded)."""
Observer = Callable[[int, float], None]
"""Told the characters and seconds of each decided batch (the measured pace)."""


@dataclass(frozen=True)
class Scheduling:
    """The bounds of work units and hang timers (from the ``work_unit_*``, ``engine_hang_*``
    and ``small_request_chars`` settings)."""

    unit_items: int = 32
    unit_chars: int = 32_768
    small_chars: int = 16_384
    hang_base_s: float | None = None
    """None: no hang timer (threads cannot be stopped)."""
    hang_chars_per_s: float = 20_000.0

    def timer(self, chars: int) -> float | None:
        if self.hang_base_s is None:
            return None
        return self.hang_base_s + chars / self.hang_chars_per_s


@dataclass(eq=False)
class _Flow:
    """One request: its units still to run, what is decided, and its waiting caller."""

    seq: int
    small: bool
    future: asyncio.Future[list[Decision]]
    results: list[Decision | None]
    units: deque[_Unit] = field(default_factory=deque)
    served: int = 0
    unfinished: int = 0


@dataclass(eq=False)
class _Unit:
    flow: _Flow
    start: int
    items: list[Item]
    chars: int


class ScanBatcher:
    def __init__(
        self,
        runner: Runner,
        *,
        runners: int,
        scheduling: Scheduling | None = None,
        fail_mode: FailMode | None = None,
    ) -> None:
        self.runner = runner
        self.runners = max(1, runners)
        self.scheduling = scheduling or Scheduling()
        self.fail_mode = fail_mode
        self.observers: list[Observer] = []
        self._flows: list[_Flow] = []
        self._seq = count()
        self._active = 0
        self._large_active = 0

    @classmethod
    def in_threads(
        cls, engine: Scanner, *, runners: int = 2, scheduling: Scheduling | None = None
    ) -> ScanBatcher:
        """Batches decided on worker threads of this process (no hang timer)."""
        limiter = anyio.CapacityLimiter(runners)

        async def run(items: list[Item], _timer: float | None, _large: bool) -> list[Decision]:
            return await anyio.to_thread.run_sync(decide_and_record, engine, items, limiter=limiter)

        plain = Scheduling(**{**(scheduling or Scheduling()).__dict__, "hang_base_s": None})
        return cls(run, runners=runners, scheduling=plain)

    @classmethod
    def in_processes(cls, pool: EnginePool, *, scheduling: Scheduling) -> ScanBatcher:
        """Batches decided by engine processes, one batch per process at a time."""

        async def run(items: list[Item], timer: float | None, large: bool) -> list[Decision]:
            limit = timer if timer is not None else pool.hang_seconds
            return await pool.decide(items, limit, large=large)

        return cls(run, runners=pool.processes, scheduling=scheduling, fail_mode=pool.undecided)

    async def scan(self, items: list[Item]) -> list[Decision]:
        """Decide and record ``items``; their decisions, once every unit is committed."""
        if not items:
            return []
        flow = self._flow(items)
        self._flows.append(flow)
        self._wake()
        return await flow.future

    # -- splitting and choosing -----------------------------------------------------------

    def _flow(self, items: list[Item]) -> _Flow:
        costs = [item_cost(item) for item in items]
        flow = _Flow(
            seq=next(self._seq),
            small=sum(costs) <= self.scheduling.small_chars,
            future=asyncio.get_running_loop().create_future(),
            results=[None] * len(items),
        )
        start = 0
        while start < len(items):
            end, chars = start + 1, costs[start]
            while (
                end < len(items)
                and end - start < self.scheduling.unit_items
                and chars + costs[end] <= self.scheduling.unit_chars
            ):
                chars += costs[end]
                end += 1
            flow.units.append(_Unit(flow, start, items[start:end], chars))
            start = end
        flow.unfinished = len(flow.units)
        return flow

    def _take(self) -> tuple[list[_Unit], bool] | None:
        """The next batch and whether it is a larger request's unit; None if nothing may run."""
        waiting = sorted((f for f in self._flows if f.units), key=lambda f: (f.served, f.seq))
        large_cap = self.runners - 1 if self.runners > 1 else 1
        batch: list[_Unit] = []
        items = chars = 0
        for flow in waiting:
            if not flow.small:
                if batch or self._large_active >= large_cap:
                    continue
                unit = flow.units.popleft()
                flow.served += unit.chars
                self._large_active += 1  # reserved now: the next take in this turn sees it
                return [unit], True
            while flow.units:
                unit = flow.units[0]
                fits = items + len(unit.items) <= self.scheduling.unit_items and (
                    not batch or chars + unit.chars <= self.scheduling.unit_chars
                )
                if not fits:
                    break
                flow.units.popleft()
                flow.served += unit.chars
                batch.append(unit)
                items, chars = items + len(unit.items), chars + unit.chars
            if items >= self.scheduling.unit_items:
                break
        return (batch, False) if batch else None

    def _wake(self) -> None:
        while self._active < self.runners:
            taken = self._take()
            if taken is None:
                return
            self._active += 1
            asyncio.get_running_loop().create_task(self._run(taken))

    # -- running ---------------------------------------------------------------------------

    async def _run(self, taken: tuple[list[_Unit], bool] | None) -> None:
        try:
            while taken is not None:
                batch, large = taken
                try:
                    await self._decide(batch, large)
                finally:
                    self._large_active -= large
                taken = self._take()
        finally:
            self._active -= 1
            self._wake()  # a larger request's unit may wait for the slot this runner held

    async def _decide(self, batch: list[_Unit], large: bool = False) -> None:
        items = [item for unit in batch for item in unit.items]
        chars = sum(unit.chars for unit in batch)
        started = time.perf_counter()
        try:
            decisions = await self.runner(items, self.scheduling.timer(chars), large)
        except EngineHungError as hung:
            if len(batch) > 1:  # find the unit that hangs: each again, with its own timer
                for unit in batch:
                    await self._decide([unit], large)
                return
            if self.fail_mode is None:
                self._fail(batch, hung)
                return
            try:
                decisions = await self.fail_mode(items, str(hung), hung.elapsed_s * 1000)
            except Exception as exc:
                self._fail(batch, exc)
                return
        except Exception as exc:  # the batch failed (e.g. the database is away)
            self._fail(batch, exc)
            return
        for observe in self.observers:
            observe(chars, time.perf_counter() - started)
        offset = 0
        for unit in batch:
            flow = unit.flow
            made = decisions[offset : offset + len(unit.items)]
            offset += len(unit.items)
            flow.results[unit.start : unit.start + len(made)] = made
            flow.unfinished -= 1
            if flow.unfinished == 0:
                self._finish(flow)

    def _finish(self, flow: _Flow) -> None:
        if flow in self._flows:
            self._flows.remove(flow)
        if not flow.future.done():  # the client may have gone; its decisions are logged
            flow.future.set_result([d for d in flow.results if d is not None])

    def _fail(self, batch: list[_Unit], exc: Exception) -> None:
        for unit in batch:
            flow = unit.flow
            flow.units.clear()  # the request has failed: its other units are not decided
            if flow in self._flows:
                self._flows.remove(flow)
            if not flow.future.done():
                flow.future.set_exception(exc)

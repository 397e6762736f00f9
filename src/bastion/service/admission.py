"""Admission by cost: how much text a key (and the server) may have being decided at once.

A request's cost is its characters: the text of every item and its thread context, plus a
fixed 64 per item (so a thousand tiny items are not free). A request is admitted when its
key's in-flight cost plus its own stays within ``admission_key_chars`` and the server's
within ``admission_total_chars``; a key (or server) with nothing in flight always admits one
request, so no single request is refused for its size alone (the body limit bounds that).
Otherwise the request is answered ``429`` at once with ``Retry-After``: the seconds the work
already admitted needs at the pace recently measured.

Rate limiting counts requests; admission counts work. Both apply.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from bastion.types import Item

__all__ = ["Admission", "OverBudget", "item_cost", "request_cost"]

ITEM_OVERHEAD_CHARS = 64


def item_cost(item: Item) -> int:
    thread = sum(len(message) for message in item.context.thread)
    return len(item.text or "") + thread + ITEM_OVERHEAD_CHARS


def request_cost(items: Sequence[Item]) -> int:
    return sum(item_cost(item) for item in items)


@dataclass(frozen=True)
class OverBudget:
    """Why a request was not admitted, and when to retry."""

    scope: str  # "key" or "server"
    in_flight: int
    budget: int
    retry_after_s: int


class Admission:
    def __init__(self, key_budget: int, total_budget: int, *, parallel: int = 1) -> None:
        self.key_budget = key_budget
        self.total_budget = total_budget
        self.parallel = max(1, parallel)
        """Batches decided at once (engine processes): the server's pace is theirs added."""
        self._keys: dict[str, int] = {}
        self._total = 0
        self._lock = threading.Lock()
        self._pace = 50_000.0  # characters per second decided; updated as work finishes

    def enter(self, key: str, cost: int) -> OverBudget | None:
        """Admit ``cost`` for ``key`` (then :meth:`leave` it), or say why not."""
        with self._lock:
            mine = self._keys.get(key, 0)
            if mine and mine + cost > self.key_budget:
                return OverBudget("key", mine, self.key_budget, self._wait(mine))
            if self._total and self._total + cost > self.total_budget:
                return OverBudget("server", self._total, self.total_budget, self._wait(self._total))
            self._keys[key] = mine + cost
            self._total += cost
        return None

    def leave(self, key: str, cost: int) -> None:
        with self._lock:
            left = self._keys.get(key, 0) - cost
            if left > 0:
                self._keys[key] = left
            else:
                self._keys.pop(key, None)
            self._total = max(0, self._total - cost)

    def observe(self, chars: int, seconds: float) -> None:
        """A batch of ``chars`` characters was decided in ``seconds`` (the measured pace)."""
        if seconds > 0 and chars > 0:
            with self._lock:
                self._pace = 0.8 * self._pace + 0.2 * (chars / seconds)

    def _wait(self, in_flight: int) -> int:
        return max(1, min(60, math.ceil(in_flight / max(self._pace * self.parallel, 1.0))))

    @property
    def in_flight(self) -> int:
        return self._total

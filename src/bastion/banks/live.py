"""Every PDQ bank of a database in one in-memory index that follows the banks' changes.

The first search loads the entries once (streamed in batches), then every
``refresh_s`` seconds the index reads only the entry changes logged since
(``hash_bank_changes``: adds and removals, in order) and applies them to the
:class:`~bastion.banks.pdq_index.PdqIndex`: a bank of millions of hashes is never
reloaded, and an entry added in one process matches in every process within
``refresh_s``.

Changes are applied in sequence order, each once. On PostgreSQL a transaction
that took an earlier sequence number can commit after a later one; a missing
number is therefore waited for (``GAP_WAIT_S``) before the index moves past it
(a rolled-back transaction leaves a number that never comes). Applying is
idempotent besides: an add of an entry the index holds, or a removal of one it
does not, changes nothing, so the first load may overlap the log
(``LOOKBACK`` changes before it are applied again).

Per hash the index keeps its code and tables (see :mod:`bastion.banks.pdq_index`);
per entry its id (36 bytes) and bank number. Labels and the other entry fields
are read from the database for the few entries that match.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from bastion.banks.pdq_index import PdqIndex, parse_hashes
from bastion.banks.store import Bank, BankStore, Change, Entry
from bastion.media.pdq import DEFAULT_MAX_DISTANCE

__all__ = ["GAP_WAIT_S", "LOOKBACK", "LivePdqBanks", "PdqHit"]

GAP_WAIT_S = 60.0
LOOKBACK = 1000


@dataclass(frozen=True)
class PdqHit:
    bank: Bank
    entry: Entry
    distance: int
    threshold: float


class _Entries:
    """Entry id and bank number per owner number, in growable NumPy arrays."""

    def __init__(self) -> None:
        self.ids = np.zeros(1024, dtype="S36")
        self.banks = np.zeros(1024, dtype=np.int32)
        self.size = 0

    def append(self, ids: list[str], bank_numbers: list[int]) -> np.ndarray:
        """Store these entries; returns their owner numbers."""
        need = self.size + len(ids)
        if need > len(self.ids):
            capacity = max(need, 2 * len(self.ids))
            self.ids = np.resize(self.ids, capacity)
            self.banks = np.resize(self.banks, capacity)
        owners = np.arange(self.size, need)
        self.ids[self.size : need] = ids
        self.banks[self.size : need] = bank_numbers
        self.size = need
        return owners

    @property
    def nbytes(self) -> int:
        return int(self.ids.nbytes + self.banks.nbytes)


class LivePdqBanks:
    """The PDQ banks of ``store``, searchable, refreshed from the change log (module doc)."""

    def __init__(
        self,
        store: BankStore,
        refresh_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.refresh_s = refresh_s
        self.clock = clock
        self._lock = threading.Lock()
        self._index = PdqIndex()
        self._entries = _Entries()
        self._bank_numbers: dict[str, int] = {}
        self._banks: dict[str, Bank] = {}
        self._live_per_bank: dict[str, int] = {}
        self._applied_to = -1
        """Every change up to this sequence number is applied (-1: nothing loaded yet)."""
        self._applied_after: set[int] = set()
        self._gap_since: float | None = None
        self._loaded_through = 0
        """Changes up to this one were logged before the first load began (it may hold them)."""
        self._refreshed_at = -float("inf")

    # -- reading -------------------------------------------------------------------

    def search(self, value: str, max_distance: float | None = None) -> list[PdqHit]:
        """Entries with a hash within their bank's threshold (or ``max_distance``) of the PDQ
        hash ``value``, nearest first."""
        (query,) = parse_hashes([value])
        with self._lock:
            self._refresh_if_due()
            limits = {
                bank_id: _threshold(bank, max_distance) for bank_id, bank in self._banks.items()
            }
            if not limits:
                return []
            found = self._index.search(query, int(max(limits.values())))
            numbers = {n: bank_id for bank_id, n in self._bank_numbers.items()}
            near: dict[str, int] = {}
            for owner, distance in found:
                bank_id = numbers[int(self._entries.banks[owner])]
                if bank_id in limits and distance <= limits[bank_id]:
                    near[self._entries.ids[owner].decode()] = distance
            banks = dict(self._banks)
        hits = [
            PdqHit(banks[e.bank_id], e, near[e.id], limits[e.bank_id])
            for e in self.store.entries_by_id(list(near))
            if e.bank_id in banks
        ]
        return sorted(hits, key=lambda h: (h.distance, h.entry.id))

    def banks(self) -> list[Bank]:
        """The PDQ banks that hold at least one entry."""
        with self._lock:
            self._refresh_if_due()
            return [b for b in self._banks.values() if self._live_per_bank.get(b.id, 0) > 0]

    def __len__(self) -> int:
        with self._lock:
            return len(self._index)

    @property
    def nbytes(self) -> int:
        """Memory of the index and the per-entry arrays."""
        return self._index.nbytes + self._entries.nbytes

    # -- following the banks -------------------------------------------------------

    def refresh(self) -> int:
        """Load or catch up now; returns how many changes were applied."""
        with self._lock:
            return self._refresh()

    def _refresh_if_due(self) -> None:
        if self.clock() - self._refreshed_at >= self.refresh_s:
            self._refresh()

    def _refresh(self) -> int:
        self._refreshed_at = self.clock()
        self._banks = {b.id: b for b in self.store.banks("pdq", counts=False)}
        for bank_id in self._banks:
            self._bank_numbers.setdefault(bank_id, len(self._bank_numbers))
        if self._applied_to < 0:
            self._load()
        applied = 0
        while True:
            changes = self.store.changes_after(self._applied_to)
            fresh = [c for c in changes if c.seq not in self._applied_after]
            self._apply(fresh)
            applied += len(fresh)
            self._advance()
            if len(changes) < 10_000 or not fresh:
                return applied

    def _load(self) -> None:
        """The first load: every entry, streamed; then the log from just before it."""
        last = self.store.last_change()
        for batch in self.store.stream_entries("pdq"):
            self._add_entries(batch, check=False, merge=False)
        self._index.merge()  # once: merging as the load grows would sort every hash again
        self._loaded_through = last
        self._applied_to = max(0, last - LOOKBACK)

    def _apply(self, changes: list[Change]) -> None:
        """Apply changes in order; a run of adds goes into the index in one step."""
        adds: list[tuple[str, str, str]] = []
        for change in changes:
            self._applied_after.add(change.seq)
            if change.bank_id not in self._banks:
                continue  # a bank of another kind
            if change.op == "add" and change.seq > self._loaded_through:
                adds.append((change.entry_id, change.bank_id, change.hash))
                continue
            self._add_entries(adds, check=False)
            adds = []
            if change.op == "add":  # logged before the first load: it may hold it already
                self._add_entries([(change.entry_id, change.bank_id, change.hash)], check=True)
                continue
            owners = self._owners_of(change.entry_id, change.hash)
            if owners:
                self._index.remove(owners)
                self._count(change.bank_id, -1)
        self._add_entries(adds, check=False)

    def _add_entries(
        self, batch: list[tuple[str, str, str]], *, check: bool, merge: bool = True
    ) -> None:
        ids, numbers, hashes, per_entry = [], [], [], []
        seen: set[str] = set()
        for entry_id, bank_id, value in batch:
            if bank_id not in self._banks or entry_id in seen:
                continue
            if check and self._owners_of(entry_id, value):
                continue  # applied already (the first load overlaps the log)
            seen.add(entry_id)
            parts = value.split()
            ids.append(entry_id)
            numbers.append(self._bank_numbers[bank_id])
            hashes += parts
            per_entry.append(len(parts))
            self._count(bank_id, 1)
        if not ids:
            return
        owners = self._entries.append(ids, numbers)
        self._index.add(parse_hashes(hashes), np.repeat(owners, per_entry), merge=merge)

    def _owners_of(self, entry_id: str, value: str) -> list[int]:
        """The owner numbers the index holds for this entry (found by its first hash)."""
        (code,) = parse_hashes(value.split()[:1])
        wanted = entry_id.encode()
        return [o for o, _ in self._index.search(code, 0) if self._entries.ids[o] == wanted]

    def _count(self, bank_id: str, step: int) -> None:
        self._live_per_bank[bank_id] = self._live_per_bank.get(bank_id, 0) + step

    def _advance(self) -> None:
        """Move ``_applied_to`` over applied changes, and over a gap waited on long enough."""
        while self._applied_after:
            if self._applied_to + 1 in self._applied_after:
                self._applied_after.remove(self._applied_to + 1)
                self._applied_to += 1
                self._gap_since = None
                continue
            now = self.clock()
            if self._gap_since is None:
                self._gap_since = now
            if now - self._gap_since < GAP_WAIT_S:
                return
            self._applied_to = min(self._applied_after) - 1  # the gap will not fill
            self._gap_since = None


def _threshold(bank: Bank, override: float | None) -> float:
    if override is not None:
        return override
    return DEFAULT_MAX_DISTANCE if bank.max_distance is None else bank.max_distance

"""The live PDQ index: equal to comparing with every entry, incremental across processes
(two indexes on one database), never reloading, and safe against out-of-order commits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import numpy as np
import pytest
from sqlalchemy import insert

from bastion.banks.live import GAP_WAIT_S, LivePdqBanks
from bastion.banks.matching import match_pdq
from bastion.banks.store import BankStore
from bastion.banks.tables import hash_bank_changes, hash_bank_entries


def _hex(code: np.ndarray) -> str:
    return code.astype(">u2").tobytes().hex()


def _flip(rng: np.random.Generator, code: np.ndarray, bits: int) -> np.ndarray:
    flat = np.unpackbits(code.astype(">u2").view(np.uint8))
    flat[rng.choice(256, size=bits, replace=False)] ^= 1
    return np.packbits(flat).view(">u2").astype(np.uint16)


@pytest.fixture
def store(database_url: str) -> Iterator[BankStore]:
    opened = BankStore.open(database_url)
    yield opened
    opened.close()


class CountingStore(BankStore):
    """Counts full loads, to show that refreshing never reloads the banks."""

    loads = 0

    def stream_entries(self, kind: str, batch: int = 20_000):  # type: ignore[no-untyped-def]
        CountingStore.loads += 1
        return super().stream_entries(kind, batch)


def test_matches_equal_comparing_with_every_entry(store: BankStore) -> None:
    """Recall at the documented threshold (31) and a bank's own threshold (10) equals the
    brute-force comparison, on a sample of near and far queries."""
    rng = np.random.default_rng(3)
    strict = store.create_bank("strict", "pdq", max_distance=10)
    default = store.create_bank("default", "pdq", category="extremism")
    base = rng.integers(0, 2**16, size=(150, 16), dtype=np.uint16)
    for i, code in enumerate(base):
        extra = " ".join(_hex(_flip(rng, code, 40)) for _ in range(i % 3))  # crop variants
        store.add_entry(strict if i % 2 else default, f"{_hex(code)} {extra}".strip())
    live = LivePdqBanks(store, refresh_s=0)
    entries = store.entries("pdq")
    checked = 0
    for i in range(60):
        query = _hex(_flip(rng, base[i], int(rng.integers(0, 45))))
        expected = match_pdq(query, 100, entries)
        found = live.search(query)
        assert [(h.entry.id, h.distance) for h in found] == [
            (h.entry.id, h.distance)
            for h in sorted(expected, key=lambda h: (h.distance, h.entry.id))
        ]
        checked += bool(expected)
    assert checked > 20  # the sample has matches, not only misses


def test_two_processes_follow_adds_and_removals_without_reloading(store: BankStore) -> None:
    url = store.engine.url.render_as_string(hide_password=False)
    first, second = CountingStore.open(url), CountingStore.open(url)
    CountingStore.loads = 0
    bank = store.create_bank("known", "pdq")
    one, two = LivePdqBanks(first, refresh_s=0), LivePdqBanks(second, refresh_s=0)
    assert one.search("0" * 64) == [] and two.search("0" * 64) == []
    entry = store.add_entry(bank, "f" * 64)
    assert [h.entry.id for h in one.search("f" * 63 + "e")] == [entry.id]  # 1 bit away
    assert [h.entry.id for h in two.search("f" * 64)] == [entry.id]
    store.remove_entry(entry.id)
    assert one.search("f" * 64) == [] and two.search("f" * 64) == []
    assert [b.name for b in one.banks()] == []
    again = store.add_entry(bank, "a" * 64)
    assert two.refresh() == 1 and [h.entry.id for h in two.search("a" * 64)] == [again.id]
    assert CountingStore.loads == 2  # one first load per process, then only changes
    first.close()
    second.close()


def test_refresh_waits_for_the_interval(store: BankStore) -> None:
    now = [0.0]
    bank = store.create_bank("known", "pdq")
    live = LivePdqBanks(store, refresh_s=10, clock=lambda: now[0])
    assert live.search("1" * 64) == []
    store.add_entry(bank, "1" * 64)
    assert live.search("1" * 64) == []  # not yet refreshed
    now[0] = 10.0
    assert len(live.search("1" * 64)) == 1


def test_a_change_committed_late_is_not_skipped(store: BankStore) -> None:
    """PostgreSQL hands out sequence numbers before commit: change 3 may appear after 4."""
    now = [0.0]
    bank = store.create_bank("known", "pdq")
    live = LivePdqBanks(store, refresh_s=0, clock=lambda: now[0])
    live.refresh()

    def change(seq: int, value: str) -> None:
        with store.engine.begin() as conn:
            entry = f"e-{seq}"
            at = datetime.now(UTC)
            conn.execute(
                insert(hash_bank_entries).values(id=entry, bank_id=bank.id, hash=value, added_at=at)
            )
            conn.execute(
                insert(hash_bank_changes).values(
                    seq=seq, bank_id=bank.id, entry_id=entry, op="add", hash=value, created_at=at
                )
            )

    change(1, "1" * 64)
    change(2, "2" * 64)
    change(4, "4" * 64)
    assert live.refresh() == 3
    change(3, "3" * 64)  # committed late
    assert live.refresh() == 1 and len(live.search("3" * 64)) == 1
    change(6, "6" * 64)  # 5 never commits (rolled back)
    live.refresh()
    now[0] += GAP_WAIT_S + 1
    live.refresh()  # gives up waiting for 5
    change(7, "7" * 64)
    assert live.refresh() == 1
    assert all(len(live.search(d * 64)) == 1 for d in "123467")
    assert len(live) == 6


def test_the_first_load_overlapping_the_log_holds_each_entry_once(store: BankStore) -> None:
    bank = store.create_bank("known", "pdq")
    added = [store.add_entry(bank, f"{d}" * 64) for d in "12345"]
    store.remove_entry(added[0].id)
    live = LivePdqBanks(store, refresh_s=0)
    live.refresh()  # loads 4 entries, then replays the 6 logged changes
    assert len(live) == 4 and [h.distance for h in live.search("2" * 64)] == [0]
    assert live.search("1" * 64) == []


def test_the_first_load_sorts_the_hashes_once(store: BankStore) -> None:
    """Before: the index merged its delta each time it outgrew the tables while the banks
    loaded, sorting every hash loaded so far again (about 50 times for a million)."""
    from bastion.banks.pdq_index import PdqIndex

    rng = np.random.default_rng(8)
    bank = store.create_bank("many", "pdq")
    codes = rng.integers(0, 2**16, size=(60, 16), dtype=np.uint16)
    for code in codes:
        store.add_entry(bank, _hex(code))
    merges = []

    class Counting(PdqIndex):
        def merge(self) -> None:
            merges.append(len(self))
            super().merge()

    live = LivePdqBanks(store, refresh_s=0)
    live._index = Counting(min_delta=5)  # would merge about ten times on the way
    streamed = store.stream_entries

    def in_small_batches(kind: str, batch: int = 20_000) -> Iterator[list[tuple[str, str, str]]]:
        return streamed(kind, 7)

    store.stream_entries = in_small_batches  # type: ignore[method-assign]
    assert live.search(_hex(codes[3]))[0].distance == 0
    assert merges == [60]

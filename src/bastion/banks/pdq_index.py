"""An index of PDQ hashes for Hamming-radius search: multi-index hashing, exact.

A PDQ hash is 256 bits, split here into 13 *keys*: twelve of 20 bits and one of
16. If two hashes differ in at most ``d`` bits and key ``i`` is given a
threshold ``t_i`` with ``sum(t_i + 1) > d``, then (pigeonhole) at least one
key differs in at most its threshold: were every key ``i`` more than ``t_i``
apart, the hashes would be more than ``d`` apart. So each key has a table from
its values to the hashes holding that value (hash positions sorted by the key,
plus offsets: a counting sort), and a search probes, in every table, the
query's key and each value within ``t_i`` bits of it, then checks the full
distance of those candidates only. Every hash within ``d`` is a candidate, so
recall equals a brute-force scan's: the index is exact, not approximate.

The thresholds are chosen per radius to probe the fewest hashes (a 20-bit bucket
holds 16 times fewer hashes than a 16-bit one). At PDQ's usual threshold of 31
that is 1,583 buckets holding N / 656 hashes on average (15,000 candidates at
10 million hashes, against 41,000 for 16 keys of 16 bits probed 17 buckets
each). Radii needing more than ``_MAX_PROBES`` buckets, or a key radius above
``_MAX_THRESHOLD``, scan every hash instead. Distances are popcounts over
64-bit words; liveness is checked only for the hashes found near.

Memory per hash: 32 bytes of code, 8 of owner, 52 of tables (13 × a 4-byte
position), one bit of liveness; plus 54 MB of offsets whatever the size. 10,000,000
hashes take about 0.95 GB.

Updates are incremental: new hashes go to a small unsorted *delta* searched by
brute force, merged into the tables when it grows past 1/64 of the indexed
hashes (or 20,000); removed hashes are marked dead at once and dropped at the
next merge. Nothing is ever reloaded from the database.

Each hash carries an ``owner`` (an integer chosen by the caller: here the
number of the bank entry it belongs to; a removed owner's number is not reused).
The index is not thread-safe; its caller (:class:`bastion.banks.live.LivePdqBanks`)
holds a lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from math import comb

import numpy as np

__all__ = ["CHUNKS", "PdqIndex", "brute_force", "parse_hashes"]

CHUNKS = 16
"""16-bit words per hash: codes are (n, 16) uint16 arrays, word j = hex digits 4j..4j+3."""
KEY_BITS = (20,) * 12 + (16,)
"""The widths of the keys that partition a hash's 256 bits, most significant first."""
_KEY_START = tuple(sum(KEY_BITS[:i]) for i in range(len(KEY_BITS)))
_MAX_THRESHOLD = 3
"""Per-key radius probed through the tables at most; beyond, a scan."""
_MAX_PROBES = 20_000
"""Buckets probed per search at most; beyond, a scan."""
MIN_DELTA = 20_000


def parse_hashes(values: Sequence[str]) -> np.ndarray:
    """(n, 16) uint16 codes from 64-hex-digit PDQ hashes (chunk j = hex digits 4j..4j+3)."""
    if not values:
        return np.zeros((0, CHUNKS), dtype=np.uint16)
    bad = next((v for v in values if len(v) != 64), None)
    if bad is not None:
        raise ValueError(f"a PDQ hash is 64 hex digits, got {bad!r}")
    raw = bytes.fromhex("".join(values))
    return np.frombuffer(raw, dtype=">u2").astype(np.uint16).reshape(len(values), CHUNKS)


def _words(codes: np.ndarray) -> np.ndarray:
    """(n, 4) uint64 views of (n, 16) uint16 codes: the same bits, four popcounts a row."""
    return np.ascontiguousarray(codes, dtype=np.uint16).reshape(-1, CHUNKS).view(np.uint64)


def _distances(words: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Hamming distance of each row of ``words`` (n, 4 uint64) to ``query`` (4 uint64)."""
    distances: np.ndarray = np.bitwise_count(words ^ query).sum(axis=1, dtype=np.int32)
    return distances


def brute_force(codes: np.ndarray, query: np.ndarray, radius: int) -> np.ndarray:
    """Positions of every row within ``radius`` of ``query``: the reference an index must equal."""
    return np.flatnonzero(_distances(_words(codes), _words(query)[0]) <= radius)


def _keys(codes: np.ndarray, key: int) -> np.ndarray:
    """Key ``key`` of each (n, 16) uint16 code, as uint32."""
    start, width = _KEY_START[key], KEY_BITS[key]
    word, offset = divmod(start, 16)
    window = np.zeros(len(codes), dtype=np.uint64)  # three words from ``word`` on: 48 bits
    for k in range(3):
        window <<= np.uint64(16)
        if word + k < CHUNKS:
            window |= codes[:, word + k].astype(np.uint64)
    shifted = window >> np.uint64(48 - offset - width)
    return (shifted & np.uint64((1 << width) - 1)).astype(np.uint32)


@cache
def _flip_masks(width: int, radius: int) -> np.ndarray:
    """Every ``width``-bit mask of at most ``radius`` set bits (the buckets one table probes)."""
    masks = [
        sum(1 << b for b in bits)
        for r in range(radius + 1)
        for bits in combinations(range(width), r)
    ]
    return np.array(masks, dtype=np.uint32)


@cache
def _thresholds(radius: int) -> tuple[int, ...] | None:
    """Per key, the radius to probe (-1: not probed), fewest candidates first; None: scan.

    Exactness needs ``sum(t + 1) > radius``. Each step raises the threshold whose next
    ring of buckets holds the fewest hashes (``C(width, t + 1) / 2**width`` of them),
    which is optimal as those costs grow with ``t``.
    """
    thresholds = [-1] * len(KEY_BITS)
    while sum(t + 1 for t in thresholds) <= radius:
        costs = [
            comb(w, t + 1) / 2**w if t < min(_MAX_THRESHOLD, w) else float("inf")
            for w, t in zip(KEY_BITS, thresholds, strict=True)
        ]
        best = min(range(len(costs)), key=costs.__getitem__)
        if costs[best] == float("inf"):
            return None
        thresholds[best] += 1
    probes = sum(
        len(_flip_masks(w, t)) for w, t in zip(KEY_BITS, thresholds, strict=True) if t >= 0
    )
    return tuple(thresholds) if probes <= _MAX_PROBES else None


@dataclass(frozen=True)
class _Tables:
    """The sorted part: codes, their owners, and one (order, offsets) table per key."""

    codes: np.ndarray  # (n, 16) uint16
    words: np.ndarray  # the same memory as (n, 4) uint64
    owners: np.ndarray  # (n,) int64
    orders: tuple[np.ndarray, ...]  # per key: positions sorted by the key value (int32)
    offsets: tuple[np.ndarray, ...]  # per key: start of each value in ``orders`` (int32)

    @classmethod
    def build(cls, codes: np.ndarray, owners: np.ndarray) -> _Tables:
        codes = np.ascontiguousarray(codes, dtype=np.uint16)
        orders, offsets = [], []
        for key, width in enumerate(KEY_BITS):
            column = _keys(codes, key)
            orders.append(np.argsort(column).astype(np.int32))  # any order within a bucket
            bounds = np.zeros((1 << width) + 1, dtype=np.int32)
            np.cumsum(np.bincount(column, minlength=1 << width), out=bounds[1:])
            offsets.append(bounds)
        return cls(codes, _words(codes), owners, tuple(orders), tuple(offsets))

    def candidates(self, query: np.ndarray, thresholds: tuple[int, ...]) -> np.ndarray:
        found = []
        for key, threshold in enumerate(thresholds):
            if threshold < 0:
                continue
            value = _keys(query[np.newaxis, :], key)[0]
            buckets = _flip_masks(KEY_BITS[key], threshold) ^ value
            offsets = self.offsets[key]
            starts = offsets[buckets]
            lengths = offsets[buckets + 1] - starts
            total = int(lengths.sum())
            if total == 0:
                continue
            # positions starts[k] .. starts[k] + lengths[k] - 1 of every probed bucket, in one go
            shift = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
            found.append(self.orders[key][shift + np.arange(total, dtype=np.int32)])
        if not found:
            return np.zeros(0, dtype=np.int32)
        return np.concatenate(found)

    @property
    def nbytes(self) -> int:
        parts = [self.codes, self.owners, *self.orders, *self.offsets]
        return int(sum(p.nbytes for p in parts))


class PdqIndex:
    """PDQ hashes (with an owner number each) searchable by Hamming radius; see module doc."""

    def __init__(self, min_delta: int = MIN_DELTA) -> None:
        self.min_delta = min_delta
        """The delta is merged once it holds more than this, or 1/64 of the tables' hashes."""
        self._main = _Tables.build(
            np.zeros((0, CHUNKS), dtype=np.uint16), np.zeros(0, dtype=np.int64)
        )
        self._alive = np.zeros(0, dtype=bool)
        self._delta_codes: list[np.ndarray] = []
        self._delta_owners: list[np.ndarray] = []
        self._delta: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._dead_owners: set[int] = set()
        """Owners removed while some of their hashes sit in the delta."""

    def __len__(self) -> int:
        """Hashes that match (removed ones excluded)."""
        return int(self._alive.sum()) + int(self._delta_arrays()[2].sum())

    # -- updates -------------------------------------------------------------------

    def add(self, codes: np.ndarray, owners: np.ndarray, *, merge: bool = True) -> None:
        """Index ``codes`` (n, 16 uint16), hash i belonging to ``owners[i]``. With ``merge``
        false the delta is not merged however large it grows (a bulk load that merges once
        at its end)."""
        if len(codes) == 0:
            return
        if len(codes) != len(owners):
            raise ValueError("one owner per hash")
        self._delta_codes.append(np.ascontiguousarray(codes, dtype=np.uint16))
        self._delta_owners.append(np.asarray(owners, dtype=np.int64))
        self._delta = None
        if merge and sum(len(c) for c in self._delta_codes) > max(
            self.min_delta, len(self._main.codes) // 64
        ):
            self.merge()

    def remove(self, owners: Sequence[int]) -> None:
        """Stop matching every hash of these owners (at once; space is freed at the next merge)."""
        gone = np.asarray(list(owners), dtype=np.int64)
        if len(gone) == 0:
            return
        self._alive &= ~np.isin(self._main.owners, gone)
        if self._delta_codes:
            self._dead_owners.update(int(o) for o in gone)
            self._delta = None

    def merge(self) -> None:
        """Fold the delta into the tables and drop dead hashes (a counting sort per chunk)."""
        codes, owners, alive = self._delta_arrays()
        keep_main = self._alive
        merged_codes = np.concatenate([self._main.codes[keep_main], codes[alive]])
        merged_owners = np.concatenate([self._main.owners[keep_main], owners[alive]])
        self._main = _Tables.build(merged_codes, merged_owners)
        self._alive = np.ones(len(merged_codes), dtype=bool)
        self._delta_codes, self._delta_owners, self._delta = [], [], None
        self._dead_owners = set()

    # -- search --------------------------------------------------------------------

    def search(self, query: np.ndarray, radius: int) -> list[tuple[int, int]]:
        """(owner, distance) of every owner with a hash within ``radius`` bits of ``query``
        (16 uint16), nearest hash per owner, nearest first."""
        query = np.ascontiguousarray(query, dtype=np.uint16)
        words = _words(query)[0]
        main = self._main
        thresholds = _thresholds(radius) if radius >= 0 else None
        if radius < 0:
            positions = np.zeros(0, dtype=np.int64)
        elif thresholds is None:
            positions = np.arange(len(main.codes))
        else:
            positions = main.candidates(query, thresholds)
        distances = _distances(main.words[positions], words)
        near = distances <= radius
        positions, distances = positions[near], distances[near]
        alive = self._alive[positions]  # few: checked after the distance, not before
        found_owners = [main.owners[positions[alive]]]
        found_distances = [distances[alive]]
        codes, owners, live = self._delta_arrays()
        if len(codes):
            delta = _distances(_words(codes), words)
            near = (delta <= radius) & live
            found_owners.append(owners[near])
            found_distances.append(delta[near])
        return _nearest_per_owner(np.concatenate(found_owners), np.concatenate(found_distances))

    def _delta_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._delta is None:
            if self._delta_codes:
                codes = np.concatenate(self._delta_codes)
                owners = np.concatenate(self._delta_owners)
            else:
                codes = np.zeros((0, CHUNKS), dtype=np.uint16)
                owners = np.zeros(0, dtype=np.int64)
            alive = ~np.isin(owners, list(self._dead_owners))
            self._delta = (codes, owners, alive)
        return self._delta

    @property
    def nbytes(self) -> int:
        codes, owners, alive = self._delta_arrays()
        return self._main.nbytes + self._alive.nbytes + codes.nbytes + owners.nbytes + alive.nbytes


def _nearest_per_owner(owners: np.ndarray, distances: np.ndarray) -> list[tuple[int, int]]:
    if len(owners) == 0:
        return []
    order = np.lexsort((distances, owners))
    owners, distances = owners[order], distances[order]
    first = np.ones(len(owners), dtype=bool)
    first[1:] = owners[1:] != owners[:-1]
    pairs = sorted(zip(distances[first].tolist(), owners[first].tolist(), strict=True))
    return [(owner, distance) for distance, owner in pairs]

"""An index of PDQ hashes for Hamming-radius search: multi-index hashing, exact.

A PDQ hash is 256 bits, split here into 16 chunks of 16 bits. If two hashes
differ in at most ``d`` bits, then by the pigeonhole principle at least one chunk
differs in at most ``d // 16`` bits. So each chunk has a table from its 65,536
possible values to the hashes holding that value (hash positions sorted by the
chunk, plus offsets: a counting sort), and a search probes, in every table, the
query's chunk value and each value within ``d // 16`` bits of it (17 buckets per
table at PDQ's usual threshold of 31), then checks the full distance of those
candidates only. Every hash within ``d`` is a candidate, so recall equals a
brute-force scan's: the index is exact, not approximate. Thresholds of 64 bits
and above would probe thousands of buckets per table; they scan linearly
instead (still vectorised).

Memory per hash: 32 bytes of code, 64 bytes of tables (16 × a 4-byte position),
plus one bit of liveness; 10,000,000 hashes take about 1 GB.

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

import numpy as np

__all__ = ["CHUNKS", "PdqIndex", "brute_force", "parse_hashes"]

CHUNKS = 16
_CHUNK_BITS = 16
_VALUES = 1 << _CHUNK_BITS
_MAX_INDEXED_RADIUS = 3
"""Per-chunk radius probed through the tables (up to 63 bits in all); beyond, a scan."""
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


def _distances(codes: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Hamming distance of each row of ``codes`` (n, 16 uint16) to ``query`` (16 uint16)."""
    distances: np.ndarray = np.bitwise_count(codes ^ query).sum(axis=1, dtype=np.int32)
    return distances


def brute_force(codes: np.ndarray, query: np.ndarray, radius: int) -> np.ndarray:
    """Positions of every row within ``radius`` of ``query``: the reference an index must equal."""
    return np.flatnonzero(_distances(codes, query) <= radius)


def _flip_masks(radius: int) -> np.ndarray:
    """Every 16-bit mask of at most ``radius`` set bits (the buckets one table probes)."""
    masks = [0]
    frontier = [0]
    for _ in range(radius):
        frontier = sorted({m | (1 << b) for m in frontier for b in range(_CHUNK_BITS)} - {*masks})
        masks += frontier
    return np.array(masks, dtype=np.uint16)


_MASKS = [_flip_masks(r) for r in range(_MAX_INDEXED_RADIUS + 1)]


@dataclass(frozen=True)
class _Tables:
    """The sorted part: codes, their owners, and one (order, offsets) table per chunk."""

    codes: np.ndarray  # (n, 16) uint16
    owners: np.ndarray  # (n,) int64
    orders: tuple[np.ndarray, ...]  # per chunk: positions sorted by the chunk value (int32)
    offsets: tuple[np.ndarray, ...]  # per chunk: start of each value in ``orders`` (65,537)

    @classmethod
    def build(cls, codes: np.ndarray, owners: np.ndarray) -> _Tables:
        orders, offsets = [], []
        for j in range(CHUNKS):
            column = codes[:, j]
            orders.append(np.argsort(column, kind="stable").astype(np.int32))
            bounds = np.zeros(_VALUES + 1, dtype=np.int64)
            np.cumsum(np.bincount(column, minlength=_VALUES), out=bounds[1:])
            offsets.append(bounds)
        return cls(codes, owners, tuple(orders), tuple(offsets))

    def candidates(self, query: np.ndarray, chunk_radius: int) -> np.ndarray:
        masks = _MASKS[chunk_radius]
        found = []
        for j in range(CHUNKS):
            buckets = (masks ^ query[j]).astype(np.int64)
            starts = self.offsets[j][buckets]
            lengths = self.offsets[j][buckets + 1] - starts
            total = int(lengths.sum())
            if total == 0:
                continue
            # positions starts[k] .. starts[k] + lengths[k] - 1 of every probed bucket, in one go
            shift = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
            found.append(self.orders[j][shift + np.arange(total)])
        if not found:
            return np.zeros(0, dtype=np.int64)
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

    def add(self, codes: np.ndarray, owners: np.ndarray) -> None:
        """Index ``codes`` (n, 16 uint16), hash i belonging to ``owners[i]``."""
        if len(codes) == 0:
            return
        if len(codes) != len(owners):
            raise ValueError("one owner per hash")
        self._delta_codes.append(np.ascontiguousarray(codes, dtype=np.uint16))
        self._delta_owners.append(np.asarray(owners, dtype=np.int64))
        self._delta = None
        if sum(len(c) for c in self._delta_codes) > max(
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
        query = np.asarray(query, dtype=np.uint16)
        chunk_radius = radius // CHUNKS
        main = self._main
        if chunk_radius <= _MAX_INDEXED_RADIUS:
            positions = main.candidates(query, chunk_radius)
        else:
            positions = np.arange(len(main.codes))
        positions = positions[self._alive[positions]]
        distances = _distances(main.codes[positions], query)
        near = distances <= radius
        found_owners = [main.owners[positions[near]]]
        found_distances = [distances[near]]
        codes, owners, alive = self._delta_arrays()
        if len(codes):
            delta = _distances(codes, query)
            near = (delta <= radius) & alive
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

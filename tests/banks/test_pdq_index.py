"""The PDQ index finds exactly what a brute-force scan finds, through adds, removals and
merges, at every radius (the multi-index tables below 64 bits, a scan above)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.banks.pdq_index import CHUNKS, PdqIndex, brute_force, parse_hashes


def _near(rng: np.random.Generator, code: np.ndarray, bits: int) -> np.ndarray:
    """``code`` with ``bits`` distinct bits flipped."""
    flat = np.unpackbits(code.astype(">u2").view(np.uint8))
    flat[rng.choice(256, size=bits, replace=False)] ^= 1
    return np.packbits(flat).view(">u2").astype(np.uint16)


def _expected(codes: np.ndarray, owners: np.ndarray, query: np.ndarray, radius: int) -> set:
    hits = brute_force(codes, query, radius)
    best: dict[int, int] = {}
    distances = np.bitwise_count(codes ^ query).sum(axis=1)
    for i in hits:
        owner = int(owners[i])
        best[owner] = min(best.get(owner, 999), int(distances[i]))
    return set(best.items())


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    radius=st.sampled_from([0, 8, 15, 16, 31, 32, 47, 63, 64, 90]),
    removals=st.integers(0, 20),
)
def test_search_equals_brute_force(seed: int, radius: int, removals: int) -> None:
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 2**16, size=(60, CHUNKS), dtype=np.uint16)
    # near-duplicates at every distance around the radius, several hashes per owner
    variants = np.array([_near(rng, base[i % 60], int(rng.integers(0, 100))) for i in range(240)])
    codes = np.concatenate([base, variants])
    owners = np.concatenate([np.arange(60), rng.integers(0, 120, size=240)])
    index = PdqIndex(min_delta=50)  # merges happen within the example
    for part in np.array_split(np.arange(len(codes)), 7):  # in batches: delta, merges
        index.add(codes[part], owners[part])
    gone = rng.choice(120, size=removals, replace=False)
    index.remove(gone.tolist())
    alive = ~np.isin(owners, gone)
    for q in range(12):
        query = _near(rng, base[q * 5], int(rng.integers(0, 70)))
        expected = _expected(codes[alive], owners[alive], query, radius)
        found = index.search(query, radius)
        assert set(found) == expected
        assert [d for _, d in found] == sorted(d for _, d in found)


def test_removed_then_merged_and_delta_hashes_stay_gone() -> None:
    rng = np.random.default_rng(1)
    codes = rng.integers(0, 2**16, size=(10, CHUNKS), dtype=np.uint16)
    index = PdqIndex()
    index.add(codes[:5], np.arange(5))
    index.merge()
    index.add(codes[5:], np.arange(5, 10))  # in the delta
    index.remove([2, 7])
    assert len(index) == 8
    assert index.search(codes[2], 0) == [] and index.search(codes[7], 0) == []
    index.merge()
    assert index.search(codes[2], 0) == [] and index.search(codes[7], 0) == []
    assert index.search(codes[8], 0) == [(8, 0)] and len(index) == 8


def test_parse_hashes() -> None:
    value = "0123456789abcdef" * 4
    (code,) = parse_hashes([value])
    assert code[0] == 0x0123 and code[3] == 0xCDEF and len(code) == CHUNKS
    with pytest.raises(ValueError, match="64 hex"):
        parse_hashes(["abc"])

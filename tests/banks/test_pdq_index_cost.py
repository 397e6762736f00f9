"""What the PDQ index reads per search at PDQ's threshold of 31 bits: a small, fixed share of
the hashes (13 keys of 20 and 16 bits, thresholds chosen per radius), so that matching
against 10 million hashes stays within 10 ms (docs/scale.md)."""

from __future__ import annotations

import numpy as np

from bastion.banks.pdq_index import CHUNKS, KEY_BITS, PdqIndex, _flip_masks, _thresholds

RADIUS = 31


def test_the_thresholds_are_exact_and_read_under_one_hash_in_600() -> None:
    """Before: 16 keys of 16 bits, 17 buckets each: one hash in 241 was a candidate."""
    thresholds = _thresholds(RADIUS)
    assert thresholds is not None
    assert sum(t + 1 for t in thresholds) > RADIUS  # the pigeonhole bound that makes it exact
    share = sum(
        len(_flip_masks(w, t)) / 2**w for w, t in zip(KEY_BITS, thresholds, strict=True) if t >= 0
    )
    assert share < 1 / 600


def test_candidates_checked_on_random_hashes() -> None:
    rng = np.random.default_rng(5)
    n = 200_000
    codes = rng.integers(0, 2**16, size=(n, CHUNKS), dtype=np.uint16)
    index = PdqIndex()
    index.add(codes, np.arange(n))
    index.merge()
    thresholds = _thresholds(RADIUS)
    assert thresholds is not None
    queries = rng.integers(0, 2**16, size=(20, CHUNKS), dtype=np.uint16)
    checked = [len(index._main.candidates(q, thresholds)) for q in queries]
    assert np.mean(checked) < n / 500  # expected n / 656; before, n / 241


def test_keys_partition_every_bit_once() -> None:
    """Flipping any one bit of a hash changes exactly one key by exactly that bit."""
    from bastion.banks.pdq_index import _keys

    assert sum(KEY_BITS) == 256
    code = np.zeros((1, CHUNKS), dtype=np.uint16)
    for bit in range(256):
        flipped = code.copy()
        flipped[0, bit // 16] ^= np.uint16(1 << (15 - bit % 16))
        changed = [k for k in range(len(KEY_BITS)) if _keys(flipped, k)[0] != _keys(code, k)[0]]
        assert len(changed) == 1
        assert bin(int(_keys(flipped, changed[0])[0])).count("1") == 1

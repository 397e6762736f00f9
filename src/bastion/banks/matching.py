"""Matching content against bank entries, and what a match is worth as a signal.

A match's score is an estimate of its precision (fusion reads independent
signals so, combining them by noisy-OR): a confirmed match is certain (1.0);
an unreviewed one starts at 0.99 for an exact hash and falls linearly to 0.80
at the bank's threshold, the region where PDQ's published false-match rate
begins to rise. A deconfirmed (entry, content) pair does not match.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bastion.banks.live import LivePdqBanks
from bastion.banks.store import Bank, BankStore, Entry
from bastion.media.errors import MediaUnavailableError
from bastion.media.fingerprint import DEFAULT_MAX_BIT_ERROR, Alignment, align, decode_fingerprint
from bastion.media.pdq import DEFAULT_MAX_DISTANCE, MIN_QUALITY, hamming

__all__ = [
    "BankIndex",
    "Hit",
    "fingerprint_key",
    "match_fingerprint",
    "match_pdq",
    "match_pdq_indexed",
    "match_score",
]


@dataclass(frozen=True)
class Hit:
    bank: Bank
    entry: Entry
    distance: float
    """PDQ: differing bits; Chromaprint: bit error rate at the best alignment."""
    threshold: float
    alignment: Alignment | None = None


def match_score(hit: Hit, status: str | None = None) -> float:
    if status == "confirmed":
        return 1.0
    closeness = hit.distance / hit.threshold if hit.threshold else 0.0
    if hit.alignment is not None:  # bit error ~0.1 is a clean copy of the same recording
        closeness = max(0.0, (hit.distance - 0.1) / max(hit.threshold - 0.1, 1e-6))
    return round(0.99 - 0.19 * min(max(closeness, 0.0), 1.0), 4)


def match_pdq(
    value: str,
    quality: int,
    entries: Sequence[tuple[Bank, Entry]],
    max_distance: float | None = None,
) -> list[Hit]:
    """Entries within their bank's (or the given) Hamming distance of ``value``, by comparing
    with each one: the reference for tests; the CLI and scans match through the index
    (:func:`match_pdq_indexed`)."""
    if quality < MIN_QUALITY:
        return []
    hits = []
    for bank, entry in entries:
        threshold = max_distance if max_distance is not None else bank.max_distance
        threshold = DEFAULT_MAX_DISTANCE if threshold is None else threshold
        distance = hamming(value, entry.hash)
        if distance <= threshold:
            hits.append(Hit(bank, entry, float(distance), float(threshold)))
    return sorted(hits, key=lambda h: h.distance)


def match_pdq_indexed(
    banks: LivePdqBanks, value: str, quality: int, max_distance: float | None = None
) -> list[Hit]:
    """As :func:`match_pdq` over every PDQ bank of ``banks``, through their index."""
    if quality < MIN_QUALITY:
        return []
    return [
        Hit(h.bank, h.entry, float(h.distance), float(h.threshold))
        for h in banks.search(value, max_distance)
    ]


def match_fingerprint(
    content: np.ndarray,
    entries: Sequence[tuple[Bank, Entry]],
    max_bit_error: float | None = None,
) -> list[Hit]:
    hits = []
    for bank, entry in entries:
        threshold = max_bit_error if max_bit_error is not None else bank.max_distance
        threshold = DEFAULT_MAX_BIT_ERROR if threshold is None else threshold
        alignment = align(content, decode_fingerprint(entry.hash))
        if alignment is not None and alignment.bit_error <= threshold:
            hits.append(Hit(bank, entry, alignment.bit_error, float(threshold), alignment))
    return sorted(hits, key=lambda h: h.distance)


def fingerprint_key(content: np.ndarray) -> str:
    """Stable key of a scanned fingerprint, for match verdicts."""
    return hashlib.sha256(np.asarray(content, dtype=">u4").tobytes()).hexdigest()


class BankIndex:
    """The banks of the database at ``url`` as a detector reads them: PDQ banks through an
    index that follows their changes (:class:`~bastion.banks.live.LivePdqBanks`), audio
    fingerprint entries as a list re-read every ``refresh_s`` seconds."""

    def __init__(self, url: str | None, refresh_s: float = 10.0) -> None:
        self.url = url
        self.refresh_s = refresh_s
        self._store: BankStore | None = None
        self._cache: dict[str, tuple[float, list[tuple[Bank, Entry]]]] = {}
        self._pdq: LivePdqBanks | None = None

    def unavailable_reason(self) -> str | None:
        if self.url is None:
            return "no database for the hash banks (give the detector database_url)"
        return None

    def store(self) -> BankStore:
        if self._store is None:
            if self.url is None:
                raise MediaUnavailableError(str(self.unavailable_reason()))
            self._store = BankStore.open(self.url)
        return self._store

    def pdq(self) -> LivePdqBanks:
        if self._pdq is None:
            self._pdq = LivePdqBanks(self.store(), self.refresh_s)
        return self._pdq

    def match_pdq(self, value: str, quality: int, max_distance: float | None = None) -> list[Hit]:
        """As :func:`match_pdq` over every PDQ bank, through the index."""
        return match_pdq_indexed(self.pdq(), value, quality, max_distance)

    def entries(self, kind: str) -> list[tuple[Bank, Entry]]:
        store = self.store()
        loaded = self._cache.get(kind)
        if loaded is None or time.monotonic() - loaded[0] > self.refresh_s:
            loaded = (time.monotonic(), store.entries(kind))
            self._cache[kind] = loaded
        return loaded[1]

    def verdicts(self, pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
        return self.store().verdicts(pairs)

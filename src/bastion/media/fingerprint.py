"""Audio fingerprints (Chromaprint, Debian ``fpcalc``) and their alignment.

A raw Chromaprint fingerprint is one 32-bit integer per ~0.124 s of audio
(:data:`ITEM_SECONDS`). Two recordings of the same audio agree in most bits
at the right alignment; unrelated audio agrees in about half. A bank entry
matches when, at the best alignment, the bit error rate over the shorter of
the two is at most ``max_bit_error`` (default 0.25): that alignment also
gives the time range in the scanned audio.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bastion.media.errors import MediaError, MediaUnavailableError

__all__ = [
    "DEFAULT_MAX_BIT_ERROR",
    "ITEM_SECONDS",
    "Alignment",
    "align",
    "decode_fingerprint",
    "encode_fingerprint",
    "fingerprint_file",
    "fpcalc_unavailable",
]

ITEM_SECONDS = 4096 / 3 / 11025
"""Audio covered by one fingerprint item: Chromaprint's hop (1365.3 samples) at 11025 Hz."""
DEFAULT_MAX_BIT_ERROR = 0.25
MIN_ITEMS = 40
"""About 5 s: shorter overlaps are not evidence of a match."""
_BLOCK = 2048


def fpcalc_unavailable() -> str | None:
    if shutil.which("fpcalc") is None:
        return (
            "the fpcalc binary is not installed: apt-get install libchromaprint-tools "
            "(scripts/setup.sh does this)"
        )
    return None


def fingerprint_file(path: str | Path, max_seconds: float, timeout_s: float = 600.0) -> np.ndarray:
    """Raw fingerprint (uint32) of the first ``max_seconds`` of the audio in ``path``."""
    reason = fpcalc_unavailable()
    if reason:
        raise MediaUnavailableError(reason)
    command = ["fpcalc", "-raw", "-json", "-length", str(int(max_seconds)), str(path)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        raise MediaError(f"{path}: fingerprinting took longer than {timeout_s:.0f} s") from None
    if done.returncode != 0 and not done.stdout.strip():
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise MediaError(
            f"{path}: cannot fingerprint audio ({why[-1] if why else 'fpcalc failed'})"
        )
    try:
        values = json.loads(done.stdout)["fingerprint"]
    except (ValueError, KeyError):
        raise MediaError(f"{path}: fpcalc returned no fingerprint") from None
    return np.asarray(values, dtype=np.int64).astype(np.uint32)


def encode_fingerprint(values: np.ndarray) -> str:
    """Compact text form for a bank: hex of the big-endian 32-bit items."""
    return np.asarray(values, dtype=">u4").tobytes().hex()


def decode_fingerprint(text: str) -> np.ndarray:
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        raise ValueError("fingerprint must be hex (8 digits per item)") from None
    if len(raw) % 4:
        raise ValueError("fingerprint hex length must be a multiple of 8")
    return np.frombuffer(raw, dtype=">u4").astype(np.uint32)


@dataclass(frozen=True)
class Alignment:
    bit_error: float
    start_s: float
    """Where the match starts in the scanned audio (seconds)."""
    end_s: float


def align(content: np.ndarray, entry: np.ndarray) -> Alignment | None:
    """Best alignment of ``entry`` within ``content`` (or of content within a longer entry)."""
    if min(len(content), len(entry)) < MIN_ITEMS:
        return None
    short, long_, entry_is_short = (
        (entry, content, True) if len(entry) <= len(content) else (content, entry, False)
    )
    m = len(short)
    windows = np.lib.stride_tricks.sliding_window_view(long_, m)
    best_bits, best_offset = 32 * m + 1, 0
    for start in range(0, len(windows), _BLOCK):
        block = windows[start : start + _BLOCK]
        bits = np.bitwise_count(block ^ short).sum(axis=1, dtype=np.int64)
        index = int(np.argmin(bits))
        if int(bits[index]) < best_bits:
            best_bits, best_offset = int(bits[index]), start + index
    bit_error = best_bits / (32 * m)
    if entry_is_short:
        start_item, end_item = best_offset, best_offset + m
    else:
        start_item, end_item = 0, len(content)
    return Alignment(
        round(bit_error, 4), round(start_item * ITEM_SECONDS, 2), round(end_item * ITEM_SECONDS, 2)
    )

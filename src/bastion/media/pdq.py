"""PDQ perceptual hashes (Meta's ``pdqhash``): 256 bits as 64 hex digits.

Two images are near-duplicates when their hashes differ in few bits; Meta
recommends matching at Hamming distance <= 31 and ignoring hashes of quality
below 50 (flat images hash unreliably).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bastion.media.errors import MediaUnavailableError, missing_dependency

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["DEFAULT_MAX_DISTANCE", "MIN_QUALITY", "hamming", "normalise_hash", "pdq_hash"]

DEFAULT_MAX_DISTANCE = 31
MIN_QUALITY = 50
_MAX_SIDE = 512


def pdq_hash(image: Image) -> tuple[str, int]:
    """(hash as 64 hex digits, quality 0-100) of an RGB image."""
    reason = missing_dependency("pdqhash")
    if reason:
        raise MediaUnavailableError(reason)
    import numpy as np
    import pdqhash

    if max(image.size) > _MAX_SIDE:  # PDQ downsamples to 64x64 anyway; this only saves time
        image = image.copy()
        image.thumbnail((_MAX_SIDE, _MAX_SIDE))
    bits, quality = pdqhash.compute(np.asarray(image.convert("RGB"), dtype=np.uint8))
    value = 0
    for bit in bits:
        value = (value << 1) | int(bit)
    return f"{value:064x}", int(quality)


def normalise_hash(text: str) -> str:
    """Lower-case 64 hex digits, or ValueError with the reason."""
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValueError(f"a PDQ hash is 64 hex digits, got {text!r}")
    return value


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()

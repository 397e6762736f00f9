"""PDQ perceptual hashes (Meta's ``pdqhash``): 256 bits as 64 hex digits.

Two images are near-duplicates when their hashes differ in few bits; Meta
recommends matching at Hamming distance <= 31 and ignoring hashes of quality
below 50 (flat images hash unreliably). PDQ survives re-encoding and resizing
but not much cropping (a 5 % crop can move 50 bits), so an entry added from
an image file stores the hashes of crops of it too
(:data:`CROP_VARIANTS`: 100, 95 and 90 % of each side, anchored at either
end or the centre, width and height independently; 49 hashes): a copy
cropped by up to ~10 % of a side is then within the threshold of one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bastion.media.errors import MediaUnavailableError, missing_dependency

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = [
    "CROP_VARIANTS",
    "DEFAULT_MAX_DISTANCE",
    "MIN_QUALITY",
    "entry_hashes",
    "hamming",
    "normalise_hash",
    "pdq_hash",
]

DEFAULT_MAX_DISTANCE = 31
MIN_QUALITY = 50
_MAX_SIDE = 512
CROP_VARIANTS = (0.95, 0.9)
"""Fractions of a side kept by the extra hashes of an entry (anchored at either end or
the centre), combined independently for width and height."""


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


def entry_hashes(image: Image) -> tuple[str, int]:
    """A bank entry for ``image``: its hash and its crops' (space-separated), and its quality."""
    width, height = image.size
    value, quality = pdq_hash(image)
    hashes = [value]
    for left, right in _spans(width):
        for top, bottom in _spans(height):
            if (left, right, top, bottom) != (0, width, 0, height):
                hashes.append(pdq_hash(image.crop((left, top, right, bottom)))[0])
    return " ".join(dict.fromkeys(hashes)), quality


def _spans(size: int) -> list[tuple[int, int]]:
    spans = [(0, size)]
    for keep in CROP_VARIANTS:
        kept = round(size * keep)
        for anchor in (0.0, 0.5, 1.0):
            start = round((size - kept) * anchor)
            spans.append((start, start + kept))
    return spans


def normalise_hash(text: str) -> str:
    """Lower-case 64 hex digits, or ValueError with the reason."""
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValueError(f"a PDQ hash is 64 hex digits, got {text!r}")
    return value


def hamming(a: str, b: str) -> int:
    """Bits that differ; ``b`` may hold several space-separated hashes (the nearest counts)."""
    value = int(a, 16)
    return min((value ^ int(h, 16)).bit_count() for h in b.split())

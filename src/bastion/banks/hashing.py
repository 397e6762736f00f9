"""The entry a media file makes in a bank: its PDQ hash, or its Chromaprint fingerprint.

One function for ``bastion banks add`` and for banking reviewed media
(:mod:`bastion.learn.banking`), so both hash a file the same way.
"""

from __future__ import annotations

from pathlib import Path

from bastion.media.limits import MediaLimits

__all__ = ["hash_file"]


def hash_file(kind: str, path: Path, limits: MediaLimits) -> tuple[str, int | None]:
    """(hash, quality) of ``path`` for a bank of ``kind`` (``pdq`` or ``chromaprint``)."""
    if kind == "pdq":
        from bastion.media.image import load_image
        from bastion.media.pdq import entry_hashes

        return entry_hashes(load_image(path, limits))
    from bastion.media.fingerprint import encode_fingerprint, fingerprint_file

    return encode_fingerprint(fingerprint_file(path, limits.max_audio_seconds)), None

"""Bounds on what media the scanner accepts, so a hostile file cannot exhaust it.

Each bound can be set with an environment variable (``BASTION_MEDIA_*``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["MediaLimits"]


def _env(name: str, default: float) -> float:
    raw = os.environ.get(f"BASTION_MEDIA_{name}")
    return float(raw) if raw else default


@dataclass(frozen=True)
class MediaLimits:
    max_file_bytes: int = 4 * 1024**3
    """Largest media file read at all (4 GiB; audio and video are streamed)."""
    max_image_bytes: int = 50 * 1024**2
    max_image_pixels: int = 40_000_000
    """Width x height above which an image is refused before decoding (decompression bombs)."""
    max_audio_seconds: float = 4 * 3600.0
    """Audio beyond this is not transcribed; the decision says so (partial result)."""
    chunk_seconds: float = 60.0
    """Audio is decoded and transcribed in chunks of about this length (bounded memory)."""
    max_video_frames: int = 240
    """Most video frames (keyframes / scene changes) sent to the image detectors."""
    min_frame_gap_seconds: float = 1.0

    @classmethod
    def from_env(cls) -> MediaLimits:
        base = cls()
        return cls(
            max_file_bytes=int(_env("MAX_FILE_BYTES", base.max_file_bytes)),
            max_image_bytes=int(_env("MAX_IMAGE_BYTES", base.max_image_bytes)),
            max_image_pixels=int(_env("MAX_IMAGE_PIXELS", base.max_image_pixels)),
            max_audio_seconds=_env("MAX_AUDIO_SECONDS", base.max_audio_seconds),
            chunk_seconds=_env("CHUNK_SECONDS", base.chunk_seconds),
            max_video_frames=int(_env("MAX_VIDEO_FRAMES", base.max_video_frames)),
            min_frame_gap_seconds=_env("MIN_FRAME_GAP_SECONDS", base.min_frame_gap_seconds),
        )

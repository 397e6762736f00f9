"""Bounds on what media the scanner accepts, so a hostile file cannot exhaust it.

Each bound is a setting (``media_*`` in :class:`~bastion.config.Settings`, so
``BASTION_MEDIA_MAX_FILE_BYTES`` in the environment); the wiring builds one
:class:`MediaLimits` from the settings and hands it to the media views.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bastion.config import Settings

__all__ = ["MediaLimits"]


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
    roots: tuple[Path, ...] = ()
    """Folders media parts must lie in; empty: any readable file."""

    @classmethod
    def from_settings(cls, settings: Settings) -> MediaLimits:
        roots = tuple(Path(r) for r in (settings.media_roots or "").split(":") if r)
        return cls(
            max_file_bytes=settings.media_max_file_bytes,
            max_image_bytes=settings.media_max_image_bytes,
            max_image_pixels=settings.media_max_image_pixels,
            max_audio_seconds=settings.media_max_audio_seconds,
            chunk_seconds=settings.media_chunk_seconds,
            max_video_frames=settings.media_max_video_frames,
            min_frame_gap_seconds=settings.media_min_frame_gap_seconds,
            roots=roots,
        )

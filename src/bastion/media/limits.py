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

__all__ = ["MediaLimits", "inside", "media_roots", "upload_dir"]


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
    """Folders media parts must lie in."""
    any_path: bool = True
    """Without ``roots``: whether any readable file may be named (the operator's own command
    line) or none (items that arrived through the service: default deny)."""

    @classmethod
    def from_settings(cls, settings: Settings, *, served: bool = False) -> MediaLimits:
        """The limits of the settings. ``served``: for items that came through the service
        (``bastion serve``, ``bastion worker``): paths only inside ``media_roots`` or the
        upload folder the service writes media bytes to, nothing else."""
        roots = media_roots(settings)
        if served:
            roots = (*roots, upload_dir(settings))
        return cls(
            max_file_bytes=settings.media_max_file_bytes,
            max_image_bytes=settings.media_max_image_bytes,
            max_image_pixels=settings.media_max_image_pixels,
            max_audio_seconds=settings.media_max_audio_seconds,
            chunk_seconds=settings.media_chunk_seconds,
            max_video_frames=settings.media_max_video_frames,
            min_frame_gap_seconds=settings.media_min_frame_gap_seconds,
            roots=roots,
            any_path=not served,
        )


def media_roots(settings: Settings) -> tuple[Path, ...]:
    """The ``media_roots`` setting as resolved folders."""
    return tuple(Path(r).resolve() for r in (settings.media_roots or "").split(":") if r)


def upload_dir(settings: Settings) -> Path:
    """Where the service writes media sent as bytes (``media_upload_dir``)."""
    return settings.media_upload_dir.resolve()


def inside(path: str | Path, roots: tuple[Path, ...]) -> bool:
    """Whether ``path`` resolves (links followed) inside one of ``roots``. Only the path is
    looked at, so the answer says nothing about whether a file is there."""
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return False
    return any(resolved.is_relative_to(root.resolve()) for root in roots)

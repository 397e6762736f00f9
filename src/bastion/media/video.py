"""Video frames for the image detectors: the first frame of each scene (PyAV).

Every frame is decoded (multi-threaded; encoders do not reliably place
keyframes at scene cuts), but only keyframes and one frame every
:data:`SAMPLE_SECONDS` are looked at: a 16x16 grey thumbnail (scaled by
FFmpeg, cheap) is compared with the last kept frame's, and the frame is kept
as a scene change when the mean absolute difference exceeds
:data:`SCENE_THRESHOLD` (0-255) and it is at least ``min_frame_gap_seconds``
after the last kept one. Only kept frames are converted to images; at most
``max_video_frames`` are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bastion.media.audio import _open, _why
from bastion.media.errors import MediaError
from bastion.media.image import check_file
from bastion.media.limits import MediaLimits

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image

__all__ = ["SCENE_THRESHOLD", "Frame", "has_audio", "iter_scene_frames"]

SCENE_THRESHOLD = 12.0
SAMPLE_SECONDS = 0.5
"""Frames between keyframes are compared for scene changes this often."""


@dataclass(frozen=True)
class Frame:
    index: int
    """Ordinal of the kept frame (0, 1, ...) — the ``frame`` of evidence."""
    time_s: float
    image: Image


def has_audio(path: str | Path) -> bool:
    container = _open(Path(path))
    with container:
        return bool(container.streams.audio)


def iter_scene_frames(path: str | Path, limits: MediaLimits | None = None) -> Iterator[Frame]:
    """Scene-change keyframes of the first video track, with their times in seconds."""
    import numpy as np

    limits = limits or MediaLimits()
    file = check_file(path, limits.max_file_bytes, limits.roots, any_path=limits.any_path)
    container: Any = _open(file)
    with container:
        if not container.streams.video:
            raise MediaError(f"{file}: has no video track")
        stream = container.streams.video[0]
        width = stream.codec_context.width or 0
        height = stream.codec_context.height or 0
        if width * height > limits.max_image_pixels:
            raise MediaError(
                f"{file}: video frames are {width}x{height}; the limit is "
                f"{limits.max_image_pixels} pixels"
            )
        stream.thread_type = "AUTO"
        kept = 0
        decoded = 0
        last_kept = -1e9
        last_sample = -1e9
        last_thumb: np.ndarray | None = None
        try:
            for packet in container.demux(stream):
                try:
                    frames = packet.decode()
                except Exception:
                    continue  # damaged packet: keep going
                for frame in frames:
                    decoded += 1
                    time_s = float(frame.time) if frame.time is not None else 0.0
                    if not frame.key_frame and time_s - last_sample < SAMPLE_SECONDS:
                        continue
                    last_sample = time_s
                    if time_s - last_kept < limits.min_frame_gap_seconds:
                        continue
                    thumb = frame.reformat(width=16, height=16, format="gray").to_ndarray()
                    thumb = thumb.astype(np.float32)
                    if last_thumb is not None and (
                        float(np.abs(thumb - last_thumb).mean()) < SCENE_THRESHOLD
                    ):
                        continue
                    yield Frame(kept, round(time_s, 3), frame.to_image())
                    kept += 1
                    last_kept, last_thumb = time_s, thumb
                    if kept >= limits.max_video_frames:
                        return
        except MediaError:
            raise
        except Exception as exc:
            if decoded == 0:
                raise MediaError(f"{file}: cannot decode video ({_why(exc)})") from None
        if decoded == 0:
            raise MediaError(f"{file}: no decodable video frame")

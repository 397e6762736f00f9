"""Video frames for the image detectors: keyframes that start a new scene (PyAV).

Only keyframes are decoded (``skip_frame = NONKEY``), which is what makes a
10-minute video cheap: encoders place keyframes at scene cuts and at regular
intervals. A keyframe is kept as a scene change when its 16x16 grey thumbnail
differs from the last kept frame by more than :data:`SCENE_THRESHOLD` (mean
absolute difference, 0-255), and at least ``min_frame_gap_seconds`` after it;
at most ``max_video_frames`` are kept.
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


def _thumb(image: Image) -> np.ndarray:
    import numpy as np

    return np.asarray(image.convert("L").resize((16, 16)), dtype=np.float32)


def iter_scene_frames(path: str | Path, limits: MediaLimits | None = None) -> Iterator[Frame]:
    """Scene-change keyframes of the first video track, with their times in seconds."""
    import numpy as np

    limits = limits or MediaLimits.from_env()
    file = check_file(path, limits.max_file_bytes)
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
        stream.codec_context.skip_frame = "NONKEY"
        kept = 0
        decoded = 0
        last_time = -1e9
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
                    if time_s - last_time < limits.min_frame_gap_seconds:
                        continue
                    image = frame.to_image()
                    thumb = _thumb(image)
                    if (
                        last_thumb is not None
                        and float(np.abs(thumb - last_thumb).mean()) < SCENE_THRESHOLD
                    ):
                        continue
                    yield Frame(kept, round(time_s, 3), image)
                    kept += 1
                    last_time, last_thumb = time_s, thumb
                    if kept >= limits.max_video_frames:
                        return
        except MediaError:
            raise
        except Exception as exc:
            if decoded == 0:
                raise MediaError(f"{file}: cannot decode video ({_why(exc)})") from None
        if decoded == 0:
            raise MediaError(f"{file}: no decodable video frame")

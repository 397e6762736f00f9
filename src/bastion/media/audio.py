"""Streaming audio decode (PyAV): 16 kHz mono float32, in chunks cut at quiet points.

An episode is never loaded whole: decoded blocks are buffered up to one chunk
(plus a few seconds of slack, to cut at the quietest moment rather than in
the middle of a word) and handed on, so memory is bounded by the chunk length.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bastion.media.errors import MediaError
from bastion.media.image import check_file
from bastion.media.limits import MediaLimits

if TYPE_CHECKING:
    import numpy as np

__all__ = ["SAMPLE_RATE", "AudioChunk", "AudioInfo", "iter_chunks", "probe_audio"]

SAMPLE_RATE = 16_000
_SLACK_S = 5.0
_FRAME = SAMPLE_RATE // 20  # 50 ms energy frames when looking for a quiet cut


@dataclass(frozen=True)
class AudioInfo:
    duration_s: float | None
    codec: str
    sample_rate: int
    channels: int


@dataclass(frozen=True)
class AudioChunk:
    start_s: float
    samples: np.ndarray
    """Mono float32 at :data:`SAMPLE_RATE`."""

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def _open(path: Path) -> Any:
    import av

    try:
        return av.open(str(path))
    except Exception as exc:  # PyAV raises many FFmpeg error types
        raise MediaError(f"{path}: not a readable media file ({_why(exc)})") from None


def _why(exc: BaseException) -> str:
    text = str(exc).split(";")[0].strip()
    return text or type(exc).__name__


def probe_audio(path: str | Path, limits: MediaLimits | None = None) -> AudioInfo:
    """Codec, rate, channels and duration of the first audio track."""
    limits = limits or MediaLimits()
    file = check_file(path, limits.max_file_bytes, limits.roots, any_path=limits.any_path)
    container = _open(file)
    with container:
        if not container.streams.audio:
            raise MediaError(f"{file}: has no audio track")
        stream = container.streams.audio[0]
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / 1_000_000
        codec = stream.codec_context.name if stream.codec_context else "unknown"
        return AudioInfo(duration, codec, stream.rate or 0, stream.channels or 0)


def _decoded(file: Path) -> Iterator[np.ndarray]:
    """Decoded 16 kHz mono blocks of the first audio track; corrupt packets are skipped."""
    import av
    import numpy as np

    container = _open(file)
    with container:
        if not container.streams.audio:
            raise MediaError(f"{file}: has no audio track")
        stream = container.streams.audio[0]
        try:
            stream.codec_context  # noqa: B018 - raises for an unsupported codec
        except Exception as exc:
            raise MediaError(f"{file}: unsupported audio codec ({_why(exc)})") from None
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        bad = 0
        good = 0
        try:
            for packet in container.demux(stream):
                try:
                    frames = packet.decode()
                except Exception:  # a damaged packet: skip it, keep the rest of the episode
                    bad += 1
                    if bad > 50 and good == 0:
                        raise MediaError(f"{file}: audio data is corrupt") from None
                    continue
                for frame in frames:
                    good += 1
                    for out in resampler.resample(frame):
                        yield np.asarray(out.to_ndarray(), dtype=np.float32).reshape(-1)
        except MediaError:
            raise
        except Exception as exc:
            if good == 0:
                raise MediaError(f"{file}: cannot decode audio ({_why(exc)})") from None
            # truncated tail: what was decoded stands
        for out in resampler.resample(None):
            yield np.asarray(out.to_ndarray(), dtype=np.float32).reshape(-1)


def _quiet_cut(samples: np.ndarray, target: int, window: int) -> int:
    """Index near ``target`` (within ``window``) at the quietest 50 ms frame."""
    import numpy as np

    lo = max(target - window, _FRAME)
    hi = min(target + window, len(samples) - _FRAME)
    if hi <= lo:
        return min(target, len(samples))
    region = samples[lo:hi]
    frames = len(region) // _FRAME
    energy = np.square(region[: frames * _FRAME]).reshape(frames, _FRAME).mean(axis=1)
    return lo + int(np.argmin(energy)) * _FRAME + _FRAME // 2


def iter_chunks(path: str | Path, limits: MediaLimits | None = None) -> Iterator[AudioChunk]:
    """Chunks of about ``limits.chunk_seconds``, cut at quiet points, up to the duration limit.

    Raises :class:`MediaError` for files without any decodable audio sample.
    """
    import numpy as np

    limits = limits or MediaLimits()
    file = check_file(path, limits.max_file_bytes, limits.roots, any_path=limits.any_path)
    target = int(limits.chunk_seconds * SAMPLE_RATE)
    slack = int(_SLACK_S * SAMPLE_RATE)
    cap = int(limits.max_audio_seconds * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    held = 0
    emitted = 0
    for block in _decoded(file):
        if emitted + held >= cap:
            break
        pending.append(block)
        held += len(block)
        if held >= target + slack:
            buffer = np.concatenate(pending)
            cut = _quiet_cut(buffer, target, slack)
            yield AudioChunk(emitted / SAMPLE_RATE, buffer[:cut])
            emitted += cut
            pending, held = [buffer[cut:]], len(buffer) - cut
    if held:
        buffer = np.concatenate(pending)[: max(cap - emitted, 0)]
        if len(buffer):
            yield AudioChunk(emitted / SAMPLE_RATE, buffer)
            emitted += len(buffer)
    if emitted == 0:
        raise MediaError(f"{file}: the audio track holds no samples (zero length)")

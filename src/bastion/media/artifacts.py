"""Media artifacts of one item, computed lazily, once, and shared by every detector.

Decoding, OCR, transcription and hashing are expensive, so each is done on
first use and cached together with its failure: a corrupt file is decoded
once, and every detector that reads it reports the same precise error as a
missing signal (the policy's fail mode then applies).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bastion.artifacts.derived import DerivedText
from bastion.media.errors import MediaError, MediaUnavailableError
from bastion.media.limits import MediaLimits
from bastion.types import Item

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image

    from bastion.media.speech import SpeechModel, Transcript

__all__ = ["AudioSource", "MediaArtifacts", "VisualFrame"]

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[str, float], None]
"""Called with (stage, seconds of media done)."""


@dataclass(frozen=True)
class VisualFrame:
    part: str
    """``image`` or ``video``."""
    image: Image
    frame: int | None = None
    """Ordinal of the kept video frame; None for a still image."""
    time_s: float | None = None


@dataclass(frozen=True)
class AudioSource:
    part: str
    """``audio``, or ``video`` for a video's audio track."""
    path: Path


class MediaArtifacts:
    """Lazy views of an item's image, audio and video parts."""

    def __init__(
        self, item: Item, limits: MediaLimits | None = None, progress: Progress | None = None
    ) -> None:
        self.item = item
        self.limits = limits or MediaLimits()
        self.progress = progress
        self._cache: dict[str, Any] = {}
        self.notes: list[str] = []
        """Facts worth telling the reader (a video without an audio track)."""
        self.transcribed_partly: str | None = None
        """Why the transcripts cover only part of the audio (beyond the limit), if they do: the
        speech extractor then counts as missing, so the fail mode applies to the rest."""

    def _once(self, key: str, compute: Callable[[], T]) -> T:
        if key not in self._cache:
            try:
                self._cache[key] = (True, compute())
            except (MediaError, MediaUnavailableError) as exc:
                self._cache[key] = (False, exc)
            except Exception as exc:  # a library failing on odd input: report, never crash
                log.warning("item %s: %s failed", self.item.id, key, exc_info=True)
                failure = MediaError(f"{key} failed: {type(exc).__name__}: {exc}")
                self._cache[key] = (False, failure)
        ok, value = self._cache[key]
        if not ok:
            raise value.with_traceback(None)  # the same failure, without stacking tracebacks
        return value  # type: ignore[no-any-return]

    # -- images and video frames -------------------------------------------------

    def frames(self) -> list[VisualFrame]:
        """The still image and the video's scene-change keyframes."""
        return self._once("frames", self._frames)

    def _frames(self) -> list[VisualFrame]:
        from bastion.media.errors import missing_dependency

        found: list[VisualFrame] = []
        if self.item.image is not None:
            reason = missing_dependency("PIL")
            if reason:
                raise MediaUnavailableError(reason)
            from bastion.media.image import load_image

            found.append(VisualFrame("image", load_image(self.item.image, self.limits)))
        if self.item.video is not None:
            reason = missing_dependency("av")
            if reason:
                raise MediaUnavailableError(reason)
            from bastion.media.video import iter_scene_frames

            for frame in iter_scene_frames(self.item.video, self.limits):
                found.append(VisualFrame("video", frame.image, frame.index, frame.time_s))
        return found

    def ocr(self) -> list[DerivedText]:
        def run() -> list[DerivedText]:
            from bastion.media.ocr import ocr_image

            return [
                ocr_image(f.image, part=f.part, frame=f.frame, frame_time=f.time_s)
                for f in self.frames()
            ]

        return self._once("ocr", run)

    def pdq(self) -> list[tuple[VisualFrame, str, int]]:
        def run() -> list[tuple[VisualFrame, str, int]]:
            from bastion.media.pdq import pdq_hash

            return [(f, *pdq_hash(f.image)) for f in self.frames()]

        return self._once("pdq", run)

    # -- audio and video audio tracks ----------------------------------------------

    def audio_sources(self) -> list[AudioSource]:
        def run() -> list[AudioSource]:
            from bastion.media.image import check_file

            sources = []
            if self.item.audio is not None:
                path = check_file(
                    self.item.audio,
                    self.limits.max_file_bytes,
                    self.limits.roots,
                    any_path=self.limits.any_path,
                )
                sources.append(AudioSource("audio", path))
            if self.item.video is not None:
                from bastion.media.video import has_audio

                check_file(
                    self.item.video,
                    self.limits.max_file_bytes,
                    self.limits.roots,
                    any_path=self.limits.any_path,
                )
                if has_audio(self.item.video):
                    sources.append(AudioSource("video", Path(self.item.video)))
                else:
                    self.notes.append("the video has no audio track; only its frames were scanned")
            return sources

        return self._once("audio_sources", run)

    def transcripts(self, speech: SpeechModel | None = None) -> list[Transcript]:
        """Transcripts of the audio and video tracks (by ``speech``, on first use)."""

        def run() -> list[Transcript]:
            from bastion.media.audio import iter_chunks, probe_audio
            from bastion.media.speech import transcribe_chunks

            found = []
            for source in self.audio_sources():
                info = probe_audio(source.path, self.limits)
                cap = self.limits.max_audio_seconds
                if info.duration_s is not None and info.duration_s > cap + 1:
                    self.transcribed_partly = (
                        f"{source.part} is {info.duration_s:.0f} s long; only the first "
                        f"{cap:.0f} s were transcribed (media_max_audio_seconds)"
                    )
                progress = self.progress

                def report(
                    done: float, progress: Progress | None = progress, part: str = source.part
                ) -> None:
                    log.info("item %s: transcribed %.0f s of %s", self.item.id, done, part)
                    if progress is not None:
                        progress("transcribe", done)

                found.append(
                    transcribe_chunks(
                        iter_chunks(source.path, self.limits),
                        part=source.part,
                        language=self.item.lang,
                        progress=report,
                        whisper=speech,
                    )
                )
            return found

        return self._once("transcripts", run)

    def fingerprints(self) -> list[tuple[AudioSource, np.ndarray]]:
        def run() -> list[tuple[AudioSource, np.ndarray]]:
            from bastion.media.fingerprint import fingerprint_file

            return [
                (s, fingerprint_file(s.path, self.limits.max_audio_seconds))
                for s in self.audio_sources()
            ]

        return self._once("fingerprints", run)

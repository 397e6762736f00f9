"""Shared shape of the detectors backed by the shipped text-model bundle.

Each scores every segment of the folded text and reports, per category, the
maximum over segments, with the segment as evidence. The score is the head's
own probability; fusion combines the heads with learned weights. A segment that
counter-speech fills ("Muslims are not terrorists") is held down, and one holding
figurative violence ("break a leg") is also read in plain words
(:mod:`bastion.detectors.counter_speech`, :mod:`bastion.detectors.figurative`); the
decision records both data versions (:attr:`readings`).
"""

from __future__ import annotations

import abc

import numpy as np

from bastion.artifacts import Artifacts, TextArtifacts
from bastion.detectors import counter_speech, figurative
from bastion.detectors.base import Detector
from bastion.models.bundle import BundleError, EmbeddingHeads, TextBundle, shipped_bundle
from bastion.types import Evidence, Signal

EVIDENCE_MIN_SCORE = 0.5
CONTEXT_MAX_CHARS = 160
"""Replies up to this long are also read together with their parent message."""
CONTEXT_WEIGHT = 0.8
"""A reply's contextual score is discounted: "me too" under a threat is likely
endorsement, but a short reply may also disagree with its parent."""


class ModelHeadsDetector(Detector):
    def __init__(self, bundle: TextBundle | None = None) -> None:
        self._error: str | None = None
        try:
            self.bundle = bundle or shipped_bundle()
        except BundleError as exc:
            self._error = str(exc)
            self.version = "unavailable"
            self.categories = ()
            return
        self.version = self.bundle.version
        self.readings = {
            "counter_speech": counter_speech.digest(),
            "figurative": figurative.phrases().digest,
        }
        self.categories = self.heads.categories

    @property
    @abc.abstractmethod
    def heads(self) -> EmbeddingHeads: ...

    @abc.abstractmethod
    def segment_scores(self, text: TextArtifacts) -> np.ndarray:
        """(n_segments, n_categories) probabilities."""

    @abc.abstractmethod
    def text_scores(self, texts: list[str]) -> np.ndarray:
        """(len(texts), n_categories) probabilities for ad-hoc (folded) texts."""

    def contextual_scores(self, artifacts: Artifacts) -> np.ndarray | None:
        """Scores of a short reply read together with its parent, discounted; else None."""
        text, context = artifacts.text, artifacts.context
        if text is None or context is None or len(text.original) > CONTEXT_MAX_CHARS:
            return None
        parent = context.folded.text[-CONTEXT_MAX_CHARS * 2 :]
        joint: np.ndarray = self.text_scores([f"{parent} {text.folded.text}"])[0]
        whole = [(0, len(text.folded.text))]
        held: np.ndarray = counter_speech.capped(text, self.categories, joint[None, :], whole)[0]
        return CONTEXT_WEIGHT * held

    def plain_read(self, text: TextArtifacts) -> np.ndarray:
        """Segment scores, each no higher than its figurative phrases read in plain words
        score, for :data:`figurative.CATEGORIES` (:mod:`bastion.detectors.figurative`)."""
        scores = self.segment_scores(text)
        plain = figurative.phrases().plain_segments(text)
        if not plain:
            return scores
        rows = list(plain)
        read = self.text_scores(list(plain.values()))
        for j, category in enumerate(self.categories):
            if category in figurative.CATEGORIES:
                scores[rows, j] = np.minimum(scores[rows, j], read[:, j])
        return scores

    def unavailable_reason(self) -> str | None:
        return self._error

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        text = artifacts.text
        if text is None or not text.segments:
            return [self.signal(c, 0.0) for c in self.categories]
        scores = counter_speech.capped(text, self.categories, self.plain_read(text))
        best = scores.argmax(axis=0)
        contextual = self.contextual_scores(artifacts)
        signals = []
        for j, category in enumerate(self.categories):
            score = float(scores[best[j], j])
            evidence = []
            if contextual is not None and contextual[j] > score:
                score = float(contextual[j])
                if score >= EVIDENCE_MIN_SCORE:
                    evidence.append(
                        Evidence(
                            part="text",
                            span=(0, len(text.original)),
                            rule=f"{self.name}:{category}:with-thread-context",
                        )
                    )
            elif score >= EVIDENCE_MIN_SCORE:
                start, end = text.segments[int(best[j])]
                span = text.folded.original_span(start, end)
                evidence.append(Evidence(part="text", span=span, rule=f"{self.name}:{category}"))
            signals.append(self.signal(category, score, evidence))
        return signals

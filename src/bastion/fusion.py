"""Fusion: many detectors' signals -> one calibrated probability per category.

Signals for a category are combined with a noisy-OR (each detector is treated
as an independent piece of evidence: the category is absent only if every
detector is wrong), then mapped through a per-category calibration in logit
space (Platt scaling; identity until trained calibration parameters are
supplied). A child category implies its parent, so a parent's probability is
at least its children's. Missing signals do not count as zero: a category whose
only detectors are missing gets no probability at all, and the policy's fail
mode decides.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bastion import taxonomy
from bastion.types import CategoryEvidence, Evidence, Signal

__all__ = ["Calibration", "Fusion", "FusionResult"]

MAX_EVIDENCE_PER_CATEGORY = 20
_EPS = 1e-6


@dataclass(frozen=True)
class Calibration:
    """Platt scaling: p' = sigmoid(slope * logit(p) + intercept)."""

    slope: float = 1.0
    intercept: float = 0.0

    def __call__(self, p: float) -> float:
        if self.slope == 1.0 and self.intercept == 0.0:
            return p
        q = min(max(p, _EPS), 1 - _EPS)
        z = self.slope * math.log(q / (1 - q)) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class FusionResult:
    categories: Mapping[str, CategoryEvidence]

    @property
    def probabilities(self) -> dict[str, float]:
        return {k: v.probability for k, v in self.categories.items()}


class Fusion:
    version = "noisy-or-1"

    def __init__(self, calibration: Mapping[str, Calibration] | None = None) -> None:
        self.calibration = dict(calibration or {})

    def fuse(self, signals: Sequence[Signal]) -> FusionResult:
        absent: dict[str, float] = {}
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        sources: dict[str, set[str]] = defaultdict(set)
        for signal in signals:
            if signal.score is None:
                continue
            absent[signal.category] = absent.get(signal.category, 1.0) * (1.0 - signal.score)
            if signal.score > 0:
                sources[signal.category].add(signal.source)
                room = MAX_EVIDENCE_PER_CATEGORY - len(evidence[signal.category])
                evidence[signal.category].extend(signal.evidence[: max(room, 0)])
        probability = {
            category: self.calibration.get(category, Calibration())(1.0 - remaining)
            for category, remaining in absent.items()
        }
        # A child implies its parent: lift the parent (and carry the child's evidence up).
        for category in sorted(probability, key=lambda c: -len(taxonomy.ancestors(c))):
            for parent in taxonomy.ancestors(category):
                if probability[category] > probability.get(parent, -1.0):
                    probability[parent] = probability[category]
                    evidence[parent] = list(evidence[category])
                    sources[parent] = set(sources[category])
        categories = {
            category: CategoryEvidence(
                category=category,
                probability=p,
                evidence=tuple(evidence.get(category, ())),
                sources=tuple(sorted(sources.get(category, ()))),
            )
            for category, p in probability.items()
        }
        return FusionResult(categories=categories)

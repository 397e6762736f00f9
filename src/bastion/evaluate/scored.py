"""Scored examples: labels, slices and the engine's category probabilities, one per example.

The unit every offline computation reads (metrics, thresholds, the gate), kept
free of the pipeline so that stored runs can be reloaded without loading models.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["ScoredExample", "ScoredSet", "label_matrix"]


@dataclass(frozen=True)
class ScoredExample:
    """One example's labels, slices and the engine's category probabilities."""

    id: str
    labels: Mapping[str, int | float]
    slices: Mapping[str, str]
    scores: Mapping[str, float]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "labels": dict(self.labels),
            "slices": dict(self.slices),
            "scores": {k: round(v, 6) for k, v in sorted(self.scores.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScoredExample:
        return cls(
            id=str(data["id"]),
            labels=dict(data.get("labels") or {}),
            slices=dict(data.get("slices") or {}),
            scores={k: float(v) for k, v in (data.get("scores") or {}).items()},
        )


@dataclass(frozen=True)
class ScoredSet:
    examples: list[ScoredExample]
    skipped: list[dict[str, str]] = field(default_factory=list)
    """``{"id", "reason"}`` of examples the engine refused (e.g. text too long)."""
    model_versions: Mapping[str, str] = field(default_factory=dict)
    policy_version: str = ""


def label_matrix(
    examples: Sequence[ScoredExample], category: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mask of examples whose label is known, binary labels, scores) for ``category``.

    An absent label is unknown and the example is left out; soft labels are
    binarised at 0.5, as the dataset format specifies.
    """
    known = np.array([category in e.labels for e in examples], dtype=bool)
    y = np.array([float(e.labels.get(category, 0)) >= 0.5 for e in examples], dtype=int)
    scores = np.array([e.scores.get(category, 0.0) for e in examples], dtype=float)
    return known, y[known], scores[known]

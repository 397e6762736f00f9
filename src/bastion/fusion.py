"""Fusion: many detectors' signals -> one calibrated probability per category.

Two rules, each with a reason:

* **Learned stacking** for the trained model heads. Their scores are strongly
  correlated (they read the same text), so they are combined by a per-category
  logistic regression over their logits, fitted on held-out data by
  ``bastion train`` (Platt-style): the result is calibrated. A missing head
  contributes its mean logit (no information beyond the prior).
* **Noisy-OR** for everything else (rule detectors, hash banks): each is
  independent evidence whose score is its estimated precision, so the category
  is absent only if every one of them is wrong: ``1 - prod(1 - s)``. The
  stacked probability joins that product as one more piece of evidence.

A child category implies its parent, so a parent's probability is at least its
children's; ``taxonomy.ALSO_IMPLIES`` adds what a key implies beyond its parent
(``hate/threatening`` is also ``violence``). Missing signals do not count as zero: a
category whose only detectors are missing gets no probability, and the policy's fail
mode decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from bastion import taxonomy
from bastion.models.bundle import Stack, TextBundle
from bastion.types import CategoryEvidence, Evidence, Signal

__all__ = ["Fusion", "FusionResult"]

MAX_EVIDENCE_PER_CATEGORY = 20
RULES = "2"
"""The combination rules' version, in every fusion version string; bump it when they change
(2: a key also lifts what ``taxonomy.ALSO_IMPLIES`` says it implies)."""


@cache
def _implied(category: str) -> tuple[str, ...]:
    return tuple(taxonomy.implied(category))


@dataclass(frozen=True)
class FusionResult:
    categories: Mapping[str, CategoryEvidence]

    @property
    def probabilities(self) -> dict[str, float]:
        return {k: v.probability for k, v in self.categories.items()}


class Fusion:
    def __init__(
        self, stacks: Mapping[str, Stack] | None = None, version: str = f"noisy-or-{RULES}"
    ) -> None:
        self.stacks = dict(stacks or {})
        self.version = version

    @classmethod
    def shipped(cls) -> Fusion:
        """Stacking from the shipped text-model bundle, or plain noisy-OR without one."""
        from bastion.models.bundle import BundleError, shipped_bundle

        try:
            return cls.from_bundle(shipped_bundle())
        except BundleError:
            return cls()

    @classmethod
    def from_bundle(cls, bundle: TextBundle) -> Fusion:
        return cls(bundle.stacks, version=f"stacked-{RULES}-{bundle.version}")

    def _stacked(self, category: str, signals: list[Signal]) -> tuple[float | None, list[Signal]]:
        """The stacked model probability (None if no stacked head ran) and the other signals."""
        stack = self.stacks.get(category)
        if stack is None:
            return None, signals
        present: dict[str, float] = {}
        rest: list[Signal] = []
        for s in signals:
            if s.detector not in stack.weights:
                rest.append(s)
            elif s.score is not None:
                present[s.detector] = s.score
        return (stack.probability(present) if present else None), rest

    def fuse(self, signals: Sequence[Signal]) -> FusionResult:
        by_category: dict[str, list[Signal]] = defaultdict(list)
        for signal in signals:
            if signal.score is not None:
                by_category[signal.category].append(signal)
        probability: dict[str, float] = {}
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        sources: dict[str, set[str]] = defaultdict(set)
        for category, found in by_category.items():
            model, independent = self._stacked(category, found)
            absent = 1.0 - model if model is not None else 1.0
            for signal in independent:
                absent *= 1.0 - float(signal.score or 0.0)
            probability[category] = 1.0 - absent
            # Rule evidence (precise spans) first, then model segments.
            stacked = self.stacks[category].weights if category in self.stacks else {}
            for signal in sorted(found, key=lambda s: s.detector in stacked):
                if signal.score:
                    sources[category].add(signal.source)
                    room = MAX_EVIDENCE_PER_CATEGORY - len(evidence[category])
                    evidence[category].extend(signal.evidence[: max(room, 0)])
        # A child implies its parent: lift the parent (and carry the child's evidence up).
        # Whatever implies a key implies all it implies, so it comes first.
        for category in sorted(probability, key=lambda c: -len(_implied(c))):
            for parent in _implied(category):
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

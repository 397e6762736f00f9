"""Replay stored decisions under another policy version: what would change before it ships.

Every decision record keeps the fused category probabilities, the surface,
the jurisdiction and which detectors were missing, so a policy can be
re-applied by the :class:`PolicyEvaluator` without re-scanning anything (and
without the content). Replaying the policy that made the decisions changes
nothing - the tests hold the replay to that.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bastion.policy import PolicyEvaluator

__all__ = ["Backtest", "backtest"]


@dataclass
class Backtest:
    policy_version: str
    decisions: int = 0
    changed: int = 0
    from_versions: Counter[str] = field(default_factory=Counter)
    transitions: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """Surface -> ``"old -> new"`` action -> count (changed decisions only)."""
    categories: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    """(surface, category) -> ``newly_flagged`` / ``no_longer_flagged`` -> count."""
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """``surface: old -> new`` or ``surface/category: change`` -> decision ids (a few)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy_version": self.policy_version,
            "decisions": self.decisions,
            "changed": self.changed,
            "from_versions": dict(self.from_versions),
            "transitions": {s: dict(c) for s, c in sorted(self.transitions.items())},
            "categories": [
                {"surface": s, "category": c, **dict(counts)}
                for (s, c), counts in sorted(self.categories.items())
            ],
            "examples": dict(sorted(self.examples.items())),
        }


def backtest(
    records: Iterable[Mapping[str, Any]], evaluator: PolicyEvaluator, max_examples: int = 5
) -> Backtest:
    """Re-decide each record with ``evaluator`` and tally what moves."""
    result = Backtest(evaluator.version)

    def example(key: str, decision_id: str) -> None:
        if len(result.examples[key]) < max_examples:
            result.examples[key].append(decision_id)

    for record in records:
        result.decisions += 1
        result.from_versions[record.get("policy_version", "?")] += 1
        verdict = evaluator.evaluate(
            record.get("categories", {}),
            record["surface"],
            record.get("jurisdiction"),
            record.get("missing_detectors", ()),
        )
        surface = verdict.applied_surface
        old, new = record["action"], verdict.action.value
        if old != new:
            result.changed += 1
            move = f"{old} -> {new}"
            result.transitions[surface][move] += 1
            example(f"{surface}: {move}", record["id"])
        before, after = set(record.get("flagged", ())), set(verdict.flagged)
        for category, change in [
            *((c, "newly_flagged") for c in sorted(after - before)),
            *((c, "no_longer_flagged") for c in sorted(before - after)),
        ]:
            result.categories[(surface, category)][change] += 1
            example(f"{surface}/{category}: {change}", record["id"])
    return result

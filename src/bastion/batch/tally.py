"""Backtest tallies that add up: one per shard, merged on the driver in shard order.

Each item is decided once under the current policy (detectors and fusion run once); the new
policy is then applied to the same fused probabilities by
:func:`bastion.evaluate.backtest.backtest`, exactly as the stored-decision backtest does.
Examples name item ids, so a reviewer can look the content up in the catalogue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bastion.evaluate.backtest import Backtest, backtest
from bastion.policy import PolicyEvaluator
from bastion.types import Decision

__all__ = ["ShardTally"]


@dataclass
class ShardTally:
    result: Backtest
    items: int = 0
    errors: int = 0
    surfaces: Counter[str] = field(default_factory=Counter)
    """Items decided per applied policy surface (unknown surfaces count as default)."""

    @classmethod
    def empty(cls, policy_version: str) -> ShardTally:
        return cls(Backtest(policy_version))

    def add(self, decided: Sequence[Decision], new_policy: PolicyEvaluator, errors: int) -> None:
        self.items += len(decided) + errors
        self.errors += errors
        self.surfaces.update(d.applied_surface for d in decided)
        records = [{**d.to_dict(), "id": d.item_id} for d in decided]
        self.merge_result(backtest(records, new_policy, max_examples=len(records) or 1))

    def merge_result(self, other: Backtest) -> None:
        mine = self.result
        mine.decisions += other.decisions
        mine.changed += other.changed
        mine.from_versions.update(other.from_versions)
        for surface, moves in other.transitions.items():
            mine.transitions[surface].update(moves)
        for pair, changes in other.categories.items():
            mine.categories[pair].update(changes)
        for key, ids in other.examples.items():
            mine.examples[key].extend(ids)

    def merge(self, other: ShardTally) -> None:
        self.items += other.items
        self.errors += other.errors
        self.surfaces.update(other.surfaces)
        self.merge_result(other.result)

    def cap_examples(self, limit: int) -> None:
        for key in list(self.result.examples):
            del self.result.examples[key][limit:]

    def to_dict(self) -> dict[str, Any]:
        report = self.result.to_dict()
        report["items"] = self.items
        report["errors"] = self.errors
        report["surfaces"] = dict(sorted(self.surfaces.items()))
        return report

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShardTally:
        result = Backtest(str(data["policy_version"]))
        result.decisions = int(data["decisions"])
        result.changed = int(data["changed"])
        result.from_versions.update(data["from_versions"])
        for surface, moves in data["transitions"].items():
            result.transitions[surface].update(moves)
        for row in data["categories"]:
            counts = {k: v for k, v in row.items() if k not in ("surface", "category")}
            result.categories[(row["surface"], row["category"])].update(counts)
        for key, ids in data["examples"].items():
            result.examples[key].extend(ids)
        return cls(result, int(data["items"]), int(data["errors"]), Counter(data["surfaces"]))

    @classmethod
    def combine(cls, policy_version: str, parts: Iterable[ShardTally], limit: int) -> ShardTally:
        total = cls.empty(policy_version)
        for part in parts:
            total.merge(part)
        total.cap_examples(limit)
        return total

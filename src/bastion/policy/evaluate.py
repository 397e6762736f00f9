"""Policy evaluation: calibrated category probabilities -> one action.

For each category the surface (with jurisdiction overlays applied) has a
ladder of (threshold, action) rungs; the item earns the most severe action of
any rung its probability reaches, and the decision takes the most severe action
over all categories. Because only reached rungs count, raising a threshold can
never add enforcement (a property the tests check).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bastion.policy.loader import LoadedPolicy
from bastion.policy.schema import DEFAULT_SURFACE, ResolvedSurface, Rung
from bastion.types import Action

__all__ = ["PolicyEvaluator", "Ruling", "SurfaceRules"]


@dataclass(frozen=True)
class SurfaceRules:
    """A surface's effective ladders for one jurisdiction."""

    surface: ResolvedSurface
    ladders: Mapping[str, tuple[Rung, ...]]
    overlay_of: Mapping[str, str]
    """Category -> overlay key, where an overlay replaced the surface's ladder."""


@dataclass(frozen=True)
class Ruling:
    """What the policy rules for one item's probabilities (before any human looks)."""

    action: Action
    applied_surface: str
    flagged: tuple[str, ...]
    triggered_rules: tuple[str, ...]
    notes: tuple[str, ...]
    """Plain-language facts about how the policy was applied (fallbacks, fail mode)."""
    held_by_fail_mode: bool
    review_sla_hours: float


class PolicyEvaluator:
    def __init__(self, loaded: LoadedPolicy) -> None:
        self.loaded = loaded
        self._cache: dict[tuple[str, str | None], SurfaceRules] = {}

    @property
    def version(self) -> str:
        return self.loaded.version

    def applied_surface(self, surface: str) -> str:
        return surface if surface in self.loaded.policy.surfaces else DEFAULT_SURFACE

    def rules(self, surface: str, jurisdiction: str | None) -> SurfaceRules:
        key = (self.applied_surface(surface), jurisdiction)
        if key not in self._cache:
            self._cache[key] = self._resolve(*key)
        return self._cache[key]

    def _resolve(self, surface: str, jurisdiction: str | None) -> SurfaceRules:
        policy = self.loaded.policy
        resolved = policy.surface(surface)
        ladders = {c: tuple(r) for c, r in resolved.rules.items()}
        overlay_of: dict[str, str] = {}
        for key in policy.overlays_for(jurisdiction):
            overlay = policy.jurisdictions[key]
            for scope in ("*", surface):
                for category, ladder in overlay.surfaces.get(scope, {}).items():
                    ladders[category] = tuple(ladder)
                    overlay_of[category] = key
        return SurfaceRules(resolved, ladders, overlay_of)

    def evaluate(
        self,
        probabilities: Mapping[str, float],
        surface: str,
        jurisdiction: str | None = None,
        missing_detectors: Iterable[str] = (),
        parts: Iterable[str] = ("text",),
    ) -> Ruling:
        rules = self.rules(surface, jurisdiction)
        applied = rules.surface.name
        notes: list[str] = []
        if applied != surface:
            notes.append(
                f"surface {surface!r} is not configured in the policy; "
                f"the '{DEFAULT_SURFACE}' surface was applied"
            )
        actions: list[Action] = []
        flagged: list[str] = []
        triggered: list[str] = []
        for category, ladder in rules.ladders.items():
            probability = probabilities.get(category)
            if probability is None:
                continue
            reached = [rung for rung in ladder if probability >= rung.threshold]
            if not reached:
                continue
            rung = max(reached, key=lambda r: r.action.strictness)
            if rung.action is Action.ALLOW:
                continue
            actions.append(rung.action)
            flagged.append(category)
            scope = f" [{rules.overlay_of[category]}]" if category in rules.overlay_of else ""
            triggered.append(
                f"{applied}/{category}{scope}: {probability:.2f} >= {rung.threshold:.2f}"
                f" -> {rung.action.value}"
            )
        action = Action.strictest(actions)
        missing = sorted(set(rules.surface.required_for(parts)) & set(missing_detectors))
        held = False
        if missing:
            if rules.surface.fail_mode == "closed":
                held = Action.HOLD_FOR_REVIEW.strictness > action.strictness
                action = Action.strictest([action, Action.HOLD_FOR_REVIEW])
                notes.append(
                    f"required detector(s) {', '.join(missing)} could not run; surface "
                    f"{applied!r} fails closed, so the item is held for review"
                )
            else:
                notes.append(
                    f"required detector(s) {', '.join(missing)} could not run; surface "
                    f"{applied!r} fails open, so the decision uses the remaining detectors"
                )
        return Ruling(
            action=action,
            applied_surface=applied,
            flagged=tuple(flagged),
            triggered_rules=tuple(triggered),
            notes=tuple(notes),
            held_by_fail_mode=held,
            review_sla_hours=rules.surface.review_sla_hours,
        )

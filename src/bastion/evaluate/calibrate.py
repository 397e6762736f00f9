"""Write a chosen threshold into a new policy version (``eval calibrate-policy``).

Only the category's *operating rung* moves: the lowest rung at which the policy
acts on it for the surface (and jurisdiction). Where that ladder comes from
(the surface itself, a surface it inherits from, a jurisdiction overlay) is
asked of the :class:`PolicyEvaluator`; the new ladder is written where it takes
effect for that surface only:

* a ladder inherited from ``default`` is copied into the surface's own rules;
* a ladder from a jurisdiction overlay is written into that overlay, scoped to
  the surface.

A ladder must escalate, so stricter rungs at or below the new threshold are
removed (and reported), as are ``allow`` rungs at or above it. The written
file is loaded back and its operating point checked before it is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bastion.evaluate.errors import EvalError
from bastion.evaluate.scoring import operating_threshold
from bastion.policy import PolicyEvaluator, load_policy
from bastion.policy.schema import Rung
from bastion.types import Action

__all__ = ["Calibration", "bump_version", "calibrate_policy_file", "move_operating_rung"]


@dataclass(frozen=True)
class Calibration:
    path: Path
    version: str
    old_threshold: float
    new_threshold: float
    written_to: str
    """Dotted path of the ladder that was written, e.g. ``surfaces.comment.rules.hate``."""
    notes: tuple[str, ...]


def bump_version(version: str) -> str:
    """``2026.11.0`` -> ``2026.11.1``; ``v3`` -> ``v4``; ``beta`` -> ``beta.1``."""
    match = re.search(r"(\d+)(?!.*\d)", version)
    if match is None:
        return f"{version}.1"
    start, end = match.span()
    return f"{version[:start]}{int(match.group()) + 1}{version[end:]}"


def move_operating_rung(
    ladder: tuple[Rung, ...], old: float, new: float
) -> tuple[list[dict[str, Any]], list[str]]:
    """The ladder with its operating rung (at ``old``) moved to ``new``, and what else changed."""
    out: list[dict[str, Any]] = []
    notes: list[str] = []
    for rung in sorted(ladder, key=lambda r: r.threshold):
        action = rung.action.value
        if rung.threshold == old and rung.action is not Action.ALLOW:
            out.append({"threshold": new, "action": action})
        elif rung.action is Action.ALLOW and rung.threshold >= new:
            notes.append(f"removed rung {rung.threshold} -> allow: it is above the new threshold")
        elif rung.action is not Action.ALLOW and rung.threshold <= new and rung.threshold > old:
            notes.append(
                f"removed rung {rung.threshold} -> {action}: it is at or below the new operating "
                f"threshold {new}; add it back above {new} if it is still wanted"
            )
        else:
            out.append({"threshold": rung.threshold, "action": action})
    return sorted(out, key=lambda r: float(r["threshold"])), notes


def calibrate_policy_file(
    source: Path,
    out: Path,
    category: str,
    surface: str,
    threshold: float,
    jurisdiction: str | None = None,
    version: str | None = None,
    header: str = "",
) -> Calibration:
    """Write ``source`` with the category's operating threshold set to ``threshold`` to ``out``."""
    if source.is_dir():
        raise EvalError(
            f"{source} is a folder; calibrate-policy rewrites one policy file (merge it first)"
        )
    loaded = load_policy(source)
    if surface not in loaded.policy.surfaces:
        raise EvalError(
            f"surface {surface!r} is not configured in {source}; calibrate a configured surface "
            f"({', '.join(sorted(loaded.policy.surfaces))})"
        )
    evaluator = PolicyEvaluator(loaded)
    rules = evaluator.rules(surface, jurisdiction)
    old = operating_threshold(evaluator, category, surface, jurisdiction)
    if old is None:
        raise EvalError(
            f"the policy takes no action on {category!r} on surface {surface!r}: "
            "add a rung for it before calibrating its threshold"
        )
    ladder, notes = move_operating_rung(rules.ladders[category], old, threshold)
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    overlay = rules.overlay_of.get(category)
    if overlay is not None:
        scopes = data["jurisdictions"][overlay].setdefault("surfaces", {})
        scopes.setdefault(surface, {})[category] = ladder
        written_to = f"jurisdictions.{overlay}.surfaces.{surface}.{category}"
    else:
        settings = data["surfaces"].get(surface) or {}
        data["surfaces"][surface] = settings
        settings.setdefault("rules", {})[category] = ladder
        written_to = f"surfaces.{surface}.rules.{category}"
    new_version = version or bump_version(loaded.policy.version)
    data["version"] = new_version
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    comment = "".join(f"# {line}\n" for line in header.splitlines())
    staging = out.with_name(f".{out.name}.partial")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging.write_text(comment + text, encoding="utf-8")
    try:
        check = PolicyEvaluator(load_policy(staging))
        reached = operating_threshold(check, category, surface, jurisdiction)
        if reached != threshold:  # pragma: no cover - a bug here must not ship a policy
            raise EvalError(
                f"internal error: the written policy acts at {reached}, not {threshold}"
            )
        staging.replace(out)
    finally:
        staging.unlink(missing_ok=True)
    return Calibration(out, new_version, old, threshold, written_to, tuple(notes))

"""From a decision and its outcome to a statement of reasons, field by field.

Only restrictions get a statement (Art. 17): ``label``, ``age_restrict``,
``demote`` and ``block`` decisions, and held items a reviewer found violating.
An item held and not yet reviewed is *pending* (its statement comes with the
verdict); one a reviewer cleared, or one whose audience is outside the EEA, gets
none. Every choice is explained in docs/compliance.md.

``decision_facts`` never quotes the content: the Transparency Database is
public, so the facts name the category, scores, rules and who decided, not what
the user wrote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bastion.comply.cases import Case
from bastion.comply.vocabulary import CONTENT_TYPES, ISO_639_1, TERRITORIES
from bastion.policy.dsa import EEA_EXTRA, EU_MEMBER_STATES
from bastion.policy.schema import DEFAULT_SURFACE, Policy
from bastion.types import Action

__all__ = [
    "ACTION_RESTRICTIONS",
    "AUTOMATED_RESTRICTIONS",
    "Outcome",
    "Restriction",
    "StatementOptions",
    "resolve",
    "territorial_scope",
]


@dataclass(frozen=True)
class Restriction:
    """The Transparency Database restriction types one action imposes."""

    visibility: tuple[str, ...] = ()
    monetary: str | None = None
    provision: str | None = None
    account: str | None = None


ACTION_RESTRICTIONS: dict[str, Restriction] = {
    Action.LABEL.value: Restriction(visibility=("DECISION_VISIBILITY_CONTENT_LABELLED",)),
    Action.AGE_RESTRICT.value: Restriction(
        visibility=("DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",)
    ),
    Action.DEMOTE.value: Restriction(visibility=("DECISION_VISIBILITY_CONTENT_DEMOTED",)),
    Action.BLOCK.value: Restriction(visibility=("DECISION_VISIBILITY_CONTENT_REMOVED",)),
    # Actions a reviewer may apply beyond the automated ladder.
    "restrict_interaction": Restriction(
        visibility=("DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",)
    ),
    "suspend_account": Restriction(
        visibility=("DECISION_VISIBILITY_CONTENT_REMOVED",),
        account="DECISION_ACCOUNT_SUSPENDED",
    ),
    "terminate_account": Restriction(
        visibility=("DECISION_VISIBILITY_CONTENT_REMOVED",),
        account="DECISION_ACCOUNT_TERMINATED",
    ),
    "demonetise": Restriction(monetary="DECISION_MONETARY_SUSPENSION"),
}
"""Action name -> restriction. ``allow`` (and anything not listed) restricts nothing."""

AUTOMATED_RESTRICTIONS = {"label", "age_restrict", "demote", "block"}
_RULE = re.compile(
    r"^[a-z0-9_]+/(?P<category>[^:\[]+?)(?: \[[^\]]+\])?: "
    r"(?P<score>[0-9.]+) >= (?P<threshold>[0-9.]+) -> (?P<action>[a-z_]+)$"
)
_SEVERITY = {"low": 0, "medium": 1, "high": 2, "critical": 3}


@dataclass(frozen=True)
class StatementOptions:
    puid_prefix: str = "bastion"
    """Stable prefix of every puid (letters, digits, '-' and '_')."""
    terms_url: str | None = None
    """The terms of service the incompatible-content ground refers to (optional)."""

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", self.puid_prefix):
            raise ValueError(
                f"puid prefix {self.puid_prefix!r} must be 1-64 letters, digits, '-' or '_'"
            )


@dataclass(frozen=True)
class Outcome:
    """What the decision finally did, and who decided it."""

    status: str
    """``restricted`` | ``pending`` (held, not yet reviewed) | ``none`` (no restriction)."""
    action: str | None = None
    decided_by: str = "automation"
    """``automation`` | ``human`` (a reviewer took the decision)."""
    category: str | None = None
    decided_at: datetime | None = None
    human_involved: bool = False
    why_none: str = ""


def _rule_actions(record: Mapping[str, Any]) -> dict[str, tuple[str, float, float]]:
    """Flagged category -> (action, score, threshold) from the rules that fired."""
    found: dict[str, tuple[str, float, float]] = {}
    for rule in record.get("triggered_rules", []):
        match = _RULE.match(str(rule))
        if match is None:
            continue
        category, action = match["category"], match["action"]
        known = found.get(category)
        if known is None or Action(action).severity > Action(known[0]).severity:
            found[category] = (action, float(match["score"]), float(match["threshold"]))
    return found


def primary_category(record: Mapping[str, Any], policy: Policy) -> str | None:
    """The flagged category behind the strictest action; the most specific and severe wins ties."""
    flagged = [str(c) for c in record.get("flagged", []) if c in policy.categories]
    if not flagged:
        return None
    actions = _rule_actions(record)
    probabilities = record.get("categories", {})

    def rank(category: str) -> tuple[int, int, int, float]:
        action = actions.get(category, ("allow", 0.0, 0.0))[0]
        return (
            Action(action).severity,
            1 if policy.categories[category].parent else 0,
            _SEVERITY[policy.categories[category].severity],
            float(probabilities.get(category, 0.0)),
        )

    return max(flagged, key=rank)


def resolve(case: Case, policy: Policy) -> Outcome:
    """The restriction a decision finally imposed, taking human verdicts into account."""
    action = str(case.record["action"])
    human = bool(case.verdicts) or any(a.status in ("upheld", "reversed") for a in case.appeals)
    if action in AUTOMATED_RESTRICTIONS:
        return Outcome(
            "restricted",
            action,
            "automation",
            primary_category(case.record, policy),
            case.created_at,
            human_involved=human,
        )
    # A restriction exists from the first verdict that found a violation, even if a later
    # verdict (e.g. on appeal) lifted it: the statement is owed for what was applied.
    violating = [v for v in case.verdicts if v.verdict == "violating"]
    if not violating:
        if case.final_verdict is not None:
            return Outcome("none", why_none="a reviewer found no violation")
        if action == Action.HOLD_FOR_REVIEW.value:
            return Outcome("pending", why_none="held for review; no verdict yet")
        return Outcome("none", why_none="the decision allowed the content")
    verdict = violating[0]
    # A reviewer who confirms a violation without naming an action (or naming "hold") removes it.
    applied = verdict.action if verdict.action in ACTION_RESTRICTIONS else Action.BLOCK.value
    category = verdict.category if verdict.category in policy.categories else None
    return Outcome(
        "restricted",
        applied,
        "human",
        category or primary_category(case.record, policy),
        verdict.created_at,
        human_involved=True,
    )


def territorial_scope(jurisdiction: str | None) -> list[str]:
    """Where the restriction applies, as the Transparency Database's territory codes.

    ``EU`` and an unknown audience (no jurisdiction: the restriction applies
    everywhere) give every EEA territory; a member state gives itself; an
    audience outside the EEA gives none (the DSA does not apply).
    """
    if jurisdiction is None or jurisdiction == "EU":
        return list(TERRITORIES)
    if jurisdiction in EU_MEMBER_STATES or jurisdiction in EEA_EXTRA:
        return [jurisdiction]
    return []


def content_types(record: Mapping[str, Any], policy: Policy) -> list[str]:
    surface = record.get("applied_surface") or DEFAULT_SURFACE
    if surface not in policy.surfaces:
        surface = DEFAULT_SURFACE
    kinds = list(policy.surface(surface).content_type)
    parts = {str(e.get("part")) for e in record.get("evidence", [])}
    kinds += [p.upper() for p in ("image", "audio", "video") if p in parts]
    out = [f"CONTENT_TYPE_{k.upper()}" for k in dict.fromkeys(kinds)]
    return [k for k in out if k in CONTENT_TYPES] or ["CONTENT_TYPE_TEXT"]


def content_language(record: Mapping[str, Any]) -> str | None:
    lang = record.get("lang")
    if not isinstance(lang, str):
        return None
    code = lang.split("-")[0].upper()
    return code if code in ISO_639_1 else None

"""From a decision and its outcome to a statement of reasons, field by field.

Only restrictions get a statement (Art. 17): ``label``, ``age_restrict``,
``demote``, ``restrict_interaction`` and ``block`` decisions, held or allowed
items a reviewer found violating, and account actions the strike escalation
applied (see :mod:`bastion.comply.account_statements`). Every action of the
shared vocabulary maps to exactly one restriction here; nothing is guessed.
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
from types import MappingProxyType
from typing import Any

from bastion.comply.cases import Case, HumanVerdict
from bastion.comply.vocabulary import CONTENT_TYPES, ISO_639_1, TERRITORIES
from bastion.policy.dsa import EEA_EXTRA, EU_MEMBER_STATES
from bastion.policy.schema import DEFAULT_SURFACE, Policy
from bastion.types import AccountAction, Action, Verdict

__all__ = [
    "ACCOUNT_RESTRICTIONS",
    "AUTOMATED_RESTRICTIONS",
    "CONTENT_RESTRICTIONS",
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
    visibility_other: str | None = None
    """What ``DECISION_VISIBILITY_OTHER`` means here (required with it)."""
    monetary: str | None = None
    provision: str | None = None
    account: str | None = None

    def __or__(self, other: Restriction) -> Restriction:
        """Both restrictions at once (a content action and an account action)."""
        return Restriction(
            visibility=tuple(dict.fromkeys((*self.visibility, *other.visibility))),
            visibility_other=self.visibility_other or other.visibility_other,
            monetary=self.monetary or other.monetary,
            provision=self.provision or other.provision,
            account=self.account or other.account,
        )

    @property
    def kind(self) -> str:
        """The transparency report's decision type: the most severe type present."""
        for kind, present in (
            ("account", self.account),
            ("provision", self.provision),
            ("monetary", self.monetary),
            ("visibility", self.visibility),
        ):
            if present:
                return kind
        return "no_restriction"


CONTENT_RESTRICTIONS: Mapping[Action, Restriction] = MappingProxyType(
    {
        Action.ALLOW: Restriction(),
        Action.LABEL: Restriction(visibility=("DECISION_VISIBILITY_CONTENT_LABELLED",)),
        Action.AGE_RESTRICT: Restriction(
            visibility=("DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",)
        ),
        Action.DEMOTE: Restriction(visibility=("DECISION_VISIBILITY_CONTENT_DEMOTED",)),
        Action.RESTRICT_INTERACTION: Restriction(
            visibility=("DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",)
        ),
        # Withheld, not removed: what a held item is while it waits (and what a verdict stored
        # with this action, before verdicts were checked, left it as).
        Action.HOLD_FOR_REVIEW: Restriction(
            visibility=("DECISION_VISIBILITY_OTHER",),
            visibility_other="Withheld from publication pending human review.",
        ),
        Action.BLOCK: Restriction(visibility=("DECISION_VISIBILITY_CONTENT_REMOVED",)),
    }
)
"""Every content action and the restriction it imposes (``allow``: none)."""

ACCOUNT_RESTRICTIONS: Mapping[AccountAction, Restriction] = MappingProxyType(
    {
        AccountAction.DEMONETISE: Restriction(monetary="DECISION_MONETARY_SUSPENSION"),
        AccountAction.SUSPEND_INTERACTION: Restriction(
            provision="DECISION_PROVISION_PARTIAL_SUSPENSION"
        ),
        AccountAction.SUSPEND_ACCOUNT: Restriction(account="DECISION_ACCOUNT_SUSPENDED"),
        AccountAction.TERMINATE_ACCOUNT: Restriction(account="DECISION_ACCOUNT_TERMINATED"),
    }
)
"""Every account action and the restriction it imposes on the author."""

AUTOMATED_RESTRICTIONS: frozenset[Action] = frozenset(
    a for a in Action if a.restricts and a is not Action.HOLD_FOR_REVIEW
)
"""Content actions a decision applies at once (a hold waits for a human)."""

_RULE = re.compile(
    r"^[a-z0-9_]+/(?P<category>[^:\[]+?)(?: \[[^\]]+\])?: "
    r"(?P<score>[0-9.]+) >= (?P<threshold>[0-9.]+) -> (?P<action>[a-z_]+)$"
)


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
    """``restricted`` | ``pending`` (held, not yet reviewed) | ``none`` (no restriction) |
    ``unstatable`` (a stored action outside the vocabulary: no statement guesses at it)."""
    action: Action | None = None
    account_action: AccountAction | None = None
    decided_by: str = "automation"
    """``automation`` | ``human`` (a reviewer took the decision)."""
    category: str | None = None
    decided_at: datetime | None = None
    human_involved: bool = False
    why_none: str = ""
    verdict: HumanVerdict | None = None
    """The verdict that decided, when a human did."""

    @property
    def restriction(self) -> Restriction:
        found = CONTENT_RESTRICTIONS[self.action] if self.action else Restriction()
        if self.account_action is not None:
            found = found | ACCOUNT_RESTRICTIONS[self.account_action]
        return found


def _rule_actions(record: Mapping[str, Any]) -> dict[str, tuple[Action, float, float]]:
    """Flagged category -> (action, score, threshold) from the rules that fired."""
    found: dict[str, tuple[Action, float, float]] = {}
    for rule in record.get("triggered_rules", []):
        match = _RULE.match(str(rule))
        if match is None or match["action"] not in set(Action):
            continue
        category, action = match["category"], Action(match["action"])
        known = found.get(category)
        if known is None or action.strictness > known[0].strictness:
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
        action = actions.get(category, (Action.ALLOW, 0.0, 0.0))[0]
        return (
            action.strictness,
            1 if policy.categories[category].parent else 0,
            policy.categories[category].severity.rank,
            float(probabilities.get(category, 0.0)),
        )

    return max(flagged, key=rank)


def resolve(case: Case, policy: Policy) -> Outcome:
    """The restriction a decision finally imposed, taking human verdicts into account."""
    action = Action(str(case.record["action"]))
    human = bool(case.verdicts) or any(
        a.status in ("upheld", "reversed") for a in case.content_appeals
    )
    violating = [v for v in case.verdicts if v.verdict is Verdict.VIOLATING]
    account = next((v.account_action for v in violating if v.account_action), None)
    if action in AUTOMATED_RESTRICTIONS:
        return Outcome(
            "restricted",
            action,
            account,
            "automation",
            primary_category(case.record, policy),
            case.created_at,
            human_involved=human,
        )
    # A restriction exists from the first verdict that found a violation, even if a later
    # verdict (e.g. on appeal) lifted it: the statement is owed for what was applied.
    if not violating:
        if case.final_verdict is not None:
            return Outcome("none", why_none="a reviewer found no violation")
        if action is Action.HOLD_FOR_REVIEW:
            return Outcome("pending", why_none="held for review; no verdict yet")
        return Outcome("none", why_none="the decision allowed the content")
    verdict = violating[0]
    # Verdicts stored before actions were checked: none named means removal (what the queue
    # applied then); a value outside the vocabulary is not guessed at.
    applied = Action.BLOCK if verdict.action is None else verdict.action
    if not isinstance(applied, Action):
        why = (
            f"the reviewer's action {applied!r} is not in Bastion's action vocabulary; "
            "correct the verdict before a statement can state it"
        )
        return Outcome("unstatable", why_none=why)
    if applied is Action.ALLOW and verdict.account_action is None:
        return Outcome("none", why_none="a reviewer found a violation but restricted nothing")
    category = verdict.category if verdict.category in policy.categories else None
    return Outcome(
        "restricted",
        applied,
        verdict.account_action,
        "human",
        category or primary_category(case.record, policy),
        verdict.created_at,
        human_involved=True,
        verdict=verdict,
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

"""Bastion's shared vocabulary: the values that flow down the scanning loop.

Everything here is frozen and carries no behaviour beyond small derived
properties, so that every stage (artifacts, detectors, fusion, policy, store)
can depend on it without depending on each other.

The ``name`` strings used here (detector names, category keys, action names)
are a data contract: they are stored in the decision log, in datasets and in
reports, so renaming one needs a migration.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Action(enum.StrEnum):
    """What happens to one item (a *content action*), from least to most restrictive.

    The policy's ladders choose among these; a reviewer applies one with a verdict.
    ``hold_for_review`` withholds the item until a human decides: a restriction, but
    not a final one (a reviewer never applies it).
    """

    ALLOW = "allow"
    LABEL = "label"
    AGE_RESTRICT = "age_restrict"
    DEMOTE = "demote"
    RESTRICT_INTERACTION = "restrict_interaction"
    """The item stays up, closed to comments and replies."""
    HOLD_FOR_REVIEW = "hold_for_review"
    BLOCK = "block"

    @property
    def strictness(self) -> int:
        return _ACTION_ORDER.index(self)

    @property
    def restricts(self) -> bool:
        """Whether the item is restricted in any way while this action stands."""
        return self is not Action.ALLOW

    @classmethod
    def strictest(cls, actions: Iterable[Action]) -> Action:
        return max(actions, key=lambda a: a.strictness, default=cls.ALLOW)


_ACTION_ORDER = list(Action)

REVIEWER_ACTIONS: tuple[Action, ...] = (
    Action.LABEL,
    Action.AGE_RESTRICT,
    Action.DEMOTE,
    Action.RESTRICT_INTERACTION,
    Action.BLOCK,
)
"""Content actions a reviewer may apply on finding a violation (``block`` when none is named)."""


class AccountAction(enum.StrEnum):
    """What happens to an item's author (an *account action*), least to most restrictive.

    Applied by a reviewer with a verdict, or by the policy's strike escalation
    (see :mod:`bastion.accounts`); recorded in the author's ledger, appealable.
    """

    DEMONETISE = "demonetise"
    """Payments to the author are suspended."""
    SUSPEND_INTERACTION = "suspend_interaction"
    """The author may read but not post, comment or message until the end date."""
    SUSPEND_ACCOUNT = "suspend_account"
    TERMINATE_ACCOUNT = "terminate_account"

    @property
    def strictness(self) -> int:
        return _ACCOUNT_ORDER.index(self)

    @classmethod
    def strictest(cls, actions: Iterable[AccountAction]) -> AccountAction | None:
        return max(actions, key=lambda a: a.strictness, default=None)


_ACCOUNT_ORDER = list(AccountAction)


class Verdict(enum.StrEnum):
    """A reviewer's finding on one item."""

    VIOLATING = "violating"
    NOT_VIOLATING = "not_violating"
    ESCALATE = "escalate"
    """No finding: a senior reviewer is asked to decide."""

    @property
    def settles(self) -> bool:
        return self is not Verdict.ESCALATE


class Severity(enum.StrEnum):
    """How grave a category (or one violation of it) is; stored as a rank 1-4 on verdicts."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_ORDER.index(self) + 1

    @classmethod
    def from_rank(cls, rank: int) -> Severity:
        if not 1 <= rank <= len(_SEVERITY_ORDER):
            raise ValueError(f"severity must be 1 (low) to 4 (critical), not {rank!r}")
        return _SEVERITY_ORDER[rank - 1]


_SEVERITY_ORDER = list(Severity)


class ReviewReason(enum.StrEnum):
    """Why a review task exists."""

    HOLD = "hold"
    """The policy held the item for review."""
    UNCERTAIN = "uncertain"
    """A small change of a score would have changed the action."""
    RANDOM = "random"
    """A random quality sample."""
    APPEAL = "appeal"
    NOTICE = "notice"
    """An Art. 16 notice reported the item (opened through :mod:`bastion.review.intake`)."""
    GOLD = "gold"
    ACTIVE_LEARNING = "active_learning"
    ESCALATION = "escalation"


ROUTED_REASONS: tuple[ReviewReason, ...] = (
    ReviewReason.HOLD,
    ReviewReason.UNCERTAIN,
    ReviewReason.RANDOM,
)
"""Reasons the decision log's review routing creates; at most one such task per decision."""


@dataclass(frozen=True)
class Context:
    """Where an item lives: who wrote it, in reply to what, for which audience."""

    author_id: str | None = None
    thread: tuple[str, ...] = ()
    """Earlier messages of the thread (parent last), as plain text."""
    parent_id: str | None = None
    locale: str | None = None
    jurisdiction: str | None = None
    """ISO 3166-1 alpha-2 country code of the audience (e.g. ``DE``), or ``EU``."""


@dataclass(frozen=True)
class Item:
    """One piece of user content to scan.

    ``text`` is the only part the foundation scans; media parts are carried as
    file paths so that later stages can add detectors for them without changing
    the vocabulary.
    """

    id: str
    surface: str = "default"
    text: str | None = None
    image: str | None = None
    audio: str | None = None
    video: str | None = None
    lang: str | None = None
    """Language declared by the caller (ISO 639-1); detected when absent."""
    context: Context = field(default_factory=Context)
    created_at: datetime | None = None

    @property
    def parts(self) -> dict[str, str]:
        """The content parts present, by kind."""
        found = {"text": self.text, "image": self.image, "audio": self.audio, "video": self.video}
        return {kind: value for kind, value in found.items() if value is not None}


@dataclass(frozen=True)
class Evidence:
    """Why a signal fired, pointing into the user's original content.

    ``span`` is a half-open character range ``[start, end)`` into the original
    text of ``part`` (not the normalised text), so a reviewer can highlight it.
    """

    part: str
    span: tuple[int, int] | None = None
    excerpt: str | None = None
    rule: str | None = None
    time_range: tuple[float, float] | None = None
    """Seconds from the start of the audio or video part."""
    frame: int | None = None
    match: Mapping[str, str] | None = None
    box: tuple[int, int, int, int] | None = None
    """(left, top, right, bottom) in pixels of the image or video frame."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"part": self.part}
        if self.span is not None:
            out["span"] = list(self.span)
        if self.excerpt is not None:
            out["excerpt"] = self.excerpt
        if self.rule is not None:
            out["rule"] = self.rule
        if self.time_range is not None:
            out["time_range"] = list(self.time_range)
        if self.frame is not None:
            out["frame"] = self.frame
        if self.match is not None:
            out["match"] = dict(self.match)
        if self.box is not None:
            out["box"] = list(self.box)
        return out


@dataclass(frozen=True)
class Signal:
    """One detector's judgement on one category.

    ``score`` is a probability-like value in [0, 1]. ``score is None`` means the
    detector could not judge (failed, timed out, dependency missing): a
    *missing* signal, which the policy treats according to the surface's fail
    mode. It is never silently read as 0.
    """

    detector: str
    version: str
    category: str
    score: float | None
    evidence: tuple[Evidence, ...] = ()
    error: str | None = None

    def __post_init__(self) -> None:
        if self.score is not None and not 0.0 <= self.score <= 1.0:
            raise ValueError(f"signal score must be in [0, 1], got {self.score!r}")

    @property
    def missing(self) -> bool:
        return self.score is None

    @property
    def source(self) -> str:
        return f"{self.detector}@{self.version}"


@dataclass(frozen=True)
class CategoryEvidence:
    """A fused category probability with the evidence that produced it."""

    category: str
    probability: float
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[str, ...] = ()
    """``detector@version`` of the signals that contributed."""


@dataclass(frozen=True)
class Decision:
    """What Bastion decided about one item, with everything needed to explain it."""

    id: str
    item_id: str
    surface: str
    """The surface the caller asked for."""
    applied_surface: str
    """The policy surface actually applied (``default`` for unknown surfaces)."""
    jurisdiction: str | None
    action: Action
    categories: Mapping[str, float]
    flagged: tuple[str, ...]
    evidence: tuple[tuple[str, Evidence], ...]
    """(category, evidence) pairs for the flagged categories."""
    policy_version: str
    model_versions: Mapping[str, str]
    """Detector name -> version of every detector that ran."""
    missing_detectors: tuple[str, ...]
    automated_detection: bool
    automated_decision: bool
    reason: str
    latency_ms: float
    created_at: datetime
    lang: str | None = None
    triggered_rules: tuple[str, ...] = ()
    """Policy rules that fired, e.g. ``comment/hate >= 0.9 -> block``."""
    batch_run: str | None = None
    """The ``scan-batch`` run that made the decision (its records carry it), else None."""

    @property
    def model_version(self) -> str:
        """One compact string naming every detector version (for batch output)."""
        return ",".join(
            f"{name}@{version}" for name, version in sorted(self.model_versions.items())
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "item_id": self.item_id,
            "surface": self.surface,
            "applied_surface": self.applied_surface,
            "jurisdiction": self.jurisdiction,
            "lang": self.lang,
            "action": self.action.value,
            "categories": {k: round(v, 6) for k, v in sorted(self.categories.items())},
            "flagged": list(self.flagged),
            "evidence": [
                {"category": category, **evidence.to_dict()} for category, evidence in self.evidence
            ],
            "triggered_rules": list(self.triggered_rules),
            "policy_version": self.policy_version,
            "model_version": self.model_version,
            "model_versions": dict(sorted(self.model_versions.items())),
            "missing_detectors": list(self.missing_detectors),
            "automated_detection": self.automated_detection,
            "automated_decision": self.automated_decision,
            "reason": self.reason,
            "latency_ms": round(self.latency_ms, 3),
            "created_at": self.created_at.isoformat(),
            **({"batch_run": self.batch_run} if self.batch_run is not None else {}),
        }

"""Which decisions become review tasks, in which queue, with what priority.

The :class:`~bastion.scanner.Scanner` installs a :class:`ReviewRouting` on its
decision log; the log calls it inside the transaction that appends decisions,
so a held decision and its review task commit together (or not at all), on
SQLite and PostgreSQL. Tasks
are also keyed by decision id: a retried append never makes a second task.

A decision becomes a task when

* its action is ``hold_for_review`` (reason ``hold``),
* else moving one category's probability by ``uncertainty_band`` (up or down)
  would change the decision's **action** (reason ``uncertain``: the policy's
  answer flips with a small change in the score, so a human label is worth most
  there). A score near a threshold does not count when the action would stand
  anyway - above the top rung, or while another category holds the same action,
* else a deterministic fraction ``sample_rate`` of all decisions (reason
  ``random``: unbiased samples for quality and prevalence estimates; the draw
  is a hash of the decision id, so a retry draws the same).

Queues are the root category of the task's category (``hate/threatening`` goes
to ``hate``), ``general`` for held items with no flagged category, ``sample``
for random samples; language and jurisdiction are task columns that reviewers'
grants can filter on (see :mod:`bastion.review.reviewers`).

Priority = severity × reach × (1 + age / SLA)::

    severity  policy severity of the category, by rank: low 1, medium 2, high 3, critical 4
    reach     how many people the surface shows the item to: 1 for one-to-one
              surfaces (dm, ai_prompt, ai_output), 2 for comments and the default,
              3 for public titles, descriptions and images, 4 for episodes and video
    age/SLA   time since the task was created over the surface's review SLA:
              0 when new, 1 at the deadline, growing past it

The stored ``priority`` column is severity × reach (kept to two decimals); the
age factor is applied when claiming (see :mod:`bastion.review.urgency`), so an
old low-severity task overtakes a fresh one of higher severity once it is far
enough past its SLA.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from bastion import taxonomy
from bastion.config import Settings
from bastion.policy import LoadedPolicy, PolicyEvaluator
from bastion.review.model import GENERAL_QUEUE, SAMPLE_QUEUE, utcnow
from bastion.review.tables import review_tasks
from bastion.review.urgency import stored_priority
from bastion.store.decision_log import Recorded
from bastion.types import ROUTED_REASONS, Action, Decision, Item, ReviewReason, Severity

__all__ = [
    "REACH",
    "ReviewRouting",
    "RoutingConfig",
    "TaskSpec",
    "item_payload",
    "queue_of",
    "reach_of",
    "task_row",
]

REACH = {
    "dm": 1.0,
    "ai_prompt": 1.0,
    "ai_output": 1.0,
    "comment": 2.0,
    "default": 2.0,
    "playlist_title": 3.0,
    "playlist_description": 3.0,
    "profile_image": 3.0,
    "cover_art": 3.0,
    "podcast_episode": 4.0,
    "video_episode": 4.0,
}
DEFAULT_REACH = 2.0


def queue_of(category: str | None) -> str:
    """The queue of a category: its root category (``hate/threatening`` -> ``hate``)."""
    if category is None:
        return GENERAL_QUEUE
    chain = taxonomy.ancestors(category) if taxonomy.is_category(category) else []
    return chain[-1] if chain else category


def reach_of(surface: str) -> float:
    return REACH.get(surface, DEFAULT_REACH)


def item_payload(item: Item) -> dict[str, Any]:
    """The item as stored in ``review_tasks.payload`` (what the reviewer sees)."""
    context = item.context
    return {
        "item": {
            "id": item.id,
            "surface": item.surface,
            **item.parts,
            "lang": item.lang,
            "context": {
                "author_id": context.author_id,
                "thread": list(context.thread),
                "parent_id": context.parent_id,
                "locale": context.locale,
                "jurisdiction": context.jurisdiction,
            },
        }
    }


@dataclass(frozen=True)
class RoutingConfig:
    uncertainty_band: float = 0.05
    """A decision is uncertain when moving one probability this far changes its action."""
    sample_rate: float = 0.0
    """Share of all other decisions sampled for quality and prevalence review."""
    reviews_required: int = 1
    """Verdicts each routed task needs (2+ for multi-review with agreement statistics)."""

    @classmethod
    def from_settings(cls, settings: Settings) -> RoutingConfig:
        """``review_uncertainty_band``, ``review_sample_rate``, ``review_reviews_required``."""
        return cls(
            uncertainty_band=settings.review_uncertainty_band,
            sample_rate=settings.review_sample_rate,
            reviews_required=settings.review_reviews_required,
        )


@dataclass(frozen=True)
class TaskSpec:
    reason: ReviewReason
    queue: str
    category: str | None
    priority: float
    sla: timedelta


class ReviewRouting:
    """Chooses review tasks for decisions and writes them with the decisions."""

    def __init__(
        self,
        policy: LoadedPolicy,
        config: RoutingConfig | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.clock = clock
        self.evaluator = PolicyEvaluator(policy)
        self.policy = policy.policy
        self.categories = policy.policy.categories
        self.config = config or RoutingConfig()

    # -- choosing ----------------------------------------------------------------------------

    def severity(self, category: str | None) -> float:
        """The category's severity rank (1-4) as a priority weight; medium when unknown."""
        known = self.categories.get(category) if category else None
        return float((known.severity if known else Severity.MEDIUM).rank)

    def sla(self, surface: str, jurisdiction: str | None) -> timedelta:
        hours = self.evaluator.rules(surface, jurisdiction).surface.review_sla_hours
        return timedelta(hours=hours)

    def select(self, decision: Decision) -> TaskSpec | None:
        """The task this decision needs, or None."""
        if decision.action is Action.HOLD_FOR_REVIEW:
            flagged = self._most_severe(decision.flagged, decision)
            return self._spec(ReviewReason.HOLD, flagged, decision)
        near = self.action_flips(decision)
        if near:
            return self._spec(ReviewReason.UNCERTAIN, self._most_severe(near, decision), decision)
        if self.config.sample_rate > 0 and _draw(decision.id) < self.config.sample_rate:
            spec = self._spec(ReviewReason.RANDOM, None, decision)
            return TaskSpec(ReviewReason.RANDOM, SAMPLE_QUEUE, None, spec.priority, spec.sla)
        return None

    def action_flips(self, decision: Decision) -> list[str]:
        """Categories whose probability, moved by the band, would change the decision's action.

        Only categories with a rung threshold within the band can matter; each is moved up
        and down with the other probabilities fixed and the policy applied again.
        """
        band = self.config.uncertainty_band
        if band <= 0:
            return []
        ladders = self.evaluator.rules(decision.surface, decision.jurisdiction).ladders
        flips = []
        for category, probability in decision.categories.items():
            rungs = ladders.get(category, ())
            if not any(abs(probability - rung.threshold) < band for rung in rungs):
                continue
            for moved in (probability - band, probability + band):
                shifted = {**decision.categories, category: min(max(moved, 0.0), 1.0)}
                ruling = self.evaluator.evaluate(shifted, decision.surface, decision.jurisdiction)
                if ruling.action is not decision.action:
                    flips.append(category)
                    break
        return flips

    def _most_severe(self, categories: Sequence[str], decision: Decision) -> str | None:
        if not categories:
            return None
        return max(
            categories,
            key=lambda c: (self.severity(c), decision.categories.get(c, 0.0)),
        )

    def _spec(self, reason: ReviewReason, category: str | None, decision: Decision) -> TaskSpec:
        return TaskSpec(
            reason=reason,
            queue=queue_of(category),
            category=category,
            priority=self.severity(category) * reach_of(decision.applied_surface),
            sla=self.sla(decision.surface, decision.jurisdiction),
        )

    # -- the decision-log hook ---------------------------------------------------------------

    def __call__(self, conn: Connection, recorded: Sequence[Recorded]) -> None:
        """Create the tasks for ``recorded`` decisions in the caller's transaction (idempotent)."""
        items = {r.decision.id: r.item for r in recorded if r.item is not None}
        wanted = [(r.decision, s) for r in recorded if (s := self.select(r.decision)) is not None]
        if not wanted:
            return
        ids = [d.id for d, _ in wanted]
        existing = {
            str(row.decision_id)
            for row in conn.execute(
                select(review_tasks.c.decision_id).where(
                    review_tasks.c.decision_id.in_(ids),
                    review_tasks.c.reason.in_(ROUTED_REASONS),
                )
            )
        }
        now = self.clock()
        rows = [
            task_row(
                spec,
                decision_id=d.id,
                item_id=d.item_id,
                surface=d.surface,
                lang=d.lang,
                jurisdiction=d.jurisdiction,
                payload=_payload(items.get(d.id)) or _evidence_only(d),
                reviews_required=self.config.reviews_required,
                now=now,
            )
            for d, spec in wanted
            if d.id not in existing
        ]
        if rows:
            conn.execute(insert(review_tasks), rows)


def task_row(
    spec: TaskSpec,
    *,
    decision_id: str | None,
    item_id: str,
    surface: str,
    lang: str | None,
    jurisdiction: str | None,
    payload: Mapping[str, Any] | None,
    reviews_required: int = 1,
    now: datetime | None = None,
    gold_verdict: Mapping[str, Any] | None = None,
    appeal_id: str | None = None,
    due_at: datetime | None = None,
    created_at: datetime | None = None,
) -> dict[str, Any]:
    """A ``review_tasks`` row, ready to insert (``created_at``: ``now`` unless it keeps an
    older task's age, as an escalation does)."""
    now = now or utcnow()
    item = (payload or {}).get("item") or {}
    author = (item.get("context") or {}).get("author_id")
    return {
        "id": str(uuid.uuid4()),
        "item_id": item_id,
        "surface": surface,
        "decision_id": decision_id,
        "queue": spec.queue,
        "reason": spec.reason,
        "category": spec.category,
        "lang": lang,
        "jurisdiction": jurisdiction,
        "author_id": author if isinstance(author, str) else None,
        "priority": stored_priority(spec.priority),
        "status": "open",
        "reviews_required": reviews_required,
        "reviews_done": 0,
        # ASCII JSON: any text survives any database encoding.
        "payload": json.dumps(payload) if payload is not None else None,
        "gold_verdict": json.dumps(gold_verdict) if gold_verdict is not None else None,
        "appeal_id": appeal_id,
        "due_at": due_at or now + spec.sla,
        "created_at": created_at or now,
        "updated_at": now,
    }


def _payload(item: Item | None) -> dict[str, Any] | None:
    return item_payload(item) if item is not None else None


def _evidence_only(decision: Decision) -> dict[str, Any]:
    """When the content was not kept (logged by another process): what the decision says."""
    return {"item": None, "content_missing": True, "item_id": decision.item_id}


def _draw(decision_id: str) -> float:
    digest = hashlib.sha256(f"review-sample:{decision_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64

"""The review loop's own values: roles, queues, and the tasks the queue hands out.

Verdicts, review reasons, severities and actions are the shared vocabulary of
:mod:`bastion.types` (compliance and learning read them too); roles and queue
names are review's own. All are stored in the review tables: a data contract.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bastion import taxonomy
from bastion.store.database import as_utc, utcnow

__all__ = [
    "PARTS",
    "QUEUES",
    "ROLES",
    "SENIOR_QUEUES",
    "SENIOR_ROLES",
    "SPECIAL_QUEUES",
    "ClaimedTask",
    "ReviewError",
    "Task",
    "as_utc",
    "utcnow",
]

ROLES = ("reviewer", "senior", "admin")
SENIOR_ROLES = frozenset({"senior", "admin"})
PARTS = ("text", "image", "audio", "video")

APPEALS_QUEUE = "appeals"
ESCALATIONS_QUEUE = "escalations"
SAMPLE_QUEUE = "sample"
GENERAL_QUEUE = "general"
"""Held decisions with no flagged category (a fail-closed surface missing a detector)."""
SENIOR_QUEUES = frozenset({APPEALS_QUEUE, ESCALATIONS_QUEUE})
"""Only senior reviewers and admins work these (disagreements, escalations, appeals)."""
SPECIAL_QUEUES = (APPEALS_QUEUE, ESCALATIONS_QUEUE, SAMPLE_QUEUE, GENERAL_QUEUE)
QUEUES = (
    *(c for c in taxonomy.CATEGORIES if taxonomy.parent_of(c) is None),
    *SPECIAL_QUEUES,
)
"""Every queue a task can be in: one per root category (``hate/threatening`` is worked in
``hate``), and the special queues. A reviewer's grants may name only these."""


class ReviewError(Exception):
    """A review operation refused; ``status`` is the HTTP status it maps to."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class Task:
    """One review task as the queue shows it (``payload`` is the item, when kept)."""

    id: str
    item_id: str
    surface: str
    decision_id: str | None
    queue: str
    reason: str
    category: str | None
    lang: str | None
    jurisdiction: str | None
    author_id: str | None
    priority: float
    status: str
    reviews_required: int
    reviews_done: int
    lease_owner: str | None
    lease_expires_at: datetime | None
    appeal_id: str | None
    due_at: datetime
    created_at: datetime
    closed_at: datetime | None
    payload: dict[str, Any] | None = field(default=None, repr=False)
    is_gold: bool = False

    @classmethod
    def from_row(cls, row: Any) -> Task:
        payload = json.loads(row.payload) if row.payload else None
        return cls(
            id=str(row.id),
            item_id=str(row.item_id),
            surface=str(row.surface),
            decision_id=row.decision_id,
            queue=str(row.queue),
            reason=str(row.reason),
            category=row.category,
            lang=row.lang,
            jurisdiction=row.jurisdiction,
            author_id=row.author_id,
            priority=float(row.priority),
            status=str(row.status),
            reviews_required=int(row.reviews_required),
            reviews_done=int(row.reviews_done),
            lease_owner=row.lease_owner,
            lease_expires_at=as_utc(row.lease_expires_at),
            appeal_id=row.appeal_id,
            due_at=as_utc(row.due_at) or utcnow(),
            created_at=as_utc(row.created_at) or utcnow(),
            closed_at=as_utc(row.closed_at),
            payload=payload,
            is_gold=row.gold_verdict is not None,
        )

    def to_dict(self, *, with_payload: bool = True) -> dict[str, Any]:
        """The task for the JSON API; gold tasks do not say they are gold."""
        out: dict[str, Any] = {
            "id": self.id,
            "item_id": self.item_id,
            "surface": self.surface,
            "decision_id": self.decision_id,
            "queue": self.queue,
            "reason": "random" if self.is_gold else self.reason,
            "category": self.category,
            "lang": self.lang,
            "jurisdiction": self.jurisdiction,
            "priority": round(self.priority, 4),
            "status": self.status,
            "reviews_required": self.reviews_required,
            "reviews_done": self.reviews_done,
            "lease_owner": self.lease_owner,
            "lease_expires_at": _iso(self.lease_expires_at),
            "appeal_id": self.appeal_id,
            "due_at": _iso(self.due_at),
            "created_at": _iso(self.created_at),
            "closed_at": _iso(self.closed_at),
        }
        if with_payload:
            out["item"] = (self.payload or {}).get("item")
        return out


@dataclass(frozen=True)
class ClaimedTask:
    task: Task
    lease_token: str
    lease_expires_at: datetime


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()

"""The review loop's tables (migrations 0003, 0006, 0007, 0009): reviewers and their sign-in
sessions, tasks, verdicts, appeals.

Item content lives only in ``review_tasks.payload``, so retention can erase it
without touching verdicts or decisions. Others read verdicts and appeals through
:mod:`bastion.review.records`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)

from bastion.review.urgency import ageing_class
from bastion.store.metadata import metadata

__all__ = [
    "LIVE_STATUSES",
    "appeals",
    "review_tasks",
    "review_verdicts",
    "reviewer_sessions",
    "reviewers",
]


LIVE_STATUSES = ("open", "claimed")
"""Tasks that may be claimed (a claimed task whose lease expired is open again)."""


def _ageing_class(context: Any) -> str:
    row = context.get_current_parameters()
    return ageing_class(row["priority"], row["created_at"], row["due_at"])


reviewers = Table(
    "reviewers",
    metadata,
    Column("id", String(64), primary_key=True),  # the sign-in name
    Column("display_name", String(128), nullable=False),
    Column("role", String(16), nullable=False),  # reviewer | senior | admin
    Column("queues", Text, nullable=False),  # comma-separated queue names, or "*"
    Column("password_hash", String(256), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
)


# A signed-in reviewer UI session. The cookie holds a random token; only its SHA-256 is stored,
# so a copy of the database does not hold usable sessions. Deleting the row ends the session.
reviewer_sessions = Table(
    "reviewer_sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 hex of the cookie's token
    Column("reviewer", String(64), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),  # the absolute lifetime
)


review_tasks = Table(
    "review_tasks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("item_id", String(256), nullable=False, index=True),
    Column("surface", String(64), nullable=False),
    Column("decision_id", String(64), nullable=True, index=True),
    Column("queue", String(128), nullable=False),
    # hold | uncertain | appeal | random | gold | active_learning | escalation
    Column("reason", String(32), nullable=False),
    Column("category", String(64), nullable=True),
    Column("lang", String(16), nullable=True),
    Column("jurisdiction", String(8), nullable=True),
    # context.author_id of the item: the reviewer sees the author's earlier reviewed items.
    Column("author_id", String(256), nullable=True, index=True),
    Column("priority", Float, nullable=False),
    Column("status", String(16), nullable=False),  # open | claimed | done | cancelled
    Column("reviews_required", Integer, nullable=False),
    Column("reviews_done", Integer, nullable=False),
    Column("lease_owner", String(64), nullable=True),
    Column("lease_token", String(36), nullable=True),
    Column("lease_expires_at", DateTime(timezone=True), nullable=True),
    Column("payload", Text, nullable=True),  # the item as JSON; erased by retention
    Column("gold_verdict", Text, nullable=True),  # JSON expected verdict for gold items
    Column("appeal_id", String(36), nullable=True),
    Column("due_at", DateTime(timezone=True), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    # Tasks that age in step (same priority and SLA), see bastion.review.urgency; filled in
    # from priority, created_at and due_at on every insert (migration 0007).
    Column("ageing_class", String(48), nullable=False, default=_ageing_class),
    Index("ix_review_tasks_queue_status_priority", "queue", "status", "priority"),
    # Claiming: the head of each ageing class of a queue in one seek (live tasks only).
    Index(
        "ix_review_tasks_claim",
        "queue",
        "ageing_class",
        "created_at",
        "id",
        postgresql_where=text("status IN ('open', 'claimed')"),
        sqlite_where=text("status IN ('open', 'claimed')"),
    ),
)


review_verdicts = Table(
    "review_verdicts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("task_id", String(36), nullable=False, index=True),
    Column("item_id", String(256), nullable=False, index=True),
    Column("decision_id", String(64), nullable=True, index=True),
    Column("reviewer", String(64), nullable=False, index=True),
    Column("role", String(16), nullable=False),
    Column("verdict", String(16), nullable=False),  # violating | not_violating | escalate
    Column("category", String(64), nullable=True),
    Column("severity", Integer, nullable=True),  # 1 (low) .. 4 (critical)
    Column("action", String(32), nullable=True),  # the content action the reviewer applied
    Column("account_action", String(32), nullable=True),  # and the account action, if any
    Column("rationale", Text, nullable=True),
    Column("time_spent_ms", Integer, nullable=False),
    Column("policy_version", String(128), nullable=False),
    Column("model_versions", Text, nullable=False),  # JSON {detector: version}
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
)


appeals = Table(
    "appeals",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("decision_id", String(64), nullable=False, index=True),
    Column("item_id", String(256), nullable=False),
    Column("surface", String(64), nullable=False),
    Column("appellant", String(256), nullable=True),
    Column("statement", Text, nullable=True),
    Column("status", String(16), nullable=False),  # open | upheld | reversed | withdrawn
    Column("task_id", String(36), nullable=True),
    # Set when the appeal contests an account action (bastion.accounts) rather than the decision.
    Column("account_action_id", String(36), nullable=True, index=True),
    Column("resolved_by", String(64), nullable=True),
    Column("resolution", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
)

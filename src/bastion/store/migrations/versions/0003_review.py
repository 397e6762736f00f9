"""Human review: reviewers, review tasks (queues with leases), verdicts, appeals.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "reviewers",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("display_name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("queues", sa.Text, nullable=False),
        sa.Column("password_hash", sa.String(256), nullable=True),
        _ts("created_at"),
        _ts("disabled_at", nullable=True),
    )
    op.create_table(
        "review_tasks",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("item_id", sa.String(256), nullable=False),
        sa.Column("surface", sa.String(64), nullable=False),
        sa.Column("decision_id", sa.String(64), nullable=True),
        sa.Column("queue", sa.String(128), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("lang", sa.String(16), nullable=True),
        sa.Column("jurisdiction", sa.String(8), nullable=True),
        sa.Column("author_id", sa.String(256), nullable=True),
        sa.Column("priority", sa.Float, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reviews_required", sa.Integer, nullable=False),
        sa.Column("reviews_done", sa.Integer, nullable=False),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        sa.Column("lease_token", sa.String(36), nullable=True),
        _ts("lease_expires_at", nullable=True),
        sa.Column("payload", sa.Text, nullable=True),
        sa.Column("gold_verdict", sa.Text, nullable=True),
        sa.Column("appeal_id", sa.String(36), nullable=True),
        _ts("due_at"),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("closed_at", nullable=True),
    )
    op.create_index("ix_review_tasks_item_id", "review_tasks", ["item_id"])
    op.create_index("ix_review_tasks_decision_id", "review_tasks", ["decision_id"])
    op.create_index("ix_review_tasks_author_id", "review_tasks", ["author_id"])
    op.create_index(
        "ix_review_tasks_queue_status_priority", "review_tasks", ["queue", "status", "priority"]
    )
    op.create_table(
        "review_verdicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("task_id", sa.String(36), nullable=False),
        sa.Column("item_id", sa.String(256), nullable=False),
        sa.Column("decision_id", sa.String(64), nullable=True),
        sa.Column("reviewer", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("severity", sa.Integer, nullable=True),
        sa.Column("action", sa.String(32), nullable=True),
        sa.Column("rationale", sa.Text, nullable=True),
        sa.Column("time_spent_ms", sa.Integer, nullable=False),
        sa.Column("policy_version", sa.String(128), nullable=False),
        sa.Column("model_versions", sa.Text, nullable=False),
        _ts("created_at"),
    )
    for column in ("task_id", "item_id", "decision_id", "reviewer", "created_at"):
        op.create_index(f"ix_review_verdicts_{column}", "review_verdicts", [column])
    op.create_table(
        "appeals",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("decision_id", sa.String(64), nullable=False),
        sa.Column("item_id", sa.String(256), nullable=False),
        sa.Column("surface", sa.String(64), nullable=False),
        sa.Column("appellant", sa.String(256), nullable=True),
        sa.Column("statement", sa.Text, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("task_id", sa.String(36), nullable=True),
        sa.Column("resolved_by", sa.String(64), nullable=True),
        sa.Column("resolution", sa.Text, nullable=True),
        _ts("created_at"),
        _ts("resolved_at", nullable=True),
    )
    op.create_index("ix_appeals_decision_id", "appeals", ["decision_id"])
    op.create_index("ix_appeals_created_at", "appeals", ["created_at"])


def downgrade() -> None:
    op.drop_table("appeals")
    op.drop_table("review_verdicts")
    op.drop_table("review_tasks")
    op.drop_table("reviewers")

"""Compliance: statements of reasons sent, ingested DSA notices, retention runs.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "sor_statements",
        sa.Column("puid", sa.String(255), primary_key=True),
        sa.Column("decision_id", sa.String(64), nullable=False, unique=True),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        _ts("created_at"),
        _ts("submitted_at", nullable=True),
    )
    op.create_index("ix_sor_statements_created_at", "sor_statements", ["created_at"])
    op.create_index("ix_sor_statements_status", "sor_statements", ["status"])
    op.create_table(
        "dsa_notices",
        sa.Column("id", sa.String(64), primary_key=True),
        _ts("received_at"),
        sa.Column("source_type", sa.String(32), nullable=False),
        sa.Column("notifier", sa.String(256), nullable=True),
        sa.Column("dsa_category", sa.String(64), nullable=True),
        sa.Column("items", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(256), nullable=True),
        sa.Column("decision_id", sa.String(64), nullable=True),
        _ts("actioned_at", nullable=True),
        sa.Column("action_ground", sa.String(16), nullable=True),
        _ts("created_at"),
    )
    op.create_index("ix_dsa_notices_received_at", "dsa_notices", ["received_at"])
    op.create_index("ix_dsa_notices_decision_id", "dsa_notices", ["decision_id"])
    op.create_table(
        "retention_runs",
        sa.Column("id", sa.String(36), primary_key=True),
        _ts("ran_at"),
        sa.Column("days", sa.Integer, nullable=False),
        _ts("cutoff"),
        sa.Column("erased", sa.Text, nullable=False),
    )
    op.create_index("ix_retention_runs_ran_at", "retention_runs", ["ran_at"])


def downgrade() -> None:
    op.drop_table("retention_runs")
    op.drop_table("dsa_notices")
    op.drop_table("sor_statements")

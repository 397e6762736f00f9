"""Reviewer sessions kept server-side, so signing out, a new password, disabling a reviewer or
changing their role ends every session they have.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def _ts(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "reviewer_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("reviewer", sa.String(64), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        _ts("created_at"),
        _ts("last_seen_at"),
        _ts("expires_at"),
    )
    op.create_index("ix_reviewer_sessions_reviewer", "reviewer_sessions", ["reviewer"])


def downgrade() -> None:
    op.drop_index("ix_reviewer_sessions_reviewer", table_name="reviewer_sessions")
    op.drop_table("reviewer_sessions")

"""Hash-bank changes: every entry added or removed, in order, for incremental indexes.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.create_table(
        "hash_bank_changes",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("bank_id", sa.String(36), nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_hash_bank_changes_created_at", "hash_bank_changes", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_hash_bank_changes_created_at", table_name="hash_bank_changes")
    op.drop_table("hash_bank_changes")

"""Hash banks: banks of known media (PDQ image hashes, Chromaprint fingerprints), entries, matches.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "hash_banks",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("description", sa.Text, nullable=True),
        sa.Column("max_distance", sa.Float, nullable=True),
        _ts("created_at"),
    )
    op.create_table(
        "hash_bank_entries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("bank_id", sa.String(36), nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
        sa.Column("quality", sa.Integer, nullable=True),
        sa.Column("label", sa.String(256), nullable=True),
        sa.Column("source", sa.String(512), nullable=True),
        _ts("added_at"),
    )
    op.create_index("ix_hash_bank_entries_bank_id", "hash_bank_entries", ["bank_id"])
    op.create_table(
        "hash_bank_matches",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("bank_id", sa.String(36), nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("content_key", sa.String(128), nullable=False),
        sa.Column("item_id", sa.String(256), nullable=True),
        sa.Column("distance", sa.Float, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(64), nullable=True),
        _ts("created_at"),
        _ts("reviewed_at", nullable=True),
        sa.UniqueConstraint("entry_id", "content_key", name="uq_hash_bank_matches_entry_content"),
    )
    op.create_index("ix_hash_bank_matches_entry_id", "hash_bank_matches", ["entry_id"])


def downgrade() -> None:
    op.drop_table("hash_bank_matches")
    op.drop_index("ix_hash_bank_entries_bank_id", table_name="hash_bank_entries")
    op.drop_table("hash_bank_entries")
    op.drop_table("hash_banks")

"""Batch runs: a finished ``scan-batch`` of the same input, policy and models is reported as
done (``--rescan`` scans again), and its decisions carry the run id.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    op.create_table(
        "batch_runs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("identity_hash", sa.String(64), nullable=False),
        sa.Column("identity", sa.Text, nullable=False),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("output", sa.Text, nullable=False),
        sa.Column("items", sa.Integer, nullable=True),
        sa.Column("errors", sa.Integer, nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_batch_runs_identity_hash", "batch_runs", ["identity_hash"])


def downgrade() -> None:
    op.drop_index("ix_batch_runs_identity_hash", table_name="batch_runs")
    op.drop_table("batch_runs")

"""Job item ids scoped per API key: two keys may submit the same item id and surface, and
neither learns that the other did (the idempotency key was global, so a 409 disclosed ids).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    op.execute("UPDATE jobs SET key_id = '' WHERE key_id IS NULL")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_constraint("uq_jobs_item_surface", type_="unique")
        batch.alter_column("key_id", existing_type=sa.String(32), nullable=False, server_default="")
        batch.create_unique_constraint("uq_jobs_key_item_surface", ["key_id", "item_id", "surface"])


def downgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.drop_constraint("uq_jobs_key_item_surface", type_="unique")
        batch.alter_column(
            "key_id", existing_type=sa.String(32), nullable=True, server_default=None
        )
        batch.create_unique_constraint("uq_jobs_item_surface", ["item_id", "surface"])

"""The fields a statement of reasons counts, as columns of ``decisions``: the transparency
report groups decisions by them with a plain GROUP BY instead of parsing every record's JSON
(about 20 µs a decision in PostgreSQL). Written at append time from the same record; rows
already there are filled from their record here: on a large log that rewrites every row
once (PostgreSQL keeps the old row versions until VACUUM reclaims them), so upgrade a
log of hundreds of millions of decisions in a maintenance window.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("applied_surface", sa.String(64), nullable=True),
        sa.Column("jurisdiction", sa.String(64), nullable=True),
        sa.Column("automated_detection", sa.Boolean, nullable=True),
        sa.Column("automated_decision", sa.Boolean, nullable=True),
        sa.Column("flagged", sa.Text, nullable=True),
        sa.Column("flagged_count", sa.Integer, nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        for column in _columns():
            batch.add_column(column)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE decisions SET (applied_surface, jurisdiction, automated_detection, "
            "automated_decision, flagged, flagged_count) = (SELECT r.applied_surface, "
            "r.jurisdiction, r.automated_detection, r.automated_decision, r.flagged::text, "
            "json_array_length(r.flagged) FROM json_to_record(decisions.record::json) AS "
            "r(applied_surface text, jurisdiction text, automated_detection boolean, "
            "automated_decision boolean, flagged json))"
        )
    else:
        op.execute(
            "UPDATE decisions SET applied_surface = json_extract(record, '$.applied_surface'), "
            "jurisdiction = json_extract(record, '$.jurisdiction'), "
            "automated_detection = json_extract(record, '$.automated_detection'), "
            "automated_decision = json_extract(record, '$.automated_decision'), "
            "flagged = json_extract(record, '$.flagged'), "
            "flagged_count = json_array_length(record, '$.flagged')"
        )


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)

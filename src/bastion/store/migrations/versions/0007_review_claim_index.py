"""Review claiming by index: each task's ageing class and an index over live tasks.

Tasks of one ageing class (same priority, same SLA) keep their relative urgency
forever, so the claim index ``(queue, ageing_class, created_at, id)`` over open
and claimed tasks finds the most urgent task of a queue by reading one head per
class (see :mod:`bastion.review.urgency`). Existing tasks get their class here.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"

_BATCH = 5000


def ageing_class(priority: float, created_at: datetime, due_at: datetime) -> str:
    """As :func:`bastion.review.urgency.ageing_class` was written for this revision."""

    def aware(value: datetime) -> datetime:
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

    sla = aware(due_at) - aware(created_at)
    return f"{float(priority)!r}/{sla // timedelta(microseconds=1)}"


def upgrade() -> None:
    op.add_column("review_tasks", sa.Column("ageing_class", sa.String(48), nullable=True))
    tasks = sa.table(
        "review_tasks",
        sa.column("id", sa.String),
        sa.column("priority", sa.Float),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("due_at", sa.DateTime(timezone=True)),
        sa.column("ageing_class", sa.String),
    )
    conn = op.get_bind()
    last = ""
    while True:
        rows = conn.execute(
            sa.select(tasks.c.id, tasks.c.priority, tasks.c.created_at, tasks.c.due_at)
            .where(tasks.c.id > last)
            .order_by(tasks.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            tasks.update().where(tasks.c.id == sa.bindparam("task")),
            [
                {"task": r.id, "ageing_class": ageing_class(r.priority, r.created_at, r.due_at)}
                for r in rows
            ],
        )
        last = rows[-1].id
    with op.batch_alter_table("review_tasks") as batch:
        batch.alter_column("ageing_class", existing_type=sa.String(48), nullable=False)
    live = sa.text("status IN ('open', 'claimed')")
    op.create_index(
        "ix_review_tasks_claim",
        "review_tasks",
        ["queue", "ageing_class", "created_at", "id"],
        postgresql_where=live,
        sqlite_where=live,
    )


def downgrade() -> None:
    op.drop_index("ix_review_tasks_claim", table_name="review_tasks")
    with op.batch_alter_table("review_tasks") as batch:
        batch.drop_column("ageing_class")

"""Accounts: the strike ledger and account actions; verdicts and appeals that name them.

Verdicts stored before account actions had their own column named the account
action as ``action`` (meaning: content removed and the account actioned); they
are rewritten to ``action = 'block'`` plus ``account_action``, and where the
task knew the author, the account action enters the ledger as a reviewer's.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"

_ACCOUNT_ACTIONS = ("demonetise", "suspend_account", "terminate_account")


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "strikes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("author_id", sa.String(256), nullable=False),
        sa.Column("decision_id", sa.String(64), nullable=True, unique=True),
        sa.Column("verdict_id", sa.String(36), nullable=True),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("surface", sa.String(64), nullable=False),
        sa.Column("jurisdiction", sa.String(8), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        _ts("created_at"),
        _ts("removed_at", nullable=True),
        sa.Column("removed_because", sa.Text, nullable=True),
    )
    op.create_index("ix_strikes_author_id", "strikes", ["author_id"])
    op.create_index("ix_strikes_created_at", "strikes", ["created_at"])
    op.create_table(
        "account_actions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("author_id", sa.String(256), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("rule", sa.Text, nullable=True),
        sa.Column("strike_id", sa.String(36), nullable=True),
        sa.Column("decision_id", sa.String(64), nullable=True),
        sa.Column("verdict_id", sa.String(36), nullable=True),
        sa.Column("reviewer", sa.String(64), nullable=True),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("surface", sa.String(64), nullable=True),
        sa.Column("jurisdiction", sa.String(8), nullable=True),
        sa.Column("strikes", sa.Integer, nullable=True),
        _ts("starts_at"),
        _ts("ends_at", nullable=True),
        _ts("created_at"),
        _ts("lifted_at", nullable=True),
        sa.Column("lifted_because", sa.Text, nullable=True),
    )
    op.create_index("ix_account_actions_author_id", "account_actions", ["author_id"])
    op.create_index("ix_account_actions_strike_id", "account_actions", ["strike_id"])
    op.create_index("ix_account_actions_decision_id", "account_actions", ["decision_id"])
    op.create_index("ix_account_actions_created_at", "account_actions", ["created_at"])
    op.create_index("ix_account_actions_author_ends", "account_actions", ["author_id", "ends_at"])
    with op.batch_alter_table("review_verdicts") as batch:
        batch.add_column(sa.Column("account_action", sa.String(32), nullable=True))
    with op.batch_alter_table("appeals") as batch:
        batch.add_column(sa.Column("account_action_id", sa.String(36), nullable=True))
        batch.create_index("ix_appeals_account_action_id", ["account_action_id"])
    with op.batch_alter_table("sor_statements") as batch:
        batch.alter_column("decision_id", existing_type=sa.String(64), nullable=True)
        batch.add_column(sa.Column("account_action_id", sa.String(36), nullable=True))
        batch.create_unique_constraint("uq_sor_statements_account_action_id", ["account_action_id"])
    _move_legacy_account_actions()


def _move_legacy_account_actions() -> None:
    connection = op.get_bind()
    verdicts = sa.table(
        "review_verdicts",
        sa.column("id", sa.String),
        sa.column("task_id", sa.String),
        sa.column("decision_id", sa.String),
        sa.column("reviewer", sa.String),
        sa.column("category", sa.String),
        sa.column("action", sa.String),
        sa.column("account_action", sa.String),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    tasks = sa.table(
        "review_tasks",
        sa.column("id", sa.String),
        sa.column("author_id", sa.String),
        sa.column("surface", sa.String),
        sa.column("jurisdiction", sa.String),
    )
    ledger = sa.table(
        "account_actions",
        *(
            sa.column(name)
            for name in [
                "id",
                "author_id",
                "action",
                "source",
                "decision_id",
                "verdict_id",
                "reviewer",
                "category",
                "surface",
                "jurisdiction",
                "starts_at",
                "created_at",
            ]
        ),
    )
    legacy = connection.execute(
        sa.select(verdicts, tasks.c.author_id, tasks.c.surface, tasks.c.jurisdiction)
        .select_from(verdicts.outerjoin(tasks, tasks.c.id == verdicts.c.task_id))
        .where(verdicts.c.action.in_(_ACCOUNT_ACTIONS))
    ).all()
    for row in legacy:
        connection.execute(
            sa.update(verdicts)
            .where(verdicts.c.id == row.id)
            .values(action="block", account_action=row.action)
        )
        if row.author_id:
            connection.execute(
                sa.insert(ledger).values(
                    id=str(uuid.uuid4()),
                    author_id=row.author_id,
                    action=row.action,
                    source="reviewer",
                    decision_id=row.decision_id,
                    verdict_id=row.id,
                    reviewer=row.reviewer,
                    category=row.category,
                    surface=row.surface,
                    jurisdiction=row.jurisdiction,
                    starts_at=row.created_at,
                    created_at=row.created_at,
                )
            )


def downgrade() -> None:
    with op.batch_alter_table("sor_statements") as batch:
        batch.drop_constraint("uq_sor_statements_account_action_id", type_="unique")
        batch.drop_column("account_action_id")
    with op.batch_alter_table("appeals") as batch:
        batch.drop_index("ix_appeals_account_action_id")
        batch.drop_column("account_action_id")
    with op.batch_alter_table("review_verdicts") as batch:
        batch.drop_column("account_action")
    op.drop_table("account_actions")
    op.drop_table("strikes")

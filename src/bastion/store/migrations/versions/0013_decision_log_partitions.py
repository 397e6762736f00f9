"""The decision log in monthly partitions on PostgreSQL (``bastion.store.partitions``).

A decision id is unique together with its time (``uq_decisions_id_created_at``): a unique index
of a partitioned table must hold the partition key, and that is enough for exactly-once, since
a decision written again (a retried append) carries its own time again. On PostgreSQL the table
is rebuilt as a partitioned one with every row carried over (its primary key becomes
``(seq, created_at)``); SQLite keeps one table and gains the same unique index.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from bastion.store.partitions import ensure_months, months_between

revision = "0013"
down_revision = "0012"

_UNIQUE = "uq_decisions_id_created_at"


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        op.create_index(_UNIQUE, "decisions", ["id", "created_at"], unique=True)
        return
    # Indexes other than the primary key and the unique id are kept as they are.
    kept = conn.execute(
        sa.text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'decisions' "
            "AND indexname NOT IN ('decisions_pkey', 'decisions_id_key')"
        )
    ).all()
    op.execute("ALTER TABLE decisions RENAME TO decisions_unpartitioned")
    op.execute("ALTER INDEX decisions_pkey RENAME TO decisions_unpartitioned_pkey")
    op.execute("ALTER INDEX decisions_id_key RENAME TO decisions_unpartitioned_id_key")
    for name, _ in kept:
        op.execute(f'ALTER INDEX "{name}" RENAME TO "{name}_unpartitioned"')
    op.execute(
        "CREATE TABLE decisions (LIKE decisions_unpartitioned INCLUDING DEFAULTS) "
        "PARTITION BY RANGE (created_at)"
    )
    op.execute("ALTER TABLE decisions ADD PRIMARY KEY (seq, created_at)")
    op.execute(f"CREATE UNIQUE INDEX {_UNIQUE} ON decisions (id, created_at)")
    for _, definition in kept:
        # "CREATE INDEX name ON public.decisions USING ..." now names the partitioned table.
        op.execute(definition)
    bounds = conn.execute(
        sa.text("SELECT min(created_at), max(created_at) FROM decisions_unpartitioned")
    ).one()
    # Every month with decisions, and the current one.
    now = datetime.now(UTC)
    first, last = min(bounds[0] or now, now), max(bounds[1] or now, now)
    ensure_months(conn, months_between(first, last))
    op.execute("INSERT INTO decisions SELECT * FROM decisions_unpartitioned")
    op.execute("DROP TABLE decisions_unpartitioned")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        op.drop_index(_UNIQUE, table_name="decisions")
        return
    kept = conn.execute(
        sa.text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'decisions' "
            f"AND indexname NOT IN ('decisions_pkey', '{_UNIQUE}')"
        )
    ).all()
    op.execute("CREATE TABLE decisions_plain (LIKE decisions INCLUDING DEFAULTS)")
    op.execute("INSERT INTO decisions_plain SELECT * FROM decisions")
    op.execute("DROP TABLE decisions")
    op.execute("ALTER TABLE decisions_plain RENAME TO decisions")
    op.execute("ALTER TABLE decisions ADD PRIMARY KEY (seq)")
    op.execute("ALTER TABLE decisions ADD CONSTRAINT decisions_id_key UNIQUE (id)")
    for _, definition in kept:
        op.execute(definition)

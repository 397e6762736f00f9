"""The Alembic migrations build exactly the schema that the owners' ``tables`` modules declare,
and an existing database of the previous schema upgrades with its data carried over."""

from __future__ import annotations

import importlib
import json
import pkgutil
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import bastion
from bastion.store.database import open_engine, upgrade
from bastion.store.metadata import metadata
from bastion.store.partitions import is_partition


def _declare_every_table() -> None:
    """Import every owner's ``tables`` module, so ``metadata`` holds every table."""
    for module in pkgutil.walk_packages(bastion.__path__, "bastion."):
        if module.name.endswith(".tables"):
            importlib.import_module(module.name)


def _declared(name: str | None, kind: str, _: object) -> bool:
    """Whether autogenerate compares it: a month's partition of the decision log is a physical
    piece of the declared ``decisions`` table, not a table of its own."""
    return not (kind == "table" and name is not None and is_partition(name))


def test_migrations_match_the_declared_tables(database_url: str) -> None:
    _declare_every_table()
    assert {"decisions", "review_tasks", "jobs", "sor_statements", "strikes"} <= set(
        metadata.tables
    )
    engine = open_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": _declared})
            differences = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    # alembic's own bookkeeping table is not declared in metadata
    differences = [d for d in differences if "alembic_version" not in repr(d)]
    assert differences == []


def test_a_database_from_before_the_strike_ledger_upgrades(database_url: str) -> None:
    """Verdicts stored with an account action as their action (as the API documented it)
    become a removal plus that account action, and enter the author's ledger."""
    engine = open_engine(database_url)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    try:
        upgrade(engine, "0005")
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO review_tasks (id, item_id, surface, decision_id, queue, reason, "
                    "author_id, priority, status, reviews_required, reviews_done, due_at, "
                    "created_at, updated_at) VALUES ('t1', 'i1', 'comment', 'd1', 'harassment', "
                    "'hold', 'author-9', 4, 'done', 1, 1, :now, :now, :now)"
                ),
                {"now": now},
            )
            for verdict_id, action in (("v1", "suspend_account"), ("v2", "demote")):
                conn.execute(
                    sa.text(
                        "INSERT INTO review_verdicts (id, task_id, item_id, decision_id, "
                        "reviewer, role, verdict, category, action, time_spent_ms, "
                        "policy_version, model_versions, created_at) VALUES (:id, 't1', 'i1', "
                        "'d1', 'rev', 'senior', 'violating', 'harassment', :action, 10, 'p', "
                        ":mv, :now)"
                    ),
                    {"id": verdict_id, "action": action, "mv": json.dumps({}), "now": now},
                )
        upgrade(engine)
        with engine.connect() as conn:
            verdicts = dict(
                conn.execute(
                    sa.text(
                        "SELECT id, action || '+' || COALESCE(account_action, '') FROM "
                        "review_verdicts"
                    )
                ).all()
            )
            ledger = conn.execute(
                sa.text("SELECT author_id, action, source, verdict_id FROM account_actions")
            ).all()
    finally:
        engine.dispose()
    assert verdicts == {"v1": "block+suspend_account", "v2": "demote+"}
    assert [tuple(r) for r in ledger] == [("author-9", "suspend_account", "reviewer", "v1")]


def test_decisions_from_before_the_shape_columns_get_them(database_url: str) -> None:
    """Migration 0012 fills the counted fields' columns of the decisions already logged from
    their records, as the log writes them on append (the report groups by those columns)."""
    from bastion.store.decision_log import canonical_json, shape_columns

    engine = open_engine(database_url)
    records: list[dict[str, Any]] = [
        {"applied_surface": "dm", "jurisdiction": "DE", "automated_detection": True}
        | {"automated_decision": False, "flagged": ["hate", "spam"]},
        {"applied_surface": "comment", "jurisdiction": None, "automated_detection": False}
        | {"automated_decision": True, "flagged": []},
        {"action": "allow"},  # a record without the fields: every column stays empty
    ]
    try:
        upgrade(engine, "0011")
        with engine.begin() as conn:
            for seq, record in enumerate(records, 1):
                conn.execute(
                    sa.text(
                        "INSERT INTO decisions (seq, id, item_id, surface, action, "
                        "policy_version, created_at, record, prev_hash, hash) VALUES (:seq, "
                        ":id, 'i', 'dm', 'allow', 'p', :at, :record, 'x', 'y')"
                    ),
                    {
                        "seq": seq,
                        "id": f"d{seq}",
                        "at": datetime(2026, 3, 1, tzinfo=UTC),
                        "record": canonical_json(record),
                    },
                )
        upgrade(engine)
        columns = list(shape_columns({}))
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(f"SELECT {', '.join(columns)} FROM decisions ORDER BY seq")
            ).all()
    finally:
        engine.dispose()
    for row, record in zip(rows, records, strict=True):
        got = dict(zip(columns, row, strict=True))
        got["automated_detection"] = _bool(got["automated_detection"])
        got["automated_decision"] = _bool(got["automated_decision"])
        assert got == shape_columns(record)


def _bool(value: object) -> bool | None:
    return None if value is None else bool(value)

"""The statements outbox: what was built, what was sent, what the API refused.

A statement is recorded once per decision (``pending``) and frozen: what is
sent is exactly what was validated and recorded, even if it is sent days later.
``submit_pending`` sends pending statements in batches of at most 100 and marks
them ``submitted`` (including those the API already held) or ``rejected`` (with
the API's reasons). Running it again only sends what is still pending, so it is
safe to schedule and to re-run after a failure.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from bastion.comply.statements import BuiltStatement
from bastion.comply.submit import (
    BATCH_LIMIT,
    SubmissionError,
    SubmissionRejectedError,
    SubmissionResult,
    TransparencyClient,
)
from bastion.comply.tables import sor_statements
from bastion.store.decision_log import canonical_json

__all__ = ["OutboxCounts", "counts", "record_statements", "submit_pending"]


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    submitted: int
    rejected: int


def _row(built: BuiltStatement, statement: dict[str, Any], now: datetime) -> dict[str, Any]:
    """An outbox row; an account action's statement is keyed by the action, not its decision."""
    action = built.account_action
    return {
        "puid": str(statement["puid"]),
        "decision_id": built.case.decision_id if action is None else None,
        "account_action_id": action.id if action is not None else None,
        "statement": canonical_json(statement),
        "status": "pending",
        "attempts": 0,
        "last_error": None,
        "created_at": now,
        "submitted_at": None,
    }


def _insert_new(engine: Engine, rows: list[dict[str, Any]]) -> int:
    """Insert the rows whose decision (or account action) has no statement yet; how many were
    inserted."""
    c = sor_statements.c
    with engine.begin() as conn:
        known = {
            (row.decision_id, row.account_action_id)
            for row in conn.execute(
                select(c.decision_id, c.account_action_id).where(
                    or_(
                        c.decision_id.in_([r["decision_id"] for r in rows if r["decision_id"]]),
                        c.account_action_id.in_(
                            [r["account_action_id"] for r in rows if r["account_action_id"]]
                        ),
                    )
                )
            )
        }
        fresh = [r for r in rows if (r["decision_id"], r["account_action_id"]) not in known]
        if fresh:
            conn.execute(insert(sor_statements), fresh)
    return len(fresh)


def record_statements(engine: Engine, built: Iterable[BuiltStatement]) -> int:
    """Record new statements as pending (one per decision or account action, never replaced);
    how many were new.

    Safe to run concurrently: a chunk that races another writer is retried row by row, and
    a row the other writer recorded first is skipped.
    """
    now = datetime.now(UTC)
    rows = [_row(b, b.statement, now) for b in built if b.statement is not None]
    added = 0
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        try:
            added += _insert_new(engine, chunk)
        except IntegrityError:
            for row in chunk:
                with contextlib.suppress(IntegrityError):
                    added += _insert_new(engine, [row])
    return added


def counts(engine: Engine) -> OutboxCounts:
    with engine.connect() as conn:
        found: dict[str, int] = {
            str(status): int(n)
            for status, n in conn.execute(
                select(sor_statements.c.status, func.count()).group_by(sor_statements.c.status)
            ).all()
        }
    return OutboxCounts(
        int(found.get("pending", 0)), int(found.get("submitted", 0)), int(found.get("rejected", 0))
    )


def _mark(engine: Engine, puids: list[str], **values: object) -> None:
    if puids:
        with engine.begin() as conn:
            conn.execute(
                update(sor_statements)
                .where(sor_statements.c.puid.in_(puids))
                .values(attempts=sor_statements.c.attempts + 1, **values)
            )


def submit_pending(
    engine: Engine, client: TransparencyClient, limit: int | None = None
) -> SubmissionResult:
    """Send pending statements (oldest first) in batches of at most 100."""
    total = SubmissionResult()
    sent = 0
    while limit is None or sent < limit:
        size = BATCH_LIMIT if limit is None else min(BATCH_LIMIT, limit - sent)
        with engine.connect() as conn:
            rows = conn.execute(
                select(sor_statements.c.puid, sor_statements.c.statement)
                .where(sor_statements.c.status == "pending")
                .order_by(sor_statements.c.created_at, sor_statements.c.puid)
                .limit(size)
            ).all()
        if not rows:
            break
        batch = [json.loads(r.statement) for r in rows]
        puids = [str(r.puid) for r in rows]
        try:
            result = client.submit_batch(batch)
        except SubmissionRejectedError as exc:
            refused = [p for p in puids if p in exc.problems]
            for puid in refused:
                _mark(engine, [puid], status="rejected", last_error="; ".join(exc.problems[puid]))
            _mark(engine, [p for p in puids if p not in exc.problems], last_error=str(exc)[:2000])
            raise
        except SubmissionError as exc:
            _mark(engine, puids, last_error=str(exc)[:2000])
            raise
        now = datetime.now(UTC)
        _mark(
            engine,
            result.submitted + result.already_present,
            status="submitted",
            submitted_at=now,
            last_error=None,
        )
        total.merge(result)
        sent += len(rows)
    return total

"""Appeals: a user (through the platform) contests a decision; a senior reviewer resolves it.

Filing creates an ``appeals`` row and a task in the seniors' ``appeals`` queue
in one transaction. The senior's verdict resolves it: a verdict that agrees
with the decision (``violating`` for a restrictive action, ``not_violating``
for ``allow``) upholds it, otherwise it is reversed (see
:meth:`bastion.review.queue.ReviewQueue.submit`). One open appeal per decision.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from bastion.accounts import StrikeLedger
from bastion.review.model import APPEALS_QUEUE, ReviewError, as_utc, utcnow
from bastion.review.routing import ReviewRouting, TaskSpec, reach_of, task_row
from bastion.review.tables import appeals, review_tasks
from bastion.store import DecisionLog
from bastion.types import ReviewReason

__all__ = ["AppealDesk", "appeal_dict"]

MAX_STATEMENT = 5000


def appeal_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "decision_id": row.decision_id,
        "item_id": row.item_id,
        "surface": row.surface,
        "appellant": row.appellant,
        "status": row.status,
        "task_id": row.task_id,
        "account_action_id": row.account_action_id,
        "resolved_by": row.resolved_by,
        "resolution": row.resolution,
        "created_at": (as_utc(row.created_at) or utcnow()).isoformat(),
        "resolved_at": None if row.resolved_at is None else as_utc(row.resolved_at).isoformat(),  # type: ignore[union-attr]
    }


class AppealDesk:
    def __init__(
        self,
        engine: Engine,
        routing: ReviewRouting,
        ledger: StrikeLedger | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.routing = routing
        self.ledger = ledger or StrikeLedger(engine, routing.policy)

    def file_against_account_action(
        self,
        action_id: str,
        *,
        appellant: str | None = None,
        statement: str | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Open an appeal against an account action (a suspension ...); 404 if unknown, 409 if
        one is open, 422 if it was already lifted."""
        action = self.ledger.action(action_id)
        if action is None:
            raise ReviewError(
                404, "account_action_not_found", f"no account action with id {action_id!r}"
            )
        if action.lifted_at is not None or action.decision_id is None:
            raise ReviewError(
                422,
                "invalid_appeal",
                f"account action {action_id!r} was lifted or names no decision; nothing to appeal",
            )
        return self.file(
            action.decision_id,
            appellant=appellant,
            statement=statement,
            payload=payload,
            account_action_id=action_id,
        )

    def file(
        self,
        decision_id: str,
        *,
        appellant: str | None = None,
        statement: str | None = None,
        payload: Mapping[str, Any] | None = None,
        account_action_id: str | None = None,
    ) -> dict[str, Any]:
        """Open an appeal against a logged decision (or, with ``account_action_id``, the account
        action taken on it); 404 if unknown, 409 if one is open."""
        if statement is not None and len(statement) > MAX_STATEMENT:
            raise ReviewError(
                422, "invalid_appeal", f"the statement is limited to {MAX_STATEMENT} characters"
            )
        now = self.clock()
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")  # check-then-insert under the lock
            decision = DecisionLog(self.engine).get(decision_id, conn)
            if decision is None:
                raise ReviewError(
                    404, "decision_not_found", f"no decision with id {decision_id!r} to appeal"
                )
            subject = (
                appeals.c.account_action_id.is_(None)
                if account_action_id is None
                else appeals.c.account_action_id == account_action_id
            )
            open_one = conn.execute(
                select(appeals.c.id)
                .where(appeals.c.decision_id == decision_id, appeals.c.status == "open", subject)
                .with_for_update()
            ).scalar()
            if open_one is not None:
                what = (
                    f"account action {account_action_id!r}"
                    if account_action_id
                    else f"decision {decision_id!r}"
                )
                raise ReviewError(
                    409,
                    "appeal_exists",
                    f"{what} already has an open appeal ({open_one}); wait for its resolution",
                )
            if payload is None:
                stored = conn.execute(
                    select(review_tasks.c.payload)
                    .where(
                        review_tasks.c.decision_id == decision_id,
                        review_tasks.c.payload.is_not(None),
                    )
                    .order_by(review_tasks.c.created_at.desc())
                    .limit(1)
                ).scalar()
                payload = json.loads(stored) if stored else None
            flagged = list(decision.get("flagged", ()))
            category = (
                max(flagged, key=lambda c: (self.routing.severity(c), 0)) if flagged else None
            )
            spec = TaskSpec(
                ReviewReason.APPEAL,
                APPEALS_QUEUE,
                category,
                self.routing.severity(category) * reach_of(decision["applied_surface"]),
                self.routing.sla(decision["surface"], decision.get("jurisdiction")),
            )
            appeal_id = str(uuid.uuid4())
            task = task_row(
                spec,
                decision_id=decision_id,
                item_id=decision["item_id"],
                surface=decision["surface"],
                lang=decision.get("lang"),
                jurisdiction=decision.get("jurisdiction"),
                payload=payload or {"item": None, "content_missing": True},
                now=now,
                appeal_id=appeal_id,
            )
            conn.execute(
                insert(appeals).values(
                    id=appeal_id,
                    decision_id=decision_id,
                    item_id=decision["item_id"],
                    surface=decision["surface"],
                    appellant=appellant,
                    statement=statement,
                    status="open",
                    task_id=task["id"],
                    account_action_id=account_action_id,
                    created_at=now,
                )
            )
            conn.execute(insert(review_tasks).values(**task))
        found = self.get(appeal_id)
        assert found is not None
        return found

    def withdraw(self, appeal_id: str) -> dict[str, Any]:
        """The appellant withdraws an open appeal; its task is cancelled (404, 409 if closed)."""
        now = self.clock()
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            row = conn.execute(
                select(appeals).where(appeals.c.id == appeal_id).with_for_update()
            ).first()
            if row is None:
                raise ReviewError(404, "appeal_not_found", f"no appeal with id {appeal_id!r}")
            if row.status != "open":
                raise ReviewError(
                    409, "appeal_closed", f"appeal {appeal_id!r} is already {row.status}"
                )
            conn.execute(
                update(appeals)
                .where(appeals.c.id == appeal_id)
                .values(status="withdrawn", resolved_at=now)
            )
            conn.execute(
                update(review_tasks)
                .where(
                    review_tasks.c.appeal_id == appeal_id,
                    review_tasks.c.status.in_(("open", "claimed")),
                )
                .values(
                    status="cancelled",
                    lease_owner=None,
                    lease_token=None,
                    lease_expires_at=None,
                    closed_at=now,
                    updated_at=now,
                )
            )
        found = self.get(appeal_id)
        assert found is not None
        return found

    def get(self, appeal_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(appeals).where(appeals.c.id == appeal_id)).first()
        return None if row is None else appeal_dict(row)

    def statement(self, appeal_id: str) -> str | None:
        """The appellant's statement (shown to the senior reviewer, never logged)."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(appeals.c.statement).where(appeals.c.id == appeal_id)
            ).scalar()

    def list(self, *, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        query = select(appeals).order_by(appeals.c.created_at.desc()).limit(limit)
        if status is not None:
            query = query.where(appeals.c.status == status)
        with self.engine.connect() as conn:
            return [appeal_dict(r) for r in conn.execute(query).all()]

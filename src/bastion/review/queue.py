"""Review queues in the database: claim with a lease, submit a verdict, release, read.

A task is ``open``, ``claimed`` (a reviewer holds a lease: owner, token,
expiry), ``done`` or ``cancelled``. Claiming takes the open task of highest
priority (severity × reach × (1 + age / SLA), see :mod:`bastion.review.routing`)
that the reviewer may see and has not judged already, found through an index
(:mod:`bastion.review.claiming`, :mod:`bastion.review.urgency`). The lease works
like the job queue's: PostgreSQL claims with ``SELECT … FOR UPDATE SKIP LOCKED``
(two reviewers never get the same task and never wait for each other); SQLite
claims under its write lock (``BEGIN IMMEDIATE``). A lease that expires
returns the task to the queue; a verdict is accepted only from the reviewer
holding an unexpired lease (else 409).

Multi-review (``reviews_required`` > 1) is sequential: each verdict returns the
task to the queue for a different reviewer until enough verdicts are in. When
they disagree, or a reviewer escalates, an ``escalation`` task goes to the
seniors' ``escalations`` queue. A verdict on an ``appeal`` task resolves its
appeal (upheld or reversed) and settles the item: its other open tasks close.

A verdict carries the enforcement that follows from it, in the shared
vocabulary of :mod:`bastion.types`: ``violating`` restricts the item (one of
:data:`~bastion.types.REVIEWER_ACTIONS`, ``block`` when none is named) and may
add an account action against the author; ``not_violating`` restricts nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from bastion.accounts import StrikeLedger, Violation
from bastion.review.claiming import most_urgent
from bastion.review.model import (
    ESCALATIONS_QUEUE,
    ClaimedTask,
    ReviewError,
    Task,
    as_utc,
    utcnow,
)
from bastion.review.reading import QueueCount, QueueReader, check_queue
from bastion.review.reviewers import Reviewer
from bastion.review.routing import TaskSpec, task_row
from bastion.review.tables import appeals, review_tasks, review_verdicts
from bastion.review.verdicts import CheckedVerdict, VerdictIn
from bastion.review.verdicts import invalid_verdict as _invalid
from bastion.store import DecisionLog
from bastion.store.transactions import retrying, write_transaction
from bastion.types import (
    Action,
    ReviewReason,
    Verdict,
)

__all__ = ["CheckedVerdict", "QueueCount", "ReviewQueue", "SubmitResult", "VerdictIn"]

DEFAULT_LEASE_S = 600.0


@dataclass(frozen=True)
class SubmitResult:
    task_status: str
    """``done``, or ``open`` when more verdicts are required."""
    verdict_id: str
    escalation_task_id: str | None = None
    appeal_status: str | None = None


class ReviewQueue(QueueReader):
    def __init__(
        self,
        engine: Engine,
        *,
        policy_version: str = "unknown",
        ledger: StrikeLedger | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.clock = clock
        """Time of claims, leases and verdicts (a fixed clock replays a history in tests)."""
        self.policy_version = policy_version
        """Recorded on verdicts for tasks without a decision (gold items)."""
        self.ledger = ledger
        """Where verdicts put strikes and account actions (none: verdicts only label)."""

    # -- claiming ----------------------------------------------------------------------------

    def claim(
        self,
        reviewer: Reviewer,
        queue: str,
        *,
        lang: str | None = None,
        jurisdiction: str | None = None,
        task_id: str | None = None,
        lease_s: float = DEFAULT_LEASE_S,
    ) -> ClaimedTask | None:
        """Lease the most urgent task of ``queue`` this reviewer may work, or None."""
        check_queue(reviewer, queue)
        return retrying(lambda: self._claim(reviewer, queue, lang, jurisdiction, task_id, lease_s))

    def _claim(
        self,
        reviewer: Reviewer,
        queue: str,
        lang: str | None,
        jurisdiction: str | None,
        task_id: str | None,
        lease_s: float,
    ) -> ClaimedTask | None:
        t = review_tasks.c
        now = self.clock()
        with write_transaction(self.engine) as conn:
            if conn.dialect.name == "postgresql":
                # A lease is soft state: if a crash loses this commit, the task is simply as
                # it was before (open, or claimed under an expired lease, which is claimable
                # too), and the reviewer's verdict is refused (409 lease_lost) because no row
                # holds their token. So the claim does not wait for its WAL to reach disk;
                # any later durable commit (a verdict included) flushes it anyway.
                conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            row = most_urgent(
                conn, reviewer, queue, now, lang=lang, jurisdiction=jurisdiction, task_id=task_id
            )
            if row is None:
                return None
            token = str(uuid.uuid4())
            expires = now + timedelta(seconds=lease_s)
            claimed = conn.execute(
                update(review_tasks)
                .where(t.id == row.id)
                .values(
                    status="claimed",
                    lease_owner=reviewer.id,
                    lease_token=token,
                    lease_expires_at=expires,
                    updated_at=now,
                )
                .returning(*review_tasks.c)
            ).one()
        return ClaimedTask(Task.from_row(claimed), token, expires)

    def _held(self, conn: Connection, reviewer: Reviewer, task_id: str, token: str) -> Any:
        """The task row, locked, if ``reviewer`` holds its unexpired lease; else 404/409."""
        row = conn.execute(
            select(review_tasks).where(review_tasks.c.id == task_id).with_for_update()
        ).first()
        if row is None:
            raise ReviewError(404, "task_not_found", f"no review task {task_id!r}")
        expires = as_utc(row.lease_expires_at)
        if (
            row.status != "claimed"
            or row.lease_owner != reviewer.id
            or row.lease_token != token
            or expires is None
            or expires <= self.clock()
        ):
            raise ReviewError(
                409,
                "lease_lost",
                "you no longer hold this task (the lease expired or it was released, and "
                "another reviewer may have it); claim the next task",
            )
        return row

    def extend(
        self, reviewer: Reviewer, task_id: str, token: str, lease_s: float = DEFAULT_LEASE_S
    ) -> datetime:
        def run() -> datetime:
            with write_transaction(self.engine) as conn:
                self._held(conn, reviewer, task_id, token)
                expires = self.clock() + timedelta(seconds=lease_s)
                conn.execute(
                    update(review_tasks)
                    .where(review_tasks.c.id == task_id)
                    .values(lease_expires_at=expires)
                )
            return expires

        return retrying(run)

    def release(self, reviewer: Reviewer, task_id: str, token: str) -> None:
        """Give a claimed task back to the queue without a verdict."""

        def run() -> None:
            with write_transaction(self.engine) as conn:
                self._held(conn, reviewer, task_id, token)
                conn.execute(
                    update(review_tasks)
                    .where(review_tasks.c.id == task_id)
                    .values(**_unleased(), status="open", updated_at=self.clock())
                )

        retrying(run)

    # -- verdicts ----------------------------------------------------------------------------

    def submit(
        self, reviewer: Reviewer, task_id: str, token: str, verdict: VerdictIn
    ) -> SubmitResult:
        """Record a verdict from the lease holder and move the task on (see module doc)."""
        checked = verdict.checked()
        return retrying(lambda: self._submit(reviewer, task_id, token, checked))

    def _submit(
        self, reviewer: Reviewer, task_id: str, token: str, verdict: CheckedVerdict
    ) -> SubmitResult:
        now = self.clock()
        with write_transaction(self.engine) as conn:
            row = self._held(conn, reviewer, task_id, token)
            if not reviewer.may_work(row.queue, row.lang, row.jurisdiction):
                raise ReviewError(403, "queue_forbidden", "you may no longer work this queue")
            if verdict.verdict is Verdict.ESCALATE and row.queue == ESCALATIONS_QUEUE:
                raise _invalid("this task is already an escalation: decide it")
            policy_version, model_versions = self._versions(conn, row.decision_id)
            claimed_at = as_utc(row.updated_at) or now
            verdict_id = str(uuid.uuid4())
            conn.execute(
                insert(review_verdicts).values(
                    id=verdict_id,
                    task_id=row.id,
                    item_id=row.item_id,
                    decision_id=row.decision_id,
                    reviewer=reviewer.id,
                    role=reviewer.role,
                    verdict=verdict.verdict,
                    category=verdict.category,
                    severity=verdict.severity.rank if verdict.severity else None,
                    action=verdict.action,
                    account_action=verdict.account_action,
                    rationale=verdict.rationale,
                    time_spent_ms=max(0, int((now - claimed_at).total_seconds() * 1000)),
                    policy_version=policy_version,
                    model_versions=json.dumps(model_versions, sort_keys=True),
                    created_at=now,
                )
            )
            done_count = int(row.reviews_done) + 1
            finished = verdict.verdict is Verdict.ESCALATE or done_count >= int(
                row.reviews_required
            )
            conn.execute(
                update(review_tasks)
                .where(review_tasks.c.id == row.id)
                .values(
                    **_unleased(),
                    reviews_done=done_count,
                    status="done" if finished else "open",
                    closed_at=now if finished else None,
                    updated_at=now,
                )
            )
            escalation = None
            if verdict.verdict is Verdict.ESCALATE or (finished and self._disagree(conn, row.id)):
                escalation = self._escalate(conn, row, now)
            appeal_status = None
            if row.appeal_id and verdict.verdict.settles:
                appeal_status = self._resolve_appeal(conn, row, reviewer, verdict, now)
                _settle_item(conn, row, now)
            if verdict.verdict.settles and row.gold_verdict is None:
                self._enforce(conn, row, reviewer, verdict, verdict_id, now)
        return SubmitResult("done" if finished else "open", verdict_id, escalation, appeal_status)

    def _versions(self, conn: Connection, decision_id: str | None) -> tuple[str, dict[str, str]]:
        if decision_id is not None:
            record = DecisionLog(self.engine).get(decision_id, conn)
            if record is not None:
                return str(record["policy_version"]), dict(record.get("model_versions", {}))
        return self.policy_version, {}

    @staticmethod
    def _disagree(conn: Connection, task_id: str) -> bool:
        rows = conn.execute(
            select(review_verdicts.c.verdict, review_verdicts.c.category).where(
                review_verdicts.c.task_id == task_id,
                review_verdicts.c.verdict != Verdict.ESCALATE.value,
            )
        ).all()
        labels = {(r.verdict, r.category if r.verdict == Verdict.VIOLATING else None) for r in rows}
        return len(rows) > 1 and len(labels) > 1

    @staticmethod
    def _escalate(conn: Connection, row: Any, now: datetime) -> str:
        spec = TaskSpec(
            ReviewReason.ESCALATION,
            ESCALATIONS_QUEUE,
            row.category,
            float(row.priority),
            timedelta(0),
        )
        fresh = task_row(
            spec,
            decision_id=row.decision_id,
            item_id=row.item_id,
            surface=row.surface,
            lang=row.lang,
            jurisdiction=row.jurisdiction,
            payload=json.loads(row.payload) if row.payload else None,
            now=now,
            appeal_id=row.appeal_id,
            due_at=as_utc(row.due_at),
            created_at=as_utc(row.created_at),  # keeps its age: escalations do not reset
        )
        conn.execute(insert(review_tasks).values(**fresh))
        if row.appeal_id:
            conn.execute(
                update(appeals).where(appeals.c.id == row.appeal_id).values(task_id=fresh["id"])
            )
        return str(fresh["id"])

    def _enforce(
        self,
        conn: Connection,
        row: Any,
        reviewer: Reviewer,
        verdict: CheckedVerdict,
        verdict_id: str,
        now: datetime,
    ) -> None:
        """A finding's consequence for the author: a strike and the reviewer's account action
        (violating), or the decision's strike removed and what it led to lifted (not)."""
        if self.ledger is None:
            return
        author = row.author_id
        if verdict.account_action is not None and not author:
            raise _invalid(
                "the item's author is not known to Bastion, so no account action can be "
                "applied; restrict the content only"
            )
        if verdict.verdict is Verdict.NOT_VIOLATING:
            if row.decision_id:
                why = f"reviewer {reviewer.id} found no violation on {now:%Y-%m-%d}"
                self.ledger.remove_strikes(conn, row.decision_id, why, now)
            return
        if not author:
            return
        violation = Violation(
            author_id=str(author),
            surface=str(row.surface),
            jurisdiction=row.jurisdiction,
            category=verdict.category,
            decision_id=row.decision_id,
            verdict_id=verdict_id,
            source="reviewer",
        )
        self.ledger.strike(conn, violation, now)
        if verdict.account_action is not None:
            days = self.ledger.policy.strikes.reviewer_days.get(verdict.account_action)
            self.ledger.apply(
                conn, violation, verdict.account_action, days=days, reviewer=reviewer.id, at=now
            )

    def _resolve_appeal(
        self,
        conn: Connection,
        row: Any,
        reviewer: Reviewer,
        verdict: CheckedVerdict,
        now: datetime,
    ) -> str:
        """A verdict that agrees with the appealed decision upholds it; otherwise reversed.

        The decision restricted the item when its action restricts anything - ``hold_for_review``
        too, which withholds the item (the transparency report counts it the same way). An
        appeal against an account action contests a restriction; reversing it lifts it.
        """
        contested = conn.execute(
            select(appeals.c.account_action_id).where(appeals.c.id == row.appeal_id)
        ).scalar()
        original = None
        if row.decision_id:
            record = DecisionLog(conn.engine).get(row.decision_id, conn)
            original = Action(record["action"]) if record else None
        restricted = contested is not None or (original is not None and original.restricts)
        upheld = (verdict.verdict is Verdict.VIOLATING) == restricted
        if contested is not None and not upheld and self.ledger is not None:
            why = f"appeal {row.appeal_id} succeeded on {now:%Y-%m-%d}"
            self.ledger.lift(conn, str(contested), why, now)
        status = "upheld" if upheld else "reversed"
        conn.execute(
            update(appeals)
            .where(appeals.c.id == row.appeal_id, appeals.c.status == "open")
            .values(
                status=status,
                resolved_by=reviewer.id,
                resolution=verdict.rationale,
                resolved_at=now,
            )
        )
        return status

    # -- adding ------------------------------------------------------------------------------

    def add(self, row: Mapping[str, Any]) -> str:
        """Insert a prepared task row (:func:`bastion.review.routing.task_row`)."""
        with self.engine.begin() as conn:
            conn.execute(insert(review_tasks).values(**row))
        return str(row["id"])


def _settle_item(conn: Connection, row: Any, now: datetime) -> None:
    """An appeal's verdict is the item's last word: its other open tasks close (not gold ones)."""
    t = review_tasks.c
    conn.execute(
        update(review_tasks)
        .where(
            t.item_id == row.item_id,
            t.id != row.id,
            t.status.in_(("open", "claimed")),
            t.gold_verdict.is_(None),
        )
        .values(**_unleased(), status="cancelled", closed_at=now, updated_at=now)
    )


def _unleased() -> dict[str, Any]:
    return {"lease_owner": None, "lease_token": None, "lease_expires_at": None}

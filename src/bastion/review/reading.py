"""Reading the review queues: what a reviewer may see, open work, tasks, verdicts, history.

Visibility is one SQL clause built from the reviewer's role and grants
(:func:`visible`), used by every read and by claiming, so no page or endpoint
can show a task its reviewer may not see.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, and_, case, false, func, or_, select, true
from sqlalchemy.sql.elements import ColumnElement

from bastion.review.model import SENIOR_QUEUES, ReviewError, Task, as_utc, utcnow
from bastion.review.reviewers import Reviewer
from bastion.review.tables import review_tasks, review_verdicts
from bastion.store import DecisionLog
from bastion.types import ReviewReason

__all__ = ["QueueCount", "QueueReader", "check_queue", "visible"]


@dataclass(frozen=True)
class QueueCount:
    queue: str
    lang: str | None
    jurisdiction: str | None
    open: int
    overdue: int
    claimed: int


def visible(reviewer: Reviewer, queue: str | None = None) -> ColumnElement[bool]:
    """SQL: the tasks ``reviewer`` may see (of ``queue``, when given)."""
    t = review_tasks.c
    clauses: list[ColumnElement[bool]] = []
    if queue is not None:
        clauses.append(t.queue == queue)
    if not reviewer.is_senior:
        clauses.append(t.queue.not_in(sorted(SENIOR_QUEUES)))
    if reviewer.is_admin:
        return and_(true(), *clauses)
    grants = []
    for g in reviewer.grants:
        if queue is not None and g.queue not in ("*", queue):
            continue
        parts: list[ColumnElement[bool]] = []
        if g.queue != "*":
            parts.append(t.queue == g.queue)
        if g.lang != "*":
            parts.append(t.lang == g.lang)
        if g.jurisdiction != "*":
            parts.append(t.jurisdiction == g.jurisdiction)
        grants.append(and_(true(), *parts))
    return and_(or_(false(), *grants), *clauses)


def check_queue(reviewer: Reviewer, queue: str) -> None:
    if not reviewer.may_see_queue(queue):
        raise ReviewError(
            403,
            "queue_forbidden",
            f"reviewer {reviewer.id!r} may not work the {queue!r} queue "
            "(an admin can grant it: bastion reviewers add/grant)",
        )


class QueueReader:
    engine: Engine

    def overview(self, reviewer: Reviewer) -> list[QueueCount]:
        """Open work per (queue, language, jurisdiction) this reviewer may see (SQL GROUP BY)."""
        t = review_tasks.c
        now = utcnow()
        waiting = or_(t.status == "open", t.lease_expires_at <= now)  # an expired lease is open
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    t.queue,
                    t.lang,
                    t.jurisdiction,
                    func.sum(case((waiting, 1), else_=0)),
                    func.sum(case((and_(waiting, t.due_at < now), 1), else_=0)),
                    func.sum(case((waiting, 0), else_=1)),
                )
                .where(t.status.in_(("open", "claimed")), visible(reviewer))
                .group_by(t.queue, t.lang, t.jurisdiction)
            ).all()
        counts = [
            QueueCount(str(r[0]), r[1], r[2], int(r[3] or 0), int(r[4] or 0), int(r[5] or 0))
            for r in rows
        ]
        return sorted(counts, key=lambda c: (c.queue, c.lang or "", c.jurisdiction or ""))

    def get(self, reviewer: Reviewer, task_id: str) -> Task:
        """A task the reviewer may see (403 otherwise, 404 when there is none)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(review_tasks).where(review_tasks.c.id == task_id)).first()
        if row is None:
            raise ReviewError(404, "task_not_found", f"no review task {task_id!r}")
        if row.lease_owner != reviewer.id and not reviewer.may_work(
            row.queue, row.lang, row.jurisdiction
        ):
            raise ReviewError(403, "queue_forbidden", "this task is in a queue you may not see")
        return Task.from_row(row)

    def tasks(
        self, reviewer: Reviewer, queue: str, *, status: str = "open", limit: int = 50
    ) -> list[Task]:
        check_queue(reviewer, queue)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(review_tasks)
                .where(visible(reviewer, queue), review_tasks.c.status == status)
                .order_by(review_tasks.c.priority.desc(), review_tasks.c.due_at)
                .limit(limit)
            ).all()
        return [Task.from_row(r) for r in rows]

    def held_by(self, reviewer: Reviewer) -> list[Task]:
        """Tasks this reviewer holds an unexpired lease on (to resume)."""
        t = review_tasks.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(review_tasks)
                .where(t.status == "claimed", t.lease_owner == reviewer.id)
                .where(t.lease_expires_at > utcnow())
                .order_by(t.updated_at)
            ).all()
        return [Task.from_row(r) for r in rows]

    def lease_token_of(self, reviewer: Reviewer, task_id: str) -> str | None:
        """The lease token, when ``reviewer`` holds the task's unexpired lease."""
        t = review_tasks.c
        with self.engine.connect() as conn:
            return conn.execute(
                select(t.lease_token).where(
                    t.id == task_id,
                    t.status == "claimed",
                    t.lease_owner == reviewer.id,
                    t.lease_expires_at > utcnow(),
                )
            ).scalar()

    def verdicts(self, task_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(review_verdicts)
                .where(review_verdicts.c.task_id == task_id)
                .order_by(review_verdicts.c.created_at)
            ).all()
        return [_verdict(r) for r in rows]

    def item_verdicts(self, item_id: str) -> list[dict[str, Any]]:
        """Every verdict on an item, across its tasks (first review, escalation, appeal)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(review_verdicts)
                .where(review_verdicts.c.item_id == item_id)
                .order_by(review_verdicts.c.created_at)
            ).all()
        return [_verdict(r) for r in rows]

    def decision(self, decision_id: str | None) -> dict[str, Any] | None:
        if decision_id is None:
            return None
        return DecisionLog(self.engine).get(decision_id)

    def author_history(
        self, author_id: str | None, *, exclude_item: str | None = None, limit: int = 10
    ) -> list[dict[str, Any]]:
        """The author's other reviewed or held items, newest first, with their verdicts."""
        if not author_id:
            return []
        t = review_tasks.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.id, t.item_id, t.surface, t.queue, t.reason, t.category, t.status)
                .add_columns(t.created_at, t.decision_id)
                .where(t.author_id == author_id, t.item_id != (exclude_item or ""))
                .where(t.reason != ReviewReason.GOLD.value)
                .order_by(t.created_at.desc())
                .limit(limit)
            ).all()
            ids = [r.id for r in rows]
            verdict_rows = (
                conn.execute(
                    select(review_verdicts.c.task_id, review_verdicts.c.verdict).where(
                        review_verdicts.c.task_id.in_(ids)
                    )
                ).all()
                if ids
                else []
            )
        actions = DecisionLog(self.engine).actions([r.decision_id for r in rows if r.decision_id])
        by_task: dict[str, list[str]] = {}
        for v in verdict_rows:
            by_task.setdefault(str(v.task_id), []).append(str(v.verdict))
        return [
            {
                "task_id": r.id,
                "item_id": r.item_id,
                "surface": r.surface,
                "queue": r.queue,
                "category": r.category,
                "status": r.status,
                "action": actions.get(r.decision_id),
                "verdicts": by_task.get(str(r.id), []),
                "created_at": (as_utc(r.created_at) or utcnow()).isoformat(),
            }
            for r in rows
        ]


def _verdict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "task_id": row.task_id,
        "item_id": row.item_id,
        "decision_id": row.decision_id,
        "reviewer": row.reviewer,
        "role": row.role,
        "verdict": row.verdict,
        "category": row.category,
        "severity": row.severity,
        "action": row.action,
        "account_action": row.account_action,
        "rationale": row.rationale,
        "time_spent_ms": row.time_spent_ms,
        "policy_version": row.policy_version,
        "model_versions": json.loads(row.model_versions),
        "created_at": (as_utc(row.created_at) or utcnow()).isoformat(),
    }

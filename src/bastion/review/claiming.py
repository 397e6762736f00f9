"""Finding the task to claim: one index seek per ageing class, not a sort of the queue.

Tasks of one ageing class (:mod:`bastion.review.urgency`) are claimed oldest
first, so the most urgent task a reviewer may claim is among the heads of the
classes: the oldest claimable task of each class that the reviewer may see and
has not judged. One statement lists the classes of the queue with a loose index
scan (a recursive query that jumps from one class to the next in the claim
index) and takes each class's head from the same index; on PostgreSQL each head
is locked ``FOR UPDATE SKIP LOCKED``, so two reviewers claiming at once get
different tasks and never wait for each other (SQLite claims under its write
lock). The same statement returns each head's priority, creation time and
deadline (a join of the heads with the task table), so finding the task is one
round trip. The heads are then ordered by :func:`~bastion.review.urgency.claim_order`
in Python: the same choice as sorting every open task by the documented
priority, at a cost that grows with the number of classes in the queue (tens)
and the depth of the index (logarithmic in the number of tasks).

A head is searched past tasks the reviewer may not take (other languages or
jurisdictions than their grants, tasks they judged already, leases still held),
so a reviewer whose grants match few of a class's tasks reads further into it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    DateTime,
    String,
    and_,
    bindparam,
    exists,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from bastion.review.reading import visible
from bastion.review.reviewers import Reviewer
from bastion.review.tables import LIVE_STATUSES, review_tasks, review_verdicts
from bastion.review.urgency import claim_order

__all__ = ["claim_statement", "claimable", "most_urgent"]


def _live() -> ColumnElement[bool]:
    """``status IN ('open', 'claimed')`` with the values written into the SQL: the planner
    uses the partial claim index only when it can see the statement implies its condition."""
    return review_tasks.c.status.in_([literal_column(f"'{s}'") for s in LIVE_STATUSES])


def claimable(reviewer: Reviewer, queue: str, now: datetime) -> ColumnElement[bool]:
    """SQL: a task of ``queue`` that ``reviewer`` may claim at ``now``."""
    return _claimable(reviewer, queue, literal(now, DateTime(timezone=True)), reviewer.id)


def _claimable(
    reviewer: Reviewer, queue: str, at: ColumnElement[Any], reviewer_id: Any
) -> ColumnElement[bool]:
    t = review_tasks.c
    judged = exists().where(
        review_verdicts.c.task_id == t.id, review_verdicts.c.reviewer == reviewer_id
    )
    return and_(
        t.queue == queue,
        _live(),
        or_(t.status == "open", t.lease_expires_at <= at),
        visible(reviewer, queue),
        ~judged,
    )


def most_urgent(
    conn: Connection,
    reviewer: Reviewer,
    queue: str,
    now: datetime,
    *,
    lang: str | None = None,
    jurisdiction: str | None = None,
    task_id: str | None = None,
) -> Any | None:
    """The row (id, priority, created_at, due_at) of the task to claim, locked; or None."""
    # The statement depends on the reviewer's role and grants, not on who they are.
    shape = replace(reviewer, id="", display_name="")
    statement = claim_statement(shape, queue, lang, jurisdiction, one_task=task_id is not None)
    params: dict[str, Any] = {"claim_now": now, "claim_reviewer": reviewer.id}
    if task_id is not None:
        params["claim_task"] = task_id
    rows = conn.execute(statement, params).all()
    return min(rows, key=lambda row: claim_order(row, now)) if rows else None


@lru_cache(maxsize=256)
def claim_statement(
    reviewer: Reviewer,
    queue: str,
    lang: str | None = None,
    jurisdiction: str | None = None,
    *,
    one_task: bool = False,
) -> Any:
    """The claim query for a reviewer's role and grants, with parameters ``claim_now``,
    ``claim_reviewer`` (the reviewer's id) and, for ``one_task``, ``claim_task``. Built once
    per shape: building a statement this size costs more Python time than PostgreSQL takes
    to run it."""
    t = review_tasks.c
    at = bindparam("claim_now", type_=DateTime(timezone=True))
    wanted = _claimable(reviewer, queue, at, bindparam("claim_reviewer", type_=String()))
    if lang is not None:
        wanted = and_(wanted, t.lang == lang)
    if jurisdiction is not None:
        wanted = and_(wanted, t.jurisdiction == jurisdiction)
    columns = (t.id, t.priority, t.created_at, t.due_at)
    if one_task:
        return (
            select(*columns)
            .where(wanted, t.id == bindparam("claim_task", type_=String()))
            .with_for_update(skip_locked=True)
        )
    heads = _heads(queue, wanted).subquery("heads")
    return select(*columns).join_from(heads, review_tasks, t.id == heads.c.id)


def _heads(queue: str, wanted: ColumnElement[bool]) -> Any:
    """SQL: the id of each ageing class's first claimable task (NULL for a class with none)."""
    t = review_tasks.c
    live = and_(t.queue == queue, _live())
    first = select(t.ageing_class).where(live).order_by(t.ageing_class).limit(1)
    classes = select(first.scalar_subquery().label("k")).cte("ageing_classes", recursive=True)
    following = (
        select(t.ageing_class)
        .where(live, t.ageing_class > classes.c.k)
        .order_by(t.ageing_class)
        .limit(1)
        .scalar_subquery()
    )
    classes = classes.union_all(select(following).where(classes.c.k.is_not(None)))
    head = (
        select(t.id)
        .where(wanted, t.ageing_class == classes.c.k)
        .order_by(t.created_at, t.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    return select(head.label("id")).select_from(classes).where(classes.c.k.is_not(None))

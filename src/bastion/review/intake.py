"""Review work that other packages open: typed functions over the review tables.

Active learning (:mod:`bastion.learn.active`) asks for labels on items the
models are unsure about; it adds its tasks, counts them and checks what is in
review already through these functions, never by writing ``review_tasks``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select

from bastion.review.model import Task
from bastion.review.routing import TaskSpec, task_row
from bastion.review.tables import review_tasks
from bastion.types import ReviewReason

__all__ = ["NewTask", "add_tasks", "count_tasks", "items_in_review", "read_tasks"]


@dataclass(frozen=True)
class NewTask:
    item_id: str
    surface: str
    queue: str
    reason: ReviewReason
    priority: float
    payload: Mapping[str, Any]
    """``{"item": <item JSON>}``: what the reviewer sees (retention may erase it)."""
    due_in: timedelta
    decision_id: str | None = None
    category: str | None = None
    lang: str | None = None
    jurisdiction: str | None = None


def add_tasks(engine: Engine, tasks: Sequence[NewTask], now: datetime) -> list[str]:
    """Open one task per entry; returns their ids."""
    rows = [
        task_row(
            TaskSpec(t.reason, t.queue, t.category, t.priority, t.due_in),
            decision_id=t.decision_id,
            item_id=t.item_id,
            surface=t.surface,
            lang=t.lang,
            jurisdiction=t.jurisdiction,
            payload=t.payload,
            now=now,
        )
        for t in tasks
    ]
    if rows:
        with engine.begin() as conn:
            conn.execute(insert(review_tasks), rows)
    return [str(r["id"]) for r in rows]


def count_tasks(engine: Engine, reason: ReviewReason, since: datetime) -> int:
    """Tasks of ``reason`` created since ``since``."""
    t = review_tasks.c
    with engine.connect() as conn:
        found = conn.execute(
            select(func.count()).where(t.reason == reason.value, t.created_at >= since)
        ).scalar_one()
    return int(found)


def items_in_review(engine: Engine, item_ids: Iterable[str]) -> set[str]:
    """Which of ``item_ids`` already have a review task (any reason, any status)."""
    ids = list(item_ids)
    found: set[str] = set()
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            rows = conn.execute(
                select(review_tasks.c.item_id).where(
                    review_tasks.c.item_id.in_(ids[start : start + 500])
                )
            ).all()
            found.update(str(r.item_id) for r in rows)
    return found


def read_tasks(
    engine: Engine, *, ids: Sequence[str] | None = None, reason: ReviewReason | None = None
) -> list[Task]:
    """The tasks with these ids (or of this reason), oldest first: what was opened, as typed
    values (the item included)."""
    t = review_tasks.c
    query = select(review_tasks).order_by(t.created_at, t.id)
    if ids is not None:
        query = query.where(t.id.in_(list(ids)))
    if reason is not None:
        query = query.where(t.reason == reason.value)
    with engine.connect() as conn:
        return [Task.from_row(row) for row in conn.execute(query)]

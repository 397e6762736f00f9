"""How urgent a review task is now, and why an index can keep that order exactly.

Urgency is the documented priority (see :mod:`bastion.review.routing`)::

    urgency(now) = priority × (1 + age / SLA)      age = now − created_at, SLA = due_at − created_at

Ties go to the earlier deadline, then the older task, then the smaller id.

Urgency changes with time, and tasks of different priority or SLA change at
different rates (an old low-severity task overtakes a fresh severe one), so no
stored key sorts the whole queue for every ``now``. But two tasks with the same
priority and the same SLA age in step: the older one is, and stays, at least as
urgent, with the earlier deadline. So tasks are grouped into **ageing classes**
(priority, SLA); within a class the claim order is simply ``created_at, id``, and
an index on ``(queue, ageing_class, created_at, id)`` hands out each class's
most urgent task in one seek. Claiming (:mod:`bastion.review.claiming`) reads the
head of each class and compares those few with :func:`urgency` - the same order
as sorting every open task, with cost growing with the number of classes, not of
tasks.

Priorities are kept to two decimals (:func:`stored_priority`) so that a queue
has few classes: severity × reach takes 9 values, and active-learning priorities
(0.1 × uncertainty) take 11.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bastion.store.database import as_utc

__all__ = ["MIN_SLA_S", "ageing_class", "claim_order", "stored_priority", "urgency"]

MIN_SLA_S = 1.0
"""An SLA shorter than a second (a deadline at or before creation) counts as one second."""

_MICROSECOND = timedelta(microseconds=1)


def stored_priority(priority: float) -> float:
    """The priority as stored: two decimals, never negative (an older task is never less urgent)."""
    if not priority >= 0:
        raise ValueError(f"a review priority must be a number >= 0, got {priority!r}")
    return round(float(priority), 2)


def ageing_class(priority: float, created_at: datetime, due_at: datetime) -> str:
    """The class of tasks that age in step: the same priority, the same SLA to the microsecond."""
    sla = _aware(due_at) - _aware(created_at)
    return f"{float(priority)!r}/{sla // _MICROSECOND}"


def urgency(priority: float, created_at: datetime, due_at: datetime, now: datetime) -> float:
    created = _aware(created_at)
    sla = max((_aware(due_at) - created).total_seconds(), MIN_SLA_S)
    age = (_aware(now) - created).total_seconds()
    return float(priority) * (1.0 + age / sla)


def claim_order(row: Any, now: datetime) -> tuple[float, datetime, datetime, str]:
    """Sort key of a task row (priority, created_at, due_at, id): most urgent first."""
    return (
        -urgency(row.priority, row.created_at, row.due_at, now),
        _aware(row.due_at),
        _aware(row.created_at),
        str(row.id),
    )


def _aware(value: datetime) -> datetime:
    aware = as_utc(value)
    assert aware is not None
    return aware

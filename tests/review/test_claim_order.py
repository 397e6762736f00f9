"""Claiming through the index hands out tasks in exactly the order of a brute-force sort of
every open task by the documented priority: severity × reach × (1 + age / SLA), ties to the
earlier deadline, then the older task, then the smaller id (property test, both databases)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from bastion.review.queue import ReviewQueue
from bastion.review.reviewers import Grant, Reviewer
from bastion.review.routing import TaskSpec, task_row
from bastion.review.tables import review_tasks, review_verdicts
from bastion.store import DecisionLog
from bastion.types import ReviewReason

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
QUEUE = "hate"
PRIORITIES = [0.0, 0.03, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 0.1, 0.05]
SLA_MINUTES = [0, 30, 60, 120, 60 * 24, 60 * 72]

task_strategy = st.fixed_dictionaries(
    {
        "priority": st.one_of(st.sampled_from(PRIORITIES), st.floats(0, 20)),
        "sla_minutes": st.sampled_from(SLA_MINUTES),
        "age_minutes": st.integers(-30, 60 * 24 * 5),
        "queue": st.sampled_from([QUEUE, QUEUE, QUEUE, "spam"]),
        "lang": st.sampled_from(["en", "en", "de"]),
        # open, claimed by someone with a lease still running / expired, done, judged by "rev"
        "state": st.sampled_from(["open"] * 6 + ["held", "expired", "done", "judged"]),
    }
)


@pytest.fixture
def log(database_url: str) -> Iterator[DecisionLog]:
    opened = DecisionLog.open(database_url)
    yield opened
    opened.close()


def _seed(log: DecisionLog, tasks: list[dict[str, Any]]) -> None:
    rows, verdicts = [], []
    for spec in tasks:
        created = NOW - timedelta(minutes=spec["age_minutes"])
        row = task_row(
            TaskSpec(
                ReviewReason.HOLD,
                spec["queue"],
                QUEUE,
                spec["priority"],
                timedelta(minutes=spec["sla_minutes"]),
            ),
            decision_id=None,
            item_id=f"item-{uuid.uuid4().hex[:8]}",
            surface="comment",
            lang=spec["lang"],
            jurisdiction=None,
            payload=None,
            now=created,
        )
        row.update(lease_owner=None, lease_expires_at=None, closed_at=None)  # same keys each row
        if spec["state"] in ("held", "expired"):
            lease = timedelta(minutes=5 if spec["state"] == "held" else -5)
            row.update(status="claimed", lease_owner="other", lease_expires_at=NOW + lease)
        elif spec["state"] == "done":
            row.update(status="done", closed_at=NOW)
        elif spec["state"] == "judged":
            verdicts.append(verdict_row(row["id"], row["item_id"]))
        rows.append(row)
    with log.engine.begin() as conn:
        conn.execute(delete(review_verdicts))
        conn.execute(delete(review_tasks))
        if rows:
            conn.execute(insert(review_tasks), rows)
        if verdicts:
            conn.execute(insert(review_verdicts), verdicts)


def verdict_row(task_id: str, item_id: str, reviewer: str = "rev") -> dict[str, Any]:
    """A review_verdicts row: ``reviewer`` judged the task not violating."""
    return {
        "id": str(uuid.uuid4()),
        "task_id": task_id,
        "item_id": item_id,
        "reviewer": reviewer,
        "role": "reviewer",
        "verdict": "not_violating",
        "time_spent_ms": 1,
        "policy_version": "p",
        "model_versions": json.dumps({}),
        "created_at": NOW,
    }


def _reference(log: DecisionLog, lang: str | None) -> list[str]:
    """Every task the reviewer may claim, sorted by the documented formula (brute force)."""
    with log.engine.connect() as conn:
        rows = conn.execute(select(review_tasks)).all()
        judged = {r.task_id for r in conn.execute(select(review_verdicts.c.task_id))}

    def utc(value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    def key(row: Any) -> tuple[float, datetime, datetime, str]:
        created, due = utc(row.created_at), utc(row.due_at)
        sla = max((due - created).total_seconds(), 1.0)  # under a second counts as one
        age = (NOW - created).total_seconds()
        return (-(row.priority * (1.0 + age / sla)), due, created, row.id)

    open_now = [
        r
        for r in rows
        if r.queue == QUEUE
        and (r.status == "open" or (r.status == "claimed" and utc(r.lease_expires_at) <= NOW))
        and r.id not in judged
        and (lang is None or r.lang == lang)
    ]
    return [r.id for r in sorted(open_now, key=key)]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(tasks=st.lists(task_strategy, max_size=40), lang=st.sampled_from([None, "en", "de"]))
def test_claims_follow_the_brute_force_order(
    log: DecisionLog, tasks: list[dict[str, Any]], lang: str | None
) -> None:
    _seed(log, tasks)
    expected = _reference(log, lang)
    queue = ReviewQueue(log.engine, clock=lambda: NOW)
    reviewer = Reviewer("rev", "rev", "reviewer", (Grant(QUEUE),))
    claimed = []
    while (got := queue.claim(reviewer, QUEUE, lang=lang)) is not None:
        claimed.append(got.task.id)
    assert claimed == expected


def test_grants_limit_the_heads_too(log: DecisionLog) -> None:
    """A reviewer granted German only is handed German tasks in order, past English heads."""
    tasks = [
        {"priority": 4.0, "sla_minutes": 60, "age_minutes": 10 * i, "queue": QUEUE}
        | {"lang": "en" if i % 3 else "de", "state": "open"}
        for i in range(12)
    ]
    _seed(log, tasks)
    expected = _reference(log, "de")
    queue = ReviewQueue(log.engine, clock=lambda: NOW)
    german = Reviewer("rev", "rev", "reviewer", (Grant(QUEUE, "de"),))
    claimed = []
    while (got := queue.claim(german, QUEUE)) is not None:
        claimed.append(got.task.id)
    assert claimed == expected and len(claimed) == 4


def test_priorities_are_stored_to_two_decimals_and_never_negative() -> None:
    spec = TaskSpec(ReviewReason.ACTIVE_LEARNING, QUEUE, None, 0.0371, timedelta(days=3))
    row = task_row(
        spec,
        decision_id=None,
        item_id="i",
        surface="dm",
        lang=None,
        jurisdiction=None,
        payload=None,
    )
    assert row["priority"] == 0.04
    with pytest.raises(ValueError, match=">= 0"):
        task_row(
            TaskSpec(ReviewReason.HOLD, QUEUE, None, -1.0, timedelta(hours=1)),
            decision_id=None,
            item_id="i",
            surface="dm",
            lang=None,
            jurisdiction=None,
            payload=None,
        )


def test_tasks_from_before_the_claim_index_get_their_class(database_url: str) -> None:
    """Migration 0007 classes the tasks already there, so they are claimed in order too."""
    from sqlalchemy import text

    from bastion.store.database import open_engine, upgrade

    engine = open_engine(database_url)
    try:
        upgrade(engine, "0006")
        with engine.begin() as conn:
            for task_id, priority, age_h in (("old-low", 2.0, 96), ("new-high", 6.0, 0)):
                created = NOW - timedelta(hours=age_h)
                conn.execute(
                    text(
                        "INSERT INTO review_tasks (id, item_id, surface, queue, reason, priority, "
                        "status, reviews_required, reviews_done, due_at, created_at, updated_at) "
                        "VALUES (:id, :id, 'comment', 'hate', 'hold', :p, 'open', 1, 0, :due, "
                        ":created, :created)"
                    ),
                    {"id": task_id, "p": priority, "created": created, "due": created + DAY},
                )
        upgrade(engine)
        queue = ReviewQueue(engine, clock=lambda: NOW)
        reviewer = Reviewer("rev", "rev", "reviewer", (Grant(QUEUE),))
        order = [queue.claim(reviewer, QUEUE) for _ in range(3)]
        # 2 x (1 + 96/24) = 10 beats 6 x 1
        assert [c.task.id if c else None for c in order] == ["old-low", "new-high", None]
    finally:
        engine.dispose()


DAY = timedelta(hours=24)

"""A claim is one query and one update in one transaction, with a statement built once per
reviewer shape; on PostgreSQL it does not wait for its commit to reach disk (a lease is soft
state: see ``ReviewQueue._claim``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert

from bastion.review.claiming import claim_statement
from bastion.review.queue import ReviewQueue, VerdictIn
from bastion.review.reviewers import Grant, Reviewer
from bastion.review.routing import TaskSpec, task_row
from bastion.review.tables import review_tasks, review_verdicts
from bastion.store import DecisionLog
from bastion.types import ReviewReason

from .test_claim_order import verdict_row

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def log(database_url: str) -> Iterator[DecisionLog]:
    opened = DecisionLog.open(database_url)
    yield opened
    opened.close()


def _tasks(log: DecisionLog, n: int) -> list[str]:
    rows = [
        task_row(
            TaskSpec(ReviewReason.HOLD, "hate", "hate", float(1 + i % 3), timedelta(hours=1)),
            decision_id=None,
            item_id=f"item-{i}",
            surface="comment",
            lang="en",
            jurisdiction=None,
            payload=None,
            now=NOW - timedelta(minutes=i),
        )
        for i in range(n)
    ]
    with log.engine.begin() as conn:
        conn.execute(insert(review_tasks), rows)
    return [str(r["id"]) for r in rows]


def _statements(log: DecisionLog) -> list[str]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(" ".join(statement.split()[:3]))

    event.listen(log.engine, "before_cursor_execute", record)
    return seen


def test_a_claim_finds_its_task_in_one_query(log: DecisionLog) -> None:
    """Before: the heads' ids, then their rows, then the update (three round trips)."""
    _tasks(log, 12)
    queue = ReviewQueue(log.engine, clock=lambda: NOW)
    rev = Reviewer("rev", "rev", "reviewer", (Grant("hate"),))
    seen = _statements(log)
    assert queue.claim(rev, "hate") is not None
    reads = [s for s in seen if s.startswith(("SELECT", "WITH"))]
    writes = [s for s in seen if s.startswith("UPDATE")]
    assert len(reads) == 1 and len(writes) == 1
    if log.engine.dialect.name == "postgresql":
        assert seen[0] == "SET LOCAL synchronous_commit"
    else:
        assert not any(s.startswith("SET") for s in seen)


def test_only_the_claim_skips_the_wait_for_disk(log: DecisionLog) -> None:
    """A verdict is the record of a human decision: its commit stays durable."""
    _tasks(log, 2)
    queue = ReviewQueue(log.engine, clock=lambda: NOW)
    rev = Reviewer("rev", "rev", "reviewer", (Grant("hate"),))
    claimed = queue.claim(rev, "hate")
    assert claimed is not None
    seen = _statements(log)
    queue.submit(
        rev, claimed.task.id, claimed.lease_token, VerdictIn("not_violating", None, None, "ok")
    )
    assert seen and not any("synchronous_commit" in s for s in seen)


def test_the_cached_statement_is_per_reviewer_in_its_parameters(log: DecisionLog) -> None:
    """Two reviewers with the same grants share a statement, but each skips only the tasks
    that they judged themselves."""
    ids = _tasks(log, 3)
    with log.engine.begin() as conn:
        # ann judged the task of priority 3, the most urgent one
        conn.execute(insert(review_verdicts), [verdict_row(ids[2], "item-2", reviewer="ann")])
    queue = ReviewQueue(log.engine, clock=lambda: NOW)
    ann = Reviewer("ann", "Ann", "reviewer", (Grant("hate"),))
    bob = Reviewer("bob", "Bob", "reviewer", (Grant("hate"),))
    claim_statement.cache_clear()
    got_ann = {c.task.id for c in iter(lambda: queue.claim(ann, "hate"), None)}
    got_bob = queue.claim(bob, "hate")
    assert claim_statement.cache_info().currsize == 1
    assert got_ann == set(ids) - {ids[2]}
    assert got_bob is not None and got_bob.task.id == ids[2]

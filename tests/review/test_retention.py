"""What review erases on a retention run: content of closed tasks, appellants' words - only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bastion.review.queue import VerdictIn
from bastion.review.retention import erase_review_content
from bastion.review.tables import appeals, review_tasks
from bastion.store.database import utcnow
from bastion.types import Action, Decision


def test_closed_tasks_and_resolved_appeals_lose_their_content(
    review: Any, decision: Callable[..., Decision]
) -> None:
    done, waiting, appealed = (decision(Action.HOLD_FOR_REVIEW, ("hate",)) for _ in range(3))
    review.log.append([done, waiting, appealed])
    fine = review.reviewer("rita")
    claimed = review.queue.claim(fine, "hate", task_id=_task(review, done.id))
    review.queue.submit(fine, claimed.task.id, claimed.lease_token, VerdictIn("not_violating"))
    filed = review.appeals.file(appealed.id, appellant="user-1", statement="my words")
    open_one = review.appeals.file(done.id, appellant="user-2", statement="mine too")
    review.appeals.withdraw(filed["id"])
    later = utcnow() + timedelta(days=1)
    with review.log.engine.begin() as conn:
        dry = erase_review_content(conn, later, dry_run=True)
        erased = erase_review_content(conn, later, dry_run=False)
    # done's hold task and the withdrawn appeal's cancelled task; waiting's and appealed's hold
    # tasks and the open appeal's task are open. One resolved (withdrawn) appeal.
    assert (
        dry
        == erased
        == {
            "review_tasks.payload": 2,
            "appeals.statement": 1,
            "appeals.appellant": 1,
        }
    )
    with review.log.engine.connect() as conn:
        rows = conn.execute(select(review_tasks.c.decision_id, review_tasks.c.payload)).all()
        statements = dict(conn.execute(select(appeals.c.id, appeals.c.statement)).all())
    assert [r.payload is not None for r in rows if r.decision_id == waiting.id] == [True]
    assert statements == {filed["id"]: None, open_one["id"]: "mine too"}
    with review.log.engine.begin() as conn:
        assert set(erase_review_content(conn, later, dry_run=False).values()) == {0}


def _task(review: Any, decision_id: str) -> str:
    with review.log.engine.connect() as conn:
        return str(
            conn.execute(
                select(review_tasks.c.id).where(review_tasks.c.decision_id == decision_id)
            ).scalar_one()
        )

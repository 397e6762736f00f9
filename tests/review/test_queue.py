"""Claiming with leases, verdicts, multi-review, escalation, permissions — on both databases."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from bastion.review.model import ReviewError
from bastion.review.queue import VerdictIn
from bastion.types import Action, Decision

HATE = VerdictIn("violating", "hate", 3, "slur aimed at a group")
FINE = VerdictIn("not_violating", None, None, "quoting to condemn")


def test_claim_takes_the_most_urgent_task_and_leases_it(
    review: Any, decision: Callable[..., Decision]
) -> None:
    low = decision(Action.HOLD_FOR_REVIEW, ("hate",), surface="dm")  # 3 x 1
    high = decision(Action.HOLD_FOR_REVIEW, ("hate/threatening",))  # 4 x 2
    review.log.append([low, high])
    alice = review.reviewer("alice", queues="hate")
    claimed = review.queue.claim(alice, "hate")
    assert claimed is not None and claimed.task.decision_id == high.id
    assert claimed.task.status == "claimed" and claimed.task.lease_owner == "alice"
    second = review.queue.claim(alice, "hate")
    assert second is not None and second.task.decision_id == low.id
    assert review.queue.claim(alice, "hate") is None


def test_sla_age_raises_priority(review: Any, decision: Callable[..., Decision]) -> None:
    old = decision(Action.HOLD_FOR_REVIEW, ("spam",))  # low: 1 x 2 = 2
    new = decision(Action.HOLD_FOR_REVIEW, ("hate",))  # high: 3 x 2 = 6
    review.log.append([old, new])
    from datetime import timedelta

    from sqlalchemy import update

    from bastion.review.tables import review_tasks

    with review.log.engine.begin() as conn:  # the spam task was created 4 SLAs ago: 2 x 5 = 10
        row = conn.execute(review_tasks.select().where(review_tasks.c.decision_id == old.id)).one()
        conn.execute(
            update(review_tasks)
            .where(review_tasks.c.id == row.id)
            .values(
                created_at=row.created_at - timedelta(hours=96),
                due_at=row.due_at - timedelta(hours=96),
            )
        )
    bob = review.reviewer("bob", queues="*")
    first = review.queue.claim(bob, "spam")
    assert first is not None and first.task.decision_id == old.id


def test_two_claimers_one_winner(review: Any, decision: Callable[..., Decision]) -> None:
    review.log.append([decision()])
    people = [review.reviewer(f"r{i}", queues="hate") for i in range(4)]
    barrier = threading.Barrier(len(people))
    results: list[Any] = []
    errors: list[BaseException] = []

    def claim(who: Any) -> None:
        try:
            barrier.wait()
            results.append(review.queue.claim(who, "hate"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=claim, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    winners = [r for r in results if r is not None]
    assert len(winners) == 1


def test_many_tasks_many_claimers_no_task_twice(
    review: Any, decision: Callable[..., Decision]
) -> None:
    review.log.append([decision() for _ in range(12)])
    people = [review.reviewer(f"w{i}", queues="hate") for i in range(3)]
    got: list[str] = []
    lock = threading.Lock()

    def work(who: Any) -> None:
        while (claimed := review.queue.claim(who, "hate")) is not None:
            with lock:
                got.append(claimed.task.id)

    threads = [threading.Thread(target=work, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 12 and len(set(got)) == 12


def test_expired_lease_returns_the_task_and_the_late_verdict_is_refused(
    review: Any, decision: Callable[..., Decision]
) -> None:
    review.log.append([decision()])
    alice, bob = review.reviewer("alice"), review.reviewer("bob")
    slow = review.queue.claim(alice, "hate", lease_s=0.2)
    assert slow is not None
    assert review.queue.claim(bob, "hate") is None  # leased
    time.sleep(0.3)
    fast = review.queue.claim(bob, "hate")
    assert fast is not None and fast.task.id == slow.task.id
    with pytest.raises(ReviewError) as lost:
        review.queue.submit(alice, slow.task.id, slow.lease_token, HATE)
    assert lost.value.status == 409
    result = review.queue.submit(bob, fast.task.id, fast.lease_token, HATE)
    assert result.task_status == "done"
    (verdict,) = review.queue.verdicts(fast.task.id)
    assert verdict["reviewer"] == "bob" and verdict["policy_version"] == "test-policy+1"
    assert verdict["model_versions"] == {"slurs": "1.0.0"} and verdict["time_spent_ms"] >= 0
    assert verdict["action"] == "block" and verdict["severity"] == 3


def test_release_and_extend(review: Any, decision: Callable[..., Decision]) -> None:
    review.log.append([decision()])
    alice = review.reviewer("alice")
    claimed = review.queue.claim(alice, "hate", lease_s=5)
    assert claimed is not None
    later = review.queue.extend(alice, claimed.task.id, claimed.lease_token, 60)
    assert later > claimed.lease_expires_at
    review.queue.release(alice, claimed.task.id, claimed.lease_token)
    again = review.queue.claim(alice, "hate")
    assert again is not None and again.task.id == claimed.task.id
    with pytest.raises(ReviewError) as stale:
        review.queue.release(alice, claimed.task.id, claimed.lease_token)
    assert stale.value.status == 409


@pytest.mark.parametrize(
    ("verdict", "message"),
    [
        (VerdictIn("maybe"), "verdict must be one of"),
        (VerdictIn("violating", None, 2), "needs the category"),
        (VerdictIn("violating", "hate", None), "needs a severity"),
        (VerdictIn("violating", "hate", 9), "severity must be 1"),
        (VerdictIn("violating", "not-a-category", 2), "not a category key"),
        (VerdictIn("escalate"), "why you escalate"),
        (VerdictIn("not_violating", action="obliterate"), "action must be one of"),
        (VerdictIn("not_violating", rationale="x" * 2001), "limited to 2000"),
    ],
)
def test_bad_verdicts_are_422(verdict: VerdictIn, message: str) -> None:
    with pytest.raises(ReviewError) as bad:
        verdict.checked()
    assert bad.value.status == 422 and message in bad.value.message


def test_reviewers_see_only_their_queues(review: Any, decision: Callable[..., Decision]) -> None:
    review.log.append(
        [
            decision(Action.HOLD_FOR_REVIEW, ("hate",), lang="en"),
            decision(Action.HOLD_FOR_REVIEW, ("hate",), lang="de", jurisdiction="DE"),
            decision(Action.HOLD_FOR_REVIEW, ("scam",)),
        ]
    )
    german = review.reviewer("greta", queues="hate:de")
    with pytest.raises(ReviewError) as forbidden:
        review.queue.claim(german, "scam")
    assert forbidden.value.status == 403
    assert [(c.queue, c.lang) for c in review.queue.overview(german)] == [("hate", "de")]
    claimed = review.queue.claim(german, "hate")
    assert claimed is not None and claimed.task.lang == "de"
    assert review.queue.claim(german, "hate") is None  # the English one is not theirs
    scam_task = review.queue.claim(review.reviewer("sam", queues="scam"), "scam")
    assert scam_task is not None
    with pytest.raises(ReviewError) as hidden:
        review.queue.get(german, scam_task.task.id)
    assert hidden.value.status == 403
    # Senior queues need the senior role, whatever the grants say.
    junior = review.reviewer("junior", queues="*")
    with pytest.raises(ReviewError):
        review.queue.claim(junior, "appeals")
    assert all(c.queue not in ("appeals", "escalations") for c in review.queue.overview(junior))


def test_multi_review_disagreement_escalates_to_seniors(
    sqlite_url: str, opener: Callable[..., Any], decision: Callable[..., Decision]
) -> None:
    from bastion.review.routing import RoutingConfig

    review = opener(sqlite_url, RoutingConfig(reviews_required=2))
    review.log.append([decision()])
    alice, bob = review.reviewer("alice"), review.reviewer("bob")
    first = review.queue.claim(alice, "hate")
    assert first is not None
    assert review.queue.submit(alice, first.task.id, first.lease_token, HATE).task_status == "open"
    assert review.queue.claim(alice, "hate") is None  # never the same reviewer twice
    second = review.queue.claim(bob, "hate")
    assert second is not None and second.task.id == first.task.id
    result = review.queue.submit(bob, second.task.id, second.lease_token, FINE)
    assert result.task_status == "done" and result.escalation_task_id is not None
    senior = review.reviewer("sue", role="senior", queues="escalations")
    escalated = review.queue.claim(senior, "escalations")
    assert escalated is not None and escalated.task.id == result.escalation_task_id
    assert escalated.task.payload == first.task.payload
    final = review.queue.submit(senior, escalated.task.id, escalated.lease_token, HATE)
    assert final.escalation_task_id is None
    assert [v["reviewer"] for v in review.queue.item_verdicts(first.task.item_id)] == [
        "alice",
        "bob",
        "sue",
    ]
    review.log.close()


def test_escalate_verdict(review: Any, decision: Callable[..., Decision]) -> None:
    review.log.append([decision()])
    alice = review.reviewer("alice")
    claimed = review.queue.claim(alice, "hate")
    assert claimed is not None
    result = review.queue.submit(
        alice, claimed.task.id, claimed.lease_token, VerdictIn("escalate", rationale="dialect")
    )
    assert result.task_status == "done" and result.escalation_task_id
    senior = review.reviewer("sue", role="senior", queues="escalations")
    escalated = review.queue.claim(senior, "escalations")
    assert escalated is not None
    with pytest.raises(ReviewError) as again:
        review.queue.submit(
            senior, escalated.task.id, escalated.lease_token, VerdictIn("escalate", rationale="?")
        )
    assert again.value.status == 422


def test_author_history(review: Any, decision: Callable[..., Decision]) -> None:
    from bastion.review.routing import item_payload
    from bastion.types import Context, Item

    first, second = decision(item_id="a1"), decision(item_id="a2")
    items = {}
    for d in (first, second):
        item = Item(id=d.item_id, text="x", context=Context(author_id="u-42"))
        items[d.id] = item
        assert item_payload(item)["item"]["context"]["author_id"] == "u-42"
    review.log.append([first, second], items)
    history = review.queue.author_history("u-42", exclude_item="a2")
    assert [h["item_id"] for h in history] == ["a1"]
    assert history[0]["action"] == "hold_for_review"


def test_overview_counts_open_overdue_and_claimed(
    review: Any, decision: Callable[..., Decision]
) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from bastion.review.tables import review_tasks

    review.log.append([decision() for _ in range(3)])
    with review.log.engine.begin() as conn:  # one of them is past its SLA
        first = conn.execute(review_tasks.select().limit(1)).one()
        conn.execute(
            update(review_tasks)
            .where(review_tasks.c.id == first.id)
            .values(
                created_at=first.created_at - timedelta(hours=25),
                due_at=first.due_at - timedelta(hours=25),
            )
        )
    alice = review.reviewer("alice", queues="hate")
    (before,) = review.queue.overview(alice)
    assert (before.queue, before.lang, before.open, before.overdue, before.claimed) == (
        "hate",
        "en",
        3,
        1,
        0,
    )
    claimed = review.queue.claim(alice, "hate")
    assert claimed is not None and claimed.task.id == first.id  # the overdue one comes first
    (after,) = review.queue.overview(alice)
    assert (after.open, after.overdue, after.claimed) == (2, 0, 1)

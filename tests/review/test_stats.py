"""Labels as data: agreement statistics, gold accuracy, and the job-worker path into review."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bastion.review.gold import GoldItem, seed_gold
from bastion.review.queue import VerdictIn
from bastion.review.routing import RoutingConfig
from bastion.review.stats import review_stats
from bastion.types import Action, Decision, Item


def _judge(review: Any, who: Any, queue: str, verdict: VerdictIn) -> None:
    claimed = review.queue.claim(who, queue)
    assert claimed is not None
    review.queue.submit(who, claimed.task.id, claimed.lease_token, verdict)


def test_agreement_statistics_over_multi_review(
    database_url: str, opener: Callable[..., Any], decision: Callable[..., Decision]
) -> None:
    review = opener(database_url, RoutingConfig(reviews_required=2))
    review.log.append([decision(item_id=f"i{n}") for n in range(6)])
    alice, bob = review.reviewer("alice"), review.reviewer("bob")
    hate = VerdictIn("violating", "hate", 3)
    fine = VerdictIn("not_violating")
    # alice: hate on all six; bob agrees on four, not on the last two.
    for _ in range(6):
        _judge(review, alice, "hate", hate)
    for n in range(6):
        _judge(review, bob, "hate", hate if n < 4 else fine)
    stats = review_stats(review.log.engine)
    assert stats["verdicts"] == 12 and stats["multi_reviewed_tasks"] == 6
    assert stats["percent_agreement"] == pytest.approx(4 / 6, abs=1e-4)
    assert stats["krippendorff_alpha_verdict"] is not None
    assert stats["krippendorff_alpha_verdict"] < 0.5
    pair = stats["cohen_kappa_pairs"]["alice|bob"]
    assert pair["tasks"] == 6
    # Two disagreements went to the seniors.
    assert [
        c.queue for c in review.queue.overview(review.reviewer("sue", "senior", "*,escalations"))
    ] == ["escalations"]
    # The model held all six (restrictive); the first verdict on each was violating: no overturn.
    assert stats["model_overturn_rate"] == 0.0
    review.log.close()


def test_gold_items_measure_each_reviewer(review: Any) -> None:
    golds = [
        GoldItem(Item(id="g-scam", text="claim your prize"), "violating", "scam"),
        GoldItem(Item(id="g-fine", text="nice mix", surface="comment"), "not_violating", "scam"),
    ]
    ids = seed_gold(review.log.engine, review.routing, golds, reviews_required=2)
    assert len(ids) == 2
    good, sloppy = review.reviewer("good", queues="scam"), review.reviewer("sloppy", queues="scam")
    for who, verdicts in [
        (good, {"g-scam": VerdictIn("violating", "scam", 3), "g-fine": VerdictIn("not_violating")}),
        (sloppy, {"g-scam": VerdictIn("not_violating"), "g-fine": VerdictIn("not_violating")}),
    ]:
        for _ in range(2):
            claimed = review.queue.claim(who, "scam")
            if claimed is None:
                break
            assert claimed.task.to_dict()["reason"] == "random"  # gold is not announced
            review.queue.submit(
                who, claimed.task.id, claimed.lease_token, verdicts[claimed.task.item_id]
            )
    stats = review_stats(review.log.engine)
    assert stats["reviewers"]["good"]["gold"]["accuracy"] == 1.0
    assert stats["reviewers"]["sloppy"]["gold"]["accuracy"] == 0.5


def test_a_held_job_becomes_a_task_with_its_content(database_url: str) -> None:
    """bastion worker: decide, then complete (decision + job done in one transaction)."""
    from bastion.detectors.registry import load_detectors
    from bastion.jobs.queue import JobQueue, NewJob
    from bastion.jobs.worker import Worker
    from bastion.pipeline import Engine
    from bastion.policy import load_policy, shipped_policy_path
    from bastion.review.tables import review_tasks
    from bastion.scanner import Scanner
    from bastion.store import DecisionLog

    engine = Scanner(
        Engine(
            load_policy(shipped_policy_path()),
            load_detectors(["slurs", "threats", "profanity", "self_harm", "scam", "pii"]),
            enforce_deadlines=False,
        ),
        DecisionLog.open(database_url),
    )
    assert engine.log is not None
    queue = JobQueue(engine.log.engine)
    payload = {
        "id": "job-1",
        "text": "I want to kill myself",
        "surface": "comment",
        "context": {"author_id": "u-3"},
    }
    queue.enqueue([NewJob("job-1", "comment", payload)])
    assert Worker(engine, queue, lease_s=30).work_one()
    from sqlalchemy import select

    with engine.log.engine.connect() as conn:
        (task,) = conn.execute(select(review_tasks)).all()
    assert (task.item_id, task.queue, task.reason, task.author_id) == (
        "job-1",
        "self-harm",
        "hold",
        "u-3",
    )
    assert '"I want to kill myself"' in task.payload
    assert queue.get(queue.list()[0].id).status == "done"  # type: ignore[union-attr]
    engine.close()


def test_held_decision_content_missing_is_said(
    review: Any, decision: Callable[..., Decision]
) -> None:
    held = decision(Action.HOLD_FOR_REVIEW, ("scam",))
    review.log.append([held])  # nobody remembered the item (another process logged it)
    claimed = review.queue.claim(review.reviewer("x"), "scam")
    assert claimed is not None and claimed.task.payload == {
        "item": None,
        "content_missing": True,
        "item_id": held.item_id,
    }


def test_stats_aggregate_in_sql_not_over_every_verdict(
    review: Any, decision: Callable[..., Decision], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: every verdict of the queue was read into a list. Now no result handed to
    Python holds a row per verdict, and the figures are the same."""
    from sqlalchemy.engine import Result

    review.log.append([decision(item_id=f"i{n}") for n in range(12)])
    alice = review.reviewer("alice")
    for n in range(12):
        _judge(review, alice, "hate", VerdictIn("violating", "hate", 3) if n % 3 else FINE)
    biggest = [0]
    fetch_all = Result.all

    def counted(self: Any) -> Any:
        rows = fetch_all(self)
        biggest[0] = max(biggest[0], len(rows))
        return rows

    monkeypatch.setattr(Result, "all", counted)
    monkeypatch.setattr("bastion.review.stats._CHUNK", 5)  # decisions read 5 at a time
    monkeypatch.setattr("bastion.store.log_reading._CHUNK", 5)
    stats = review_stats(review.log.engine)
    assert biggest[0] <= 5
    assert stats["verdicts"] == 12 and stats["tasks_reviewed"] == 12
    assert stats["multi_reviewed_tasks"] == 0 and stats["percent_agreement"] is None
    # the model held all twelve; the four judged not violating overturned it
    assert stats["model_overturn_rate"] == pytest.approx(4 / 12, abs=1e-4)
    assert stats["reviewers"]["alice"]["verdicts"] == 12


FINE = VerdictIn("not_violating")

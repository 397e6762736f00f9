"""Which decisions become tasks, where, with what priority; exactly one task per held decision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bastion.review.routing import RoutingConfig, _draw, queue_of
from bastion.review.tables import review_tasks
from bastion.store.decision_log import Recorded
from bastion.types import Action, Decision, Item


def _tasks(review: Any) -> list[Any]:
    with review.log.engine.connect() as conn:
        return list(conn.execute(select(review_tasks).order_by(review_tasks.c.created_at)).all())


def test_held_decision_gets_one_task_in_its_category_queue(
    review: Any, decision: Callable[..., Decision]
) -> None:
    held = decision(Action.HOLD_FOR_REVIEW, ("hate/threatening", "profanity"), lang="de")
    allowed = decision(Action.ALLOW, (), categories={"hate": 0.01})
    review.log.append([held, allowed])
    (task,) = _tasks(review)
    assert task.decision_id == held.id
    assert (task.queue, task.reason, task.category) == ("hate", "hold", "hate/threatening")
    assert task.lang == "de" and task.status == "open" and task.reviews_required == 1
    # critical (4) x comment reach (2)
    assert task.priority == 8.0
    # SLA of the comment surface: 24 h
    assert abs((task.due_at - task.created_at).total_seconds() - 24 * 3600) < 1


def test_rerouting_the_same_decisions_adds_nothing(
    review: Any, decision: Callable[..., Decision]
) -> None:
    held = decision()
    review.log.append([held])
    with review.log.engine.begin() as conn:
        review.routing(conn, [Recorded(held)])  # a retried append calls the hook again
    assert len(_tasks(review)) == 1


def test_a_failed_append_leaves_no_task(review: Any, decision: Callable[..., Decision]) -> None:
    held = decision()
    review.log.append([held])
    with pytest.raises(IntegrityError):  # same decision id: the insert fails, so does the hook
        review.log.append([held])
    assert len(_tasks(review)) == 1


def test_fail_closed_hold_without_category_goes_to_general(
    review: Any, decision: Callable[..., Decision]
) -> None:
    review.log.append([decision(Action.HOLD_FOR_REVIEW, (), categories={"hate": 0.1})])
    (task,) = _tasks(review)
    assert (task.queue, task.category, task.priority) == ("general", None, 4.0)


def test_uncertainty_band_and_random_samples(
    sqlite_url: str, opener: Callable[..., Any], decision: Callable[..., Decision]
) -> None:
    review = opener(sqlite_url, RoutingConfig(uncertainty_band=0.05, sample_rate=0.5))
    near = decision(Action.ALLOW, (), categories={"scam": 0.47, "hate": 0.01})
    far = [decision(Action.ALLOW, (), categories={"scam": 0.01}) for _ in range(40)]
    review.log.append([near, *far])
    tasks = _tasks(review)
    uncertain = [t for t in tasks if t.reason == "uncertain"]
    assert [(t.decision_id, t.queue, t.category) for t in uncertain] == [(near.id, "scam", "scam")]
    sampled = {t.decision_id for t in tasks if t.reason == "random"}
    assert sampled == {d.id for d in far if _draw(d.id) < 0.5}
    assert 5 < len(sampled) < 35
    assert {t.queue for t in tasks if t.reason == "random"} == {"sample"}
    review.log.close()


def test_only_a_score_that_could_change_the_action_is_uncertain(
    sqlite_url: str, opener: Callable[..., Any], decision: Callable[..., Decision]
) -> None:
    """Before: "I will kill you" at 0.98 against harassment's 0.95 block rung became an
    ``uncertain`` task, though the threat category blocks it anyway: no small change of that
    score could change the action. Only a score whose move changes the action counts."""
    review = opener(sqlite_url, RoutingConfig(uncertainty_band=0.05))
    ladders = review.routing.evaluator.rules("comment", None).ladders
    top = max(rung.threshold for rung in ladders["harassment"])
    threat = min(r.threshold for r in ladders["harassment/threatening"] if r.action is Action.BLOCK)
    above, near_top = top + 0.03, top + 0.02
    assert above <= 1.0 and threat < top - 0.05  # the threat's block rung holds either way
    stands = decision(
        Action.BLOCK,
        ("harassment", "harassment/threatening"),
        categories={"harassment": above, "harassment/threatening": above},
    )
    alone = decision(Action.BLOCK, ("harassment",), categories={"harassment": near_top})
    review.log.append([stands, alone])
    uncertain = [t.decision_id for t in _tasks(review) if t.reason == "uncertain"]
    assert uncertain == [alone.id]  # alone, 0.05 lower it would only be held for review
    review.log.close()


def test_engine_keeps_the_content_for_held_items(sqlite_url: str, monkeypatch: Any) -> None:
    """Through the Engine (CLI, service, worker, batch): the task carries the item to show."""
    from bastion.detectors.registry import load_detectors
    from bastion.pipeline import Engine
    from bastion.policy import load_policy, shipped_policy_path
    from bastion.scanner import Scanner
    from bastion.store import DecisionLog

    core = Engine(
        load_policy(shipped_policy_path()),
        load_detectors(["slurs", "threats", "profanity", "self_harm", "scam", "pii"]),
        enforce_deadlines=False,
    )
    engine = Scanner(core, DecisionLog.open(sqlite_url))
    items = [
        Item(id="held", text="you are such an idiot", surface="comment"),
        Item(id="fine", text="lovely playlist, thanks", surface="comment"),
    ]
    decisions = engine.decide_many(items)  # decide first, record later: the batch path
    engine.record(decisions)
    single = engine.scan(Item(id="held-2", text="I will kill you", surface="dm"))
    held = [d for d in [*decisions, single] if d.action is Action.HOLD_FOR_REVIEW]
    assert held, [d.action for d in decisions]
    with engine.log.engine.connect() as conn:  # type: ignore[union-attr]
        rows = conn.execute(select(review_tasks)).all()
        per_decision = dict(
            conn.execute(
                select(review_tasks.c.decision_id, func.count()).group_by(
                    review_tasks.c.decision_id
                )
            ).all()
        )
    assert {d.id for d in held} <= set(per_decision)
    assert all(n == 1 for n in per_decision.values())
    import json

    payloads = {r.item_id: json.loads(r.payload) for r in rows}
    assert payloads["held"]["item"]["text"] == "you are such an idiot"
    engine.close()


def test_queue_is_the_root_category() -> None:
    assert queue_of("self-harm/intent") == "self-harm"
    assert queue_of("scam") == "scam"
    assert queue_of(None) == "general"

"""What a reviewer may apply: one action vocabulary, shared with compliance (issue 14).

A verdict states a finding and the enforcement that follows from it. Content actions
(``label`` ... ``block``) act on the item; account actions (``suspend_account`` ...)
act on its author and are recorded in the author's strike ledger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bastion.review.model import ReviewError
from bastion.review.queue import VerdictIn
from bastion.store import DecisionLog
from bastion.types import AccountAction, Action, Context, Decision, Item

PASSWORD = "correct horse battery"


@pytest.mark.parametrize("action", ["allow", "hold_for_review"])
def test_a_violation_cannot_be_left_standing(action: str) -> None:
    """Before: ``violating`` + ``allow`` was accepted, and compliance reported a removal."""
    with pytest.raises(ReviewError) as raised:
        VerdictIn("violating", "hate", 3, "slur", action).checked()
    assert raised.value.status == 422
    assert action in raised.value.message


def test_no_violation_restricts_nothing() -> None:
    with pytest.raises(ReviewError) as raised:
        VerdictIn("not_violating", None, None, "fine", "block").checked()
    assert raised.value.status == 422


def _held_with_author(live: Any, decision: Callable[..., Decision], author: str) -> Decision:
    """A held decision logged with its item (the author's id in its context), as scanning does."""
    held = decision(Action.HOLD_FOR_REVIEW, ("harassment",))
    log = DecisionLog.open(live.database_url)
    log.hooks.append(live.services.routing)
    item = Item(id=held.item_id, surface=held.surface, text="you again", context=Context(author))
    log.append([held], {held.id: item})
    log.close()
    return held


@pytest.mark.parametrize(
    "enforcement",
    [
        {"action": "suspend_account"},  # as docs/compliance.md documented it: removal + suspension
        {"action": "block", "account_action": "suspend_account"},
    ],
)
def test_account_actions_are_accepted_by_the_api(
    live_review_sqlite: Any, decision: Callable[..., Decision], enforcement: dict[str, str]
) -> None:
    """Before: the verdict API refused every account action compliance maps with 422."""
    live = live_review_sqlite
    held = _held_with_author(live, decision, "author-1")
    live.services.reviewers.add("senior1", role="senior", queues="*", password=PASSWORD)
    with live.client() as client:
        claimed = client.post(
            "/v1/review/claim", json={"reviewer": "senior1", "queue": "harassment"}
        ).json()
        assert claimed["task"]["decision_id"] == held.id
        answer = client.post(
            f"/v1/review/tasks/{claimed['task']['id']}/verdict",
            json={
                "reviewer": "senior1",
                "lease_token": claimed["lease_token"],
                "verdict": "violating",
                "category": "harassment",
                "severity": 3,
                **enforcement,
            },
        )
    assert answer.status_code == 200, answer.text
    strikes, in_force = live.services.ledger.standing("author-1")
    assert [s.decision_id for s in strikes] == [held.id]
    assert [(a.action, a.source, a.reviewer) for a in in_force] == [
        (AccountAction.SUSPEND_ACCOUNT, "reviewer", "senior1")
    ]
    (stored,) = live.services.queue.verdicts(claimed["task"]["id"])
    assert (stored["action"], stored["account_action"]) == ("block", "suspend_account")


def test_an_account_action_needs_a_known_author(
    review: Any, decision: Callable[..., Decision]
) -> None:
    held = decision(Action.HOLD_FOR_REVIEW, ("harassment",))
    review.log.append([held])  # no item handed over: the author is unknown
    senior = review.reviewer("sam", role="senior")
    claimed = review.queue.claim(senior, "harassment")
    verdict = VerdictIn("violating", "harassment", 3, "again", "block", "suspend_account")
    with pytest.raises(ReviewError) as refused:
        review.queue.submit(senior, claimed.task.id, claimed.lease_token, verdict)
    assert refused.value.status == 422 and "author" in refused.value.message

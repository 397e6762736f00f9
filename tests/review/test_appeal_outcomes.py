"""An appeal's verdict settles the item (issue 14 regression)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bastion.review.queue import VerdictIn
from bastion.types import Action, Decision


def test_resolving_an_appeal_closes_the_items_other_tasks(
    review: Any, decision: Callable[..., Decision]
) -> None:
    """Before: the item's hold task stayed open and claimable after its appeal was decided."""
    held = decision(Action.HOLD_FOR_REVIEW, ("hate",))
    review.log.append([held])
    review.appeals.file(held.id, appellant="author", statement="it was satire")
    senior = review.reviewer("sid", role="senior")
    claimed = review.queue.claim(senior, "appeals")
    assert claimed is not None and claimed.task.decision_id == held.id
    answer = review.queue.submit(
        senior, claimed.task.id, claimed.lease_token, VerdictIn("not_violating", rationale="ok")
    )
    assert answer.appeal_status == "reversed"
    assert review.queue.claim(senior, "hate") is None
    (closed,) = review.queue.tasks(senior, "hate", status="cancelled")
    assert closed.decision_id == held.id and closed.reason == "hold"

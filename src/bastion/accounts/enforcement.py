"""Strikes for decisions the policy enforced, written with the decisions themselves.

:class:`StrikeRecording` is a decision-log hook: inside the transaction that
appends decisions, each decision whose action the policy's ``strikes.earned_by``
names gives the item's author a strike (items without an author give none), and
the escalation it reaches is applied in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from bastion.accounts.ledger import StrikeLedger, Violation
from bastion.policy.schema import Policy
from bastion.store.decision_log import Recorded

__all__ = ["StrikeRecording", "primary_category"]


def primary_category(flagged: Sequence[str], policy: Policy) -> str | None:
    """The most severe flagged category (the first of equals): what a strike is for."""
    known = [c for c in flagged if c in policy.categories]
    if not known:
        return None
    return max(known, key=lambda c: policy.categories[c].severity.rank)


class StrikeRecording:
    def __init__(self, ledger: StrikeLedger) -> None:
        self.ledger = ledger

    def __call__(self, conn: Connection, recorded: Sequence[Recorded]) -> None:
        policy = self.ledger.policy
        for entry in recorded:
            decision, item = entry.decision, entry.item
            author = item.context.author_id if item is not None else None
            if not author or decision.action not in policy.strikes.earned_by:
                continue
            violation = Violation(
                author_id=author,
                surface=decision.applied_surface,
                jurisdiction=decision.jurisdiction,
                category=primary_category(decision.flagged, policy),
                decision_id=decision.id,
            )
            self.ledger.strike(conn, violation, at=decision.created_at)

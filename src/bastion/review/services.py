"""The review objects one server process shares: queue, reviewers, appeals, routing, ledger."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from bastion.accounts import StrikeLedger
from bastion.policy import LoadedPolicy
from bastion.review.appeals import AppealDesk
from bastion.review.queue import ReviewQueue
from bastion.review.reviewers import ReviewerStore
from bastion.review.routing import ReviewRouting

__all__ = ["ReviewServices"]


@dataclass
class ReviewServices:
    engine: Engine
    routing: ReviewRouting
    queue: ReviewQueue
    reviewers: ReviewerStore
    appeals: AppealDesk
    ledger: StrikeLedger

    @classmethod
    def build(
        cls, engine: Engine, policy: LoadedPolicy, routing: ReviewRouting | None = None
    ) -> ReviewServices:
        routing = routing or ReviewRouting(policy)
        ledger = StrikeLedger(engine, policy.policy)
        return cls(
            engine=engine,
            routing=routing,
            queue=ReviewQueue(engine, policy_version=policy.version, ledger=ledger),
            reviewers=ReviewerStore(engine),
            appeals=AppealDesk(engine, routing, ledger),
            ledger=ledger,
        )

"""Review fixtures: a decision log with review routing on both databases, reviewers, decisions."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from bastion.policy import load_policy, shipped_policy_path
from bastion.review.appeals import AppealDesk
from bastion.review.queue import ReviewQueue
from bastion.review.reviewers import Reviewer, ReviewerStore
from bastion.review.routing import ReviewRouting, RoutingConfig
from bastion.store import DecisionLog
from bastion.types import Action, Decision, Evidence

PASSWORD = "correct horse battery"


@dataclass
class Review:
    log: DecisionLog
    routing: ReviewRouting
    queue: ReviewQueue
    reviewers: ReviewerStore
    appeals: AppealDesk

    def reviewer(self, name: str, role: str = "reviewer", queues: str = "*") -> Reviewer:
        return self.reviewers.add(name, role=role, queues=queues, password=PASSWORD)


def make_decision(
    action: Action = Action.HOLD_FOR_REVIEW,
    flagged: tuple[str, ...] = ("hate",),
    *,
    categories: dict[str, float] | None = None,
    surface: str = "comment",
    item_id: str | None = None,
    lang: str | None = "en",
    jurisdiction: str | None = None,
) -> Decision:
    probabilities = categories or {c: 0.9 for c in flagged}
    return Decision(
        id=str(uuid.uuid4()),
        item_id=item_id or f"item-{uuid.uuid4().hex[:8]}",
        surface=surface,
        applied_surface=surface,
        jurisdiction=jurisdiction,
        lang=lang,
        action=action,
        categories=probabilities,
        flagged=flagged,
        evidence=tuple((c, Evidence(part="text", span=(0, 4), rule=f"{c}:rule")) for c in flagged),
        policy_version="test-policy+1",
        model_versions={"slurs": "1.0.0"},
        missing_detectors=(),
        automated_detection=bool(flagged),
        automated_decision=action is not Action.HOLD_FOR_REVIEW,
        reason="test",
        latency_ms=1.0,
        created_at=datetime.now(UTC),
    )


def open_review(url: str, config: RoutingConfig | None = None) -> Review:
    log = DecisionLog.open(url)
    routing = ReviewRouting(load_policy(shipped_policy_path()), config or RoutingConfig())
    log.hooks.append(routing)
    return Review(
        log,
        routing,
        ReviewQueue(log.engine, policy_version="test-policy+1"),
        ReviewerStore(log.engine),
        AppealDesk(log.engine, routing),
    )


@pytest.fixture
def review(database_url: str) -> Iterator[Review]:
    """Review stores on SQLite and on PostgreSQL (each test runs once for each)."""
    opened = open_review(database_url)
    yield opened
    opened.log.close()


@pytest.fixture
def review_sqlite(sqlite_url: str) -> Iterator[Review]:
    opened = open_review(sqlite_url)
    yield opened
    opened.log.close()


@pytest.fixture
def decision() -> Callable[..., Decision]:
    return make_decision


@pytest.fixture
def opener() -> Callable[..., Any]:
    return open_review

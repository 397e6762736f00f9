"""Review fixtures: a decision log with review routing on both databases, reviewers, decisions."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bastion.accounts import StrikeLedger
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
    ledger: StrikeLedger

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
    policy = load_policy(shipped_policy_path())
    routing = ReviewRouting(policy, config or RoutingConfig())
    log.hooks.append(routing)
    ledger = StrikeLedger(log.engine, policy.policy)
    return Review(
        log,
        routing,
        ReviewQueue(log.engine, policy_version="test-policy+1", ledger=ledger),
        ReviewerStore(log.engine),
        AppealDesk(log.engine, routing, ledger),
        ledger,
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


# -- a real server ---------------------------------------------------------------------------

RULE_DETECTORS = ["slurs", "threats", "profanity", "self_harm", "scam", "suspicious_url", "pii"]


@dataclass
class LiveReview:
    url: str
    app: Any
    database_url: str
    keys: dict[str, str]

    def client(self, scope: str = "review", **kwargs: Any) -> Any:
        import httpx

        headers = {"Authorization": f"Bearer {self.keys[scope]}"}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30, **kwargs)

    @property
    def services(self) -> Any:
        return self.app.state.review


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    import threading
    import time

    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture(scope="session")
def review_policy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped policy requiring only the rule detectors (fast, always available)."""
    import yaml

    document = yaml.safe_load(shipped_policy_path().read_text())
    document["surfaces"]["default"]["required_detectors"] = ["slurs", "threats", "self_harm", "pii"]
    path = tmp_path_factory.mktemp("policy") / "policy.yaml"
    path.write_text(yaml.safe_dump(document))
    return path


@contextlib.contextmanager
def start_review_server(database_url: str, policy: Path) -> Iterator[LiveReview]:
    from bastion.config import Settings
    from bastion.detectors.registry import load_detectors
    from bastion.pipeline import Engine
    from bastion.scanner import Scanner
    from bastion.service import create_app
    from bastion.store.keys import KeyStore

    log = DecisionLog.open(database_url)
    store = KeyStore(log.engine)
    keys = {
        scope: store.create(f"test-{scope}", scope, 100_000)[1]
        for scope in ("scan", "review", "admin")
    }
    engine = Scanner(
        Engine(load_policy(policy), load_detectors(RULE_DETECTORS), enforce_deadlines=False), log
    )
    app = create_app(
        Settings(database_url=database_url, policy=policy, api_key_cache_seconds=0.0), engine=engine
    )
    with serve(app) as url:
        yield LiveReview(url, app, database_url, keys)


@pytest.fixture
def live_review(database_url: str, review_policy: Path) -> Iterator[LiveReview]:
    with start_review_server(database_url, review_policy) as live:
        yield live


@pytest.fixture
def live_review_sqlite(sqlite_url: str, review_policy: Path) -> Iterator[LiveReview]:
    with start_review_server(sqlite_url, review_policy) as live:
        yield live


@pytest.fixture
def review_server() -> Callable[..., Any]:
    """``with review_server(database_url, policy) as live: ...`` (for tests that set env first)."""
    return start_review_server

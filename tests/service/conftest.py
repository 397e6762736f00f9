"""Real servers for the service tests: uvicorn on a free loopback port, real databases.

``live`` serves ``create_app`` from a thread of the test process (so a test can
hand it a special Engine); the CLI tests start ``bastion serve`` and ``bastion
worker`` as real subprocesses.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import yaml
from fastapi import FastAPI

from bastion.config import Settings
from bastion.detectors.base import Detector
from bastion.detectors.registry import load_detectors
from bastion.pipeline import Engine
from bastion.policy import load_policy, shipped_policy_path
from bastion.scanner import Scanner
from bastion.service import create_app
from bastion.store import DecisionLog
from bastion.store.keys import KeyStore

RULE_DETECTORS = ["slurs", "threats", "profanity", "self_harm", "scam", "suspicious_url", "pii"]
"""The rule detectors: fast to load and always available (the tests' default engine)."""
BASTION = str(Path(sys.executable).with_name("bastion"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Live:
    """A running server and keys for it."""

    url: str
    app: FastAPI
    database_url: str
    keys: dict[str, str]
    """``scan``, ``review``, ``admin`` -> a plain key with that one scope."""

    def client(
        self, scope: str = "admin", headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Client:
        sent = {"Authorization": f"Bearer {self.keys[scope]}"} if scope else {}
        sent.update(headers or {})
        return httpx.Client(base_url=self.url, headers=sent, timeout=30, **kwargs)

    @property
    def log(self) -> DecisionLog:
        log = self.app.state.bastion.log
        assert isinstance(log, DecisionLog)
        return log


@contextlib.contextmanager
def serve_in_thread(app: FastAPI, port: int | None = None) -> Iterator[str]:
    port = port or free_port()
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
def rule_detectors() -> list[Detector]:
    return load_detectors(RULE_DETECTORS)


@pytest.fixture(scope="session")
def rule_policy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped policy, requiring only the rule detectors (the model detectors are optional
    in these tests, so they do not depend on a trained model bundle being present)."""
    document = yaml.safe_load(shipped_policy_path().read_text())
    document["surfaces"]["default"]["required_detectors"] = ["slurs", "threats", "self_harm", "pii"]
    path = tmp_path_factory.mktemp("policy") / "policy.yaml"
    path.write_text(yaml.safe_dump(document))
    global RULE_POLICY
    RULE_POLICY = path  # the workers decide with the same policy as the test servers
    return path


def make_engine(
    database_url: str,
    detectors: Sequence[Detector],
    *,
    enforce_deadlines: bool = True,
    policy: Path | None = None,
) -> Scanner:
    core = Engine(
        load_policy(policy or shipped_policy_path()), detectors, enforce_deadlines=enforce_deadlines
    )
    return Scanner(core, DecisionLog.open(database_url))


def make_keys(database_url: str, **rate_limits: int) -> dict[str, str]:
    store = KeyStore(DecisionLog.open(database_url).engine)
    keys = {}
    for scope in ("scan", "review", "admin"):
        keys[scope] = store.create(f"test-{scope}", scope, rate_limits.get(scope, 100_000))[1]
    store.engine.dispose()
    return keys


LiveFactory = Callable[..., contextlib.AbstractContextManager[Live]]


@contextlib.contextmanager
def start_live(
    database_url: str,
    detectors: Sequence[Detector],
    policy: Path,
    *,
    enforce_deadlines: bool = True,
    **settings: Any,
) -> Iterator[Live]:
    keys = make_keys(database_url)
    options = {"api_key_cache_seconds": 0.0, **settings}
    engine = make_engine(
        database_url, detectors, enforce_deadlines=enforce_deadlines, policy=policy
    )
    app = create_app(Settings(database_url=database_url, policy=policy, **options), engine=engine)
    with serve_in_thread(app) as url:
        yield Live(url, app, database_url, keys)


@pytest.fixture
def live_factory(rule_detectors: list[Detector], rule_policy: Path) -> LiveFactory:
    """Start a server: ``with live_factory(url, detectors=..., **settings) as live: ...``."""

    def start(
        database_url: str, *, detectors: Sequence[Detector] | None = None, **settings: Any
    ) -> contextlib.AbstractContextManager[Live]:
        return start_live(database_url, detectors or rule_detectors, rule_policy, **settings)

    return start


@pytest.fixture(scope="module")
def shared_live(
    tmp_path_factory: pytest.TempPathFactory, rule_detectors: list[Detector], rule_policy: Path
) -> Iterator[Live]:
    """One SQLite server for a whole module, for tests that only read or add independent data."""
    url = f"sqlite:///{tmp_path_factory.mktemp('shared') / 'bastion.db'}"
    with start_live(url, rule_detectors, rule_policy) as server:
        yield server


@pytest.fixture
def live(database_url: str, live_factory: LiveFactory) -> Iterator[Live]:
    """A server on SQLite and on PostgreSQL (the test runs once for each)."""
    with live_factory(database_url) as server:
        yield server


@pytest.fixture
def live_sqlite(sqlite_url: str, live_factory: LiveFactory) -> Iterator[Live]:
    with live_factory(sqlite_url) as server:
        yield server


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASTION_") or k in _KEEP}
    env["BASTION_DETECTORS"] = json.dumps(RULE_DETECTORS)
    if RULE_POLICY is not None:
        env["BASTION_POLICY"] = str(RULE_POLICY)
    env.update(extra)
    return env


_KEEP = {"BASTION_DATA_DIR", "BASTION_CONFIG"}
RULE_POLICY: Path | None = None


def start_worker(database_url: str, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [BASTION, "--database-url", database_url, "worker", "--poll-seconds", "0.05", *args],
        env=subprocess_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_for(condition: Callable[[], Any], timeout: float = 30, interval: float = 0.02) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {condition}")
        time.sleep(interval)


class Tools:
    """Helpers for the tests (test modules cannot import conftest under importlib mode)."""

    BASTION = BASTION
    RULE_DETECTORS = RULE_DETECTORS
    free_port = staticmethod(free_port)
    serve_in_thread = staticmethod(serve_in_thread)
    make_engine = staticmethod(make_engine)
    make_keys = staticmethod(make_keys)
    subprocess_env = staticmethod(subprocess_env)
    start_worker = staticmethod(start_worker)
    wait_for = staticmethod(wait_for)


@pytest.fixture(scope="session")
def tools(rule_policy: Path) -> type[Tools]:
    return Tools

"""Shared fixtures: real databases (SQLite file, PostgreSQL schema) and engines."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bastion.detectors.registry import load_detectors
from bastion.pipeline import Engine
from bastion.policy import load_policy, shipped_policy_path
from bastion.scanner import Scanner
from bastion.store import DecisionLog

POSTGRES_URL = os.environ.get(
    "BASTION_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
).replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own config file or writes to their data dir."""
    monkeypatch.setenv("BASTION_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BASTION_CONFIG", str(tmp_path / "no-config.toml"))
    keep = {
        "BASTION_DATA_DIR",
        "BASTION_CONFIG",
        "BASTION_TEST_POSTGRES_URL",
        "BASTION_REQUIRE_POSTGRES",
        "BASTION_UPDATE_GOLDEN",
    }
    for name in [n for n in os.environ if n.startswith("BASTION_") and n not in keep]:
        monkeypatch.delenv(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bastion.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL schema on the real server, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # server not there
        admin.dispose()
        if os.environ.get("BASTION_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(name))


@pytest.fixture(scope="session")
def shipped_engine() -> Engine:
    """The shipped policy and detectors, no decision log (for pure decision tests)."""
    return Engine(load_policy(shipped_policy_path()), load_detectors(), enforce_deadlines=False)


@pytest.fixture
def logged_engine(sqlite_url: str) -> Iterator[Scanner]:
    """The shipped policy and detectors wired to a decision log (as the CLI runs them)."""
    core = Engine(load_policy(shipped_policy_path()), load_detectors(), enforce_deadlines=False)
    scanner = Scanner(core, DecisionLog.open(sqlite_url))
    yield scanner
    scanner.close()

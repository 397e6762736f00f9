"""Engine processes decide and record scans; a dead one costs its batch a 503, not the server."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator

import pytest

from bastion.config import Settings
from bastion.service.engine_pool import EngineCrashedError, EnginePool
from bastion.store import DecisionLog
from bastion.types import Action, Item

RULES = ["slurs", "threats", "self_harm", "pii"]


@pytest.fixture
def pool(sqlite_url: str) -> Iterator[EnginePool]:
    settings = Settings(database_url=sqlite_url, detectors=RULES, enforce_deadlines=False)
    pool = EnginePool(settings, processes=1)
    pool.start()
    yield pool
    pool.close()


def _items(prefix: str, n: int) -> list[Item]:
    texts = ["I know where you live and I will kill you", "lovely episode, thanks"]
    return [Item(id=f"{prefix}-{i}", surface="comment", text=texts[i % 2]) for i in range(n)]


def test_a_batch_is_decided_and_logged_in_the_engine_process(
    pool: EnginePool, sqlite_url: str
) -> None:
    decisions = asyncio.run(pool.scan(_items("a", 3)))
    assert [d.item_id for d in decisions] == ["a-0", "a-1", "a-2"]
    assert decisions[0].action is Action.BLOCK and "threat" in decisions[0].reason
    log = DecisionLog.open(sqlite_url)
    try:
        stored = [log.get(d.id) for d in decisions]
    finally:
        log.close()
    assert [s["item_id"] for s in stored if s] == ["a-0", "a-1", "a-2"]


def test_a_killed_engine_process_fails_its_batch_and_the_pool_recovers(
    pool: EnginePool, sqlite_url: str
) -> None:
    asyncio.run(pool.scan(_items("warm", 1)))
    (pid,) = pool._executor._processes  # the one engine process
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(EngineCrashedError):
        asyncio.run(pool.scan(_items("lost", 1)))
    pool.start()  # the replacement loads its models
    decisions = asyncio.run(pool.scan(_items("after", 2)))
    assert [d.item_id for d in decisions] == ["after-0", "after-1"]
    assert pid not in pool._executor._processes
    log = DecisionLog.open(sqlite_url)
    try:
        assert log.verify().ok
    finally:
        log.close()

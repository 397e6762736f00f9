"""Engine processes decide and record scans; a dead or hung one costs its batch, not the server."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bastion.config import Settings
from bastion.scanner import Scanner
from bastion.service.batching import ScanBatcher, Scheduling
from bastion.service.engine_pool import EngineCrashedError, EnginePool
from bastion.store import DecisionFilter
from bastion.types import Action, Decision, Item

RULES = ["slurs", "threats", "self_harm", "pii"]

HANGING_DETECTOR = """
import gc, os, time
from pathlib import Path
from bastion.detectors.base import Detector

class HangingDetector(Detector):
    name = "hang_test"
    version = "1"
    categories = ("spam",)

    def detect(self, artifacts):
        if "[hang]" in artifacts.item.text:
            time.sleep(float(os.environ.get("HANG_TEST_SECONDS", "3600")))
        if artifacts.item.text.startswith("[gc] "):  # tell how many objects the collector skips
            Path(artifacts.item.text[5:]).write_text(str(gc.get_freeze_count()))
        if "[slow]" in artifacts.item.text:  # slow but progressing: 10,000 characters a second
            time.sleep(len(artifacts.item.text) / 10_000)
        return [self.signal("spam", 0.0)]
"""


@pytest.fixture
def hanging_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A detector plugin that hangs on '[hang]', installed as any plugin is (entry point)."""
    folder = tmp_path / "plugin"
    folder.mkdir()
    (folder / "hang_test_detector.py").write_text(HANGING_DETECTOR)
    info = folder / "hang_test-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hang-test\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[bastion.detectors]\nhang_test = hang_test_detector:HangingDetector\n"
    )
    monkeypatch.syspath_prepend(str(folder))  # engine processes are spawned with this sys.path


@pytest.fixture
def pool(sqlite_url: str, rule_policy: Path, hanging_plugin: None) -> Iterator[EnginePool]:
    settings = Settings(
        database_url=sqlite_url,
        policy=rule_policy,
        detectors=[*RULES, "hang_test"],
        enforce_deadlines=False,
    )
    engine = Scanner.from_settings(settings)
    pool = EnginePool(settings, 1, engine, hang_seconds=5.0)
    pool.start()
    yield pool
    pool.close()
    engine.close()


def _items(prefix: str, texts: list[str]) -> list[Item]:
    return [Item(id=f"{prefix}-{i}", surface="comment", text=t) for i, t in enumerate(texts)]


def _logged(pool: EnginePool, item_id: str) -> int:
    assert pool.engine.log is not None
    return pool.engine.log.count(DecisionFilter(item_id=item_id))


def test_a_batch_is_decided_and_logged_in_an_engine_process(pool: EnginePool) -> None:
    made = asyncio.run(pool.scan(_items("a", ["I know where you live and I will kill you", "hi"])))
    assert [d.item_id for d in made] == ["a-0", "a-1"]
    assert made[0].action is Action.BLOCK and "threat" in made[0].reason
    assert made[0].model_versions["hang_test"] == "1"
    assert _logged(pool, "a-0") == 1 and _logged(pool, "a-1") == 1
    assert pool.engine.log is not None and pool.engine.log.verify().ok


def test_a_killed_engine_process_fails_its_batch_and_is_replaced(pool: EnginePool) -> None:
    asyncio.run(pool.scan(_items("warm", ["hello"])))
    (old,) = (w.process.pid for w in pool._all)
    os.kill(old, signal.SIGKILL)
    with pytest.raises(EngineCrashedError):
        asyncio.run(pool.scan(_items("lost", ["hello"])))
    assert _logged(pool, "lost-0") == 0
    made = asyncio.run(pool.scan(_items("after", ["hello", "again"])))  # waits for the new one
    assert [d.item_id for d in made] == ["after-0", "after-1"]
    assert old not in {w.process.pid for w in pool._all}


def test_a_hung_engine_process_is_stopped_and_the_fail_mode_decides(pool: EnginePool) -> None:
    began = time.perf_counter()
    (held,) = asyncio.run(pool.scan(_items("stuck", ["[hang] nice song"])))
    waited = time.perf_counter() - began
    assert 5.0 <= waited < 20
    # The shipped policy fails closed on comments: a human looks at it.
    assert held.action is Action.HOLD_FOR_REVIEW and not held.automated_decision
    assert "did not answer within 5 s" in held.reason
    assert "hang_test" in held.missing_detectors and held.categories == {}
    assert _logged(pool, "stuck-0") == 1  # decided exactly once, by the serving process
    stored = pool.engine.log.get(held.id) if pool.engine.log else None
    assert stored is not None and json.dumps(stored["action"]) == '"hold_for_review"'
    (fine,) = asyncio.run(pool.scan(_items("next", ["nice song"])))  # a fresh process
    assert fine.action is Action.ALLOW and _logged(pool, "next-0") == 1


def test_slow_but_progressing_work_gets_a_timer_for_its_size(pool: EnginePool) -> None:
    """A 30,000-character item that takes 3 s is decided, not stopped by the 1 s base timer."""
    scheduling = Scheduling(hang_base_s=1.0, hang_chars_per_s=5_000.0, unit_chars=32_768)
    batcher = ScanBatcher.in_processes(pool, scheduling=scheduling)
    long_text = "[slow] " + "a fine song " * 2_500
    (made,) = asyncio.run(batcher.scan(_items("slow", [long_text])))
    assert made.action is Action.ALLOW and "did not answer" not in made.reason
    assert _logged(pool, "slow-0") == 1


def test_a_real_hang_fails_closed_for_its_own_request_only(pool: EnginePool) -> None:
    scheduling = Scheduling(hang_base_s=5.0, hang_chars_per_s=20_000.0)
    batcher = ScanBatcher.in_processes(pool, scheduling=scheduling)

    async def together() -> list[list[Decision]]:
        return await asyncio.gather(
            batcher.scan(_items("one", ["nice song"])),
            batcher.scan(_items("two", ["[hang] lovely"])),
            batcher.scan(_items("three", ["great mix", "thanks"])),
        )

    one, two, three = asyncio.run(together())
    assert [d.action for d in one + three] == [Action.ALLOW] * 3
    assert two[0].action is Action.HOLD_FOR_REVIEW and "did not answer within" in two[0].reason
    for item_id in ("one-0", "two-0", "three-0", "three-1"):
        assert _logged(pool, item_id) == 1


def test_large_units_go_to_a_bulk_process_of_lower_cpu_priority(
    sqlite_url: str, rule_policy: Path
) -> None:
    settings = Settings(
        database_url=sqlite_url, policy=rule_policy, detectors=RULES, enforce_deadlines=False
    )
    engine = Scanner.from_settings(settings)
    pool = EnginePool(settings, 2, engine, hang_seconds=30.0, bulk_nice=5)
    pool.start()
    try:
        interactive, bulk = sorted(pool._all, key=lambda w: w.bulk)
        assert not interactive.bulk and bulk.bulk
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, interactive.process.pid) == mine
        assert os.getpriority(os.PRIO_PROCESS, bulk.process.pid) == min(19, mine + 5)
        assert pool._acquire(large=True) is bulk  # a large unit never takes the interactive one
        assert pool._acquire(large=False) is interactive
        pool._release(interactive)
        pool._release(bulk)
        made = asyncio.run(pool.decide(_items("big", ["hello"] * 3), 30.0, large=True))
        assert [d.item_id for d in made] == ["big-0", "big-1", "big-2"]
    finally:
        pool.close()
        engine.close()


def test_an_engine_process_keeps_its_loaded_models_out_of_the_collectors_way(
    pool: EnginePool, tmp_path: Path
) -> None:
    """A full garbage collection that traverses the models pauses every scan in the process
    for tens of milliseconds: what was loaded before serving is frozen out of its reach."""
    report = tmp_path / "frozen.txt"
    asyncio.run(pool.scan(_items("gc", [f"[gc] {report}"])))
    assert int(report.read_text()) > 10_000


def test_the_serving_process_keeps_what_it_loaded_out_of_the_collectors_way(
    sqlite_url, live_factory
) -> None:
    with live_factory(sqlite_url) as live, live.client("scan") as client:
        assert client.post("/v1/scan", json={"text": "hello"}).status_code == 200
        assert gc.get_freeze_count() > 10_000
    assert gc.get_freeze_count() == 0  # stopped: nothing of it is kept from the collector

"""Admission by cost and fair scheduling of work units (with a stand-in engine, so the order
of events is exact): a big request never holds up a small one, a hang fails only its unit."""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from bastion.service.admission import ITEM_OVERHEAD_CHARS, Admission, request_cost
from bastion.service.batching import ScanBatcher, Scheduling
from bastion.service.engine_pool import EngineHungError
from bastion.types import Action, Decision, Item

UNITS = Scheduling(
    unit_items=8, unit_chars=20_000, small_chars=4_000, hang_base_s=1.0, hang_chars_per_s=10_000.0
)


def _items(prefix: str, count: int, chars: int) -> list[Item]:
    return [Item(id=f"{prefix}-{i}", surface="comment", text="x" * chars) for i in range(count)]


def _decision(item: Item, action: Action = Action.ALLOW, reason: str = "ok") -> Decision:
    return Decision(
        id=f"d-{item.id}",
        item_id=item.id,
        surface=item.surface,
        applied_surface="comment",
        jurisdiction=None,
        action=action,
        categories={},
        flagged=(),
        evidence=(),
        policy_version="p",
        model_versions={},
        missing_detectors=(),
        automated_detection=False,
        automated_decision=True,
        reason=reason,
        latency_ms=0.0,
        created_at=datetime.now(UTC),
    )


@dataclass
class FakeEngine:
    """Decides a batch in 1 ms per 10,000 characters; remembers every batch and timer."""

    batches: list[tuple[list[str], float | None]] = field(default_factory=list)
    running: int = 0
    most_running_large: int = 0
    large_now: int = 0

    async def run(self, items: list[Item], timer: float | None, large: bool) -> list[Decision]:
        self.batches.append(([i.id for i in items], timer))
        large = any(i.id.startswith("big") for i in items)
        self.large_now += large
        self.most_running_large = max(self.most_running_large, self.large_now)
        try:
            if any("[hang]" in (i.text or "") for i in items):
                await asyncio.sleep(0.01)
                raise EngineHungError(f"did not answer within {timer:g} s", 0.01)
            await asyncio.sleep(sum(len(i.text or "") for i in items) / 10_000 / 1000)
            return [_decision(i) for i in items]
        finally:
            self.large_now -= large


async def _held(items: list[Item], why: str, latency_ms: float) -> list[Decision]:
    return [_decision(i, Action.HOLD_FOR_REVIEW, why) for i in items]


def test_requests_are_split_into_bounded_units() -> None:
    engine = FakeEngine()
    batcher = ScanBatcher(engine.run, runners=1, scheduling=UNITS)
    items = _items("big", 30, 6_000) + _items("big-long", 1, 50_000)
    made = asyncio.run(batcher.scan(items))
    assert [d.item_id for d in made] == [i.id for i in items]  # in request order
    for ids, timer in engine.batches:
        chars = sum(6_000 if not i.startswith("big-long") else 50_000 for i in ids)
        chars += ITEM_OVERHEAD_CHARS * len(ids)
        assert len(ids) <= 8
        assert chars <= 20_000 or len(ids) == 1  # an item over the bound is a unit alone
        assert timer == pytest.approx(1.0 + chars / 10_000)  # the timer grows with the unit


def test_a_small_request_never_waits_behind_a_big_one() -> None:
    engine = FakeEngine()
    batcher = ScanBatcher(engine.run, runners=2, scheduling=UNITS)
    finished: list[str] = []

    async def request(name: str, items: list[Item], delay: float) -> None:
        await asyncio.sleep(delay)
        await batcher.scan(items)
        finished.append(name)

    async def scenario() -> None:
        await asyncio.gather(
            request("big-1", _items("big-a", 100, 22_000), 0.0),
            request("big-2", _items("big-b", 100, 22_000), 0.0),
            *(request(f"small-{n}", _items(f"s{n}", 1, 100), 0.005 * n) for n in range(1, 20)),
        )

    asyncio.run(scenario())
    assert finished[-2:] in (["big-1", "big-2"], ["big-2", "big-1"])
    assert engine.most_running_large == 1  # one runner always stayed free for small requests
    for ids, _ in engine.batches:  # small requests never share a batch with a big unit
        assert all(i.startswith("big") for i in ids) or not any(i.startswith("big") for i in ids)
    # The two big requests interleave (fair), rather than one after the other.
    order = [ids[0][:5] for ids, _ in engine.batches if ids[0].startswith("big")]
    first_b = order.index("big-b")
    assert first_b < order.count("big-a") - 1


def test_a_hang_fails_closed_only_for_its_own_unit() -> None:
    engine = FakeEngine()
    batcher = ScanBatcher(engine.run, runners=1, scheduling=UNITS, fail_mode=_held)

    async def scenario() -> list[list[Decision]]:
        hanging = [Item(id="h-0", surface="comment", text="[hang] song")]
        return await asyncio.gather(
            batcher.scan(_items("a", 2, 50)),
            batcher.scan(hanging),
            batcher.scan(_items("b", 1, 50)),
        )

    first, hung, last = asyncio.run(scenario())
    assert [d.action for d in first + last] == [Action.ALLOW] * 3
    assert hung[0].action is Action.HOLD_FOR_REVIEW and "did not answer" in hung[0].reason
    # The packed batch hung once; then each of its units ran alone, with its own timer.
    batches = [ids for ids, _ in engine.batches]
    packed = next(n for n, ids in enumerate(batches) if "h-0" in ids and len(ids) > 1)
    assert sorted(batches[packed]) == ["b-0", "h-0"]
    assert sorted(batches[packed + 1 : packed + 3]) == [["b-0"], ["h-0"]]


def test_admission_by_cost_per_key_and_overall() -> None:
    admission = Admission(key_budget=10_000, total_budget=25_000, parallel=2)
    assert admission.enter("a", 50_000) is None  # nothing in flight: one request always enters
    over = admission.enter("a", 1)
    assert over is not None and over.scope == "key" and over.retry_after_s >= 1
    over = admission.enter("b", 9_000)
    assert over is not None and over.scope == "server" and over.in_flight == 50_000
    admission.leave("a", 50_000)
    assert admission.enter("b", 9_000) is None and admission.enter("b", 1_000) is None
    over = admission.enter("b", 1)  # b's budget is used up
    assert over is not None and over.scope == "key"
    assert admission.enter("c", 8_000) is None
    over = admission.enter("d", 8_000)
    assert over is not None and over.scope == "server" and over.in_flight == 18_000
    for _ in range(30):  # a slow pace measured: a longer wait
        admission.observe(1_000, 1.0)
    slow = admission.enter("d", 8_000)
    assert slow is not None and slow.retry_after_s >= 9
    assert request_cost(_items("x", 3, 10)) == 3 * (10 + ITEM_OVERHEAD_CHARS)


def test_over_budget_requests_get_429_with_retry_after(sqlite_url, live_factory) -> None:
    with live_factory(sqlite_url, admission_key_chars=2_000, admission_total_chars=50_000) as live:
        admission = live.app.state.bastion.admission
        store_key = live.keys["scan"].split("_")[1]  # bst_<id>_<secret>
        assert admission.enter(store_key, 1_500) is None  # work of this key still in flight
        with live.client("scan") as client:
            refused = client.post("/v1/moderations", json={"input": ["a" * 400, "b" * 400]})
            small = client.post("/v1/scan", json={"text": "hi"})  # fits the key's budget
            admission.leave(store_key, 1_500)
            admitted = client.post("/v1/moderations", json={"input": ["a" * 400, "b" * 400]})
            assert admission.enter("another-key", 49_000) is None  # the server's budget
            other = client.post("/v1/scan", json={"text": "x" * 2_000})
            admission.leave("another-key", 49_000)
    assert refused.status_code == 429, refused.text
    error = refused.json()["error"]
    assert error["code"] == "over_capacity" and "this API key" in error["message"]
    assert int(refused.headers["retry-after"]) >= 1
    assert small.status_code == 200 and admitted.status_code == 200
    assert other.status_code == 429 and "the server" in other.json()["error"]["message"]
    assert admission.in_flight == 0


def test_a_large_body_is_decoded_off_the_event_loop(sqlite_url, live_factory, monkeypatch) -> None:
    """While a large moderation body is still being decoded, a scan is answered: decoding it
    does not hold the event loop that serves every request."""
    decoding, release = threading.Event(), threading.Event()
    loads = json.loads

    def stuck_loads(text: str | bytes, *args: Any, **kwargs: Any) -> Any:
        if isinstance(text, bytes) and len(text) > 100_000 and text.startswith(b'{"input"'):
            decoding.set()  # the large request body: stuck until the scan is answered
            release.wait(30)
        return loads(text, *args, **kwargs)

    big = {"input": [f"text number {n} " * 1_500 for n in range(10)]}  # about 200 KB
    with (
        live_factory(sqlite_url) as live,
        live.client("scan") as client,
        ThreadPoolExecutor(1) as sender,
    ):
        monkeypatch.setattr(json, "loads", stuck_loads)
        pending = sender.submit(client.post, "/v1/moderations", json=big)
        try:
            assert decoding.wait(10)
            scanned = client.post("/v1/scan", json={"text": "hello there"}, timeout=5)
        finally:
            release.set()
        moderated = pending.result()
    assert scanned.status_code == 200, scanned.text
    assert moderated.status_code == 200 and len(moderated.json()["results"]) == 10

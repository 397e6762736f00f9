"""The strike ledger: strikes per author, escalation by the policy's ladders, lifting on appeal."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bastion.accounts import StrikeLedger, Violation
from bastion.accounts.enforcement import StrikeRecording
from bastion.policy import LoadedPolicy, load_policy, shipped_policy_path
from bastion.store import DecisionLog
from bastion.types import AccountAction, Action, Context, Decision, Item

START = datetime(2026, 3, 1, 9, tzinfo=UTC)
LADDERS = {
    "escalation": [
        {"strikes": 3, "within_days": 30, "action": "suspend_interaction", "days": 7},
        {"strikes": 4, "within_days": 30, "action": "suspend_account", "days": 30},
    ],
    "surfaces": {"dm": [{"strikes": 2, "within_days": 7, "action": "suspend_interaction"}]},
    "jurisdictions": {"DE": [{"strikes": 1, "within_days": 1, "action": "demonetise"}]},
}


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[tuple[DecisionLog, StrikeLedger]]:
    document = yaml.safe_load(shipped_policy_path().read_text())
    document["strikes"] = {"earned_by": ["block", "demote"], **LADDERS}
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    loaded: LoadedPolicy = load_policy(path)
    log = DecisionLog.open(database_url)
    ledger = StrikeLedger(log.engine, loaded.policy)
    log.hooks.append(StrikeRecording(ledger))
    yield log, ledger
    log.close()


def _decided(
    action: Action, hours: float, *, surface: str = "comment", jurisdiction: str | None = None
) -> Decision:
    flagged = ("spam",) if action is not Action.ALLOW else ()
    return Decision(
        id=str(uuid.uuid4()),
        item_id=f"i-{uuid.uuid4().hex[:6]}",
        surface=surface,
        applied_surface=surface,
        jurisdiction=jurisdiction,
        action=action,
        categories=dict.fromkeys(flagged, 0.9),
        flagged=flagged,
        evidence=(),
        policy_version="p",
        model_versions={},
        missing_detectors=(),
        automated_detection=bool(flagged),
        automated_decision=True,
        reason="test",
        latency_ms=1.0,
        created_at=START + timedelta(hours=hours),
    )


def _post(log: DecisionLog, decision: Decision, author: str | None) -> None:
    item = Item(id=decision.item_id, surface=decision.surface, text="x", context=Context(author))
    log.append([decision], {decision.id: item})


def test_enforced_decisions_strike_their_author_and_escalate(world: Any) -> None:
    log, ledger = world
    for hours in (0, 24, 48):
        _post(log, _decided(Action.BLOCK, hours), "a1")
    _post(log, _decided(Action.ALLOW, 49), "a1")  # allowed: no strike
    _post(log, _decided(Action.BLOCK, 50), None)  # no author known: no strike
    strikes, in_force = ledger.standing("a1", START + timedelta(hours=49))
    assert len(strikes) == 3
    (suspended,) = in_force
    assert (suspended.action, suspended.source, suspended.strikes) == (
        AccountAction.SUSPEND_INTERACTION,
        "policy",
        3,
    )
    assert suspended.ends_at == START + timedelta(hours=48, days=7)
    assert suspended.rule == "3 strikes within 30 days -> suspend_interaction for 7 days"
    _post(log, _decided(Action.DEMOTE, 60), "a1")  # the 4th strike: a stricter rung
    _, in_force = ledger.standing("a1", START + timedelta(hours=61))
    assert {a.action for a in in_force} == {
        AccountAction.SUSPEND_INTERACTION,
        AccountAction.SUSPEND_ACCOUNT,
    }


def test_strikes_outside_the_window_do_not_count(world: Any) -> None:
    log, ledger = world
    for days in (0, 40, 80):  # never three within 30 days
        _post(log, _decided(Action.BLOCK, days * 24), "a2")
    strikes, in_force = ledger.standing("a2", START + timedelta(days=81))
    assert len(strikes) == 3 and in_force == []


def test_the_surface_ladder_and_then_the_audiences_win(world: Any) -> None:
    log, ledger = world
    _post(log, _decided(Action.BLOCK, 0, surface="dm"), "a3")
    _post(log, _decided(Action.BLOCK, 1, surface="dm"), "a3")  # 2 within 7 days on a DM
    _, in_force = ledger.standing("a3", START + timedelta(hours=2))
    assert [(a.action, a.ends_at) for a in in_force] == [
        (AccountAction.SUSPEND_INTERACTION, None)  # no `days`: until lifted
    ]
    _post(log, _decided(Action.BLOCK, 0, surface="dm", jurisdiction="DE"), "a4")
    _, in_force = ledger.standing("a4", START + timedelta(hours=1))
    assert [a.action for a in in_force] == [AccountAction.DEMONETISE]  # DE's ladder, 1 strike


def test_one_strike_per_decision_and_removal_lifts_what_it_triggered(world: Any) -> None:
    log, ledger = world
    decisions = [_decided(Action.BLOCK, h) for h in (0, 1, 2)]
    for d in decisions:
        _post(log, d, "a5")
    with log.engine.begin() as conn:  # a reviewer confirms one: still one strike for it
        violation = Violation("a5", "comment", None, "spam", decisions[2].id, "v1", "reviewer")
        assert ledger.strike(conn, violation, START + timedelta(hours=3)) == []
    strikes, (suspended,) = ledger.standing("a5", START + timedelta(hours=3))
    assert len(strikes) == 3 and suspended.strike_id is not None
    with log.engine.begin() as conn:  # the appeal on the third succeeds
        lifted = ledger.remove_strikes(conn, decisions[2].id, "appeal", START + timedelta(hours=4))
    assert lifted == [suspended.id]
    strikes, in_force = ledger.standing("a5", START + timedelta(hours=4))
    assert len(strikes) == 2 and in_force == []
    (record,) = ledger.actions(ids=[suspended.id])
    assert record.lifted_because == "appeal" and not record.in_force(START + timedelta(hours=5))

"""Statements of reasons and the report state only what was recorded (issue 14 regressions).

Each history here is written through the owners (decision log, review queue, appeal
desk, strike ledger) exactly as production writes it; the expectations are read off
the history by hand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from bastion.comply.cases import Appeal, Case, HumanVerdict, Period
from bastion.comply.outbox import record_statements
from bastion.comply.report import build_report, complaints_table
from bastion.comply.statements import build_statement, statements
from bastion.comply.user_notice import user_notice
from bastion.evaluate.runs import RunStore
from bastion.policy import load_policy, shipped_policy_path
from bastion.review.queue import VerdictIn
from bastion.review.records import applied_actions
from bastion.types import ReviewReason, Verdict

from .conftest import decided

POLICY = load_policy(shipped_policy_path()).policy
WHEN = datetime(2026, 3, 1, 10, tzinfo=UTC)
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def _record(action: str, flagged: tuple[str, ...] = ("hate",)) -> dict[str, Any]:
    return {
        "id": "dec-1",
        "item_id": "i",
        "surface": "comment",
        "applied_surface": "comment",
        "jurisdiction": "DE",
        "action": action,
        "categories": dict.fromkeys(flagged, 0.6),
        "flagged": list(flagged),
        "evidence": [],
        "triggered_rules": [f"comment/{c}: 0.60 >= 0.50 -> {action}" for c in flagged],
        "policy_version": "v",
        "automated_detection": bool(flagged),
        "automated_decision": action != "hold_for_review",
        "created_at": WHEN.isoformat(),
    }


def _stored_verdict(action: str | None) -> HumanVerdict:
    """A ``violating`` verdict as stored before verdicts were checked against the vocabulary."""
    content, account = applied_actions(action, None)
    return HumanVerdict(
        "v1", "t1", "i", "dec-1", "rev", "reviewer", Verdict.VIOLATING, "hate", None,
        content, account, WHEN + timedelta(hours=1), ReviewReason.HOLD, "hate",
    )  # fmt: skip


def test_an_unknown_stored_action_is_not_reported_as_a_removal() -> None:
    """Before: compliance turned any action it did not know into ``block``: 'removed'."""
    built = build_statement(Case(1, _record("hold_for_review"), (_stored_verdict("nuke"),)), POLICY)
    assert built.statement is None
    assert "'nuke' is not in Bastion's action vocabulary" in built.reason


def test_a_violation_left_allowed_gets_no_statement_of_a_restriction() -> None:
    """Before: ``violating`` + ``allow`` was exported as CONTENT_REMOVED."""
    built = build_statement(
        Case(1, _record("hold_for_review"), (_stored_verdict("allow"),)), POLICY
    )
    assert built.statement is None and "restricted nothing" in built.reason


def test_a_held_verdict_is_not_a_removal() -> None:
    """Before: a verdict with action ``hold_for_review`` was exported as CONTENT_REMOVED."""
    case = Case(1, _record("hold_for_review"), (_stored_verdict("hold_for_review"),))
    built = build_statement(case, POLICY)
    assert built.statement is not None
    assert built.statement["decision_visibility"] == ["DECISION_VISIBILITY_OTHER"]
    assert "Withheld" in built.statement["decision_visibility_other"]
    assert "removed" not in built.statement["decision_facts"]


def test_an_uncertain_allow_found_violating_is_not_said_to_have_been_held(history: Any) -> None:
    """Before: "A human moderator took the decision after it was held for human review" for an
    ``allow`` decision labelled violating from an ``uncertain`` review task."""
    h = history
    ladder = h.routing.evaluator.rules("comment", "DE").ladders["harassment"]
    first = min(r.threshold for r in ladder)
    near = round(first - 0.02, 2)  # below the first rung, within the band: the action could flip
    allowed = decided("u1", "2026-03-02T10:00", "allow", surface="comment")
    h.decide(replace_categories(allowed, {"harassment": near}))
    h.at("2026-03-02T11:00").judge(
        allowed, "harassment", VerdictIn("violating", "harassment", 2, "insult", "demote")
    )
    (built,) = list(statements(h.log.engine, MARCH, h.routing.policy))
    assert built.outcome.verdict is not None
    assert built.outcome.verdict.task_reason is ReviewReason.UNCERTAIN
    facts = built.statement["decision_facts"]  # type: ignore[index]
    assert "held for human review" not in facts
    assert "close to a policy threshold" in facts
    assert built.statement["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DEMOTED"]  # type: ignore[index]


def replace_categories(decision: Any, categories: dict[str, float]) -> Any:
    from dataclasses import replace

    return replace(decision, categories=categories)


def test_an_appeal_against_a_hold_reversed_imposes_no_restriction(history: Any) -> None:
    """Before: Part 7 counted it as ``restrictions_imposed_after_complaint = 1``: appeals
    treated "hold" as a restriction (reversed when cleared), the report did not."""
    h = history
    held = decided(
        "h1", "2026-03-03T10:00", "hold_for_review", (("hate", 0.6, 0.4, "hold_for_review"),)
    )
    h.decide(held)
    h.at("2026-03-03T12:00").appeals.file(held.id, appellant="author", statement="satire")
    h.at("2026-03-04T12:00").judge(
        held, "appeals", VerdictIn("not_violating", None, None, "satire"), senior=True
    )
    (status,) = {a.status for a in _appeals(h)}
    assert status == "reversed"  # the appellant won: the hold was lifted
    table = complaints_table(h.log.engine, MARCH)
    assert table.row(decision_type="visibility")["decision_reversed"] == 1
    assert table.row(decision_type="no_restriction")["complaints"] == 0
    assert table.row(decision_type="TOTAL")["restrictions_imposed_after_complaint"] == 0


def _appeals(h: Any) -> list[Appeal]:
    from bastion.review.records import read_appeals

    return read_appeals(h.log.engine)


def test_escalated_strikes_are_stated_counted_and_appealable(history: Any) -> None:
    """Account actions are real: three blocks within 30 days suspend the author's interaction
    (the shipped ladder); the suspension has its own statement, is counted in Parts 5/6 and,
    once appealed, in Part 7's ``account`` row; reversing the appeal lifts it."""
    h = history
    fired = (("scam", 0.95, 0.85, "block"),)
    blocks = [decided(f"s{n}", f"2026-03-{5 + n:02d}T10:00", "block", fired) for n in range(3)]
    for block in blocks:
        h.decide(block, author="spammer")
    strikes, in_force = h.ledger.standing("spammer", datetime(2026, 3, 8, tzinfo=UTC))
    assert len(strikes) == 3
    (suspension,) = in_force
    rung = POLICY.strikes.escalation[0]
    assert (suspension.action.value, suspension.source) == (rung.action.value, "policy")
    assert suspension.ends_at == blocks[-1].created_at + timedelta(days=int(rung.days or 0))
    built = list(statements(h.log.engine, MARCH, h.routing.policy))
    (stated,) = [b for b in built if b.account_action is not None]
    s = stated.statement
    assert s is not None and s["puid"] == f"bastion-account-{suspension.id}"
    assert s["decision_provision"] == "DECISION_PROVISION_PARTIAL_SUSPENSION"
    assert s["end_date_service_restriction"] == f"{suspension.ends_at:%Y-%m-%d}"
    assert "3 active strikes" in s["decision_facts"] and rung.describe() in s["decision_facts"]
    report = build_report(h.log.engine, MARCH, built, runs=RunStore(h_runs(h)))
    scams = report.parts["part6_own_initiative_terms"].row(
        category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD", sub_category=""
    )
    assert (scams["measures"], scams["visibility_removed"], scams["provision_suspension"]) == (
        4,
        3,
        1,
    )
    # The outbox keeps one statement per decision and one per account action.
    assert record_statements(h.log.engine, built) == 4
    assert record_statements(h.log.engine, built) == 0
    notice = user_notice(stated, h.routing.policy, appeal_url="https://music.example/appeal")
    assert "You may not post, comment or send messages" in notice.body
    assert f"This lasts until {suspension.ends_at:%Y-%m-%d}." in notice.body
    h.at("2026-03-09T10:00").appeals.file_against_account_action(
        suspension.id, appellant="spammer", statement="hacked"
    )
    h.at("2026-03-09T12:00").judge(
        blocks[-1], "appeals", VerdictIn("not_violating", None, None, "hacked"), senior=True
    )
    _, after = h.ledger.standing("spammer", datetime(2026, 3, 9, 13, tzinfo=UTC))
    assert after == []
    part7 = complaints_table(h.log.engine, MARCH)
    assert part7.row(decision_type="account")["decision_reversed"] == 1


def h_runs(h: Any) -> Any:
    import tempfile
    from pathlib import Path

    return Path(tempfile.mkdtemp()) / "runs"


def test_every_action_maps_to_exactly_one_restriction() -> None:
    """The DSA mapping covers the whole vocabulary: no action reaches a statement unmapped."""
    from bastion.comply.mapping import ACCOUNT_RESTRICTIONS, CONTENT_RESTRICTIONS
    from bastion.types import AccountAction, Action

    assert set(CONTENT_RESTRICTIONS) == set(Action)
    assert set(ACCOUNT_RESTRICTIONS) == set(AccountAction)
    assert CONTENT_RESTRICTIONS[Action.ALLOW].kind == "no_restriction"
    assert all(r.kind != "no_restriction" for a, r in CONTENT_RESTRICTIONS.items() if a.restricts)

"""The decision log on real SQLite and PostgreSQL: append, chain, tamper detection, concurrency."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, text, update

from bastion.store import DecisionLog
from bastion.store.tables import chain_head, decisions
from bastion.types import Action, Decision, Evidence


def make_decision(n: int, action: Action = Action.ALLOW) -> Decision:
    return Decision(
        id=str(uuid.uuid4()),
        item_id=f"item-{n}",
        surface="comment",
        applied_surface="comment",
        jurisdiction=None,
        action=action,
        categories={"hate": 0.1 * (n % 10)},
        flagged=(),
        evidence=(("hate", Evidence(part="text", span=(0, 3), excerpt="abc", rule="r")),),
        policy_version="1+abc",
        model_versions={"slurs": "1.0.0"},
        missing_detectors=(),
        automated_detection=False,
        automated_decision=True,
        reason="test",
        latency_ms=1.0,
        created_at=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
    )


def filled(url: str, n: int = 10) -> DecisionLog:
    log = DecisionLog.open(url)
    log.append([make_decision(i) for i in range(n // 2)])
    for i in range(n // 2, n):
        log.append([make_decision(i)])
    return log


def test_append_and_verify(database_url: str) -> None:
    log = filled(database_url)
    assert log.count() == 10
    report = log.verify()
    assert report.ok, report.problems
    assert report.checked == 10 and report.head_seq == 10
    log.close()


def test_survives_reopen(database_url: str) -> None:
    log = filled(database_url, 4)
    first = next(iter(log.records()))
    log.close()
    reopened = DecisionLog.open(database_url)  # migrations are idempotent
    assert reopened.count() == 4
    assert reopened.get(first["id"]) == first
    assert reopened.verify().ok
    reopened.close()


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (update(decisions).where(decisions.c.seq == 3).values(action="block"), "column 'action'"),
        (
            update(decisions)
            .where(decisions.c.seq == 4)
            .values(record=text("replace(record, '\"item-3\"', '\"item-x\"')")),
            "content was edited",
        ),
        (delete(decisions).where(decisions.c.seq == 5), "records 5..5 are missing"),
        (delete(decisions).where(decisions.c.seq == 10), "newest records were deleted"),
        (update(chain_head).values(seq=12), "newest records were deleted"),
    ],
    ids=["edit-column", "edit-record", "delete-middle", "delete-last", "forge-head"],
)
def test_tampering_is_detected(database_url: str, tamper: object, expected: str) -> None:
    log = filled(database_url)
    with log.engine.begin() as conn:
        conn.execute(tamper)  # type: ignore[call-overload]
    report = log.verify()
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems
    log.close()


def test_rehashed_edit_breaks_the_link(database_url: str) -> None:
    """Recomputing an edited record's own hash does not help: the next record no longer links."""
    from bastion.store.decision_log import chain_hash

    log = filled(database_url)
    with log.engine.begin() as conn:
        row = conn.execute(decisions.select().where(decisions.c.seq == 3)).one()
        record = row.record.replace('"allow"', '"block"')
        conn.execute(
            update(decisions)
            .where(decisions.c.seq == 3)
            .values(record=record, action="block", hash=chain_hash(row.prev_hash, 3, record))
        )
    problems = log.verify().problems
    assert any("record 4: does not link" in p for p in problems), problems
    log.close()


def test_concurrent_writers_never_fork_the_chain(database_url: str) -> None:
    log = DecisionLog.open(database_url)
    errors: list[BaseException] = []

    def writer(w: int) -> None:
        try:
            for i in range(15):
                log.append([make_decision(w * 100 + i)])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert log.count() == 60
    report = log.verify()
    assert report.ok, report.problems
    log.close()


def test_failed_batch_leaves_nothing(database_url: str) -> None:
    log = filled(database_url, 2)
    duplicate = make_decision(99)
    with pytest.raises(Exception):  # noqa: B017 - the id is unique; the whole batch must roll back
        log.append([make_decision(50), duplicate, duplicate])
    assert log.count() == 2
    assert log.verify().ok
    log.close()


def test_appending_writes_the_counted_fields_as_columns(database_url: str) -> None:
    """The transparency report groups by these columns instead of parsing every record."""
    from dataclasses import replace

    from sqlalchemy import select

    from bastion.store.decision_log import shape_columns

    log = DecisionLog.open(database_url)
    try:
        decision = replace(
            make_decision(1, Action.BLOCK),
            applied_surface="dm",
            jurisdiction="DE",
            flagged=("hate", "harassment"),
            automated_detection=True,
        )
        log.append([decision])
        columns = list(shape_columns({}))
        with log.engine.connect() as conn:
            row = conn.execute(select(*(decisions.c[c] for c in columns))).one()
        assert dict(zip(columns, row, strict=True)) == shape_columns(decision.to_dict())
        assert row.flagged_count == len(decision.flagged)
    finally:
        log.close()

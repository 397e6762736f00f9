"""Retention erases item content; decisions, statements and report figures stay as they were."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bastion.comply.cases import Period
from bastion.comply.report import build_report
from bastion.comply.retention import recent_runs, run_retention
from bastion.comply.statements import statements
from bastion.comply.tables import dsa_notices
from bastion.evaluate.runs import RunStore
from bastion.store import DecisionLog

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))
NOW = datetime(2026, 7, 1, tzinfo=UTC)


def _everything(seeded: Any, tmp_path: Path) -> tuple[Any, ...]:
    built = list(statements(seeded.engine, PERIOD, seeded.policy.policy))
    report = build_report(seeded.engine, PERIOD, built, runs=RunStore(tmp_path / "runs"))
    parts = {name: table.rows for name, table in report.parts.items()}
    parts.pop("part1_identification")
    return [b.statement for b in built], parts


def test_retention_erases_old_content_and_keeps_the_record(seeded: Any, tmp_path: Path) -> None:
    """Each owner erases its own content (review, the job queue, compliance's notices; their
    own tests check which rows); compliance runs them all and records the run."""
    before = _everything(seeded, tmp_path)
    # 30 days before 1 July: cutoff 1 June 2026.
    result = run_retention(seeded.engine, 30, now=NOW)
    assert result.cutoff == datetime(2026, 6, 1, tzinfo=UTC)
    # review tasks closed and created before June (see the history in conftest.py): the
    # appeal tasks of d16, d02, d04, d11 (cancelled on withdrawal) and d17; the random samples
    # of d02 and d13; d05's hold and escalation; d06's hold; d12's notice task - 11. d07's hold
    # and d12's appeal are open; d14's appeal is from July.
    # appeals: resolved ones filed before June - d02, d04, d11, d17, d16 (5; two columns each);
    # d12's is open, d14's was filed in July. notices: n1, n2, n3 (n4 is from July).
    assert result.erased == {
        "review_tasks.payload": 11,
        "jobs.payload": 0,
        "appeals.statement": 5,
        "appeals.appellant": 5,
        "dsa_notices.notifier": 3,
    }
    with seeded.engine.connect() as conn:
        notifiers = conn.execute(select(dsa_notices.c.notifier)).scalars().all()
    assert sorted(n is None for n in notifiers) == [False, True, True, True]
    (run,) = recent_runs(seeded.engine)
    assert run["erased"] == result.erased and run["days"] == 30
    # Decisions, statements and every figure of the report are unchanged; the chain verifies.
    assert _everything(seeded, tmp_path) == before
    log = DecisionLog(seeded.engine)
    assert log.verify().ok


def test_retention_is_idempotent_and_a_dry_run_changes_nothing(
    seeded_sqlite: Any,
) -> None:
    dry = run_retention(seeded_sqlite.engine, 30, now=NOW, dry_run=True)
    assert dry.erased["review_tasks.payload"] == 11 and dry.dry_run
    assert recent_runs(seeded_sqlite.engine) == []
    first = run_retention(seeded_sqlite.engine, 30, now=NOW)
    assert first.erased == dry.erased
    again = run_retention(seeded_sqlite.engine, 30, now=NOW)
    assert set(again.erased.values()) == {0}


def test_retention_needs_a_positive_period(seeded_sqlite: Any) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        run_retention(seeded_sqlite.engine, 0)

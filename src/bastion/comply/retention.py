"""Retention: erase item content older than N days; keep decisions, statements and figures valid.

What is erased (set to NULL), for rows older than the cutoff:

* ``review_tasks.payload`` of closed tasks (done or cancelled) - the item as reviewers saw it;
* ``jobs.payload`` of finished jobs (done or failed) - the item as it was submitted;
* ``appeals.statement`` and ``appeals.appellant`` of resolved appeals;
* ``dsa_notices.notifier`` - who sent a notice.

What is kept: every row (so counts, outcomes and times in the transparency
report do not change), every verdict, the statements of reasons (they never
quote content), and the decision log. The log is hash-chained: editing a
record would break the chain that proves nothing was altered, so its short
evidence excerpts stay (personal data in them is already masked by the ``pii``
detector). Erasing the log itself is a separate, deliberate act, out of scope
here; see docs/compliance.md.

Each run is recorded in ``retention_runs`` (cutoff and rows erased per column).
Running it is idempotent: a second run erases nothing new.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, true

from bastion.comply.tables import dsa_notices, retention_runs
from bastion.jobs.retention import erase_job_payloads
from bastion.review.retention import erase_review_content
from bastion.store.erasure import Eraser, erase_columns

__all__ = ["RetentionResult", "recent_runs", "run_retention"]


@dataclass(frozen=True)
class RetentionResult:
    cutoff: datetime
    erased: dict[str, int]
    """``table.column`` -> rows erased (or that would be, in a dry run)."""
    dry_run: bool


def _erase_notifiers(conn: Connection, cutoff: datetime, *, dry_run: bool) -> dict[str, int]:
    n = dsa_notices.c
    return erase_columns(
        conn, dsa_notices, [n.notifier], n.received_at, true(), cutoff, dry_run=dry_run
    )


ERASERS: tuple[Eraser, ...] = (erase_review_content, erase_job_payloads, _erase_notifiers)
"""Each owner erases its own content (review, the job queue, compliance's notices)."""


def run_retention(
    engine: Engine, days: int, *, now: datetime | None = None, dry_run: bool = False
) -> RetentionResult:
    """Erase the content of items older than ``days`` days (see the module docstring)."""
    if days < 1:
        raise ValueError(f"--days must be at least 1, not {days}")
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    erased: dict[str, int] = {}
    with engine.begin() as conn:
        for eraser in ERASERS:
            erased |= eraser(conn, cutoff, dry_run=dry_run)
        if not dry_run:
            conn.execute(
                insert(retention_runs).values(
                    id=str(uuid.uuid4()),
                    ran_at=now or datetime.now(UTC),
                    days=days,
                    cutoff=cutoff,
                    erased=json.dumps(erased, sort_keys=True),
                )
            )
    return RetentionResult(cutoff, erased, dry_run)


def recent_runs(engine: Engine, limit: int = 10) -> list[dict[str, Any]]:
    """The latest retention runs, newest first (to check the schedule is running)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(retention_runs).order_by(retention_runs.c.ran_at.desc()).limit(limit)
        ).all()
    return [
        {
            "ran_at": row.ran_at,
            "days": int(row.days),
            "cutoff": row.cutoff,
            "erased": json.loads(row.erased),
        }
        for row in rows
    ]

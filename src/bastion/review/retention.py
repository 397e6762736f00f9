"""What review erases on a retention run: item content of closed tasks, appellants' words."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from bastion.review.tables import appeals, review_tasks
from bastion.store.erasure import erase_columns

__all__ = ["erase_review_content"]


def erase_review_content(conn: Connection, cutoff: datetime, *, dry_run: bool) -> dict[str, int]:
    """``review_tasks.payload`` of closed tasks; statement and appellant of resolved appeals."""
    t, a = review_tasks.c, appeals.c
    erased = erase_columns(
        conn,
        review_tasks,
        [t.payload],
        t.created_at,
        t.status.in_(["done", "cancelled"]),
        cutoff,
        dry_run=dry_run,
    )
    erased |= erase_columns(
        conn,
        appeals,
        [a.statement, a.appellant],
        a.created_at,
        a.status != "open",
        cutoff,
        dry_run=dry_run,
    )
    return erased

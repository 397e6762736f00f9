"""What the job queue erases on a retention run: the submitted item of finished jobs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from bastion.jobs.tables import jobs
from bastion.store.erasure import erase_columns

__all__ = ["erase_job_payloads"]


def erase_job_payloads(conn: Connection, cutoff: datetime, *, dry_run: bool) -> dict[str, int]:
    """``jobs.payload`` of jobs that are done or failed."""
    j = jobs.c
    return erase_columns(
        conn,
        jobs,
        [j.payload],
        j.created_at,
        j.status.in_(["done", "failed"]),
        cutoff,
        dry_run=dry_run,
    )

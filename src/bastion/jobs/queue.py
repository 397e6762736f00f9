"""The job queue table: enqueue (idempotent by item id + surface), claim, complete, release.

A job moves ``queued -> running -> done`` (or ``failed`` once its attempts are
spent). ``running`` carries a lease: a token and an expiry. The worker extends
the lease while it works; a job whose lease expired (the worker died) is
claimable again. Completing writes the decision to the decision log and marks
the job done in one transaction, and only while the caller still holds the
lease, so no job ever yields two decisions and none is lost.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Row, and_, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from bastion.jobs.tables import jobs, webhook_deliveries
from bastion.store.database import as_utc, utcnow
from bastion.store.decision_log import DecisionLog
from bastion.store.transactions import retrying, write_transaction
from bastion.types import Decision, Item

__all__ = ["STATUSES", "ClaimedJob", "Job", "JobConflictError", "JobQueue", "NewJob"]

STATUSES = ("queued", "running", "done", "failed")


@dataclass(frozen=True)
class NewJob:
    item_id: str
    surface: str
    payload: Mapping[str, Any]
    """The item as JSON (``bastion.intake.item_from_json`` input), already validated."""
    callback_url: str | None = None

    @property
    def payload_hash(self) -> str:
        body = json.dumps(
            {"item": self.payload, "callback_url": self.callback_url},
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Job:
    seq: int
    id: str
    item_id: str
    surface: str
    status: str
    attempts: int
    max_attempts: int
    decision_id: str | None
    error: str | None
    callback_url: str | None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    key_id: str | None = None
    """The API key that submitted the job."""


@dataclass(frozen=True)
class ClaimedJob:
    id: str
    item_id: str
    surface: str
    payload: dict[str, Any]
    lease_token: str
    attempt: int
    max_attempts: int


class JobConflictError(Exception):
    """An item id + surface was already submitted by the same key with different content."""

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        self.keys = keys
        shown = ", ".join(f"{item}@{surface}" for item, surface in keys[:5])
        super().__init__(
            f"item(s) {shown} were already submitted with different content or callback; an "
            "item id + surface names one job of your key: resubmit the same content, or use "
            "a new item id"
        )


def _job(row: Row[Any]) -> Job:
    return Job(
        seq=int(row.seq),
        id=str(row.id),
        item_id=str(row.item_id),
        surface=str(row.surface),
        status=str(row.status),
        attempts=int(row.attempts),
        max_attempts=int(row.max_attempts),
        decision_id=row.decision_id,
        error=row.error,
        callback_url=row.callback_url,
        created_at=as_utc(row.created_at) or utcnow(),
        updated_at=as_utc(row.updated_at) or utcnow(),
        finished_at=as_utc(row.finished_at),
        key_id=row.key_id or None,
    )


class JobQueue:
    def __init__(
        self, engine: Engine, *, max_attempts: int = 5, retry_backoff_s: float = 5.0
    ) -> None:
        self.engine = engine
        self.max_attempts = max_attempts
        self.retry_backoff_s = retry_backoff_s

    # -- submitting and reading ------------------------------------------------------------

    def enqueue(self, new: Sequence[NewJob], key_id: str | None = None) -> list[tuple[Job, bool]]:
        """Queue jobs atomically; ``(job, created)`` per input, existing jobs returned as they are.

        Item ids are scoped per submitting key (``key_id``): resubmitting the same item
        id + surface with the same key and content returns the existing job
        (idempotency); with different content raises JobConflictError and queues
        nothing. Another key's jobs are never seen here, so two tenants may use the
        same ids and neither learns the other's.
        """
        for _ in range(3):
            try:
                return retrying(lambda: self._enqueue(new, key_id or ""))
            except IntegrityError:
                continue  # a concurrent submit of the same key won the race; now it exists
        raise RuntimeError("could not enqueue: the same items are being submitted concurrently")

    def _enqueue(self, new: Sequence[NewJob], key_id: str) -> list[tuple[Job, bool]]:
        wanted: dict[tuple[str, str], NewJob] = {}
        conflicts: list[tuple[str, str]] = []
        for job in new:
            key = (job.item_id, job.surface)
            if key in wanted and wanted[key].payload_hash != job.payload_hash:
                conflicts.append(key)
            wanted.setdefault(key, job)
        now = utcnow()
        with write_transaction(self.engine) as conn:
            rows = conn.execute(
                select(jobs).where(
                    jobs.c.key_id == key_id, jobs.c.item_id.in_(sorted({k[0] for k in wanted}))
                )
            ).all()
            existing = {(r.item_id, r.surface): r for r in rows}
            for key, job in wanted.items():
                row = existing.get(key)
                if row is not None and row.payload_hash != job.payload_hash:
                    conflicts.append(key)
            if conflicts:
                raise JobConflictError(sorted(set(conflicts)))
            fresh = [
                {
                    "id": str(uuid.uuid4()),
                    "item_id": job.item_id,
                    "surface": job.surface,
                    "status": "queued",
                    "payload": json.dumps(job.payload),  # ASCII: any text survives any database
                    "payload_hash": job.payload_hash,
                    "callback_url": job.callback_url,
                    "key_id": key_id,
                    "attempts": 0,
                    "max_attempts": self.max_attempts,
                    "available_at": now,
                    "created_at": now,
                    "updated_at": now,
                }
                for key, job in wanted.items()
                if key not in existing
            ]
            if fresh:
                conn.execute(insert(jobs), fresh)
                rows = conn.execute(
                    select(jobs).where(jobs.c.id.in_([f["id"] for f in fresh]))
                ).all()
                existing.update({(r.item_id, r.surface): r for r in rows})
        created = {f["id"] for f in fresh}
        return [
            (_job(existing[(j.item_id, j.surface)]), existing[(j.item_id, j.surface)].id in created)
            for j in new
        ]

    def get(self, job_id: str) -> Job | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(jobs).where(jobs.c.id == job_id)).first()
        return None if row is None else _job(row)

    def list(
        self,
        *,
        status: str | None = None,
        item_id: str | None = None,
        surface: str | None = None,
        before_seq: int | None = None,
        limit: int = 50,
    ) -> list[Job]:
        """Jobs newest first, optionally filtered; page with ``before_seq`` = last seq seen."""
        query = select(jobs).order_by(jobs.c.seq.desc()).limit(limit)
        if status is not None:
            query = query.where(jobs.c.status == status)
        if item_id is not None:
            query = query.where(jobs.c.item_id == item_id)
        if surface is not None:
            query = query.where(jobs.c.surface == surface)
        if before_seq is not None:
            query = query.where(jobs.c.seq < before_seq)
        with self.engine.connect() as conn:
            return [_job(r) for r in conn.execute(query).all()]

    def depth(self) -> dict[str, int]:
        """Number of jobs per status (every status present, zero when none)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(jobs.c.status, func.count()).group_by(jobs.c.status)).all()
        counts = dict.fromkeys(STATUSES, 0)
        counts.update({str(status): int(n) for status, n in rows})
        return counts

    # -- working -----------------------------------------------------------------------------

    def claim(self, worker: str, lease_s: float) -> ClaimedJob | None:
        """Take the oldest due job (queued, or running with an expired lease), or None."""
        return retrying(lambda: self._claim(worker, lease_s))

    def _claim(self, worker: str, lease_s: float) -> ClaimedJob | None:
        now = utcnow()
        due = or_(
            and_(jobs.c.status == "queued", jobs.c.available_at <= now),
            and_(jobs.c.status == "running", jobs.c.lease_expires_at <= now),
        )
        with write_transaction(self.engine) as conn:
            for _ in range(20):
                row = conn.execute(
                    select(jobs)
                    .where(due)
                    .order_by(jobs.c.seq)
                    .limit(1)
                    # PostgreSQL: workers skip rows another worker is claiming; SQLite: no-op
                    # (the transaction already holds the database's single write lock).
                    .with_for_update(skip_locked=True)
                ).first()
                if row is None:
                    return None
                if row.status == "running" and row.attempts >= row.max_attempts:
                    conn.execute(
                        update(jobs)
                        .where(jobs.c.id == row.id)
                        .values(
                            status="failed",
                            error=f"gave up after {row.attempts} attempts: the worker holding "
                            "the job stopped before finishing it each time",
                            lease_token=None,
                            lease_expires_at=None,
                            finished_at=now,
                            updated_at=now,
                        )
                    )
                    continue
                token = str(uuid.uuid4())
                conn.execute(
                    update(jobs)
                    .where(jobs.c.id == row.id)
                    .values(
                        status="running",
                        attempts=row.attempts + 1,
                        lease_token=token,
                        lease_expires_at=now + timedelta(seconds=lease_s),
                        worker=worker[:128],
                        updated_at=now,
                    )
                )
                return ClaimedJob(
                    id=str(row.id),
                    item_id=str(row.item_id),
                    surface=str(row.surface),
                    payload=dict(json.loads(row.payload)),
                    lease_token=token,
                    attempt=int(row.attempts) + 1,
                    max_attempts=int(row.max_attempts),
                )
        return None

    def extend(self, job: ClaimedJob, lease_s: float) -> bool:
        """Push the lease out; False when the job is no longer ours."""

        def run() -> bool:
            now = utcnow()
            with self.engine.begin() as conn:
                result = conn.execute(
                    update(jobs)
                    .where(self._ours(job))
                    .values(lease_expires_at=now + timedelta(seconds=lease_s), updated_at=now)
                )
            return result.rowcount == 1

        return retrying(run)

    @staticmethod
    def _ours(job: ClaimedJob) -> Any:
        return and_(
            jobs.c.id == job.id, jobs.c.status == "running", jobs.c.lease_token == job.lease_token
        )

    def complete(
        self, job: ClaimedJob, decision: Decision, log: DecisionLog, item: Item | None = None
    ) -> bool:
        """Record the decision (with its ``item``, for the log's hooks) and mark the job done,
        atomically; False if the lease was lost."""

        def run() -> bool:
            now = utcnow()
            with write_transaction(self.engine) as conn:
                row = conn.execute(
                    select(jobs.c.callback_url).where(self._ours(job)).with_for_update()
                ).first()
                if row is None:
                    return False  # another worker took the job over; its decision will count
                log.append_in(conn, [decision], {decision.id: item} if item else None)
                conn.execute(
                    update(jobs)
                    .where(jobs.c.id == job.id)
                    .values(
                        status="done",
                        decision_id=decision.id,
                        payload=None,  # keep no content once it is decided
                        lease_token=None,
                        lease_expires_at=None,
                        error=None,
                        finished_at=now,
                        updated_at=now,
                    )
                )
                if row.callback_url:
                    conn.execute(
                        insert(webhook_deliveries).values(
                            id=str(uuid.uuid4()),
                            job_id=job.id,
                            url=row.callback_url,
                            status="pending",
                            attempts=0,
                            next_attempt_at=now,
                            created_at=now,
                        )
                    )
            return True

        return retrying(run)

    def release(self, job: ClaimedJob, error: str, *, permanent: bool = False) -> None:
        """Give a job back after a failed attempt: retried with backoff, or failed for good."""

        def run() -> None:
            now = utcnow()
            give_up = permanent or job.attempt >= job.max_attempts
            values: dict[str, Any] = {
                "lease_token": None,
                "lease_expires_at": None,
                "error": error[:1000],
                "updated_at": now,
            }
            if give_up:
                values.update(status="failed", finished_at=now)
            else:
                delay = self.retry_backoff_s * 2 ** (job.attempt - 1)
                values.update(status="queued", available_at=now + timedelta(seconds=delay))
            with self.engine.begin() as conn:
                conn.execute(update(jobs).where(self._ours(job)).values(**values))

        retrying(run)

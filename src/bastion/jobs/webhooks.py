"""Webhook callbacks for finished jobs: an outbox table, signed POSTs, retries with backoff.

Completing a job inserts its delivery row in the same transaction, so a
callback is never lost; a worker delivers due rows and retries failures with
exponential backoff. Delivery is at-least-once: receivers dedupe on the
``Bastion-Delivery`` header (or the job id).

Signature (like Stripe's): ``Bastion-Signature: t=<unix seconds>,v1=<hex>``
where ``hex = HMAC-SHA256(secret, "<t>." + body)``. Receivers recompute it with
:func:`verify_signature` and reject old timestamps to stop replays.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Engine, and_, func, select, update

from bastion.jobs.egress import refused_destination
from bastion.jobs.tables import jobs, webhook_deliveries
from bastion.store.database import as_utc, utcnow
from bastion.store.decision_log import DecisionLog
from bastion.store.transactions import retrying, write_transaction

__all__ = [
    "SIGNATURE_HEADER",
    "WebhookOutbox",
    "delivery_status",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER = "Bastion-Signature"
log = logging.getLogger(__name__)


def sign(secret: str, body: bytes, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={digest}"


def verify_signature(
    secret: str, header: str, body: bytes, *, tolerance_s: float = 300, now: float | None = None
) -> bool:
    """True when ``header`` signs ``body`` with ``secret`` and is not older than the tolerance."""
    try:
        fields = dict(part.split("=", 1) for part in header.split(","))
        t = int(fields["t"])
        given = fields["v1"]
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - t) > tolerance_s:
        return False
    expected = sign(secret, body, t).split("v1=", 1)[1]
    return hmac.compare_digest(expected, given)


class WebhookOutbox:
    def __init__(
        self,
        engine: Engine,
        secret: str | None,
        *,
        max_attempts: int = 8,
        backoff_s: float = 2.0,
        max_backoff_s: float = 3600.0,
        timeout_s: float = 5.0,
        allow_private: bool = False,
    ) -> None:
        self.engine = engine
        self.secret = secret
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.timeout_s = timeout_s
        self.allow_private = allow_private
        self._client = httpx.Client(timeout=timeout_s, follow_redirects=False)

    def close(self) -> None:
        self._client.close()

    def deliver_due(self, decisions: DecisionLog, limit: int = 20) -> int:
        """Attempt up to ``limit`` due deliveries; returns how many were attempted."""
        attempted = 0
        while attempted < limit:
            claimed = retrying(self._claim)
            if claimed is None:
                break
            attempted += 1
            self._attempt(claimed, decisions)
        return attempted

    def pending(self) -> tuple[int, datetime | None]:
        """Deliveries still to be attempted (retries scheduled included), and when the next
        one is due."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(func.count(), func.min(webhook_deliveries.c.next_attempt_at)).where(
                    webhook_deliveries.c.status == "pending"
                )
            ).one()
        return int(row[0]), as_utc(row[1])

    def _claim(self) -> dict[str, Any] | None:
        now = utcnow()
        with write_transaction(self.engine) as conn:
            row = conn.execute(
                select(webhook_deliveries)
                .where(
                    and_(
                        webhook_deliveries.c.status == "pending",
                        webhook_deliveries.c.next_attempt_at <= now,
                    )
                )
                .order_by(webhook_deliveries.c.next_attempt_at)
                .limit(1)
                .with_for_update(skip_locked=True)
            ).first()
            if row is None:
                return None
            # Hide it from other workers while this one tries; if this worker dies, it is due
            # again after the lease (at-least-once).
            conn.execute(
                update(webhook_deliveries)
                .where(webhook_deliveries.c.id == row.id)
                .values(
                    attempts=row.attempts + 1,
                    next_attempt_at=now + timedelta(seconds=self.timeout_s * 2 + 5),
                )
            )
            job = conn.execute(select(jobs).where(jobs.c.id == row.job_id)).first()
        return {"delivery": row._asdict(), "job": None if job is None else job._asdict()}

    def _attempt(self, claimed: dict[str, Any], decisions: DecisionLog) -> None:
        delivery, job = claimed["delivery"], claimed["job"]
        attempt = int(delivery["attempts"]) + 1  # the claim counted it: the true number
        status: int | None = None
        final = False  # retrying cannot help
        if self.secret is None:
            error: str | None = "no webhook secret is configured: set BASTION_WEBHOOK_SECRET"
            final = True
        elif job is None:
            error, final = "the job no longer exists", True
        elif not self.allow_private and (refused := refused_destination(str(delivery["url"]))):
            error, final = f"refused: {refused}", True  # never retried
        else:
            body = json.dumps(_payload(delivery, job, decisions), separators=(",", ":")).encode()
            headers = {
                "Content-Type": "application/json",
                "User-Agent": "bastion-webhook/1",
                SIGNATURE_HEADER: sign(self.secret, body),
                "Bastion-Delivery": str(delivery["id"]),
                "Bastion-Job": str(job["id"]),
            }
            try:
                response = self._client.post(str(delivery["url"]), content=body, headers=headers)
                status = response.status_code
                error = None if 200 <= status < 300 else f"receiver answered HTTP {status}"
            except Exception as exc:  # unreachable host, timeout, a URL httpx cannot use
                error = f"{type(exc).__name__}: {str(exc)[:200]}"
        self._record(str(delivery["id"]), attempt, status, error, final=final)

    def _record(
        self,
        delivery_id: str,
        attempt: int,
        status: int | None,
        error: str | None,
        *,
        final: bool = False,
    ) -> None:
        now = utcnow()
        # ``attempts`` is written too: the stored count is the number of POSTs tried.
        values: dict[str, Any] = {"last_status": status, "last_error": error, "attempts": attempt}
        if error is None:
            values.update(status="delivered", delivered_at=now)
        elif final or attempt >= self.max_attempts:
            values.update(status="failed")
            log.warning(
                "webhook delivery %s failed for good after %d attempts", delivery_id, attempt
            )
        else:
            delay = min(self.backoff_s * 2 ** (attempt - 1), self.max_backoff_s)
            values.update(next_attempt_at=now + timedelta(seconds=delay))

        def run() -> None:
            with self.engine.begin() as conn:
                conn.execute(
                    update(webhook_deliveries)
                    .where(webhook_deliveries.c.id == delivery_id)
                    .values(**values)
                )

        retrying(run)


def delivery_status(engine: Engine, job_id: str) -> dict[str, Any] | None:
    """The latest callback delivery of ``job_id``, as the API shows it (None: no callback)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(webhook_deliveries)
            .where(webhook_deliveries.c.job_id == job_id)
            .order_by(webhook_deliveries.c.created_at.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    delivered = as_utc(row.delivered_at)
    return {
        "url": str(row.url),
        "status": str(row.status),
        "attempts": int(row.attempts),
        "last_status": row.last_status,
        "last_error": row.last_error,
        "delivered_at": None if delivered is None else delivered.isoformat(),
    }


def _payload(
    delivery: dict[str, Any], job: dict[str, Any], decisions: DecisionLog
) -> dict[str, Any]:
    decision = decisions.get(str(job["decision_id"])) if job.get("decision_id") else None
    return {
        "type": "job.completed",
        "delivery_id": str(delivery["id"]),
        "job": {
            "job_id": str(job["id"]),
            "item_id": str(job["item_id"]),
            "surface": str(job["surface"]),
            "status": str(job["status"]),
            "attempts": int(job["attempts"]),
        },
        "decision": decision,
    }

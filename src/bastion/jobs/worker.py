"""``bastion worker``: claims jobs, scans them with the one Engine, completes them, sends webhooks.

Jobs are long content, so a worker applies no publish-path deadline (the caller
chose not to wait). While a job runs, a heartbeat thread extends its lease; if
the worker dies the heartbeat stops with it and the job is claimable again when
the lease expires.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import datetime

from bastion.intake import InputError, item_from_json
from bastion.jobs.queue import ClaimedJob, JobQueue
from bastion.jobs.webhooks import WebhookOutbox
from bastion.scanner import Scanner
from bastion.store.database import utcnow

__all__ = ["Worker", "default_worker_name"]

log = logging.getLogger(__name__)


def default_worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class _Heartbeat(threading.Thread):
    def __init__(self, queue: JobQueue, job: ClaimedJob, lease_s: float) -> None:
        super().__init__(name=f"heartbeat-{job.id}", daemon=True)
        self.queue, self.job, self.lease_s = queue, job, lease_s
        self.stopped = threading.Event()
        self.lost = False

    def run(self) -> None:
        while not self.stopped.wait(self.lease_s / 3):
            try:
                if not self.queue.extend(self.job, self.lease_s):
                    self.lost = True
                    return
            except Exception as exc:  # the database may be briefly away; keep trying
                log.warning("job %s: could not extend the lease: %s", self.job.id, type(exc))

    def stop(self) -> None:
        self.stopped.set()


class Worker:
    def __init__(
        self,
        engine: Scanner,
        queue: JobQueue,
        webhooks: WebhookOutbox | None = None,
        *,
        name: str | None = None,
        lease_s: float = 60.0,
        poll_s: float = 0.5,
    ) -> None:
        if engine.log is None:
            raise ValueError("a worker needs an Engine with a decision log")
        self.engine = engine
        self.queue = queue
        self.webhooks = webhooks
        self.name = name or default_worker_name()
        self.lease_s = lease_s
        self.poll_s = poll_s
        self.left: tuple[int, datetime | None] = (0, None)
        """After :meth:`run`: callback deliveries still pending, and when the next is due."""

    def run(
        self,
        stop: threading.Event,
        *,
        max_jobs: int | None = None,
        exit_when_idle: bool = False,
        retry_wait_s: float = 60.0,
    ) -> int:
        """Work until ``stop`` is set (or ``max_jobs`` done, or idle); returns jobs completed.

        ``exit_when_idle`` (``--burst``): exit once no job is queued and no callback is
        pending, waiting for callback retries due within ``retry_wait_s``; retries due later
        are left (see :attr:`left`)."""
        done = 0
        while not stop.is_set() and (max_jobs is None or done < max_jobs):
            try:
                worked = self.work_one()
                delivered = self.deliver_webhooks()
            except Exception as exc:  # the database is away: wait and try again
                log.warning("worker %s: %s; retrying", self.name, type(exc).__name__)
                stop.wait(self.poll_s * 4)
                continue
            done += int(worked)
            if not worked and not delivered:
                if exit_when_idle and not self._retry_soon(retry_wait_s):
                    break
                stop.wait(self.poll_s)
        if self.webhooks is not None:
            self.left = self.webhooks.pending()
        return done

    def _retry_soon(self, within_s: float) -> bool:
        """Whether a pending callback is due within ``within_s`` (worth waiting for)."""
        if self.webhooks is None:
            return False
        count, due = self.webhooks.pending()
        if count == 0 or due is None:
            return False
        return (due - utcnow()).total_seconds() <= within_s

    def deliver_webhooks(self) -> int:
        if self.webhooks is None or self.engine.log is None:
            return 0
        return self.webhooks.deliver_due(self.engine.log)

    def work_one(self) -> bool:
        """Claim and finish one job; False when none was due."""
        job = self.queue.claim(self.name, self.lease_s)
        if job is None:
            return False
        heartbeat = _Heartbeat(self.queue, job, self.lease_s)
        heartbeat.start()
        try:
            self._process(job)
        finally:
            heartbeat.stop()
        return True

    def _process(self, job: ClaimedJob) -> None:
        assert self.engine.log is not None
        try:
            item = item_from_json(job.payload, self.engine.max_text_bytes)
        except InputError as exc:  # validated at submission; only a changed limit gets here
            self.queue.release(job, f"invalid item: {exc}", permanent=True)
            return
        try:
            decision = self.engine.engine.decide(item)
            if not self.queue.complete(job, decision, self.engine.log, item):
                log.warning("job %s: lease lost before completion; another worker owns it", job.id)
        except Exception as exc:
            # Only the type and first line: messages of database errors can carry parameters.
            first_line = (str(exc).splitlines() or [""])[0][:200]
            log.warning("job %s attempt %d failed: %s", job.id, job.attempt, type(exc).__name__)
            try:
                self.queue.release(job, f"{type(exc).__name__}: {first_line}")
            except Exception:
                log.warning("job %s: could not release; it is retried when its lease ends", job.id)

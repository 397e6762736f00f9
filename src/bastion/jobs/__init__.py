"""Asynchronous jobs: a queue table in the decision log's database, worked by ``bastion worker``.

Why a table and not Redis or NATS: the embedded default stays zero set-up
(SQLite), and a job's decision is written in the *same transaction* that marks
the job done, which no external broker can offer. That is what makes delivery
at-least-once *and* the decision exactly-once: a worker killed mid-job commits
nothing, its lease expires, and another worker redoes the job; a worker whose
lease was taken over cannot commit, because completing checks the lease token
under a row lock. PostgreSQL claims with ``FOR UPDATE SKIP LOCKED`` so workers
never wait for each other; SQLite claims under its single write lock.
"""

from bastion.jobs.queue import ClaimedJob, Job, JobConflictError, JobQueue, NewJob
from bastion.jobs.webhooks import WebhookOutbox, sign, verify_signature
from bastion.jobs.worker import Worker

__all__ = [
    "ClaimedJob",
    "Job",
    "JobConflictError",
    "JobQueue",
    "NewJob",
    "WebhookOutbox",
    "Worker",
    "sign",
    "verify_signature",
]

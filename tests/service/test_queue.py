"""The job queue on real SQLite and PostgreSQL: idempotency, leases, exactly-once decisions."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import update

from bastion.intake import item_from_json
from bastion.jobs import JobConflictError, JobQueue, NewJob, Worker
from bastion.jobs.tables import jobs
from bastion.pipeline import Engine
from bastion.policy import load_policy, shipped_policy_path
from bastion.store import DecisionFilter, DecisionLog


def new(item_id: str, text: str = "hello", surface: str = "comment") -> NewJob:
    return NewJob(item_id, surface, {"id": item_id, "text": text, "surface": surface})


@pytest.fixture
def queue(database_url):
    log = DecisionLog.open(database_url)
    yield JobQueue(log.engine, retry_backoff_s=0.0), log
    log.close()


def decision_count(log: DecisionLog, item_id: str) -> int:
    return log.count(DecisionFilter(item_id=item_id))


def test_enqueue_is_idempotent_by_item_and_surface(queue) -> None:
    q, _ = queue
    ((first, created),) = q.enqueue([new("a")])
    ((again, created_again),) = q.enqueue([new("a")])
    ((other_surface, created_other),) = q.enqueue([new("a", surface="dm")])
    assert created and not created_again and created_other
    assert again.id == first.id and other_surface.id != first.id
    with pytest.raises(JobConflictError, match="a@comment"):
        q.enqueue([new("b"), new("a", text="different")])
    assert q.get("nope") is None
    assert q.depth()["queued"] == 2  # "b" was not queued: the batch is atomic


def test_claim_complete_and_a_stale_worker_cannot_complete(queue, rule_detectors) -> None:
    q, log = queue
    engine = Engine(load_policy(shipped_policy_path()), rule_detectors)
    q.enqueue([new("x", "I know where you live")])
    first = q.claim("w1", lease_s=30)
    assert first is not None and first.attempt == 1
    assert q.claim("w2", lease_s=30) is None  # leased
    # w1 stalls; its lease runs out and w2 takes the job over.
    with log.engine.begin() as conn:
        conn.execute(update(jobs).values(lease_expires_at=jobs.c.created_at))
    second = q.claim("w2", lease_s=30)
    assert second is not None and second.attempt == 2 and second.id == first.id
    item = item_from_json(second.payload)
    item_decision = engine.decide(item)
    assert q.complete(second, item_decision, log)
    assert not q.complete(first, engine.decide(item), log)  # the stale worker's late result
    assert not q.extend(first, 30)
    job = q.get(first.id)
    assert job is not None and job.status == "done" and job.attempts == 2
    assert job.decision_id == item_decision.id
    assert decision_count(log, "x") == 1
    assert log.verify().ok


def test_failed_attempts_back_off_then_fail_for_good(queue) -> None:
    q, _ = queue
    q.max_attempts = 2
    q.enqueue([new("f")])
    claimed = q.claim("w", 30)
    assert claimed is not None
    q.release(claimed, "boom")
    assert q.get(claimed.id).status == "queued"
    again = q.claim("w", 30)
    assert again is not None and again.attempt == 2
    q.release(again, "boom again")
    job = q.get(claimed.id)
    assert job.status == "failed" and job.error == "boom again"
    assert q.claim("w", 30) is None


def test_dead_workers_exhaust_attempts(queue) -> None:
    q, log = queue
    q.max_attempts = 1
    q.enqueue([new("d")])
    assert q.claim("w", 30) is not None
    with log.engine.begin() as conn:  # the worker died: its lease runs out
        conn.execute(update(jobs).values(lease_expires_at=jobs.c.created_at))
    assert q.claim("w", 30) is None
    job = q.list(item_id="d")[0]
    assert job.status == "failed" and "stopped before finishing" in (job.error or "")


def test_concurrent_workers_complete_every_job_exactly_once(database_url, rule_detectors, tools):
    engine = tools.make_engine(database_url, rule_detectors, enforce_deadlines=False)
    assert engine.log is not None
    q = JobQueue(engine.log.engine)
    q.enqueue([new(f"j{i}", f"message number {i}") for i in range(40)])
    stop = threading.Event()
    counts: list[int] = []

    def work(name: str) -> None:
        counts.append(Worker(engine, q, name=name, poll_s=0.01).run(stop, exit_when_idle=True))

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sum(counts) == 40
    assert q.depth() == {"queued": 0, "running": 0, "done": 40, "failed": 0}
    assert engine.log.count() == 40
    ids = [r["item_id"] for r in engine.log.records()]
    assert sorted(ids) == sorted(f"j{i}" for i in range(40))
    assert engine.log.verify().ok
    engine.close()

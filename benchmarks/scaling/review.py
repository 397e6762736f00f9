"""Review queues: claim latency with N open tasks in one queue (PostgreSQL and SQLite).

Tasks are synthetic but shaped like routed ones: priority = severity x reach
(the 9 products of 1-4 x 1-4), SLA 12/24/48/72 h, created over the last week, four
languages; all N in one queue (the worst case for a claim). Rows go in with COPY
(PostgreSQL) or batched inserts (SQLite), through the same ageing-class function
the task writer uses. Each claim is a whole ``ReviewQueue.claim`` transaction
(find, lock, lease); measured for a reviewer of every language and for one granted
German only (a quarter of the tasks).
"""

from __future__ import annotations

import io
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select, text

from bastion.review.queue import ReviewQueue
from bastion.review.reviewers import Grant, Reviewer
from bastion.review.tables import review_tasks
from bastion.review.urgency import ageing_class

from .common import Measured, percentile, timed

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
SEVERITY_X_REACH = [s * r for s in (1, 2, 3, 4) for r in (1, 2, 3, 4)]
SLA_HOURS = (12, 24, 48, 72)
LANGS = ("en", "en", "de", "fr", "es", "en", "de", "pt")
COLUMNS = [
    "id",
    "item_id",
    "surface",
    "queue",
    "reason",
    "category",
    "lang",
    "priority",
    "status",
    "reviews_required",
    "reviews_done",
    "payload",
    "due_at",
    "created_at",
    "updated_at",
    "ageing_class",
]


def _rows(n: int, seed: int) -> Any:
    rng = random.Random(seed)
    for _ in range(n):
        priority = float(rng.choice(SEVERITY_X_REACH))
        created = NOW - timedelta(seconds=rng.randrange(7 * 86400))
        due = created + timedelta(hours=rng.choice(SLA_HOURS))
        yield (
            str(uuid.UUID(int=rng.getrandbits(128))),
            f"item-{rng.getrandbits(48):x}",
            "comment",
            "hate",
            "hold",
            "hate",
            rng.choice(LANGS),
            priority,
            "open",
            1,
            0,
            '{"item": {"text": "synthetic"}}',
            due,
            created,
            created,
            ageing_class(priority, created, due),
        )


def seed(engine: Engine, n: int, seed: int = 7) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM review_verdicts"))
        conn.execute(text("DELETE FROM review_tasks"))
    if engine.dialect.name == "postgresql":
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            copy_sql = f"COPY review_tasks ({', '.join(COLUMNS)}) FROM STDIN"
            with cursor.copy(copy_sql) as copy:  # type: ignore[attr-defined]
                for row in _rows(n, seed):
                    copy.write_row(row)
            raw.commit()
            cursor.execute("ANALYZE review_tasks")
            raw.commit()
        finally:
            raw.close()
        return
    batch: list[dict[str, Any]] = []
    with engine.begin() as conn:
        for row in _rows(n, seed):
            batch.append(dict(zip(COLUMNS, row, strict=True)))
            if len(batch) == 20_000:
                conn.execute(insert(review_tasks), batch)
                batch = []
        if batch:
            conn.execute(insert(review_tasks), batch)
        conn.execute(text("ANALYZE"))


def storage_mib(engine: Engine) -> float:
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            size = conn.execute(text("SELECT pg_total_relation_size('review_tasks')")).scalar()
        else:
            pages = conn.execute(text("PRAGMA page_count")).scalar()
            size = int(pages or 0) * int(conn.execute(text("PRAGMA page_size")).scalar() or 0)
    return float(size or 0) / 2**20


def measure(engine: Engine, n: int, claims: int) -> list[Measured]:
    seed(engine, n)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(review_tasks)).scalar() == n
    queue = ReviewQueue(engine, clock=lambda: NOW)
    everyone = Reviewer("bench", "bench", "reviewer", (Grant("hate"),))
    german = Reviewer("bench-de", "bench-de", "reviewer", (Grant("hate", "de"),))
    db = engine.dialect.name
    size = storage_mib(engine)
    out = []
    for who, label in ((everyone, "any language"), (german, "German only")):
        queue.claim(who, "hate")  # warm the connection pool and the caches
        latencies = timed(lambda w=who: queue.claim(w, "hate"), claims)  # type: ignore[misc]
        out.append(
            Measured(
                f"review claim ({db}, {label})",
                n,
                percentile(latencies, 50),
                percentile(latencies, 99),
                size,
                "table + indexes on disk",
            )
        )
    return out


def explain(engine: Engine) -> str:
    """The plan PostgreSQL uses for a claim's query (for the results file)."""
    from bastion.review.claiming import claim_statement

    reviewer = Reviewer("", "", "reviewer", (Grant("hate"),))
    query = claim_statement(reviewer, "hate").params(claim_now=NOW, claim_reviewer="bench")
    compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
    buffer = io.StringIO()
    with engine.begin() as conn:
        for (line,) in conn.execute(text(f"EXPLAIN (ANALYZE, COSTS OFF) {compiled}")):
            buffer.write(f"    {line}\n")
    return buffer.getvalue()

"""Labels as data: agreement between reviewers, with the model, and with gold items.

* Krippendorff's alpha (nominal) over every task with two or more verdicts, on
  the verdict alone and on verdict + root category;
* the share of multi-reviewed tasks where every verdict agreed;
* Cohen's kappa for each pair of reviewers with enough tasks in common;
* how often humans overturned the model (a restrictive action judged not
  violating, or an allowed item judged violating);
* per reviewer: verdicts, median time spent, gold accuracy.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, Engine, distinct, func, select
from sqlalchemy.sql.elements import ColumnElement

from bastion.evaluate.agreement import cohen_kappa, krippendorff_alpha
from bastion.review.gold import gold_accuracy
from bastion.review.routing import queue_of
from bastion.review.tables import review_tasks, review_verdicts
from bastion.store import DecisionLog

__all__ = ["review_stats"]

MIN_PAIR = 5
"""Tasks two reviewers must share before their kappa is reported."""
_CHUNK = 500


def _nan_to_none(value: float) -> float | None:
    return None if value != value else round(value, 4)


def review_stats(engine: Engine, *, queue: str | None = None) -> dict[str, Any]:
    """The statistics of the module doc, aggregated in SQL: memory holds the verdicts of the
    multi-reviewed tasks (the agreement measures need them), never every verdict."""
    v, t = review_verdicts.c, review_tasks.c
    counted = [v.verdict != "escalate"]
    if queue is not None:
        counted.append(t.queue == queue)
    judged = review_verdicts.join(review_tasks, t.id == v.task_id)
    with engine.connect() as conn:
        total, tasks = conn.execute(
            select(func.count(), func.count(distinct(v.task_id)))
            .select_from(judged)
            .where(*counted)
        ).one()
        multi_ids = (
            select(v.task_id)
            .select_from(judged)
            .where(*counted)
            .group_by(v.task_id)
            .having(func.count(distinct(v.reviewer)) >= 2)
        )
        rows = conn.execute(
            select(v.task_id, v.reviewer, v.verdict, v.category)
            .select_from(judged)
            .where(*counted, v.task_id.in_(multi_ids))
            .order_by(v.created_at, v.id)
        ).all()
        per_reviewer = _per_reviewer(conn, judged, counted)
    by_task: dict[str, dict[str, str]] = defaultdict(dict)
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for r in rows:
        label = r.verdict if r.verdict != "violating" else f"violating:{queue_of(r.category)}"
        by_task[str(r.task_id)][str(r.reviewer)] = str(r.verdict)
        labels[str(r.task_id)][str(r.reviewer)] = label
    multi = list(by_task)
    agreed = sum(len(set(by_task[t].values())) == 1 for t in multi)
    pairs = {}
    for a, b in combinations(sorted(per_reviewer), 2):
        shared = [t for t in multi if a in labels[t] and b in labels[t]]
        if len(shared) >= MIN_PAIR:
            kappa = cohen_kappa([labels[t][a] for t in shared], [labels[t][b] for t in shared])
            pairs[f"{a}|{b}"] = {"tasks": len(shared), "kappa": _nan_to_none(kappa)}
    gold = gold_accuracy(engine)
    overturned, decided = _overturns(engine, judged, counted)
    return {
        "queue": queue,
        "verdicts": int(total),
        "tasks_reviewed": int(tasks),
        "multi_reviewed_tasks": len(multi),
        "percent_agreement": round(agreed / len(multi), 4) if multi else None,
        "krippendorff_alpha_verdict": _nan_to_none(
            krippendorff_alpha([list(by_task[t].values()) for t in multi])
        ),
        "krippendorff_alpha_label": _nan_to_none(
            krippendorff_alpha([list(labels[t].values()) for t in multi])
        ),
        "cohen_kappa_pairs": pairs,
        "model_overturn_rate": round(overturned / decided, 4) if decided else None,
        "reviewers": {
            name: {"verdicts": count, "median_time_spent_ms": median, "gold": gold.get(name)}
            for name, (count, median) in sorted(per_reviewer.items())
        },
    }


def _per_reviewer(
    conn: Connection, judged: Any, counted: list[ColumnElement[bool]]
) -> dict[str, tuple[int, int]]:
    """Verdicts and median time spent per reviewer: a count, then the one or two middle
    values read by offset (what :func:`statistics.median` gives, truncated to an int)."""
    v = review_verdicts.c
    counts = conn.execute(
        select(v.reviewer, func.count()).select_from(judged).where(*counted).group_by(v.reviewer)
    ).all()
    out = {}
    for reviewer, count in counts:
        middle = conn.execute(
            select(v.time_spent_ms)
            .select_from(judged)
            .where(*counted, v.reviewer == reviewer)
            .order_by(v.time_spent_ms)
            .offset((count - 1) // 2)
            .limit(2 - count % 2)
        ).scalars()
        out[str(reviewer)] = (int(count), int(statistics.median(int(x) for x in middle)))
    return out


def _overturns(engine: Engine, judged: Any, counted: list[ColumnElement[bool]]) -> tuple[int, int]:
    """(overturned, decisions): decisions whose first verdict disagrees with the model (a
    restrictive action judged not violating, or an allowed item judged violating), streamed."""
    v = review_verdicts.c
    rank = func.row_number().over(partition_by=v.decision_id, order_by=(v.created_at, v.id))
    ranked = (
        select(v.decision_id, v.verdict, rank.label("rank"))
        .select_from(judged)
        .where(*counted, v.decision_id.is_not(None))
        .subquery()
    )
    first = select(ranked.c.decision_id, ranked.c.verdict).where(ranked.c.rank == 1)
    log = DecisionLog(engine)
    overturned = decided = 0
    with engine.connect() as conn:
        for chunk in conn.execution_options(yield_per=_CHUNK).execute(first).partitions():
            actions = log.actions([str(r.decision_id) for r in chunk])
            for r in chunk:
                action = actions.get(str(r.decision_id))
                if action is not None:
                    decided += 1
                    overturned += (action != "allow") != (r.verdict == "violating")
    return overturned, decided

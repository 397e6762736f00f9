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

from sqlalchemy import Engine, select

from bastion.evaluate.agreement import cohen_kappa, krippendorff_alpha, overturn_rate
from bastion.review.gold import gold_accuracy
from bastion.review.routing import queue_of
from bastion.review.tables import review_tasks, review_verdicts
from bastion.store import DecisionLog

__all__ = ["review_stats"]

MIN_PAIR = 5
"""Tasks two reviewers must share before their kappa is reported."""


def _nan_to_none(value: float) -> float | None:
    return None if value != value else round(value, 4)


def review_stats(engine: Engine, *, queue: str | None = None) -> dict[str, Any]:
    query = (
        select(
            review_verdicts.c.task_id,
            review_verdicts.c.reviewer,
            review_verdicts.c.verdict,
            review_verdicts.c.category,
            review_verdicts.c.time_spent_ms,
            review_verdicts.c.decision_id,
            review_tasks.c.queue,
        )
        .join(review_tasks, review_tasks.c.id == review_verdicts.c.task_id)
        .where(review_verdicts.c.verdict != "escalate")
    )
    if queue is not None:
        query = query.where(review_tasks.c.queue == queue)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    actions = DecisionLog(engine).actions([r.decision_id for r in rows if r.decision_id])
    by_task: dict[str, dict[str, str]] = defaultdict(dict)
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    per_reviewer: dict[str, list[int]] = defaultdict(list)
    first_model, first_human = [], []
    seen_decisions: set[str] = set()
    for r in rows:
        label = r.verdict if r.verdict != "violating" else f"violating:{queue_of(r.category)}"
        by_task[str(r.task_id)][str(r.reviewer)] = str(r.verdict)
        labels[str(r.task_id)][str(r.reviewer)] = label
        per_reviewer[str(r.reviewer)].append(int(r.time_spent_ms))
        if r.decision_id in actions and r.decision_id not in seen_decisions:
            seen_decisions.add(r.decision_id)
            first_model.append(actions[r.decision_id] != "allow")
            first_human.append(r.verdict == "violating")
    multi = [t for t, v in by_task.items() if len(v) >= 2]
    agreed = sum(len(set(by_task[t].values())) == 1 for t in multi)
    pairs = {}
    reviewers = sorted(per_reviewer)
    for a, b in combinations(reviewers, 2):
        shared = [t for t in multi if a in labels[t] and b in labels[t]]
        if len(shared) >= MIN_PAIR:
            kappa = cohen_kappa([labels[t][a] for t in shared], [labels[t][b] for t in shared])
            pairs[f"{a}|{b}"] = {"tasks": len(shared), "kappa": _nan_to_none(kappa)}
    gold = gold_accuracy(engine)
    return {
        "queue": queue,
        "verdicts": len(rows),
        "tasks_reviewed": len(by_task),
        "multi_reviewed_tasks": len(multi),
        "percent_agreement": round(agreed / len(multi), 4) if multi else None,
        "krippendorff_alpha_verdict": _nan_to_none(
            krippendorff_alpha([list(by_task[t].values()) for t in multi])
        ),
        "krippendorff_alpha_label": _nan_to_none(
            krippendorff_alpha([list(labels[t].values()) for t in multi])
        ),
        "cohen_kappa_pairs": pairs,
        "model_overturn_rate": round(overturn_rate(first_model, first_human), 4)
        if first_model
        else None,
        "reviewers": {
            name: {
                "verdicts": len(times),
                "median_time_spent_ms": int(statistics.median(times)),
                "gold": gold.get(name),
            }
            for name, times in sorted(per_reviewer.items())
        },
    }

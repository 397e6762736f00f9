"""Gold items: content with a known verdict, seeded into queues to measure each reviewer.

A gold task looks like any other to the reviewer (the API and UI show its
reason as ``random``). Each reviewer who judges it is scored against the
expected verdict: a reviewer is right when the verdict matches and, for
``violating``, the category is in the same queue (root category) as expected.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, insert, select

from bastion import taxonomy
from bastion.intake import item_from_json
from bastion.review.model import SAMPLE_QUEUE, utcnow
from bastion.review.routing import ReviewRouting, TaskSpec, item_payload, queue_of, reach_of
from bastion.review.routing import task_row as _task_row
from bastion.review.tables import review_tasks, review_verdicts
from bastion.types import Item, ReviewReason, Verdict

__all__ = ["GoldItem", "gold_accuracy", "gold_from_json", "seed_gold"]


@dataclass(frozen=True)
class GoldItem:
    item: Item
    verdict: str
    category: str | None = None

    @property
    def queue(self) -> str:
        return queue_of(self.category) if self.category else SAMPLE_QUEUE


def gold_from_json(obj: Any) -> GoldItem:
    """``{"item": {...}, "verdict": "violating", "category": "hate"}`` -> GoldItem."""
    if not isinstance(obj, dict) or "item" not in obj or "verdict" not in obj:
        raise ValueError('a gold line is {"item": {...}, "verdict": ..., "category": ...}')
    verdict, category = obj["verdict"], obj.get("category")
    if verdict not in (Verdict.VIOLATING, Verdict.NOT_VIOLATING):
        raise ValueError("a gold verdict is 'violating' or 'not_violating'")
    if category is None or not taxonomy.is_category(category):
        raise ValueError(
            "a gold item needs its category: the one it violates, or the queue to seed a "
            "benign item into (a category key such as hate or scam)"
        )
    return GoldItem(item_from_json(obj["item"]), verdict, category)


def seed_gold(
    engine: Engine,
    routing: ReviewRouting,
    golds: Iterable[GoldItem],
    *,
    reviews_required: int = 3,
) -> list[str]:
    """Insert one gold task per item (atomically); returns the task ids.

    Each gold item is judged by up to ``reviews_required`` different reviewers (it stays in
    the queue until then), so several reviewers are measured on the same item.
    """
    now = utcnow()
    rows = []
    for gold in golds:
        item = gold.item
        spec = TaskSpec(
            ReviewReason.GOLD,
            gold.queue,
            gold.category,
            routing.severity(gold.category) * reach_of(item.surface),
            routing.sla(item.surface, item.context.jurisdiction),
        )
        rows.append(
            _task_row(
                spec,
                decision_id=None,
                item_id=item.id,
                surface=item.surface,
                lang=item.lang,
                jurisdiction=item.context.jurisdiction,
                payload=item_payload(item),
                reviews_required=reviews_required,
                now=now,
                gold_verdict={"verdict": gold.verdict, "category": gold.category},
            )
        )
    if rows:
        with engine.begin() as conn:
            conn.execute(insert(review_tasks), rows)
    return [str(r["id"]) for r in rows]


def gold_accuracy(engine: Engine) -> dict[str, dict[str, float]]:
    """Per reviewer: gold items judged, correct, accuracy."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                review_verdicts.c.reviewer,
                review_verdicts.c.verdict,
                review_verdicts.c.category,
                review_tasks.c.gold_verdict,
            )
            .join(review_tasks, review_tasks.c.id == review_verdicts.c.task_id)
            .where(review_tasks.c.gold_verdict.is_not(None))
        ).all()
    scores: dict[str, list[int]] = {}
    for row in rows:
        expected = json.loads(row.gold_verdict)
        right = row.verdict == expected["verdict"] and (
            row.verdict != "violating"
            or queue_of(row.category) == queue_of(expected.get("category"))
        )
        entry = scores.setdefault(str(row.reviewer), [0, 0])
        entry[0] += 1
        entry[1] += int(right)
    return {
        reviewer: {"judged": n, "correct": ok, "accuracy": ok / n}
        for reviewer, (n, ok) in sorted(scores.items())
    }

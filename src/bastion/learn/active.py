"""Active learning: which extra items should humans label today, within a budget.

Three reasons an unlabelled item is worth a reviewer's minute:

* **Uncertainty** - its probability sits near the policy's operating point for a
  category (the threshold where the action changes), so a label moves the
  decision boundary where it matters: ``exp(-|logit p - logit t|)``, 1 at the
  threshold, 0.37 one logit away; the maximum over categories.
* **Disagreement** - detectors that score the same category disagree (a rule
  says 0, a model head says 0.9; the char n-gram head and the embedding head
  part ways): ``max - min`` of their scores, the maximum over categories.
* **Diversity** - a batch of near-duplicates teaches one thing. Items are
  spread over the embedding space: k-center greedy (each pick the farthest from
  everything picked or labelled) or, in the default ``hybrid`` strategy, the
  best-scoring item of each k-means cluster among the top candidates
  (Zhdanov 2019, "Diverse mini-batch active learning").

:func:`choose` works on arrays and is shared by the live sampler
(:func:`select_candidates`, ``bastion learn sample``) and the simulation
(:mod:`bastion.learn.simulate`), so the curve in the docs measures the code
that runs. :func:`enqueue_for_review` writes the chosen items as review tasks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Engine

from bastion.review.intake import NewTask, add_tasks, count_tasks
from bastion.store import DecisionFilter, DecisionLog
from bastion.types import ReviewReason

__all__ = [
    "QUEUE",
    "REASON",
    "STRATEGIES",
    "Candidate",
    "Selection",
    "choose",
    "disagreement",
    "enqueue_for_review",
    "k_center_greedy",
    "kmeans",
    "recent_decisions",
    "remaining_budget",
    "select_candidates",
    "uncertainty",
]

REASON = ReviewReason.ACTIVE_LEARNING
QUEUE = "active-learning"
STRATEGIES = ("random", "uncertainty", "disagreement", "diversity", "hybrid")
PREFILTER = 5
"""``hybrid`` clusters the top ``PREFILTER * budget`` candidates by score."""
DISAGREEMENT_WEIGHT = 0.5
PRIORITY = 0.1
"""Review priority of active-learning tasks: below holds and appeals, which act on users."""
DUE = timedelta(days=3)


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(q / (1 - q)))


def uncertainty(
    probabilities: Mapping[str, float], thresholds: Mapping[str, float | None]
) -> tuple[float, str | None]:
    """Closeness to the operating point: the best category and its score (0 when none)."""
    best, where = 0.0, None
    for category, threshold in thresholds.items():
        if threshold is None:
            continue
        p = probabilities.get(category, 0.0)
        gap = abs(float(_logit(np.array(p)) - _logit(np.array(threshold))))
        score = float(np.exp(-gap))
        if score > best:
            best, where = score, category
    return best, where


def disagreement(scores: Mapping[str, Mapping[str, float]]) -> tuple[float, str | None]:
    """``{detector: {category: score}}`` -> the widest spread over a category, and which."""
    by_category: dict[str, list[float]] = {}
    for per_category in scores.values():
        for category, score in per_category.items():
            by_category.setdefault(category, []).append(score)
    best, where = 0.0, None
    for category, values in by_category.items():
        if len(values) >= 2 and max(values) - min(values) > best:
            best, where = max(values) - min(values), category
    return best, where


def kmeans(x: np.ndarray, k: int, seed: int = 0, iterations: int = 15) -> np.ndarray:
    """Cluster labels of the rows of ``x`` (k-means++ seeding, Lloyd iterations)."""
    n = len(x)
    k = min(k, n)
    rng = np.random.default_rng(seed)
    centres = [x[rng.integers(n)]]
    d2 = ((x - centres[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        total = d2.sum()
        i = int(rng.choice(n, p=d2 / total)) if total > 0 else int(rng.integers(n))
        centres.append(x[i])
        d2 = np.minimum(d2, ((x - x[i]) ** 2).sum(axis=1))
    c = np.stack(centres)
    labels = np.zeros(n, dtype=int)
    for _ in range(iterations):
        distances = (x**2).sum(1)[:, None] - 2 * x @ c.T + (c**2).sum(1)[None, :]
        new = distances.argmin(axis=1)
        if _ and np.array_equal(new, labels):
            break
        labels = new
        for j in range(k):
            members = x[labels == j]
            if len(members):
                c[j] = members.mean(axis=0)
    return labels


def k_center_greedy(
    x: np.ndarray, budget: int, anchors: np.ndarray | None = None, seed: int = 0
) -> np.ndarray:
    """``budget`` row indices, each the farthest from the anchors and the rows already picked."""
    n = len(x)
    budget = min(budget, n)
    if budget <= 0:
        return np.zeros(0, dtype=int)
    nearest = np.full(n, np.inf)
    picked: list[int] = []
    if anchors is not None and len(anchors):
        squared = (x**2).sum(1)[:, None]
        for start in range(0, len(anchors), 1024):
            block = anchors[start : start + 1024]
            d = squared - 2 * x @ block.T + (block**2).sum(1)[None, :]
            nearest = np.minimum(nearest, d.min(axis=1))
    else:
        first = int(np.random.default_rng(seed).integers(n))
        picked.append(first)
        nearest = ((x - x[first]) ** 2).sum(axis=1)
        nearest[first] = -1.0
    while len(picked) < budget:
        i = int(np.argmax(nearest))
        picked.append(i)
        nearest = np.minimum(nearest, ((x - x[i]) ** 2).sum(axis=1))
        nearest[i] = -1.0
    return np.array(picked, dtype=int)


def choose(
    budget: int,
    *,
    strategy: str = "hybrid",
    uncertainty: np.ndarray | None = None,
    disagreement: np.ndarray | None = None,
    embeddings: np.ndarray | None = None,
    labelled: np.ndarray | None = None,
    seed: int = 0,
) -> np.ndarray:
    """Indices of the ``budget`` candidates to label, by ``strategy``.

    ``uncertainty`` and ``disagreement`` are per-candidate scores in [0, 1];
    ``embeddings`` one row per candidate; ``labelled`` embeddings of items already
    labelled (diversity keeps away from them). A strategy whose input is missing
    falls back to the scores it has (and to random when it has none).
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    n = next((len(a) for a in (uncertainty, disagreement, embeddings) if a is not None), 0)
    budget = min(budget, n)
    rng = np.random.default_rng(seed)
    if budget <= 0:
        return np.zeros(0, dtype=int)
    score = np.zeros(n)
    if uncertainty is not None:
        score = score + uncertainty
    if disagreement is not None:
        score = score + (DISAGREEMENT_WEIGHT if uncertainty is not None else 1.0) * disagreement
    # Ties (many candidates at the same score) are broken at random, not by input order.
    jitter = rng.random(n) * 1e-9
    if strategy == "random" or (
        uncertainty is None and disagreement is None and embeddings is None
    ):
        return np.sort(rng.choice(n, size=budget, replace=False))
    if strategy == "uncertainty" and uncertainty is not None:
        return np.argsort(-(uncertainty + jitter))[:budget]
    if strategy == "disagreement" and disagreement is not None:
        return np.argsort(-(disagreement + jitter))[:budget]
    if strategy == "diversity" and embeddings is not None:
        return k_center_greedy(embeddings, budget, labelled, seed)
    ranked = np.argsort(-(score + jitter))
    if strategy != "hybrid" or embeddings is None or budget == 1:
        return ranked[:budget]
    top = ranked[: min(n, PREFILTER * budget)]
    clusters = kmeans(embeddings[top], budget, seed)
    picked = []
    for j in range(clusters.max() + 1):
        members = top[clusters == j]
        if len(members):
            picked.append(int(members[np.argmax(score[members] + jitter[members])]))
    # k-means may leave clusters empty; fill from the ranking.
    for i in ranked:
        if len(picked) >= budget:
            break
        if int(i) not in picked:
            picked.append(int(i))
    return np.array(picked[:budget], dtype=int)


# --- The live sampler: decisions + item texts -> candidates -> review tasks. ---


@dataclass(frozen=True)
class Candidate:
    """An unlabelled item the sampler may send to review, with what it scored."""

    item: Mapping[str, Any]
    """The item as JSON (scan-batch / request format): becomes the task's payload."""
    surface: str
    probabilities: Mapping[str, float]
    thresholds: Mapping[str, float | None]
    detector_scores: Mapping[str, Mapping[str, float]]
    embedding: np.ndarray | None = None
    decision_id: str | None = None
    lang: str | None = None
    jurisdiction: str | None = None

    @property
    def item_id(self) -> str:
        return str(self.item["id"])


@dataclass(frozen=True)
class Selection:
    candidate: Candidate
    uncertainty: float
    disagreement: float
    category: str | None
    """The category the item is most informative about (its review task's category)."""


def select_candidates(
    candidates: Sequence[Candidate], budget: int, strategy: str = "hybrid", seed: int = 0
) -> list[Selection]:
    """Score the candidates and choose ``budget`` of them."""
    scored = [
        (uncertainty(c.probabilities, c.thresholds), disagreement(c.detector_scores))
        for c in candidates
    ]
    if not candidates:
        return []
    vectors = [c.embedding for c in candidates if c.embedding is not None]
    embeddings = np.stack(vectors) if len(vectors) == len(candidates) else None
    chosen = choose(
        budget,
        strategy=strategy,
        uncertainty=np.array([u for (u, _), _ in scored]),
        disagreement=np.array([d for _, (d, _) in scored]),
        embeddings=embeddings,
        seed=seed,
    )
    out = []
    for i in chosen:
        (u, u_cat), (d, d_cat) = scored[int(i)]
        out.append(
            Selection(candidates[int(i)], u, d, u_cat if u >= d / 2 or d_cat is None else d_cat)
        )
    return out


def recent_decisions(
    engine: Engine, since: datetime, until: datetime | None = None
) -> list[dict[str, Any]]:
    """Decision records made in ``[since, until)``, oldest first."""
    return list(DecisionLog(engine).records(DecisionFilter(since=since, until=until)))


def remaining_budget(engine: Engine, budget: int, now: datetime | None = None) -> int:
    """``budget`` minus the active-learning tasks already created today (UTC)."""
    now = now or datetime.now(UTC)
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return max(0, budget - count_tasks(engine, REASON, day))


def enqueue_for_review(
    engine: Engine,
    selections: Sequence[Selection],
    *,
    queue: str | None = QUEUE,
    now: datetime | None = None,
) -> list[str]:
    """Open one review task per selection (reason ``active_learning``); returns task ids.

    ``queue=None`` routes each task to its category's queue (``queue = category``);
    the default is one dedicated ``active-learning`` queue. The payload is
    ``{"item": <item JSON>}``, the shape the review queue stores and its UI shows
    (retention may erase it later).
    """
    tasks = [
        NewTask(
            item_id=s.candidate.item_id,
            surface=s.candidate.surface,
            queue=queue or (s.category or QUEUE),
            reason=REASON,
            priority=PRIORITY * max(s.uncertainty, s.disagreement),
            payload={"item": dict(s.candidate.item)},
            due_in=DUE,
            decision_id=s.candidate.decision_id,
            category=s.category,
            lang=s.candidate.lang,
            jurisdiction=s.candidate.jurisdiction,
        )
        for s in selections
    ]
    return add_tasks(engine, tasks, now or datetime.now(UTC))

"""The active-learning sampler: it prefers what a label would teach most, within the budget."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine

from bastion.config import Settings
from bastion.learn.active import (
    QUEUE,
    REASON,
    Candidate,
    choose,
    disagreement,
    enqueue_for_review,
    k_center_greedy,
    kmeans,
    remaining_budget,
    select_candidates,
    uncertainty,
)
from bastion.learn.candidates import sample_for_review
from bastion.review.intake import items_in_review, read_tasks
from bastion.scanner import Scanner
from bastion.types import Item


def test_uncertainty_peaks_at_the_operating_point() -> None:
    thresholds = {"hate": 0.9, "spam": 0.5, "profanity": None}
    at, where = uncertainty({"hate": 0.9, "spam": 0.01}, thresholds)
    assert at == pytest.approx(1.0) and where == "hate"
    near, _ = uncertainty({"hate": 0.8}, thresholds)
    far, _ = uncertainty({"hate": 0.1}, thresholds)
    assert 1.0 > near > far > 0.0
    # A category the surface never acts on has no operating point: it adds no uncertainty.
    assert uncertainty({"profanity": 0.5}, thresholds)[0] < 0.001


def test_disagreement_is_the_widest_spread_between_detectors() -> None:
    scores = {
        "slurs": {"hate": 0.0},
        "char_ngrams": {"hate": 0.9, "spam": 0.2},
        "text_embedding": {"hate": 0.7, "spam": 0.25},
    }
    value, category = disagreement(scores)
    assert category == "hate" and value == pytest.approx(0.9)
    assert disagreement({"char_ngrams": {"spam": 0.4}}) == (0.0, None)  # one voice: no spread


def _pool(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Three tight clusters of 30 points each; uncertainty high only in cluster 0 and 1."""
    centres = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    x = np.concatenate([c + rng.normal(0, 0.3, (30, 2)) for c in centres])
    u = np.concatenate(
        [rng.uniform(0.8, 1.0, 30), rng.uniform(0.6, 0.8, 30), rng.uniform(0, 0.1, 30)]
    )
    return x, u


def test_uncertainty_strategy_takes_the_most_uncertain() -> None:
    x, u = _pool(np.random.default_rng(0))
    picked = choose(10, strategy="uncertainty", uncertainty=u, embeddings=x)
    assert set(picked) == set(np.argsort(-u)[:10])
    assert all(i < 30 for i in picked)  # cluster 0 is the uncertain one


def test_diversity_covers_every_cluster_and_avoids_labelled_regions() -> None:
    x, _ = _pool(np.random.default_rng(1))
    picked = k_center_greedy(x, 3, seed=0)
    assert sorted({int(i) // 30 for i in picked}) == [0, 1, 2]
    # Clusters 0 and 1 already labelled: the first pick goes to cluster 2.
    anchors = x[[0, 30]]
    assert int(k_center_greedy(x, 1, anchors)[0]) // 30 == 2


def test_hybrid_spreads_a_batch_over_the_uncertain_clusters() -> None:
    x, u = _pool(np.random.default_rng(2))
    plain = choose(8, strategy="uncertainty", uncertainty=u, embeddings=x)
    mixed = choose(8, strategy="hybrid", uncertainty=u, embeddings=x, seed=0)
    assert {int(i) // 30 for i in plain} == {0}  # the top 8 all sit in one cluster
    # Among the top 40 (30 of cluster 0, 10 of cluster 1) it spreads over both, never
    # reaching the confident cluster 2.
    assert {int(i) // 30 for i in mixed} == {0, 1}
    assert len(set(mixed.tolist())) == 8


def test_random_is_seeded_and_budget_is_capped() -> None:
    u = np.linspace(0, 1, 50)
    a = choose(10, strategy="random", uncertainty=u, seed=3)
    assert np.array_equal(a, choose(10, strategy="random", uncertainty=u, seed=3))
    assert len(choose(500, strategy="hybrid", uncertainty=u)) == 50
    assert len(choose(0, uncertainty=u)) == 0
    with pytest.raises(ValueError, match="unknown strategy"):
        choose(3, strategy="smart", uncertainty=u)


def test_kmeans_separates_clusters() -> None:
    x, _ = _pool(np.random.default_rng(4))
    labels = kmeans(x, 3, seed=0)
    assert {len(set(labels[i * 30 : (i + 1) * 30])) for i in range(3)} == {1}
    assert len(set(labels)) == 3


def _candidate(item_id: str, p: float, text: str = "hello") -> Candidate:
    return Candidate(
        item={"id": item_id, "text": text, "surface": "comment", "context": {"author_id": "a1"}},
        surface="comment",
        probabilities={"spam": p},
        thresholds={"spam": 0.5},
        detector_scores={},
        lang="en",
    )


def test_enqueue_writes_open_active_learning_tasks(review_db: Engine) -> None:
    chosen = select_candidates([_candidate(f"i{k}", k / 10) for k in range(10)], 3, "uncertainty")
    assert {s.candidate.item_id for s in chosen} == {"i4", "i5", "i6"}
    ids = enqueue_for_review(review_db, chosen)
    rows = read_tasks(review_db, ids=ids)
    assert len(rows) == 3
    for row in rows:
        assert (row.reason, row.queue, row.status, row.category) == (REASON, QUEUE, "open", "spam")
        assert row.payload is not None and row.payload["item"]["id"] == row.item_id
        assert row.reviews_required == 1 and row.reviews_done == 0
    assert items_in_review(review_db, ["i4", "i0"]) == {"i4"}
    # Routed per category when asked.
    more = enqueue_for_review(review_db, chosen[:1], queue=None)
    assert [t.queue for t in read_tasks(review_db, ids=more)] == ["spam"]


def test_daily_budget_counts_todays_tasks_only(review_db: Engine) -> None:
    now = datetime(2026, 11, 25, 15, tzinfo=UTC)
    chosen = select_candidates([_candidate(f"i{k}", 0.5) for k in range(4)], 4)
    enqueue_for_review(review_db, chosen[:3], now=now - timedelta(days=1))
    enqueue_for_review(review_db, chosen[3:], now=now)
    assert remaining_budget(review_db, 5, now) == 4
    assert remaining_budget(review_db, 1, now) == 0


def test_sample_from_the_decision_log_end_to_end(tmp_path: Path, sqlite_url: str) -> None:
    """Scan items (decisions logged), then sample: tasks for the chosen ones, budget respected."""
    items = [
        {"id": "a", "text": "see you at the concert tonight", "surface": "comment"},
        {"id": "b", "text": "WIN a free iphone now, click bit.ly/x", "surface": "comment"},
        {"id": "c", "text": "you are kind of an idiot sometimes", "surface": "comment"},
        {"id": "d", "text": "earn $500 a day from home, dm me", "surface": "dm"},
        {"id": "e", "text": "great bass line on the second track", "surface": "comment"},
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    engine = Scanner.from_settings(Settings(database_url=sqlite_url))
    try:
        engine.scan_many(
            [Item(id=i["id"], text=i["text"], surface=i["surface"]) for i in items[:4]]
        )
        assert engine.log is not None
        db = engine.log.engine
        since = datetime.now(UTC) - timedelta(hours=1)
        # Items the pipeline itself held for review already have a task: never sampled again.
        held = items_in_review(db, [i["id"] for i in items])
        report = sample_for_review(db, engine.engine, path, budget=2, since=since)
        assert report.window_decisions == 4 and report.without_text == 0
        assert report.already_in_review == len(held)
        assert report.candidates == 5 - len(held)
        assert len(report.task_ids) == 2
        rows = read_tasks(db, reason=REASON)
        assert {r.id for r in rows} == set(report.task_ids)
        assert not {r.item_id for r in rows} & held
        for row in rows:
            assert (row.decision_id is None) == (row.item_id == "e")  # "e" was never scanned
        again = sample_for_review(db, engine.engine, path, budget=2, since=since)
        assert again.budget_left == 0 and not again.task_ids
        more = sample_for_review(db, engine.engine, path, budget=4, since=since, dry_run=True)
        assert more.already_in_review == len(held) + 2
        assert len(more.selected) == min(2, more.candidates) and not more.task_ids
    finally:
        engine.close()


def test_cli_sample_dry_run_and_bad_input(tmp_path: Path, sqlite_url: str) -> None:
    from click.testing import CliRunner

    from bastion.cli import main

    path = tmp_path / "items.jsonl"
    path.write_text(
        json.dumps({"id": "x1", "text": "claim your prize at bit.ly/abc", "surface": "dm"})
        + "\n"
        + json.dumps({"id": "x2", "text": "see you tonight", "surface": "dm"})
        + "\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    base = ["--database-url", sqlite_url, "learn", "sample", "--items", str(path)]
    done = runner.invoke(main, [*base, "--budget", "1", "--dry-run", "--json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    assert report["candidates"] == 2 and len(report["selected"]) == 1 and not report["task_ids"]
    bad = runner.invoke(main, [*base, "--budget", "1", "--since", "yesterday"])
    assert bad.exit_code == 2 and "--since 'yesterday'" in bad.output
    path.write_text('{"id": "x3", "txt": "typo"}\n', encoding="utf-8")
    broken = runner.invoke(main, [*base, "--budget", "1"])
    assert broken.exit_code == 2 and "items.jsonl:1" in broken.output

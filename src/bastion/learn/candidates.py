"""``bastion learn sample``: recent decisions + their items -> scored candidates -> review tasks.

The decision log keeps no content (by design: retention), so the texts come
from an items file (the scan-batch input format, one JSON item a line), joined to
the decisions of the window by item id. Items in the file with no decision in the
window are candidates too (e.g. a sample of traffic scanned elsewhere).

Every candidate is re-scored through the engine's own detectors and fusion: the
sampler needs each detector's score (disagreement) and the embedding
(diversity), which decisions do not store, and the current champion's
probabilities are the ones whose uncertainty a label reduces.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine as SqlEngine

from bastion.artifacts import build_artifacts, embed_together
from bastion.evaluate.scoring import operating_threshold
from bastion.intake import InputError, item_from_json
from bastion.learn.active import (
    QUEUE,
    Candidate,
    Selection,
    enqueue_for_review,
    recent_decisions,
    remaining_budget,
    select_candidates,
)
from bastion.pipeline import Engine
from bastion.review.intake import items_in_review
from bastion.taxonomy import CATEGORIES
from bastion.types import Item, Signal

__all__ = ["SampleReport", "read_items", "sample_for_review", "score_candidates"]

CHUNK = 64


@dataclass
class SampleReport:
    window_decisions: int = 0
    candidates: int = 0
    without_text: int = 0
    already_in_review: int = 0
    budget_left: int = 0
    selected: list[Selection] = field(default_factory=list)
    task_ids: list[str] = field(default_factory=list)


def read_items(path: Path, max_text_bytes: int) -> dict[str, tuple[dict[str, Any], Item]]:
    """Items by id from a JSONL file; a bad line is an error naming the file and line."""
    out: dict[str, tuple[dict[str, Any], Item]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                item = item_from_json(raw, max_text_bytes)
            except (ValueError, InputError) as exc:
                raise InputError(f"{path}:{number}: {exc}") from None
            if item.text:
                out[item.id] = (raw, item)
    return out


def score_candidates(
    engine: Engine, entries: Sequence[tuple[dict[str, Any], Item, str | None]]
) -> list[Candidate]:
    """Run the engine's detectors and fusion on each item; keep every detector's scores."""
    thresholds: dict[tuple[str, str | None], dict[str, float | None]] = {}
    out: list[Candidate] = []
    for start in range(0, len(entries), CHUNK):
        chunk = entries[start : start + CHUNK]
        batch = [build_artifacts(item) for _, item, _ in chunk]
        embed_together(batch)
        for (raw, item, decision_id), artifacts in zip(chunk, batch, strict=True):
            key = (item.surface, item.context.jurisdiction)
            if key not in thresholds:
                thresholds[key] = {
                    c: operating_threshold(engine.policy, c, *key) for c in CATEGORIES
                }
            signals: list[Signal] = []
            for detector in engine.detectors:
                if detector.unavailable_reason() is None and detector.applies_to(artifacts):
                    signals.extend(s for s in detector.run(artifacts) if s.score is not None)
            per_detector: dict[str, dict[str, float]] = {}
            for s in signals:
                per_detector.setdefault(s.detector, {})[s.category] = float(s.score or 0.0)
            embedding = None
            text = artifacts.text
            if text is not None and text.segments:
                vectors = np.asarray(text.embeddings)
                if len(vectors):
                    mean = vectors.mean(axis=0)
                    embedding = mean / (np.linalg.norm(mean) or 1.0)
            out.append(
                Candidate(
                    item=raw,
                    surface=item.surface,
                    probabilities=engine.fusion.fuse(signals).probabilities,
                    thresholds=thresholds[key],
                    detector_scores=per_detector,
                    embedding=embedding,
                    decision_id=decision_id,
                    lang=text.lang if text is not None else item.lang,
                    jurisdiction=item.context.jurisdiction,
                )
            )
    return out


def sample_for_review(
    db: SqlEngine,
    engine: Engine,
    items_path: Path,
    *,
    budget: int,
    since: datetime,
    until: datetime | None = None,
    strategy: str = "hybrid",
    queue: str | None = QUEUE,
    seed: int = 0,
    dry_run: bool = False,
) -> SampleReport:
    """Choose up to today's remaining budget of items and enqueue them for review."""
    report = SampleReport()
    items = read_items(items_path, engine.max_text_bytes)
    window = recent_decisions(db, since, until)
    report.window_decisions = len(window)
    entries: dict[str, tuple[dict[str, Any], Item, str | None]] = {}
    for record in window:
        found = items.get(str(record["item_id"]))
        if found is None:
            report.without_text += 1
            continue
        entries[found[1].id] = (found[0], found[1], str(record["id"]))  # latest decision wins
    for item_id, (raw, item) in items.items():
        entries.setdefault(item_id, (raw, item, None))
    reviewed = items_in_review(db, entries)
    report.already_in_review = len(reviewed)
    todo = [entry for item_id, entry in sorted(entries.items()) if item_id not in reviewed]
    report.candidates = len(todo)
    report.budget_left = remaining_budget(db, budget)
    if not todo or report.budget_left == 0:
        return report
    candidates = score_candidates(engine, todo)
    report.selected = select_candidates(candidates, report.budget_left, strategy, seed)
    if not dry_run:
        report.task_ids = enqueue_for_review(db, report.selected, queue=queue)
    return report

"""The feedback loop end to end, with simulated reviewers: the figures in docs/active-learning.md.

    .venv/bin/python benchmarks/feedback_loop.py [--items 3000] [--budget 600] [--data DIR]

In a scratch data directory (never your own): scan items into the decision log,
``learn sample`` picks the day's budget for review, simulated reviewers answer
from the dataset's own labels (a stand-in for the review UI: violating when any
annotated category is positive, else not violating), ``learn export``
builds the versioned verdict dataset, ``learn retrain`` trains a challenger on
the shared train-licensed data plus the verdicts and gates it against the
shipped champion on the verdicts' test split and on OLID (an evaluation-only
set), and the registry shows the outcome; a promotion is then rolled back.

Items: davidson-hate-offensive tweets (MIT) that the training corpus does not
already hold (same seed and cap as ``bastion train``), each given a simulated
author (two items per author on average) so the leak-free split has work to do.
About 10 minutes cold on 2 cores (the retrain dominates; embeddings are cached
in your data dir's cache and reused).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--budget", type=int, default=600)
    parser.add_argument("--cap", type=int, default=1500)
    parser.add_argument("--gold-limit", type=int, default=1000)
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("BASTION_SHARED_DATA") or ROOT.parent / "shared" / "data"),
    )
    parser.add_argument("--workdir", type=Path, help="scratch data dir (default: a temp dir)")
    args = parser.parse_args()

    from bastion.config import data_dir

    cache = data_dir() / "cache" / "embeddings.npz"  # the developer's warm cache, read and extended
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bastion-loop-"))
    os.environ["BASTION_DATA_DIR"] = str(work)
    run(args, work, cache)


def run(args: argparse.Namespace, work: Path, cache: Path) -> None:
    from sqlalchemy import insert, select

    from bastion.config import Settings
    from bastion.datasets.importers import IMPORTERS
    from bastion.datasets.importers.base import text_key
    from bastion.datasets.registry import Registry
    from bastion.learn.candidates import sample_for_review
    from bastion.learn.corpus import build_corpus
    from bastion.learn.export import export_verdicts
    from bastion.learn.registry import ModelRegistry
    from bastion.learn.retrain import GoldSet, retrain
    from bastion.scanner import Scanner
    from bastion.store.tables import review_tasks, review_verdicts
    from bastion.types import Context, Item

    started = time.perf_counter()

    def say(line: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f} s] {line}", flush=True)

    say(f"scratch data dir {work}")
    corpus = build_corpus(args.data, seed=0, cap=args.cap)
    seen = {text_key(e.text) for e in corpus.examples}
    pool = [
        e
        for e in IMPORTERS["davidson-hate-offensive"].load(args.data / "davidson-hate-offensive")
        if text_key(e.text) not in seen
    ]
    rng = random.Random(0)
    chosen = rng.sample(pool, min(args.items, len(pool)))
    labels = {e.id: dict(e.labels) for e in chosen}
    items_path = work / "items.jsonl"
    items = []
    with items_path.open("w", encoding="utf-8") as handle:
        for e in chosen:
            author = (
                f"user-{int(hashlib.sha256(e.id.encode()).hexdigest(), 16) % (args.items // 2)}"
            )
            raw = {
                "id": e.id,
                "text": e.text,
                "surface": "comment",
                "context": {"author_id": author},
            }
            handle.write(json.dumps(raw) + "\n")
            items.append(
                Item(id=e.id, text=e.text, surface="comment", context=Context(author_id=author))
            )
    settings = Settings()
    engine = Scanner.from_settings(settings)
    for start in range(0, len(items), 256):
        engine.scan_many(items[start : start + 256])
    say(f"scanned {len(items)} items into the decision log")
    assert engine.log is not None
    db = engine.log.engine
    report = sample_for_review(
        db,
        engine.engine,
        items_path,
        budget=args.budget,
        since=datetime.now(UTC) - timedelta(hours=1),
    )
    engine.close()
    say(
        f"learn sample: {report.candidates} candidates, {report.already_in_review} already in "
        f"review, {len(report.task_ids)} active-learning tasks"
    )
    # Simulated reviewers judge the item against the whole policy, from the dataset's labels:
    # violating when any annotated category is positive (the task's category first), else
    # not violating. About 20 s each.
    now = datetime.now(UTC)
    with db.begin() as conn:
        tasks = conn.execute(select(review_tasks)).all()
        rows = []
        for task in tasks:
            known = labels.get(task.item_id, {})
            positive = [
                c
                for c in (task.category, "hate", "harassment", "profanity")
                if c and float(known.get(c, 0)) >= 0.5
            ]
            violating = bool(positive)
            category = (
                positive[0] if positive else (task.category if task.category in known else "hate")
            )
            rows.append(
                {
                    "id": str(uuid.uuid4()),
                    "task_id": task.id,
                    "item_id": task.item_id,
                    "decision_id": task.decision_id,
                    "reviewer": f"sim-{rng.randrange(5)}",
                    "role": "reviewer",
                    "verdict": "violating" if violating else "not_violating",
                    "category": category,
                    "severity": 2 if violating else None,
                    "action": None,
                    "rationale": "simulated reviewer (dataset label)",
                    "time_spent_ms": 20_000,
                    "policy_version": "simulated",
                    "model_versions": "{}",
                    "created_at": now,
                }
            )
        if rows:
            conn.execute(insert(review_verdicts), rows)
    say(f"simulated reviewers: {len(rows)} verdicts on {len(tasks)} tasks")
    exported = export_verdicts(db)
    m = exported.manifest
    say(
        f"learn export: review-verdicts {m['version']}: {m['counts']['examples']} examples, "
        f"splits {m['counts']['splits']}, categories {m['counts']['categories']}"
    )
    Registry().import_set("olid", args.data)
    say("imported olid (evaluation-only gold set)")
    result = retrain(
        data_root=args.data,
        gold=[GoldSet("olid", limit=args.gold_limit)],
        cap=args.cap,
        cache=cache,
        progress=say,
    )
    for s in result.gate["sets"]:
        say(f"gate on {s['dataset']} ({s['paired']} paired examples):")
        for c in s["comparisons"]:
            low, high = c["delta_ci"]
            flag = "  WORSE" if c["significantly_worse"] else ""
            say(
                f"  {c['category']:22} {c['metric']:7} {c['champion']:.3f} -> {c['challenger']:.3f}"
                f" ({c['delta']:+.3f}, 95% CI [{low:+.3f}, {high:+.3f}]){flag}"
            )
    for problem in result.gate["problems"]:
        say(f"  problem: {problem}")
    verdict = "PROMOTED" if result.promoted else "REJECTED"
    say(f"{verdict}: challenger {result.version} vs champion {result.champion or 'shipped'}")
    registry = ModelRegistry()
    for v in registry.versions():
        say(f"registry: {v['version']} {v['status']} champion={v['champion']}")
    if result.promoted:
        event = registry.rollback("end-to-end demo: restore the shipped bundle")
        say(f"learn rollback: {event.previous} -> {event.version or 'shipped bundle'}")
    print(
        json.dumps(
            {
                "version": result.version,
                "passed": result.passed,
                "promoted": result.promoted,
                "gate": result.gate,
            },
            indent=1,
        )[:4000]
    )


if __name__ == "__main__":
    main()

"""Verdicts -> dataset: labels, deduplication, and no author or thread in two splits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from bastion.datasets.importers.base import text_key
from bastion.datasets.registry import Registry
from bastion.learn.export import (
    DATASET_NAME,
    VerdictRow,
    confirmed_media,
    export_verdicts,
    read_verdicts,
    verdicts_to_examples,
)
from bastion.types import ReviewReason, Verdict

SeedVerdict = Callable[..., str]


def item(
    item_id: str, text: str, author: str | None = None, **context: object
) -> dict[str, object]:
    ctx = {**({"author_id": author} if author else {}), **context}
    return {"id": item_id, "text": text, "surface": "comment", "lang": "en", "context": ctx}


def test_labels_votes_senior_override_and_dedup(
    review_db: Engine, seed_verdict: SeedVerdict, tmp_path: Path
) -> None:
    seed_verdict(
        item("1", "buy followers now", "u1"),
        [("r1", "violating", "spam"), ("r2", "violating", "spam"), ("r3", "not_violating", None)],
    )
    seed_verdict(item("2", "nice song", "u2"), [("r1", "not_violating", None)])
    # A tie is a soft label; a senior's word overrides the reviewers.
    seed_verdict(
        item("3", "maybe spam maybe not", "u3"),
        [("r1", "violating", "spam"), ("r2", "not_violating", None)],
    )
    seed_verdict(
        item("4", "i will hurt you", "u4"),
        [("r1", "not_violating", None), ("senior1", "violating", "harassment/threatening")],
        category="harassment/threatening",
    )
    # The same text (case and spacing differ) from another item: one example, votes pooled.
    seed_verdict(item("5", "Buy  followers NOW", "u5"), [("r4", "violating", "spam")], bare=True)
    # Skipped: erased payload, escalation only, media-only item.
    seed_verdict(None, [("r1", "violating", "spam")], item_id="gone")
    seed_verdict(
        {"item": None, "content_missing": True},
        [("r1", "violating", None)],
        bare=True,
        item_id="kept-no-content",
    )
    seed_verdict(item("6", "hmm", "u6"), [("r1", "escalate", None)], category=None)
    seed_verdict(item("9", "a gold item", "u9"), [("r1", "violating", "spam")], reason="gold")
    seed_verdict(
        {"id": "7", "image": "/tmp/x.png", "surface": "comment"}, [("r1", "violating", "nudity")]
    )

    result = export_verdicts(review_db, Registry(tmp_path / "reg"))
    by_text = {text_key(e.text): e for e in result.examples}
    assert set(by_text) == {
        "buy followers now",
        "nice song",
        "maybe spam maybe not",
        "i will hurt you",
    }
    spam = by_text["buy followers now"]
    assert spam.labels == {"spam": 1}
    assert spam.votes is not None and (spam.votes["spam"].positive, spam.votes["spam"].total) == (
        3,
        4,
    )
    assert spam.annotators == ("r1", "r2", "r3", "r4")
    assert by_text["nice song"].labels == {"spam": 0}
    assert by_text["maybe spam maybe not"].labels == {"spam": 0.5}
    threat = by_text["i will hurt you"].labels
    assert threat == {"harassment/threatening": 1, "harassment": 1}
    assert sum(result.skipped.values()) == 5 and result.skipped["gold item"] == 1
    assert all(
        e.slices["source"] == DATASET_NAME and e.slices["split"] in ("train", "dev", "test")
        for e in result.examples
    )
    # Same verdicts, same content, same version; the registry serves it like any dataset.
    again = export_verdicts(review_db, Registry(tmp_path / "reg"))
    assert again.manifest["version"] == result.manifest["version"] and not again.created
    assert result.created and result.manifest["use"] == "train"
    assert len(Registry(tmp_path / "reg").load(DATASET_NAME)) == 4
    # A new verdict is a new version.
    seed_verdict(item("8", "another clean message", "u7"), [("r1", "not_violating", None)])
    third = export_verdicts(review_db, Registry(tmp_path / "reg"))
    assert third.created and third.manifest["version"] != result.manifest["version"]


def test_hash_bank_hook_lists_confirmed_and_cleared_media(
    review_db: Engine, seed_verdict: SeedVerdict
) -> None:
    seed_verdict(
        {"id": "m1", "image": "/m/1.png", "surface": "comment"},
        [("r1", "violating", "nudity")],
        category="nudity",
    )
    seed_verdict(
        {"id": "m2", "image": "/m/2.png", "surface": "comment"},
        [("r1", "not_violating", None)],
        category="nudity",
    )
    media = confirmed_media(read_verdicts(review_db))
    assert media["confirmed"] == [{"item_id": "m1", "category": "nudity", "image": "/m/1.png"}]
    assert media["deconfirmed"] == [{"item_id": "m2", "category": "nudity", "image": "/m/2.png"}]


WORDS = ["spam", "hello", "buy", "now", "song", "great", "free", "link", "idiot", "love"]


@st.composite
def verdict_rows(draw: st.DrawFn) -> list[VerdictRow]:
    n = draw(st.integers(1, 40))
    rows = []
    for i in range(n):
        text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)))
        author = draw(st.one_of(st.none(), st.sampled_from(["a", "b", "c", "d", "e", "f"])))
        parent = draw(st.one_of(st.none(), st.sampled_from(["t1", "t2", "t3"])))
        context: dict[str, object] = {}
        if author:
            context["author_id"] = author
        if parent:
            context["parent_id"] = parent
        rows.append(
            VerdictRow(
                id=f"v{i}",
                task_id=f"t{i}",
                item_id=f"i{i}",
                decision_id=None,
                reviewer="r",
                role="reviewer",
                verdict=draw(st.sampled_from([Verdict.VIOLATING, Verdict.NOT_VIOLATING])),
                category="spam",
                severity=None,
                action=None,
                account_action=None,
                created_at=datetime(2026, 11, 1, tzinfo=UTC),
                task_reason=ReviewReason.UNCERTAIN,
                task_category="spam",
                payload={"id": f"i{i}", "text": text, "context": context},
            )
        )
    return rows


@settings(max_examples=150, deadline=None)
@given(verdict_rows())
def test_no_author_thread_or_text_straddles_splits(rows: list[VerdictRow]) -> None:
    examples, _ = verdicts_to_examples(rows)
    split_of_text = {text_key(e.text): e.slices["split"] for e in examples}
    assert len(split_of_text) == len(examples)  # deduplicated
    splits: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        assert row.payload is not None
        split = split_of_text[text_key(str(row.payload["text"]))]
        context = row.payload["context"]
        assert isinstance(context, dict)
        for key in ("author_id", "parent_id"):
            if key in context:
                splits[f"{key}:{context[key]}"].add(split)
    assert all(len(s) == 1 for s in splits.values()), dict(splits)
    # Order of the verdicts does not change the export.
    assert verdicts_to_examples(list(reversed(rows)))[0] == examples or _same_up_to_order(rows)


def _same_up_to_order(rows: list[VerdictRow]) -> bool:
    """Reversing changes which duplicate's surface text is kept; splits and labels stay."""
    a, _ = verdicts_to_examples(rows)
    b, _ = verdicts_to_examples(list(reversed(rows)))
    return [(e.id, e.labels, e.slices) for e in a] == [(e.id, e.labels, e.slices) for e in b]


def test_enqueue_label_export_on_sqlite_and_postgresql(database_url: str, tmp_path: Path) -> None:
    """The loop's database half (tasks in, verdicts out) on both supported databases."""
    import uuid

    from sqlalchemy import insert, select

    from bastion.learn.active import (
        Candidate,
        enqueue_for_review,
        remaining_budget,
        select_candidates,
    )
    from bastion.review.tables import review_tasks, review_verdicts
    from bastion.store import DecisionLog

    log = DecisionLog.open(database_url)
    db = log.engine
    try:
        candidates = [
            Candidate(
                item=item(f"c{i}", f"message number {i} é", f"author{i % 2}"),
                surface="comment",
                probabilities={"spam": i / 10},
                thresholds={"spam": 0.5},
                detector_scores={},
            )
            for i in range(6)
        ]
        enqueue_for_review(db, select_candidates(candidates, 4, "uncertainty"))
        assert remaining_budget(db, 5) == 1
        now = datetime.now(UTC)
        with db.begin() as conn:
            tasks = conn.execute(select(review_tasks.c.id, review_tasks.c.item_id)).all()
            for n, (task_id, item_id) in enumerate(tasks):
                conn.execute(
                    insert(review_verdicts).values(
                        id=str(uuid.uuid4()),
                        task_id=task_id,
                        item_id=item_id,
                        reviewer="r1",
                        role="reviewer",
                        verdict="violating" if n % 2 else "not_violating",
                        category="spam",
                        time_spent_ms=500,
                        policy_version="p",
                        model_versions="{}",
                        created_at=now,
                    )
                )
        result = export_verdicts(db, Registry(tmp_path / "reg"))
        assert len(result.examples) == 4 and result.created
        assert {e.text for e in result.examples} <= {f"message number {i} é" for i in range(6)}
        by_author = defaultdict(set)
        for e in result.examples:
            number = int(e.text.split()[2])
            by_author[number % 2].add(e.slices["split"])
        assert all(len(s) == 1 for s in by_author.values())
    finally:
        log.close()

"""Learning-loop fixtures: synthetic spam/ham data, tiny bundles, review rows seeded directly."""

from __future__ import annotations

import json
import random
import shutil
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from bastion.datasets.format import Example
from bastion.learn.corpus import Corpus
from bastion.learn.train import fit_bundle
from bastion.models.bundle import SHIPPED
from bastion.review.tables import review_tasks, review_verdicts
from bastion.store import DecisionLog

SPAM = [
    "WIN a free iphone now, click the link",
    "cheap followers, buy now, limited offer",
    "subscribe to my channel for free gift cards",
    "earn $500 a day from home, dm me",
    "claim your prize today, text WIN to 8888",
    "free crypto giveaway, send 1 btc get 2 back",
]
HAM = [
    "see you at the concert tonight",
    "this album got me through a hard year",
    "what time does the show start",
    "the bass line in the second track is great",
    "my sister loves this playlist",
    "can you send me the lyrics later",
]


def spam_examples(n: int, *, flip: bool = False, seed: int = 1, prefix: str = "") -> list[Example]:
    """``n`` spam and ``n`` ham texts; ``flip`` swaps the labels (a deliberately bad teacher)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        for label, pool in ((1, SPAM), (0, HAM)):
            text = f"{rng.choice(pool)} {rng.choice(['', '!', ' pls', ' :)'])} #{prefix}{i}"
            split = "test" if i % 5 == 0 else "dev" if i % 5 == 1 else "train"
            out.append(
                Example(
                    id=f"{prefix}{label}-{i}",
                    text=text,
                    labels={"spam": 1 - label if flip else label},
                    slices={"split": split, "lang": "en", "source": "synthetic"},
                )
            )
    return out


def quiet(_: str) -> None:
    pass


@pytest.fixture(scope="session")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("good") / "bundle"
    examples = spam_examples(40)
    fit_bundle(Corpus(tuple(examples), {"synthetic": len(examples)}), out, progress=quiet)
    return out


@pytest.fixture(scope="session")
def bad_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bad") / "bundle"
    examples = spam_examples(40, flip=True)
    fit_bundle(Corpus(tuple(examples), {"synthetic": len(examples)}), out, progress=quiet)
    return out


@pytest.fixture
def copy_of_shipped(tmp_path: Path) -> Callable[[str], Path]:
    """A copy of the shipped bundle renamed to ``version`` (cheap distinct registry versions)."""

    def make(version: str) -> Path:
        target = tmp_path / f"bundle-{uuid.uuid4().hex[:8]}"
        shutil.copytree(SHIPPED, target)
        manifest = json.loads((target / "manifest.json").read_text())
        manifest["version"] = version
        (target / "manifest.json").write_text(json.dumps(manifest))
        return target

    return make


@pytest.fixture
def review_db(sqlite_url: str) -> Engine:
    log = DecisionLog.open(sqlite_url)  # runs the migrations, review tables included
    return log.engine


SeedVerdict = Callable[..., str]


@pytest.fixture
def seed_verdict(review_db: Engine) -> SeedVerdict:
    """Insert one review task and its verdicts; returns the task id.

    The payload is ``{"item": item}`` as the review queue stores it (``bare``: the item
    itself, as older rows may hold).
    """
    clock = [datetime(2026, 11, 20, tzinfo=UTC)]

    def seed(
        item: dict[str, Any] | None,
        verdicts: list[tuple[str, str, str | None]],
        *,
        category: str | None = "spam",
        item_id: str | None = None,
        role_of: Callable[[str], str] = lambda r: (
            "senior" if r.startswith("senior") else "reviewer"
        ),
        bare: bool = False,
        reason: str = "uncertain",
    ) -> str:
        task_id = str(uuid.uuid4())
        now = clock[0]
        item_id = item_id or (str(item["id"]) if item else str(uuid.uuid4()))
        with review_db.begin() as conn:
            conn.execute(
                insert(review_tasks).values(
                    id=task_id,
                    item_id=item_id,
                    surface="comment",
                    decision_id=None,
                    queue="spam",
                    reason=reason,
                    category=category,
                    priority=1.0,
                    status="done",
                    reviews_required=len(verdicts),
                    reviews_done=len(verdicts),
                    payload=json.dumps(item if bare else {"item": item})
                    if item is not None
                    else None,
                    due_at=now + timedelta(days=1),
                    created_at=now,
                    updated_at=now,
                )
            )
            for reviewer, verdict, verdict_category in verdicts:
                clock[0] += timedelta(seconds=1)
                conn.execute(
                    insert(review_verdicts).values(
                        id=str(uuid.uuid4()),
                        task_id=task_id,
                        item_id=item_id,
                        decision_id=None,
                        reviewer=reviewer,
                        role=role_of(reviewer),
                        verdict=verdict,
                        category=verdict_category,
                        time_spent_ms=1000,
                        policy_version="test",
                        model_versions="{}",
                        created_at=clock[0],
                    )
                )
        return task_id

    return seed


SpamExamples = Callable[..., list[Example]]


@pytest.fixture
def spam() -> SpamExamples:
    """:func:`spam_examples`, for test modules (conftest is not importable under importlib mode)."""
    return spam_examples

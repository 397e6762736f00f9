"""A seeded database: decisions, reviews, appeals and notices across categories and countries.

Every figure the compliance tests expect is derived by hand from the table in
``SEED`` below (the derivations are written next to the expectations), never by
running the code under test.

The policy is the shipped one, with one change so both report parts are
exercised: ``hate`` is reported on the illegal-content ground.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, insert

from bastion.policy import LoadedPolicy, load_policy, shipped_policy_path
from bastion.store import DecisionLog
from bastion.review.tables import appeals, review_tasks, review_verdicts
from bastion.comply.tables import dsa_notices
from bastion.types import Action, Decision, Evidence

LEGAL_GROUND = "Section 130 StGB (incitement to hatred); Framework Decision 2008/913/JHA"


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    """One seeded decision: (category, probability, threshold, action) per fired rule."""

    key: str
    created: str
    surface: str
    jurisdiction: str | None
    action: str
    fired: tuple[tuple[str, float, float, str], ...] = ()
    lang: str | None = "en"
    part: str = "text"
    automated_decision: bool = True


SEED: tuple[Row, ...] = (
    # key   created                surface            juris  action        rules fired
    Row(
        "d01", "2026-01-10T09:00", "comment", "DE", "block", (("hate", 0.90, 0.80, "block"),), "de"
    ),
    Row(
        "d02",
        "2026-01-15T12:00",
        "comment",
        "FR",
        "block",
        (
            ("harassment", 0.98, 0.95, "block"),
            ("harassment/threatening", 0.98, 0.75, "block"),
            ("violence", 0.90, 0.90, "block"),
        ),
        "fr",
    ),
    Row("d03", "2026-02-01T08:00", "dm", None, "block", (("scam", 0.95, 0.85, "block"),)),
    Row(
        "d04", "2026-02-03T10:00", "playlist_title", "NL", "demote", (("spam", 0.7, 0.5, "demote"),)
    ),
    Row(
        "d05",
        "2026-02-10T10:00",
        "comment",
        "IT",
        "hold_for_review",
        (("hate", 0.6, 0.4, "hold_for_review"),),
        "it",
        automated_decision=False,
    ),
    Row(
        "d06",
        "2026-02-12T10:00",
        "comment",
        "ES",
        "hold_for_review",
        (("self-harm/intent", 0.4, 0.3, "hold_for_review"),),
        "es",
        automated_decision=False,
    ),
    Row(
        "d07",
        "2026-03-01T10:00",
        "comment",
        "PL",
        "hold_for_review",
        (("hate", 0.55, 0.4, "hold_for_review"),),
        "pl",
        automated_decision=False,
    ),
    Row("d08", "2026-03-05T10:00", "comment", "US", "block", (("hate", 0.95, 0.85, "block"),)),
    Row(
        "d09",
        "2026-03-10T10:00",
        "podcast_episode",
        "DE",
        "label",
        (("profanity", 0.7, 0.6, "label"),),
        "de",
    ),
    Row(
        "d10",
        "2026-03-15T10:00",
        "profile_image",
        "AT",
        "age_restrict",
        (("nudity", 0.6, 0.5, "age_restrict"),),
        None,
        part="image",
    ),
    Row("d11", "2026-04-01T10:00", "ai_output", "SE", "block", (("privacy", 0.5, 0.4, "block"),)),
    Row("d12", "2026-04-20T10:00", "comment", "DE", "allow", (), "de"),
    Row(
        "d13",
        "2026-05-02T10:00",
        "comment",
        "EU",
        "block",
        (("extremism", 0.9, 0.85, "block"),),
    ),
    Row("d14", "2026-06-30T23:00", "comment", "DE", "block", (("violence", 0.95, 0.9, "block"),)),
    Row("d15", "2026-07-01T00:30", "comment", "DE", "block", (("hate", 0.9, 0.8, "block"),)),
    Row("d16", "2025-12-31T23:59", "comment", "DE", "block", (("hate", 0.9, 0.8, "block"),)),
    Row("d17", "2026-05-20T10:00", "dm", "FR", "allow", ()),
)


def seed_policy(tmp_path: Path) -> LoadedPolicy:
    document = yaml.safe_load(shipped_policy_path().read_text())
    document["categories"]["hate"]["dsa"].update(ground="illegal", legal_ground=LEGAL_GROUND)
    path = tmp_path / "seed-policy.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return load_policy(path)


def make_decision(row: Row, policy_version: str) -> Decision:
    surface_rules = []
    evidence = []
    for category, probability, threshold, action in row.fired:
        surface_rules.append(
            f"{row.surface}/{category}: {probability:.2f} >= {threshold:.2f} -> {action}"
        )
        evidence.append(
            (
                category,
                Evidence(part=row.part, span=(0, 5), excerpt="xxxxx", rule=f"rule:{category}"),
            )
        )
    categories = {c: p for c, p, _, _ in row.fired}
    return Decision(
        id=f"{row.key}-{uuid.UUID(int=int(row.key[1:]))}",
        item_id=f"item-{row.key}",
        surface=row.surface,
        applied_surface=row.surface,
        jurisdiction=row.jurisdiction,
        action=Action(row.action),
        categories=categories,
        flagged=tuple(categories),
        evidence=tuple(evidence),
        policy_version="",
        model_versions={"char_ngrams": "1.0.0"},
        missing_detectors=(),
        automated_detection=bool(row.fired),
        automated_decision=row.automated_decision,
        reason="seeded",
        latency_ms=1.0,
        created_at=t(row.created),
        lang=row.lang,
        triggered_rules=tuple(surface_rules),
    )


@dataclass(frozen=True)
class Seeded:
    url: str
    engine: Engine
    policy: LoadedPolicy
    ids: dict[str, str]
    """Row key -> decision id."""


def _verdict(task: str, decision_id: str, verdict: str, when: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "task_id": task,
        "item_id": "item",
        "decision_id": decision_id,
        "reviewer": "rev-1",
        "role": "reviewer",
        "verdict": verdict,
        "category": extra.get("category"),
        "action": extra.get("action"),
        "rationale": None,
        "time_spent_ms": 1000,
        "policy_version": "p",
        "model_versions": "{}",
        "created_at": t(when),
    }


def _appeal(decision_id: str, status: str, created: str, resolved: str | None) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "decision_id": decision_id,
        "item_id": "item",
        "surface": "comment",
        "appellant": "user-42",
        "statement": "I did nothing wrong, here is my message again: ...",
        "status": status,
        "task_id": None,
        "resolved_by": "rev-2" if resolved else None,
        "resolution": None,
        "created_at": t(created),
        "resolved_at": t(resolved) if resolved else None,
    }


def _notice(
    key: str,
    received: str,
    source: str,
    category: str | None,
    items: int,
    decision_id: str | None,
    actioned: str | None,
    ground: str | None,
) -> dict[str, Any]:
    return {
        "id": key,
        "received_at": t(received),
        "source_type": source,
        "notifier": "Trusted Flagger e.V." if source == "SOURCE_TRUSTED_FLAGGER" else "user-7",
        "dsa_category": category,
        "items": items,
        "item_id": None,
        "decision_id": decision_id,
        "actioned_at": t(actioned) if actioned else None,
        "action_ground": ground,
        "created_at": t(received),
    }


def _task(key: str, created: str, status: str) -> dict[str, Any]:
    return {
        "id": key,
        "item_id": f"item-{key}",
        "surface": "comment",
        "decision_id": None,
        "queue": "default",
        "reason": "hold",
        "category": None,
        "lang": None,
        "jurisdiction": None,
        "priority": 1.0,
        "status": status,
        "reviews_required": 1,
        "reviews_done": 1 if status == "done" else 0,
        "lease_owner": None,
        "lease_token": None,
        "lease_expires_at": None,
        "payload": json.dumps({"id": f"item-{key}", "text": "the user's words"}),
        "gold_verdict": None,
        "appeal_id": None,
        "due_at": t(created),
        "created_at": t(created),
        "updated_at": t(created),
        "closed_at": t(created) if status == "done" else None,
    }


def seed(url: str, tmp_path: Path) -> Seeded:
    loaded = seed_policy(tmp_path)
    log = DecisionLog.open(url)
    log.record_policy(loaded)
    made = [replace(make_decision(r, loaded.version), policy_version=loaded.version) for r in SEED]
    log.append(made)
    ids = {r.key: d.id for r, d in zip(SEED, made, strict=True)}
    with log.engine.begin() as conn:
        conn.execute(
            insert(review_verdicts),
            [
                # d02: random quality review confirms the automated block.
                _verdict(
                    "t02",
                    ids["d02"],
                    "violating",
                    "2026-01-15T18:00",
                    category="harassment/threatening",
                ),
                # d05: held; a reviewer removes it the next day.
                _verdict("t05", ids["d05"], "escalate", "2026-02-10T20:00"),
                _verdict(
                    "t05",
                    ids["d05"],
                    "violating",
                    "2026-02-11T09:00",
                    category="hate",
                    action="block",
                ),
                # d06: held; the reviewer finds no violation.
                _verdict("t06", ids["d06"], "not_violating", "2026-02-12T12:00"),
                # d12: a notice; the reviewer removes it and suspends the account.
                _verdict(
                    "t12",
                    ids["d12"],
                    "violating",
                    "2026-04-21T08:00",
                    category="harassment",
                    action="suspend_account",
                ),
                # d13: random quality review confirms.
                _verdict("t13", ids["d13"], "violating", "2026-05-03T10:00"),
                # d17: appeal by the reporter of an allowed DM; the reviewer removes it.
                _verdict(
                    "t17",
                    ids["d17"],
                    "violating",
                    "2026-05-23T00:00",
                    category="scam",
                    action="block",
                ),
            ],
        )
        conn.execute(
            insert(appeals),
            [
                _appeal(ids["d02"], "upheld", "2026-01-16T10:00", "2026-01-17T10:00"),  # 24 h
                _appeal(ids["d04"], "reversed", "2026-02-04T00:00", "2026-02-04T12:00"),  # 12 h
                _appeal(ids["d11"], "withdrawn", "2026-04-02T10:00", "2026-04-03T10:00"),
                _appeal(ids["d12"], "open", "2026-04-25T10:00", None),
                _appeal(ids["d17"], "reversed", "2026-05-21T00:00", "2026-05-23T00:00"),  # 48 h
                _appeal(ids["d16"], "upheld", "2026-01-02T00:00", "2026-01-02T06:00"),  # 6 h
                _appeal(ids["d14"], "open", "2026-07-01T10:00", None),  # after the period
            ],
        )
        conn.execute(
            insert(dsa_notices),
            [
                _notice(
                    "n1",
                    "2026-04-20T08:00",
                    "SOURCE_ARTICLE_16",
                    "STATEMENT_CATEGORY_CYBER_VIOLENCE",
                    1,
                    ids["d12"],
                    "2026-04-21T08:00",
                    "incompatible",
                ),  # 24 h
                _notice(
                    "n2",
                    "2026-05-01T00:00",
                    "SOURCE_TRUSTED_FLAGGER",
                    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
                    3,
                    None,
                    "2026-05-01T06:00",
                    "illegal",
                ),  # 6 h
                _notice("n3", "2026-05-10T00:00", "SOURCE_ARTICLE_16", None, 1, None, None, None),
                _notice("n4", "2026-07-05T00:00", "SOURCE_ARTICLE_16", None, 1, None, None, None),
            ],
        )
        conn.execute(
            insert(review_tasks),
            [
                _task("t-old-done", "2026-01-05T00:00", "done"),
                _task("t-old-open", "2026-01-05T00:00", "open"),
                _task("t-new-done", "2026-06-29T00:00", "done"),
            ],
        )
    return Seeded(url, log.engine, loaded, ids)


@pytest.fixture
def seeded(database_url: str, tmp_path: Path) -> Iterator[Seeded]:
    data = seed(database_url, tmp_path)
    yield data
    data.engine.dispose()


@pytest.fixture
def seeded_sqlite(sqlite_url: str, tmp_path: Path) -> Iterator[Seeded]:
    data = seed(sqlite_url, tmp_path)
    yield data
    data.engine.dispose()

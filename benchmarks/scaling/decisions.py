"""Synthetic decision logs at scale: N decisions over a period, hash-chained, with the human
review, appeals and account actions a real log has for a small share of them.

Shapes: 80% allowed (nothing flagged), 16% restricted with one flagged category
(block, label, age_restrict, demote), 2% with two, 2% held for review; nine in ten
held decisions and one in twenty other restrictions got a reviewer's verdict, one
restriction in a hundred an appeal. Audiences: 70% EU member states, 10% EU, 20%
elsewhere. Records carry a
probability for every category (about 1.2 KB each, like real ones). Rows go in
with COPY; the chain hashes are real, so audit exports verify.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text

from bastion import taxonomy
from bastion.policy import load_policy, shipped_policy_path
from bastion.store import DecisionLog
from bastion.store.decision_log import GENESIS, canonical_json, chain_hash, shape_columns
from bastion.store.partitions import ensure_months, months_between

START = datetime(2026, 1, 1, tzinfo=UTC)
DAYS = 181
SURFACES = ("comment", "dm", "playlist_title", "podcast_episode", "profile_image")
JURISDICTIONS = ("DE", "FR", "IT", "ES", "NL", "PL", "EU", "US", "GB", None)
RESTRICTING = ("block", "label", "age_restrict", "demote")
SHAPE_COLUMNS = tuple(shape_columns({}))
FLAGGABLE = ("hate", "harassment", "spam", "scam", "violence", "sexual", "self-harm", "profanity")


def _record(rng: random.Random, policy_version: str) -> dict[str, Any]:
    roll = rng.random()
    flagged: list[str] = []
    action = "allow"
    if roll >= 0.80:
        flagged = rng.sample(FLAGGABLE, 2 if roll >= 0.96 else 1)
        action = "hold_for_review" if roll >= 0.98 else rng.choice(RESTRICTING)
    categories = {c: round(rng.random() * 0.3, 4) for c in taxonomy.CATEGORIES}
    for c in flagged:
        categories[c] = round(0.7 + rng.random() * 0.3, 4)
    surface = rng.choice(SURFACES)
    return {
        "id": "",
        "item_id": "",
        "surface": surface,
        "applied_surface": surface,
        "jurisdiction": rng.choice(JURISDICTIONS),
        "lang": "en",
        "action": action,
        "categories": categories,
        "flagged": flagged,
        "evidence": [
            {"category": c, "part": "text", "span": [0, 8], "rule": f"{c}:lexicon"} for c in flagged
        ],
        "triggered_rules": [],
        "policy_version": policy_version,
        "model_version": "slurs@1.0.0",
        "model_versions": {"slurs": "1.0.0", "char_ngrams": "1.0.0"},
        "missing_detectors": [],
        "automated_detection": bool(flagged),
        "automated_decision": action != "hold_for_review",
        "reason": "synthetic",
        "latency_ms": 4.2,
        "created_at": "",
    }


def _rows(n: int, policy_version: str, seed: int) -> Iterator[tuple[Any, ...]]:
    """(seq, record, created, stored JSON, prev hash, hash); each record is one of 500
    templates with its own id, item and time (written into the canonical JSON directly)."""
    rng = random.Random(seed)
    templates = []
    for _ in range(500):
        record = _record(rng, policy_version)
        marked = {**record, "id": "@ID@", "item_id": "@ITEM@", "created_at": "@AT@"}
        templates.append((record, canonical_json(marked)))
    step = DAYS * 86400 / n
    prev = GENESIS
    for seq in range(1, n + 1):
        template, text = rng.choice(templates)
        created = START + timedelta(seconds=seq * step)
        decision_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        item, at = f"item-{seq}", created.isoformat()
        stored = text.replace("@ID@", decision_id).replace("@ITEM@", item).replace("@AT@", at)
        record = {**template, "id": decision_id, "item_id": item}
        digest = chain_hash(prev, seq, stored)
        yield (seq, record, created, stored, prev, digest)
        prev = digest


def seed(engine: Engine, n: int, seed: int = 11) -> dict[str, int]:
    """N decisions (and their reviews) in a migrated PostgreSQL schema; returns counts."""
    log = DecisionLog(engine)
    loaded = load_policy(shipped_policy_path())
    log.record_policy(loaded)
    with engine.begin() as conn:  # COPY goes around the log: its months are made here
        ensure_months(conn, months_between(START, START + timedelta(days=DAYS)))
    version = loaded.version
    rng = random.Random(seed + 1)
    verdicts: list[tuple[Any, ...]] = []
    appeals: list[tuple[Any, ...]] = []
    raw = engine.raw_connection()
    last_seq, last_hash = 0, GENESIS
    try:
        cursor = raw.cursor()
        columns = "seq, id, item_id, surface, action, policy_version, created_at, record, "
        columns += "prev_hash, hash, " + ", ".join(SHAPE_COLUMNS)
        with cursor.copy(f"COPY decisions ({columns}) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for seq, record, created, stored, prev, digest in _rows(n, version, seed):
                keys = (seq, record["id"], record["item_id"], record["surface"])
                shape = shape_columns(record)  # as the log writes them on append
                row = (*keys, record["action"], version, created, stored, prev, digest)
                copy.write_row((*row, *(shape[c] for c in SHAPE_COLUMNS)))
                last_seq, last_hash = seq, digest
                reviewed = 0.9 if record["action"] == "hold_for_review" else 0.05
                if record["action"] != "allow" and rng.random() < reviewed:
                    verdicts.append(_verdict(rng, record, created))
                if record["action"] != "allow" and rng.random() < 0.01:
                    appeals.append(_appeal(rng, record, created))
        cursor.execute(
            "INSERT INTO chain_head (id, seq, hash) VALUES (1, %s, %s) "
            "ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash",
            (last_seq, last_hash),
        )
        _copy(cursor, "review_verdicts", VERDICT_COLUMNS, verdicts)
        _copy(cursor, "appeals", APPEAL_COLUMNS, appeals)
        raw.commit()
    finally:
        raw.close()
    with engine.begin() as conn:
        for table in ("decisions", "review_verdicts", "appeals"):
            conn.execute(text(f"ANALYZE {table}"))
    return {"decisions": n, "verdicts": len(verdicts), "appeals": len(appeals)}


VERDICT_COLUMNS = [
    "id",
    "task_id",
    "item_id",
    "decision_id",
    "reviewer",
    "role",
    "verdict",
    "category",
    "severity",
    "action",
    "time_spent_ms",
    "policy_version",
    "model_versions",
    "created_at",
]
APPEAL_COLUMNS = [
    "id",
    "decision_id",
    "item_id",
    "surface",
    "status",
    "resolved_by",
    "created_at",
    "resolved_at",
]


def _verdict(rng: random.Random, record: dict[str, Any], at: datetime) -> tuple[Any, ...]:
    violating = rng.random() < 0.8
    category = record["flagged"][0] if record["flagged"] else None
    return (
        str(uuid.uuid4()),
        str(uuid.uuid4()),
        record["item_id"],
        record["id"],
        "reviewer-1",
        "reviewer",
        "violating" if violating else "not_violating",
        category if violating else None,
        3 if violating else None,
        "block" if violating else None,
        45_000,
        record["policy_version"],
        json.dumps(record["model_versions"]),
        at + timedelta(hours=2),
    )


def _appeal(rng: random.Random, record: dict[str, Any], at: datetime) -> tuple[Any, ...]:
    status = rng.choice(("upheld", "reversed", "open"))
    resolved = at + timedelta(days=2) if status != "open" else None
    return (
        str(uuid.uuid4()),
        record["id"],
        record["item_id"],
        record["surface"],
        status,
        "senior-1" if resolved else None,
        at + timedelta(days=1),
        resolved,
    )


def _copy(cursor: Any, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)

"""One input line or row in, one output record out: the scan-batch contract.

Every engine (one process, a process pool, Ray) turns raw input into records
with these functions, in chunks of :data:`CHUNK`, so that the same input gives
byte-identical output whichever engine ran it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bastion.intake import InputError, item_from_json
from bastion.pipeline import Engine
from bastion.scanner import Scanner
from bastion.types import Decision, Item

__all__ = [
    "CHUNK",
    "Parsed",
    "decide_chunk",
    "decision_record",
    "parse_line",
    "parse_row",
    "record_line",
]

CHUNK = 64
"""Items decided together: embeddings are computed in one call, decisions logged in one
transaction. Shards are cut at multiples of it, so every engine batches the same items."""


@dataclass(frozen=True)
class Parsed:
    """One input line or row: an item to decide, or why it cannot be decided."""

    item: Item | None
    error: str | None = None
    raw_id: str | None = None
    """The id as far as it could be read, for the error record."""


def decision_record(decision: Decision) -> dict[str, Any]:
    """The scan-batch output contract for one decision."""
    full = decision.to_dict()
    return {
        "id": decision.item_id,
        "action": full["action"],
        "categories": full["categories"],
        "flagged": full["flagged"],
        "evidence": full["evidence"],
        "policy_version": full["policy_version"],
        "model_version": full["model_version"],
    }


def _readable_id(obj: Any) -> str | None:
    raw_id = obj.get("id") if isinstance(obj, Mapping) else None
    return str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else None


def parse_line(number: int, raw: bytes, max_text_bytes: int) -> Parsed:
    """A JSONL line (without its newline) as an item, or a located error."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Parsed(None, f"line {number}: not valid UTF-8 (byte {exc.start}: {exc.reason})")
    if not text.strip():
        return Parsed(None, f"line {number}: empty line")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Parsed(None, f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})")
    return _item(number, obj, max_text_bytes, "line")


def parse_row(number: int, row: Mapping[str, Any], max_text_bytes: int) -> Parsed:
    """A Parquet row (columns that are null are left out) as an item, or a located error."""
    return _item(number, {k: v for k, v in row.items() if v is not None}, max_text_bytes, "row")


def _item(number: int, obj: Any, max_text_bytes: int, unit: str) -> Parsed:
    try:
        return Parsed(item_from_json(obj, max_text_bytes))
    except InputError as exc:
        return Parsed(None, f"{unit} {number}: {exc}", _readable_id(obj))


def decide_chunk(
    engine: Engine | Scanner, parsed: Sequence[Parsed]
) -> tuple[list[dict[str, Any]], list[Decision]]:
    """Output records for a chunk, in input order, and the decisions made.

    The chunk is decided together (batched embeddings). Should that fail, each item is decided
    on its own, so one item that breaks a detector becomes one error record, not a lost chunk.
    """
    items = [p.item for p in parsed if p.item is not None]
    decided: list[Decision | str]
    try:
        decided = list(engine.decide_many(items))
    except Exception:
        decided = [_decide_alone(engine, item) for item in items]
    outcomes = iter(decided)
    records: list[dict[str, Any]] = []
    decisions: list[Decision] = []
    for p in parsed:
        if p.item is None:
            records.append({"id": p.raw_id, "error": p.error})
            continue
        outcome = next(outcomes)
        if isinstance(outcome, str):
            records.append({"id": p.item.id, "error": outcome})
        else:
            decisions.append(outcome)
            records.append(decision_record(outcome))
    return records, decisions


def _decide_alone(engine: Engine | Scanner, item: Item) -> Decision | str:
    try:
        return engine.decide(item)
    except Exception as exc:  # a broken item or detector must not end the batch
        return f"scan failed: {type(exc).__name__}: {exc}"


def record_line(record: Mapping[str, Any]) -> str:
    """One output record as a JSONL line."""
    return json.dumps(record, ensure_ascii=False) + "\n"

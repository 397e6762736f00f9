"""Ingesting Art. 16 notices (and trusted flaggers' notices) for transparency report Part 4.

Bastion is not a notice form; a platform that runs one exports its notices as
JSONL and ingests them here, one object per line::

    {"id": "n-1", "received_at": "2026-04-20T08:00:00Z", "source_type": "article_16",
     "category": "harassment", "items": 1, "decision_id": "...",
     "actioned_at": "2026-04-21T08:00:00Z", "action_ground": "incompatible"}

``source_type`` is ``article_16`` or ``trusted_flagger`` (or the API names
``SOURCE_ARTICLE_16`` / ``SOURCE_TRUSTED_FLAGGER``); ``category`` is a policy
category key or a ``STATEMENT_CATEGORY_*`` name (absent: not specified);
``action_ground`` is ``illegal``, ``incompatible`` or ``none``. A notice linked
to a decision makes that decision's statement of reasons cite it as its source.
Ingesting the same id twice keeps the first; bad lines are reported by number
and nothing from the file is stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import Engine, insert, select

from bastion.comply.tables import dsa_notices
from bastion.comply.vocabulary import CATEGORIES
from bastion.policy.schema import Policy

__all__ = ["NoticeFileError", "NoticeLine", "ingest_notices"]

_SOURCES = {
    "article_16": "SOURCE_ARTICLE_16",
    "trusted_flagger": "SOURCE_TRUSTED_FLAGGER",
    "SOURCE_ARTICLE_16": "SOURCE_ARTICLE_16",
    "SOURCE_TRUSTED_FLAGGER": "SOURCE_TRUSTED_FLAGGER",
}


class NoticeFileError(ValueError):
    """Lines of a notice file that cannot be ingested, each with its line number."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{path}:{p}" for p in problems))


class NoticeLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Annotated[str, Field(min_length=1, max_length=64)]
    received_at: datetime
    source_type: str
    notifier: Annotated[str, Field(max_length=256)] | None = None
    category: str | None = None
    items: Annotated[int, Field(ge=1)] = 1
    item_id: Annotated[str, Field(max_length=256)] | None = None
    decision_id: Annotated[str, Field(max_length=64)] | None = None
    actioned_at: datetime | None = None
    action_ground: Literal["illegal", "incompatible", "none"] | None = None

    @field_validator("source_type")
    @classmethod
    def _source(cls, value: str) -> str:
        if value not in _SOURCES:
            raise ValueError("must be 'article_16' or 'trusted_flagger'")
        return _SOURCES[value]

    @field_validator("received_at", "actioned_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a time zone, e.g. 2026-04-20T08:00:00Z")
        return value


@dataclass(frozen=True)
class IngestResult:
    read: int
    added: int


def _dsa_category(value: str | None, policy: Policy) -> str | None:
    if value is None:
        return None
    if value in policy.categories:
        return policy.categories[value].dsa.category
    name = value if value.startswith("STATEMENT_CATEGORY_") else f"STATEMENT_CATEGORY_{value}"
    if name in CATEGORIES:
        return name
    raise ValueError(f"category {value!r} is neither a policy category nor a DSA category")


def ingest_notices(engine: Engine, path: Path, policy: Policy) -> IngestResult:
    rows = []
    problems = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                notice = NoticeLine.model_validate(json.loads(line))
                category = _dsa_category(notice.category, policy)
            except json.JSONDecodeError as exc:
                problems.append(f"{number}: not JSON: {exc.msg}")
                continue
            except ValidationError as exc:
                for error in exc.errors():
                    where = ".".join(str(p) for p in error["loc"]) or "(line)"
                    problems.append(f"{number}: {where}: {error['msg']}")
                continue
            except ValueError as exc:
                problems.append(f"{number}: {exc}")
                continue
            if notice.actioned_at is not None and notice.actioned_at < notice.received_at:
                problems.append(f"{number}: actioned_at is before received_at")
                continue
            rows.append(
                {
                    "id": notice.id,
                    "received_at": notice.received_at,
                    "source_type": notice.source_type,
                    "notifier": notice.notifier,
                    "dsa_category": category,
                    "items": notice.items,
                    "item_id": notice.item_id,
                    "decision_id": notice.decision_id,
                    "actioned_at": notice.actioned_at,
                    "action_ground": notice.action_ground,
                    "created_at": datetime.now(UTC),
                }
            )
    if problems:
        raise NoticeFileError(path, problems)
    with engine.begin() as conn:
        known = {
            str(r.id)
            for r in conn.execute(
                select(dsa_notices.c.id).where(dsa_notices.c.id.in_([r["id"] for r in rows]))
            )
        }
        first: dict[str, dict[str, object]] = {}
        for row in rows:
            if row["id"] not in known:
                first.setdefault(str(row["id"]), row)
        fresh = list(first.values())
        if fresh:
            conn.execute(insert(dsa_notices), fresh)
    return IngestResult(len(rows), len(fresh))

"""What the review loop recorded, as typed values for the packages that read it.

Compliance (statements of reasons, the transparency report) and learning (label
export, hash banking) read verdicts and appeals through these functions; only
the review package touches its tables. Every value is in the shared vocabulary
of :mod:`bastion.types`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select, union
from sqlalchemy.sql import Select

from bastion.review.tables import appeals, review_tasks, review_verdicts
from bastion.store.database import as_utc, utcnow
from bastion.types import AccountAction, Action, ReviewReason, Severity, Verdict

__all__ = [
    "AppealRecord",
    "VerdictRecord",
    "applied_actions",
    "item_of",
    "read_appeals",
    "read_verdicts",
    "reviewed_decision_ids",
]

_CHUNK = 500


def applied_actions(
    action: str | None, account_action: str | None
) -> tuple[Action | str | None, AccountAction | None]:
    """A stored verdict's content and account action.

    Verdicts stored before account actions had their own column name the account action as
    ``action``; that meant the content was removed too. An action outside the vocabulary is
    returned as the stored string, so a reader can refuse to state it rather than guess.
    """
    accounts = {a.value for a in AccountAction}
    if action in accounts:
        return Action.BLOCK, AccountAction(action)
    content: Action | str | None = action
    if action is not None and action in {a.value for a in Action}:
        content = Action(action)
    account = AccountAction(account_action) if account_action in accounts else None
    return content, account


@dataclass(frozen=True)
class VerdictRecord:
    """One reviewer verdict with the task it was given on."""

    id: str
    task_id: str
    item_id: str
    decision_id: str | None
    """The decision under review: the task's, else the one the verdict names."""
    reviewer: str
    role: str
    verdict: Verdict
    category: str | None
    severity: Severity | None
    action: Action | str | None
    """The content action applied (a string only for a legacy value outside the vocabulary)."""
    account_action: AccountAction | None
    created_at: datetime
    task_reason: ReviewReason | None
    """Why the task existed (``uncertain``, ``appeal`` ...); None for an unknown legacy value."""
    task_category: str | None
    payload: dict[str, Any] | None = None

    @property
    def label_category(self) -> str | None:
        """The category the verdict speaks to: its own, else its task's."""
        return self.category or self.task_category

    @property
    def item(self) -> dict[str, Any] | None:
        return item_of(self.payload)


def item_of(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    """The item JSON inside a task payload: ``{"item": {...}}`` as the review queue stores
    it (``{"item": null, "content_missing": true}`` when the content was not kept), or a
    bare item."""
    if payload is None:
        return None
    if "item" in payload:
        item = payload["item"]
        return item if isinstance(item, dict) else None
    return payload


@dataclass(frozen=True)
class AppealRecord:
    id: str
    decision_id: str
    item_id: str
    status: str
    """``open`` | ``upheld`` (the decision stands) | ``reversed`` | ``withdrawn``."""
    created_at: datetime
    resolved_at: datetime | None
    account_action_id: str | None = None
    """Set when the appeal contests an account action rather than the content decision."""


def _reason(value: str | None) -> ReviewReason | None:
    return ReviewReason(value) if value in {r.value for r in ReviewReason} else None


def read_verdicts(
    engine: Engine,
    *,
    since: datetime | None = None,
    verdicts: Sequence[Verdict] | None = None,
    decision_ids: Sequence[str] | None = None,
    with_payload: bool = False,
) -> list[VerdictRecord]:
    """Verdicts (since ``since``, of the kinds in ``verdicts``, on ``decision_ids``; default
    all) with their task's reason, category and (``with_payload``) the item, oldest first."""
    if decision_ids is not None:
        out: list[VerdictRecord] = []
        for start in range(0, len(decision_ids), _CHUNK):
            chunk = list(decision_ids[start : start + _CHUNK])
            out.extend(_read_verdicts(engine, since, verdicts, chunk, with_payload))
        return sorted(out, key=lambda v: (v.created_at, v.id))
    return _read_verdicts(engine, since, verdicts, None, with_payload)


def _read_verdicts(
    engine: Engine,
    since: datetime | None,
    verdicts: Sequence[Verdict] | None,
    decision_ids: list[str] | None,
    with_payload: bool,
) -> list[VerdictRecord]:
    v, t = review_verdicts.c, review_tasks.c
    columns = [
        v.id,
        v.decision_id,
        t.decision_id.label("task_decision_id"),
        v.task_id,
        v.item_id,
        v.reviewer,
        v.role,
        v.verdict,
        v.category,
        v.severity,
        v.action,
        v.account_action,
        v.created_at,
        t.category.label("task_category"),
        t.reason.label("task_reason"),
    ]
    if with_payload:
        columns.append(t.payload)
    query = (
        select(*columns)
        .select_from(review_verdicts.outerjoin(review_tasks, t.id == v.task_id))
        .order_by(v.created_at, v.id)
    )
    if since is not None:
        query = query.where(v.created_at >= since)
    if verdicts is not None:
        query = query.where(v.verdict.in_([str(x) for x in verdicts]))
    if decision_ids is not None:
        query = query.where(v.decision_id.in_(decision_ids))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    out = []
    for r in rows:
        content, account = applied_actions(r.action, r.account_action)
        out.append(
            VerdictRecord(
                id=str(r.id),
                task_id=str(r.task_id),
                item_id=str(r.item_id),
                decision_id=r.task_decision_id or r.decision_id,
                reviewer=str(r.reviewer),
                role=str(r.role),
                verdict=Verdict(r.verdict),
                category=r.category,
                severity=Severity.from_rank(int(r.severity)) if r.severity else None,
                action=content,
                account_action=account,
                created_at=as_utc(r.created_at) or utcnow(),
                task_reason=_reason(r.task_reason),
                task_category=r.task_category,
                payload=_payload(r.payload) if with_payload else None,
            )
        )
    return out


def _payload(raw: str | None) -> dict[str, Any] | None:
    try:
        payload = json.loads(raw) if raw else None
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None


def read_appeals(
    engine: Engine,
    *,
    decision_ids: Sequence[str] | None = None,
    filed_from: datetime | None = None,
    filed_before: datetime | None = None,
) -> list[AppealRecord]:
    """Appeals (on ``decision_ids``; filed in ``[filed_from, filed_before)``), oldest first."""
    a = appeals.c
    query = select(appeals).order_by(a.created_at, a.id)
    if filed_from is not None:
        query = query.where(a.created_at >= filed_from)
    if filed_before is not None:
        query = query.where(a.created_at < filed_before)
    chunks: list[list[str] | None] = [None]
    if decision_ids is not None:
        ids = list(decision_ids)
        chunks = [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    out: list[AppealRecord] = []
    with engine.connect() as conn:
        for chunk in chunks:
            scoped = query if chunk is None else query.where(a.decision_id.in_(chunk))
            out.extend(_appeal(row) for row in conn.execute(scoped))
    return sorted(out, key=lambda x: (x.created_at, x.id))


def _appeal(row: Any) -> AppealRecord:
    return AppealRecord(
        id=str(row.id),
        decision_id=str(row.decision_id),
        item_id=str(row.item_id),
        status=str(row.status),
        created_at=as_utc(row.created_at) or utcnow(),
        resolved_at=as_utc(row.resolved_at),
        account_action_id=row.account_action_id,
    )


def reviewed_decision_ids() -> Select[Any]:
    """SQL: the ids of decisions that a reviewer judged or a user appealed (for queries that
    treat those decisions apart, e.g. the transparency report's aggregation)."""
    judged = select(review_verdicts.c.decision_id).where(review_verdicts.c.decision_id.is_not(None))
    return select(union(judged, select(appeals.c.decision_id)).subquery().c[0])

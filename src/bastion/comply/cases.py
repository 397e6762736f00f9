"""A decision with what happened to it afterwards: human verdicts, appeals, the notice behind it.

Compliance reads the decision log and the review tables (written by the review
loop) and never writes to them. A :class:`Case` is everything a statement of
reasons, a user notice or the transparency report needs about one decision,
read in one pass so that the three always agree.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, select

from bastion.policy.schema import Policy
from bastion.store.tables import appeals, decisions, dsa_notices, policy_versions, review_verdicts

__all__ = [
    "Appeal",
    "Case",
    "HumanVerdict",
    "NoticeSource",
    "Period",
    "load_cases",
    "load_cases_by_id",
    "policy_for",
    "utc",
]


def utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Period:
    """A reporting period of whole days, both ends included (``--from``/``--to``)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                f"the period ends ({self.end}) before it starts ({self.start}); "
                "swap --from and --to"
            )

    @property
    def lower(self) -> datetime:
        return datetime.combine(self.start, time.min, UTC)

    @property
    def upper(self) -> datetime:
        """Exclusive upper bound: midnight after the last day."""
        return datetime.combine(self.end + timedelta(days=1), time.min, UTC)

    def contains(self, moment: datetime) -> bool:
        return self.lower <= utc(moment) < self.upper


@dataclass(frozen=True)
class HumanVerdict:
    reviewer: str
    verdict: str
    """``violating`` | ``not_violating`` | ``escalate``."""
    category: str | None
    action: str | None
    created_at: datetime


@dataclass(frozen=True)
class Appeal:
    id: str
    status: str
    """``open`` | ``upheld`` (the decision stands) | ``reversed`` | ``withdrawn``."""
    created_at: datetime
    resolved_at: datetime | None


@dataclass(frozen=True)
class NoticeSource:
    """The Art. 16 notice that led to a decision (when one did)."""

    id: str
    source_type: str
    notifier: str | None
    received_at: datetime


@dataclass(frozen=True)
class Case:
    seq: int
    record: Mapping[str, Any]
    """The decision as stored in the log (``Decision.to_dict()``)."""
    verdicts: tuple[HumanVerdict, ...] = ()
    appeals: tuple[Appeal, ...] = ()
    notice: NoticeSource | None = None

    @property
    def decision_id(self) -> str:
        return str(self.record["id"])

    @property
    def created_at(self) -> datetime:
        return utc(datetime.fromisoformat(str(self.record["created_at"])))

    @property
    def final_verdict(self) -> HumanVerdict | None:
        """The last human verdict that settled the question (escalations do not)."""
        settled = [v for v in self.verdicts if v.verdict in ("violating", "not_violating")]
        return settled[-1] if settled else None


@dataclass
class _Related:
    verdicts: dict[str, list[HumanVerdict]] = field(default_factory=lambda: defaultdict(list))
    appeals: dict[str, list[Appeal]] = field(default_factory=lambda: defaultdict(list))
    notices: dict[str, NoticeSource] = field(default_factory=dict)


def _related(engine: Engine, ids: list[str]) -> _Related:
    out = _Related()
    with engine.connect() as conn:
        for row in conn.execute(
            select(review_verdicts)
            .where(review_verdicts.c.decision_id.in_(ids))
            .order_by(review_verdicts.c.created_at, review_verdicts.c.id)
        ):
            out.verdicts[str(row.decision_id)].append(
                HumanVerdict(
                    str(row.reviewer),
                    str(row.verdict),
                    row.category,
                    row.action,
                    utc(row.created_at),
                )
            )
        for row in conn.execute(
            select(appeals)
            .where(appeals.c.decision_id.in_(ids))
            .order_by(appeals.c.created_at, appeals.c.id)
        ):
            out.appeals[str(row.decision_id)].append(
                Appeal(
                    str(row.id),
                    str(row.status),
                    utc(row.created_at),
                    utc(row.resolved_at) if row.resolved_at is not None else None,
                )
            )
        for row in conn.execute(
            select(dsa_notices)
            .where(dsa_notices.c.decision_id.in_(ids))
            .order_by(dsa_notices.c.received_at)
        ):
            out.notices.setdefault(
                str(row.decision_id),
                NoticeSource(str(row.id), str(row.source_type), row.notifier, utc(row.received_at)),
            )
    return out


def _cases(engine: Engine, rows: list[Any]) -> list[Case]:
    related = _related(engine, [str(r.id) for r in rows])
    return [
        Case(
            seq=int(row.seq),
            record=json.loads(row.record),
            verdicts=tuple(related.verdicts.get(str(row.id), ())),
            appeals=tuple(related.appeals.get(str(row.id), ())),
            notice=related.notices.get(str(row.id)),
        )
        for row in rows
    ]


def load_cases(engine: Engine, period: Period, batch_size: int = 500) -> Iterator[Case]:
    """Every decision made in ``period`` (by its ``created_at``), oldest first, with its outcome."""
    last = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(decisions.c.seq, decisions.c.id, decisions.c.record)
                .where(
                    decisions.c.seq > last,
                    decisions.c.created_at >= period.lower,
                    decisions.c.created_at < period.upper,
                )
                .order_by(decisions.c.seq)
                .limit(batch_size)
            ).all()
        if not rows:
            return
        yield from _cases(engine, list(rows))
        last = int(rows[-1].seq)


def load_cases_by_id(engine: Engine, ids: list[str], batch_size: int = 500) -> dict[str, Case]:
    """The cases of the given decision ids (those that exist), by id."""
    found: dict[str, Case] = {}
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        with engine.connect() as conn:
            rows = conn.execute(
                select(decisions.c.seq, decisions.c.id, decisions.c.record)
                .where(decisions.c.id.in_(chunk))
                .order_by(decisions.c.seq)
            ).all()
        found.update({case.decision_id: case for case in _cases(engine, list(rows))})
    return found


def policy_for(engine: Engine, version: str, fallback: Policy) -> Policy:
    """The policy document that made decisions of ``version`` (stored with the log)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(policy_versions.c.document).where(policy_versions.c.version == version)
        ).first()
    if row is None:
        return fallback
    return Policy.model_validate(json.loads(row.document))

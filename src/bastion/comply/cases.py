"""A decision with what happened to it afterwards: verdicts, appeals, account actions, notice.

Compliance reads each fact through its owner - decisions from the decision log
(:class:`~bastion.store.DecisionLog`), verdicts and appeals from review
(:mod:`bastion.review.records`), account actions from the strike ledger
(:class:`~bastion.accounts.StrikeLedger`) - and writes none of them. A
:class:`Case` is everything a statement of reasons, a user notice or the
transparency report needs about one decision, read in one pass so that the three
always agree, and stating only what was recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, select

from bastion.accounts import AccountActionRecord, StrikeLedger
from bastion.comply.tables import dsa_notices
from bastion.policy.schema import Policy
from bastion.review.records import AppealRecord as Appeal
from bastion.review.records import VerdictRecord as HumanVerdict
from bastion.review.records import read_appeals, read_verdicts
from bastion.store import DecisionFilter, DecisionLog

__all__ = [
    "Appeal",
    "Case",
    "CaseReader",
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
    account_actions: tuple[AccountActionRecord, ...] = ()
    """Account actions taken on this decision (a reviewer's, or an escalation it triggered)."""

    @property
    def decision_id(self) -> str:
        return str(self.record["id"])

    @property
    def created_at(self) -> datetime:
        return utc(datetime.fromisoformat(str(self.record["created_at"])))

    @property
    def final_verdict(self) -> HumanVerdict | None:
        """The last human verdict that settled the question (escalations do not)."""
        settled = [v for v in self.verdicts if v.verdict.settles]
        return settled[-1] if settled else None

    @property
    def content_appeals(self) -> tuple[Appeal, ...]:
        """Appeals against the decision itself (not against an account action)."""
        return tuple(a for a in self.appeals if a.account_action_id is None)


class CaseReader:
    """Reads cases through the owners of each fact: the decision log, review, the ledger."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.log = DecisionLog(engine)
        self.ledger = StrikeLedger(engine)

    def cases(self, numbered: Sequence[tuple[int, dict[str, Any]]]) -> list[Case]:
        ids = [str(record["id"]) for _, record in numbered]
        verdicts: dict[str, list[HumanVerdict]] = defaultdict(list)
        for verdict in read_verdicts(self.engine, decision_ids=ids):
            if verdict.decision_id is not None:
                verdicts[verdict.decision_id].append(verdict)
        appealed: dict[str, list[Appeal]] = defaultdict(list)
        for appeal in read_appeals(self.engine, decision_ids=ids):
            appealed[appeal.decision_id].append(appeal)
        actions: dict[str, list[AccountActionRecord]] = defaultdict(list)
        for action in self.ledger.actions(decision_ids=ids):
            actions[str(action.decision_id)].append(action)
        notices = _notices(self.engine, ids)
        return [
            Case(
                seq=seq,
                record=record,
                verdicts=tuple(verdicts.get(str(record["id"]), ())),
                appeals=tuple(appealed.get(str(record["id"]), ())),
                notice=notices.get(str(record["id"])),
                account_actions=tuple(actions.get(str(record["id"]), ())),
            )
            for seq, record in numbered
        ]

    def in_period(self, period: Period, batch_size: int = 500) -> Iterator[Case]:
        """Every decision made in ``period`` (by ``created_at``), oldest first, with its outcome."""
        numbered = self.log.numbered(
            DecisionFilter(since=period.lower, until=period.upper), batch_size=batch_size
        )
        batch: list[tuple[int, dict[str, Any]]] = []
        for entry in numbered:
            batch.append(entry)
            if len(batch) == batch_size:
                yield from self.cases(batch)
                batch = []
        if batch:
            yield from self.cases(batch)

    def by_id(self, ids: Sequence[str]) -> dict[str, Case]:
        """The cases of the given decision ids (those that exist), by id."""
        records = self.log.get_many(ids)
        ordered = sorted(records.values(), key=lambda r: str(r["created_at"]))
        return {case.decision_id: case for case in self.cases([(0, r) for r in ordered])}


def _notices(engine: Engine, ids: list[str]) -> dict[str, NoticeSource]:
    found: dict[str, NoticeSource] = {}
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            for row in conn.execute(
                select(dsa_notices)
                .where(dsa_notices.c.decision_id.in_(ids[start : start + 500]))
                .order_by(dsa_notices.c.received_at)
            ):
                found.setdefault(
                    str(row.decision_id),
                    NoticeSource(
                        str(row.id), str(row.source_type), row.notifier, utc(row.received_at)
                    ),
                )
    return found


def load_cases(engine: Engine, period: Period, batch_size: int = 500) -> Iterator[Case]:
    """Every decision made in ``period`` (by its ``created_at``), oldest first, with its outcome."""
    yield from CaseReader(engine).in_period(period, batch_size)


def load_cases_by_id(engine: Engine, ids: list[str]) -> dict[str, Case]:
    """The cases of the given decision ids (those that exist), by id."""
    return CaseReader(engine).by_id(ids)


def policy_for(engine: Engine, version: str, fallback: Policy) -> Policy:
    """The policy document that made decisions of ``version`` (stored with the log)."""
    found = DecisionLog(engine).policy_version(version)
    if found is None:
        return fallback
    return Policy.model_validate(found.document)

"""The strike ledger: strikes per author, and the account actions that follow from them.

Writes happen inside the caller's transaction (the decision-log append for a
decision the policy enforced, the verdict for a reviewer's finding, the appeal
resolution that lifts them), so a strike and what caused it commit together.

Escalation reads the policy's :class:`~bastion.policy.schema.StrikePolicy`: after
each strike, the ladder for the strike's surface and audience is read, the
author's active strikes within each rung's window are counted, and the strictest
rung reached is applied unless an equal or stricter account action is already in
force. A strike removed on appeal lifts the escalations it triggered.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, update
from sqlalchemy.sql import Select

from bastion.accounts.tables import account_actions, strikes
from bastion.policy.schema import EscalationRung, Policy
from bastion.store.database import as_utc, utcnow
from bastion.types import AccountAction

__all__ = [
    "AccountActionRecord",
    "StrikeLedger",
    "StrikeRecord",
    "Violation",
    "actioned_decision_ids",
]

POLICY, REVIEWER = "policy", "reviewer"


@dataclass(frozen=True)
class Violation:
    """One violation held against an author: what a strike records."""

    author_id: str
    surface: str
    jurisdiction: str | None
    category: str | None
    decision_id: str | None
    verdict_id: str | None = None
    source: str = POLICY
    """``policy`` (an enforced decision) or ``reviewer`` (a violating verdict)."""


@dataclass(frozen=True)
class StrikeRecord:
    id: str
    author_id: str
    decision_id: str | None
    verdict_id: str | None
    category: str | None
    surface: str
    jurisdiction: str | None
    source: str
    created_at: datetime
    removed_at: datetime | None
    removed_because: str | None


@dataclass(frozen=True)
class AccountActionRecord:
    id: str
    author_id: str
    action: AccountAction
    source: str
    """``policy`` (the strike escalation) or ``reviewer``."""
    rule: str | None
    strike_id: str | None
    decision_id: str | None
    verdict_id: str | None
    reviewer: str | None
    category: str | None
    surface: str | None
    jurisdiction: str | None
    strikes: int | None
    """Active strikes counted when the policy applied it."""
    starts_at: datetime
    ends_at: datetime | None
    created_at: datetime
    lifted_at: datetime | None
    lifted_because: str | None

    def in_force(self, at: datetime) -> bool:
        return self.lifted_at is None and (self.ends_at is None or self.ends_at > at)


class StrikeLedger:
    """The ledger of one database; ``policy`` (its strike escalation) is needed to write."""

    def __init__(self, engine: Engine, policy: Policy | None = None) -> None:
        self.engine = engine
        self._policy = policy

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            raise RuntimeError("this ledger reads only: give it the policy to record strikes")
        return self._policy

    # -- writing (inside the caller's transaction) ---------------------------------------------

    def strike(
        self, conn: Connection, violation: Violation, at: datetime | None = None
    ) -> list[AccountActionRecord]:
        """Record a strike (once per decision) and apply the escalation it reaches."""
        at = at or utcnow()
        if violation.decision_id is not None:
            held = conn.execute(
                select(strikes.c.id, strikes.c.removed_at).where(
                    strikes.c.decision_id == violation.decision_id
                )
            ).first()
            if held is not None:
                if held.removed_at is None:
                    return []
                conn.execute(  # a later finding restores a strike an earlier one removed
                    update(strikes)
                    .where(strikes.c.id == held.id)
                    .values(removed_at=None, removed_because=None, created_at=at)
                )
                return self._escalate(conn, violation, str(held.id), at)
        strike_id = str(uuid.uuid4())
        conn.execute(
            insert(strikes).values(
                id=strike_id,
                author_id=violation.author_id,
                decision_id=violation.decision_id,
                verdict_id=violation.verdict_id,
                category=violation.category,
                surface=violation.surface,
                jurisdiction=violation.jurisdiction,
                source=violation.source,
                created_at=at,
            )
        )
        return self._escalate(conn, violation, strike_id, at)

    def _escalate(
        self, conn: Connection, violation: Violation, strike_id: str, at: datetime
    ) -> list[AccountActionRecord]:
        ladder = self.policy.escalation_for(violation.surface, violation.jurisdiction)
        reached: list[tuple[EscalationRung, int]] = []
        for rung in ladder:
            count = self._active_strikes(conn, violation.author_id, at, rung.within_days)
            if count >= rung.strikes:
                reached.append((rung, count))
        if not reached:
            return []
        rung, count = max(reached, key=lambda r: (r[0].action.strictness, r[0].strikes))
        in_force = [a.action for a in self._in_force(conn, violation.author_id, at)]
        strongest = AccountAction.strictest(in_force)
        if strongest is not None and strongest.strictness >= rung.action.strictness:
            return []
        return [
            self.apply(
                conn,
                violation,
                rung.action,
                days=rung.days,
                rule=rung.describe(),
                strike_id=strike_id,
                strikes_counted=count,
                at=at,
            )
        ]

    def apply(
        self,
        conn: Connection,
        violation: Violation,
        action: AccountAction,
        *,
        days: int | None,
        reviewer: str | None = None,
        rule: str | None = None,
        strike_id: str | None = None,
        strikes_counted: int | None = None,
        at: datetime | None = None,
    ) -> AccountActionRecord:
        """Record an account action against ``violation.author_id`` (a reviewer's, or a rung's)."""
        at = at or utcnow()
        values: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "author_id": violation.author_id,
            "action": action.value,
            "source": POLICY if reviewer is None else REVIEWER,
            "rule": rule,
            "strike_id": strike_id,
            "decision_id": violation.decision_id,
            "verdict_id": violation.verdict_id,
            "reviewer": reviewer,
            "category": violation.category,
            "surface": violation.surface,
            "jurisdiction": violation.jurisdiction,
            "strikes": strikes_counted,
            "starts_at": at,
            "ends_at": at + timedelta(days=days) if days else None,
            "created_at": at,
        }
        conn.execute(insert(account_actions).values(**values))
        return _action(_Row(values))

    def remove_strikes(
        self, conn: Connection, decision_id: str, because: str, at: datetime | None = None
    ) -> list[str]:
        """Remove the strike for ``decision_id`` and lift what it led to: the account actions
        on that decision and the escalations the strike triggered. Returns lifted action ids."""
        at = at or utcnow()
        removed = [
            str(r.id)
            for r in conn.execute(
                select(strikes.c.id).where(
                    strikes.c.decision_id == decision_id, strikes.c.removed_at.is_(None)
                )
            )
        ]
        if removed:
            conn.execute(
                update(strikes)
                .where(strikes.c.id.in_(removed))
                .values(removed_at=at, removed_because=because)
            )
        a = account_actions.c
        lifted = [
            str(r.id)
            for r in conn.execute(
                select(a.id).where(
                    a.lifted_at.is_(None),
                    or_(a.decision_id == decision_id, a.strike_id.in_(removed or [""])),
                )
            )
        ]
        for action_id in lifted:
            self.lift(conn, action_id, because, at)
        return lifted

    def lift(
        self, conn: Connection, action_id: str, because: str, at: datetime | None = None
    ) -> bool:
        """Lift an account action (an appeal succeeded); False if it was already lifted."""
        moved = conn.execute(
            update(account_actions)
            .where(account_actions.c.id == action_id, account_actions.c.lifted_at.is_(None))
            .values(lifted_at=at or utcnow(), lifted_because=because)
        )
        return bool(moved.rowcount)

    # -- reading --------------------------------------------------------------------------------

    def _active_strikes(self, conn: Connection, author_id: str, at: datetime, days: int) -> int:
        s = strikes.c
        return int(
            conn.execute(
                select(func.count()).where(
                    s.author_id == author_id,
                    s.removed_at.is_(None),
                    s.created_at > at - timedelta(days=days),
                    s.created_at <= at,
                )
            ).scalar_one()
        )

    def _in_force(
        self, conn: Connection, author_id: str, at: datetime
    ) -> list[AccountActionRecord]:
        a = account_actions.c
        rows = conn.execute(
            select(account_actions).where(
                a.author_id == author_id,
                a.lifted_at.is_(None),
                or_(a.ends_at.is_(None), a.ends_at > at),
            )
        ).all()
        return [_action(r) for r in rows]

    def standing(
        self, author_id: str, at: datetime | None = None
    ) -> tuple[list[StrikeRecord], list[AccountActionRecord]]:
        """An author's active strikes and the account actions in force."""
        at = at or utcnow()
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(strikes)
                .where(strikes.c.author_id == author_id, strikes.c.removed_at.is_(None))
                .order_by(strikes.c.created_at)
            ).all()
            return [_strike(r) for r in rows], self._in_force(conn, author_id, at)

    def action(self, action_id: str, conn: Connection | None = None) -> AccountActionRecord | None:
        query = select(account_actions).where(account_actions.c.id == action_id)
        if conn is not None:
            row = conn.execute(query).first()
        else:
            with self.engine.connect() as own:
                row = own.execute(query).first()
        return None if row is None else _action(row)

    def actions(
        self,
        *,
        applied_from: datetime | None = None,
        applied_before: datetime | None = None,
        ids: Sequence[str] | None = None,
        decision_ids: Sequence[str] | None = None,
    ) -> list[AccountActionRecord]:
        """Account actions (created in ``[applied_from, applied_before)``, by id or decision),
        oldest first."""
        a = account_actions.c
        clauses = []
        if applied_from is not None:
            clauses.append(a.created_at >= applied_from)
        if applied_before is not None:
            clauses.append(a.created_at < applied_before)
        if ids is not None:
            clauses.append(a.id.in_(list(ids)))
        if decision_ids is not None:
            clauses.append(a.decision_id.in_(list(decision_ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(account_actions).where(and_(*clauses)).order_by(a.created_at, a.id)
            ).all()
        return [_action(r) for r in rows]


def actioned_decision_ids() -> Select[Any]:
    """SQL: the ids of decisions that led to an account action."""
    a = account_actions.c
    return select(a.decision_id).where(a.decision_id.is_not(None))


class _Row:
    """Attribute access over a values dict (what :meth:`StrikeLedger.apply` just inserted)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
        self.__dict__.setdefault("lifted_at", None)
        self.__dict__.setdefault("lifted_because", None)


def _strike(row: Any) -> StrikeRecord:
    return StrikeRecord(
        id=str(row.id),
        author_id=str(row.author_id),
        decision_id=row.decision_id,
        verdict_id=row.verdict_id,
        category=row.category,
        surface=str(row.surface),
        jurisdiction=row.jurisdiction,
        source=str(row.source),
        created_at=as_utc(row.created_at) or utcnow(),
        removed_at=as_utc(row.removed_at),
        removed_because=row.removed_because,
    )


def _action(row: Any) -> AccountActionRecord:
    return AccountActionRecord(
        id=str(row.id),
        author_id=str(row.author_id),
        action=AccountAction(row.action),
        source=str(row.source),
        rule=row.rule,
        strike_id=row.strike_id,
        decision_id=row.decision_id,
        verdict_id=row.verdict_id,
        reviewer=row.reviewer,
        category=row.category,
        surface=row.surface,
        jurisdiction=row.jurisdiction,
        strikes=int(row.strikes) if row.strikes is not None else None,
        starts_at=as_utc(row.starts_at) or utcnow(),
        ends_at=as_utc(row.ends_at),
        created_at=as_utc(row.created_at) or utcnow(),
        lifted_at=as_utc(row.lifted_at),
        lifted_because=row.lifted_because,
    )

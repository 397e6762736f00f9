"""Reading the decision log: typed queries for every package that needs decisions.

Review, compliance, learning and the service read decisions, policy versions and
the hash chain through these methods of :class:`~bastion.store.DecisionLog`; only
the store touches its tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, case, func, select
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement

from bastion.store.database import as_utc, utcnow
from bastion.store.tables import chain_head, decisions, policy_versions

__all__ = ["ChainLink", "DecisionFilter", "DecisionShape", "LogReader", "PolicyVersion"]

_CHUNK = 500
_HEAD_ID = 1


@dataclass(frozen=True)
class DecisionFilter:
    """Which decisions to read; every field left None matches all."""

    item_id: str | None = None
    item_ids: Sequence[str] | None = None
    surface: str | None = None
    action: str | None = None
    policy_version: str | None = None
    since: datetime | None = None
    """``created_at >= since``."""
    until: datetime | None = None
    """``created_at < until``."""

    def clauses(self) -> list[ColumnElement[bool]]:
        c = decisions.c
        found: list[ColumnElement[bool]] = []
        for column, value in (
            (c.item_id, self.item_id),
            (c.surface, self.surface),
            (c.action, self.action),
            (c.policy_version, self.policy_version),
        ):
            if value is not None:
                found.append(column == value)
        if self.item_ids is not None:
            found.append(c.item_id.in_(list(self.item_ids)))
        if self.since is not None:
            found.append(c.created_at >= self.since)
        if self.until is not None:
            found.append(c.created_at < self.until)
        return found


@dataclass(frozen=True)
class PolicyVersion:
    version: str
    name: str
    content_hash: str
    created_at: datetime
    document: dict[str, Any]


@dataclass(frozen=True)
class DecisionShape:
    """Decisions alike in every field but their ids, times and scores: the same policy
    version, action, surfaces, audience, automation flags and flagged categories."""

    policy_version: str
    action: str
    surface: str
    applied_surface: str | None
    jurisdiction: str | None
    automated_detection: bool
    automated_decision: bool
    flagged: tuple[str, ...]
    count: int
    sample_id: str
    """One of them (a representative to read whole)."""
    apart: bool = False
    """A decision kept apart from any group (``count`` 1, ``sample_id`` its id)."""


@dataclass(frozen=True)
class ChainLink:
    """One stored record with its place in the hash chain, exactly as stored."""

    seq: int
    id: str
    prev_hash: str
    hash: str
    record: str


class LogReader:
    engine: Engine

    def get(self, decision_id: str, conn: Connection | None = None) -> dict[str, Any] | None:
        """One decision record; inside the caller's transaction when ``conn`` is given."""
        query = select(decisions.c.record).where(decisions.c.id == decision_id)
        if conn is not None:
            row = conn.execute(query).first()
        else:
            with self.engine.connect() as own:
                row = own.execute(query).first()
        return None if row is None else dict(json.loads(row.record))

    def get_many(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The records of the given decision ids (those that exist), by id."""
        found: dict[str, dict[str, Any]] = {}
        unique = sorted(set(ids))
        with self.engine.connect() as conn:
            for start in range(0, len(unique), _CHUNK):
                chunk = unique[start : start + _CHUNK]
                rows = conn.execute(
                    select(decisions.c.id, decisions.c.record).where(decisions.c.id.in_(chunk))
                ).all()
                found.update({str(r.id): dict(json.loads(r.record)) for r in rows})
        return found

    def actions(self, ids: Sequence[str]) -> dict[str, str]:
        """The action of each given decision id (those that exist)."""
        found: dict[str, str] = {}
        unique = sorted(set(ids))
        with self.engine.connect() as conn:
            for start in range(0, len(unique), _CHUNK):
                chunk = unique[start : start + _CHUNK]
                rows = conn.execute(
                    select(decisions.c.id, decisions.c.action).where(decisions.c.id.in_(chunk))
                ).all()
                found.update({str(r.id): str(r.action) for r in rows})
        return found

    def count(self, where: DecisionFilter | None = None) -> int:
        query = select(func.count()).select_from(decisions)
        if where is not None:
            query = query.where(*where.clauses())
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def records(
        self, where: DecisionFilter | None = None, batch_size: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """Every stored decision record (matching ``where``), oldest first."""
        for _, record in self.numbered(where, batch_size=batch_size):
            yield record

    def numbered(
        self,
        where: DecisionFilter | None = None,
        *,
        newest_first: bool = False,
        before_seq: int | None = None,
        batch_size: int = 1000,
    ) -> Iterator[tuple[int, dict[str, Any]]]:
        """(sequence number, record) pairs matching ``where``, read in batches.

        Oldest first, or newest first (``before_seq`` then starts below that number: the
        cursor of a paged listing).
        """
        clauses = where.clauses() if where is not None else []
        seq = decisions.c.seq
        cursor = before_seq
        while True:
            query = select(seq, decisions.c.record).where(*clauses)
            if cursor is not None:
                query = query.where(seq < cursor if newest_first else seq > cursor)
            order = seq.desc() if newest_first else seq
            with self.engine.connect() as conn:
                rows = conn.execute(query.order_by(order).limit(batch_size)).all()
            if not rows:
                return
            for row in rows:
                yield int(row.seq), dict(json.loads(row.record))
            cursor = int(rows[-1].seq)

    def shapes(self, where: DecisionFilter, apart: Select[Any]) -> Iterator[DecisionShape]:
        """The decisions matching ``where`` grouped into shapes, in one pass in SQL over the
        counted fields' columns (written at append time, migration 0012: no record is parsed).
        Kept apart, one by one: decisions whose id ``apart`` selects (e.g. those a human
        reviewed), and decisions that flag more than one category (which of them counts first
        depends on their scores)."""
        d = decisions.c
        values = [d.applied_surface, d.jurisdiction, d.automated_detection, d.automated_decision]
        values.append(d.flagged)
        several = d.flagged_count > 1
        alone = case((several | d.id.in_(apart), d.id), else_=None)
        keys = [d.policy_version, d.action, d.surface, *values, alone]
        query = select(*keys, func.count(), func.min(d.id)).where(*where.clauses()).group_by(*keys)
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":  # hash the groups in memory, not sort on disk
                conn.exec_driver_sql("SET LOCAL work_mem = '256MB'")
            for row in conn.execution_options(yield_per=2000).execute(query):
                version, action, surface, applied, jurisdiction, detected, decided = row[:7]
                flagged_json, apart_id, count, sample = row[7:]
                yield DecisionShape(
                    str(version),
                    str(action),
                    str(surface),
                    applied,
                    jurisdiction,
                    bool(detected),
                    bool(decided),
                    tuple(json.loads(flagged_json or "[]")),
                    int(count),
                    str(apart_id or sample),
                    apart=apart_id is not None,
                )

    # -- the policies that made decisions ----------------------------------------------------

    def policy_versions(self) -> list[PolicyVersion]:
        """Every recorded policy version, newest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(policy_versions).order_by(policy_versions.c.created_at.desc())
            ).all()
        return [_policy_version(r) for r in rows]

    def policy_version(self, version: str) -> PolicyVersion | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(policy_versions).where(policy_versions.c.version == version)
            ).first()
        return None if row is None else _policy_version(row)

    # -- the chain, for audit exports ----------------------------------------------------------

    def head(self) -> tuple[int, str] | None:
        """The chain head: last sequence number and hash (None before the first append)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(chain_head.c.seq, chain_head.c.hash).where(chain_head.c.id == _HEAD_ID)
            ).first()
        return None if row is None else (int(row.seq), str(row.hash))

    def seq_range(self, since: datetime, until: datetime) -> tuple[int, int] | None:
        """First and last sequence number of the decisions made in ``[since, until)``."""
        c = decisions.c
        with self.engine.connect() as conn:
            first, last = conn.execute(
                select(func.min(c.seq), func.max(c.seq)).where(
                    c.created_at >= since, c.created_at < until
                )
            ).one()
        return None if first is None else (int(first), int(last))

    def links(self, first: int, last: int, batch_size: int = 2000) -> Iterator[ChainLink]:
        """The stored records ``first..last`` with their hashes, in order."""
        c = decisions.c
        cursor = first - 1
        while cursor < last:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(c.seq, c.id, c.prev_hash, c.hash, c.record)
                    .where(c.seq > cursor, c.seq <= last)
                    .order_by(c.seq)
                    .limit(batch_size)
                ).all()
            if not rows:
                return
            for row in rows:
                yield ChainLink(
                    int(row.seq), str(row.id), str(row.prev_hash), str(row.hash), str(row.record)
                )
            cursor = int(rows[-1].seq)


def _policy_version(row: Any) -> PolicyVersion:
    return PolicyVersion(
        version=str(row.version),
        name=str(row.name),
        content_hash=str(row.content_hash),
        created_at=as_utc(row.created_at) or utcnow(),
        document=dict(json.loads(row.document)),
    )

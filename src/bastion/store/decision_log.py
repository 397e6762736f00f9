"""The decision log: append-only, hash-chained, verifiable.

Each record stores the decision as canonical JSON plus ``hash =
sha256(prev_hash, seq, record)``. A ``chain_head`` row, updated in the same
transaction, holds the last sequence number and hash, so deleting the newest
records is caught too. Editing, deleting or reordering any record breaks the
chain, and :meth:`DecisionLog.verify` says where. (Someone who can rewrite the
whole table *and* the head can forge a consistent chain; anchor the head hash
that ``bastion audit verify`` prints somewhere they cannot reach.)

Appends are atomic (one transaction per batch) and concurrency-safe on SQLite
and PostgreSQL: every writer moves the single head row, so two can never fork
the chain.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from bastion.policy.loader import LoadedPolicy
from bastion.store.database import open_engine, upgrade
from bastion.store.log_reading import LogReader
from bastion.store.partitions import ensure_months, month_of
from bastion.store.tables import chain_head, decisions, policy_versions
from bastion.types import Decision, Item

__all__ = ["GENESIS", "AppendHook", "AuditReport", "DecisionLog", "Recorded"]

GENESIS = "0" * 64
_HEAD_ID = 1
_RETRIES = 50


@dataclass(frozen=True)
class Recorded:
    """A decision being appended, with its item when the caller still has it."""

    decision: Decision
    item: Item | None = None
    """None when the decision was made elsewhere (another process) and only it is logged."""


AppendHook = Callable[[Connection, Sequence[Recorded]], None]
"""Called inside the transaction that appends decisions (review routing and the strike
ledger use it, so a held decision and its review task, an enforced decision and the
author's strike, commit together)."""


def canonical_json(value: Any) -> str:
    """The one JSON form of a record (or of a part of one): sorted keys, no spaces."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def shape_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The counted fields of a record, as the ``decisions`` columns that hold them."""
    flagged = record.get("flagged")
    return {
        "applied_surface": record.get("applied_surface"),
        "jurisdiction": record.get("jurisdiction"),
        "automated_detection": record.get("automated_detection"),
        "automated_decision": record.get("automated_decision"),
        "flagged": None if flagged is None else canonical_json(flagged),
        "flagged_count": None if flagged is None else len(flagged),
    }


def chain_hash(prev_hash: str, seq: int, record: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{seq}\n{record}".encode()).hexdigest()


@dataclass
class AuditReport:
    checked: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class DecisionLog(LogReader):
    """The append-only log; reading it is :class:`~bastion.store.log_reading.LogReader`'s."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.hooks: list[AppendHook] = []
        # Months whose partition is known to exist (PostgreSQL; see bastion.store.partitions).
        self._months: set[tuple[int, int]] = set()

    @classmethod
    def open(cls, url: str) -> DecisionLog:
        engine = open_engine(url)
        upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def record_policy(self, loaded: LoadedPolicy) -> None:
        """Store the policy document under its version (once), so decisions can cite it."""
        # Another process may record the same version concurrently; either copy is the same.
        with contextlib.suppress(IntegrityError), self.engine.begin() as conn:
            exists = conn.execute(
                select(policy_versions.c.version).where(policy_versions.c.version == loaded.version)
            ).first()
            if exists is None:
                conn.execute(
                    insert(policy_versions).values(
                        version=loaded.version,
                        name=loaded.policy.name,
                        content_hash=loaded.content_hash,
                        document=loaded.canonical_json(),
                        created_at=datetime.now(UTC),
                    )
                )

    def append(
        self, batch: Sequence[Decision], items: Mapping[str, Item] | None = None
    ) -> list[int]:
        """Append decisions atomically; returns their sequence numbers.

        ``items`` (decision id -> item) hands the hooks what was decided on: reviewers see
        the content, strikes go to the author.
        """
        if not batch:
            return []
        records = [canonical_json(d.to_dict()) for d in batch]
        for attempt in range(_RETRIES):
            try:
                with self.engine.begin() as conn:
                    return self._append(conn, batch, records, items)
            except IntegrityError:
                # A connection lost during COMMIT leaves it unknown whether the commit happened;
                # the retry then finds the decisions already there (their ids are unique).
                # That is success, not an error: each decision is in the log exactly once.
                committed = self._committed(batch) if attempt > 0 else None
                if committed is None:
                    raise
                return committed
            except (OperationalError, _LostRaceError):
                if attempt == _RETRIES - 1:
                    raise
                time.sleep(min(0.001 * 2**attempt, 0.2))
        raise AssertionError("unreachable")

    def _committed(self, batch: Sequence[Decision]) -> list[int] | None:
        """The sequence numbers of ``batch`` if all of it is already in the log, else None."""
        ids = [d.id for d in batch]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(decisions.c.id, decisions.c.seq).where(decisions.c.id.in_(ids))
            ).all()
        found = {str(row.id): int(row.seq) for row in rows}
        return [found[i] for i in ids] if len(found) == len(ids) else None

    def append_in(
        self,
        conn: Connection,
        batch: Sequence[Decision],
        items: Mapping[str, Item] | None = None,
    ) -> list[int]:
        """Append decisions inside the caller's transaction, so they commit with its other writes.

        The job queue uses this to write a job's decision in the same transaction that marks the
        job done. On SQLite the caller must already hold the write lock (``BEGIN IMMEDIATE`` as
        the transaction's first statement). No retries here: the caller owns the transaction.
        """
        records = [canonical_json(d.to_dict()) for d in batch]
        return self._append(conn, batch, records, items, locked=True) if batch else []

    def _append(
        self,
        conn: Connection,
        batch: Sequence[Decision],
        records: list[str],
        items: Mapping[str, Item] | None,
        *,
        locked: bool = False,
    ) -> list[int]:
        # PostgreSQL: the row lock on the head serialises writers. SQLite: take the database
        # write lock before reading the head (the driver would otherwise read outside the
        # transaction and two writers could pick the same sequence number).
        if conn.dialect.name == "sqlite" and not locked:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        head = conn.execute(
            select(chain_head.c.seq, chain_head.c.hash)
            .where(chain_head.c.id == _HEAD_ID)
            .with_for_update()
        ).one()
        seq, prev = int(head.seq), str(head.hash)
        start = seq
        months = {month_of(d.created_at) for d in batch} - self._months
        if months and conn.dialect.name == "postgresql":
            # Under the head's row lock: no other writer creates the same month meanwhile.
            ensure_months(conn, months)
            self._months |= months
        rows = []
        for decision, record in zip(batch, records, strict=True):
            seq += 1
            digest = chain_hash(prev, seq, record)
            rows.append(
                {
                    "seq": seq,
                    "id": decision.id,
                    "item_id": decision.item_id,
                    "surface": decision.surface,
                    "action": decision.action.value,
                    "policy_version": decision.policy_version,
                    "created_at": decision.created_at,
                    "record": record,
                    "prev_hash": prev,
                    "hash": digest,
                    **shape_columns(
                        {
                            "applied_surface": decision.applied_surface,
                            "jurisdiction": decision.jurisdiction,
                            "automated_detection": decision.automated_detection,
                            "automated_decision": decision.automated_decision,
                            "flagged": list(decision.flagged),
                        }
                    ),
                }
            )
            prev = digest
        conn.execute(insert(decisions), rows)
        moved = conn.execute(
            update(chain_head)
            .where(chain_head.c.id == _HEAD_ID, chain_head.c.seq == start)
            .values(seq=seq, hash=prev)
        )
        if moved.rowcount != 1:
            raise _LostRaceError()
        recorded = [Recorded(d, (items or {}).get(d.id)) for d in batch]
        for hook in self.hooks:
            hook(conn, recorded)
        return list(range(start + 1, seq + 1))

    def verify(self, batch_size: int = 5000) -> AuditReport:
        """Walk the whole chain and report every break."""
        report = AuditReport()
        expected_seq, prev = 1, GENESIS
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(decisions)
                    .where(decisions.c.seq > last)
                    .order_by(decisions.c.seq)
                    .limit(batch_size)
                ).all()
            if not rows:
                break
            for row in rows:
                self._check_row(row, expected_seq, prev, report)
                report.checked += 1
                expected_seq, prev = int(row.seq) + 1, str(row.hash)
            last = int(rows[-1].seq)
        with self.engine.connect() as conn:
            head = conn.execute(
                select(chain_head.c.seq, chain_head.c.hash).where(chain_head.c.id == _HEAD_ID)
            ).first()
        head_seq, head_hash = (0, GENESIS) if head is None else (int(head.seq), str(head.hash))
        report.head_seq, report.head_hash = head_seq, head_hash
        if head_seq != expected_seq - 1 or head_hash != prev:
            report.problems.append(
                f"chain head says seq {head_seq} but the log ends at seq {expected_seq - 1}: "
                "the newest records were deleted or the head was altered"
            )
        return report

    @staticmethod
    def _check_row(row: Any, expected_seq: int, prev: str, report: AuditReport) -> None:
        seq = int(row.seq)
        if seq != expected_seq:
            report.problems.append(
                f"records {expected_seq}..{seq - 1} are missing (deleted)"
                if seq > expected_seq
                else f"record {seq} is out of order"
            )
        if row.prev_hash != prev:
            report.problems.append(f"record {seq}: does not link to the record before it")
        if chain_hash(row.prev_hash, seq, row.record) != row.hash:
            report.problems.append(f"record {seq}: content was edited (hash mismatch)")
            return
        try:
            record = json.loads(row.record)
        except ValueError:
            report.problems.append(f"record {seq}: stored record is not valid JSON")
            return
        for column in ("id", "item_id", "surface", "action", "policy_version"):
            if record.get(column) != getattr(row, column):
                report.problems.append(f"record {seq}: column {column!r} was edited")


class _LostRaceError(Exception):
    """Another writer moved the chain head first; retry."""

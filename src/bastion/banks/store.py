"""Persistence of hash banks, their entries and match verdicts (SQLAlchemy Core)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from bastion import taxonomy
from bastion.banks.tables import (
    hash_bank_changes,
    hash_bank_entries,
    hash_bank_matches,
    hash_banks,
)
from bastion.store.database import open_engine, upgrade, utcnow

__all__ = [
    "KINDS",
    "STATUSES",
    "Bank",
    "BankError",
    "BankMatch",
    "BankStore",
    "Change",
    "Entry",
]

KINDS = ("pdq", "chromaprint")
STATUSES = ("pending", "confirmed", "deconfirmed")


class BankError(ValueError):
    """A bank operation cannot be done as asked; the message says why."""


@dataclass(frozen=True)
class Bank:
    id: str
    name: str
    kind: str
    category: str
    description: str | None
    max_distance: float | None
    entries: int = 0


@dataclass(frozen=True)
class Entry:
    id: str
    bank_id: str
    hash: str
    quality: int | None
    label: str | None
    source: str | None


@dataclass(frozen=True)
class Change:
    """An entry added to or removed from a bank (``hash``: the entry's hashes)."""

    seq: int
    bank_id: str
    entry_id: str
    op: str
    hash: str


@dataclass(frozen=True)
class BankMatch:
    id: str
    bank: str
    entry_id: str
    content_key: str
    item_id: str | None
    distance: float
    status: str


class BankStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> BankStore:
        engine = open_engine(url)
        upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- banks -------------------------------------------------------------------

    def create_bank(
        self,
        name: str,
        kind: str,
        category: str = "known-match",
        description: str | None = None,
        max_distance: float | None = None,
    ) -> Bank:
        if kind not in KINDS:
            raise BankError(f"bank kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if not taxonomy.is_category(category):
            raise BankError(f"unknown category {category!r}")
        if not name or len(name) > 128:
            raise BankError("bank name must be 1 to 128 characters")
        bank_id = str(uuid.uuid4())
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(hash_banks).values(
                        id=bank_id,
                        name=name,
                        kind=kind,
                        category=category,
                        description=description,
                        max_distance=max_distance,
                        created_at=utcnow(),
                    )
                )
        except IntegrityError:
            raise BankError(f"a bank named {name!r} already exists") from None
        return Bank(bank_id, name, kind, category, description, max_distance)

    def banks(self, kind: str | None = None, *, counts: bool = True) -> list[Bank]:
        """Every bank (of ``kind``), with its number of entries unless ``counts`` is False
        (counting reads every entry: what a frequent refresh must not do)."""
        if not counts:
            query = select(hash_banks).order_by(hash_banks.c.name)
            if kind is not None:
                query = query.where(hash_banks.c.kind == kind)
            with self.engine.connect() as conn:
                return [
                    Bank(r.id, r.name, r.kind, r.category, r.description, r.max_distance)
                    for r in conn.execute(query)
                ]
        entry_counts = (
            select(hash_bank_entries.c.bank_id, func.count().label("n"))
            .group_by(hash_bank_entries.c.bank_id)
            .subquery()
        )
        query = (
            select(hash_banks, func.coalesce(entry_counts.c.n, 0))
            .outerjoin(entry_counts, entry_counts.c.bank_id == hash_banks.c.id)
            .order_by(hash_banks.c.name)
        )
        if kind is not None:
            query = query.where(hash_banks.c.kind == kind)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            Bank(r.id, r.name, r.kind, r.category, r.description, r.max_distance, int(r[-1]))
            for r in rows
        ]

    def bank(self, name: str) -> Bank:
        for bank in self.banks():
            if bank.name == name:
                return bank
        raise BankError(f"no bank named {name!r} (see: bastion banks list)")

    # -- entries -----------------------------------------------------------------

    def add_entry(
        self,
        bank: Bank,
        hash_value: str,
        quality: int | None = None,
        label: str | None = None,
        source: str | None = None,
    ) -> Entry:
        entry = Entry(str(uuid.uuid4()), bank.id, hash_value, quality, label, source)
        with self.engine.begin() as conn:
            conn.execute(
                insert(hash_bank_entries).values(
                    id=entry.id,
                    bank_id=bank.id,
                    hash=hash_value,
                    quality=quality,
                    label=label,
                    source=source,
                    added_at=utcnow(),
                )
            )
            _log_change(conn, bank.id, entry.id, "add", hash_value)
        return entry

    def remove_entry(self, entry_id: str) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(
                select(hash_bank_entries.c.bank_id, hash_bank_entries.c.hash).where(
                    hash_bank_entries.c.id == entry_id
                )
            ).first()
            if row is None:
                raise BankError(f"no bank entry with id {entry_id!r}")
            conn.execute(delete(hash_bank_entries).where(hash_bank_entries.c.id == entry_id))
            _log_change(conn, row.bank_id, entry_id, "remove", row.hash)

    def entries(self, kind: str) -> list[tuple[Bank, Entry]]:
        banks = {b.id: b for b in self.banks(kind)}
        if not banks:
            return []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(hash_bank_entries).where(hash_bank_entries.c.bank_id.in_(list(banks)))
            ).all()
        return [
            (banks[r.bank_id], Entry(r.id, r.bank_id, r.hash, r.quality, r.label, r.source))
            for r in rows
        ]

    def entries_by_id(self, ids: Sequence[str]) -> list[Entry]:
        """These entries (those that still exist)."""
        if not ids:
            return []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(hash_bank_entries).where(hash_bank_entries.c.id.in_(list(ids)))
            ).all()
        return [Entry(r.id, r.bank_id, r.hash, r.quality, r.label, r.source) for r in rows]

    def stream_entries(
        self, kind: str, batch: int = 20_000
    ) -> Iterator[list[tuple[str, str, str]]]:
        """(entry id, bank id, hash) of every entry of ``kind``'s banks, ``batch`` at a time,
        read in key order with bounded memory (an index's first load)."""
        banks = [b.id for b in self.banks(kind, counts=False)]
        e = hash_bank_entries.c
        last = ""
        while banks:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(e.id, e.bank_id, e.hash)
                    .where(e.bank_id.in_(banks), e.id > last)
                    .order_by(e.id)
                    .limit(batch)
                ).all()
            if not rows:
                return
            yield [(r.id, r.bank_id, r.hash) for r in rows]
            last = rows[-1].id

    def last_change(self) -> int:
        """The sequence number of the latest entry change (0 when none)."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(hash_bank_changes.c.seq))).scalar() or 0)

    def changes_after(self, seq: int, limit: int = 10_000) -> list[Change]:
        """Entry changes after ``seq``, in order."""
        c = hash_bank_changes.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(hash_bank_changes).where(c.seq > seq).order_by(c.seq).limit(limit)
            ).all()
        return [Change(int(r.seq), r.bank_id, r.entry_id, r.op, r.hash) for r in rows]

    # -- matches and verdicts ------------------------------------------------------

    def record_match(
        self,
        bank: Bank,
        entry_id: str,
        content_key: str,
        distance: float,
        item_id: str | None = None,
    ) -> BankMatch:
        """Record a match (idempotent per entry and content); returns it with its status."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(hash_bank_matches).where(
                    hash_bank_matches.c.entry_id == entry_id,
                    hash_bank_matches.c.content_key == content_key,
                )
            ).first()
            if row is None:
                match_id = str(uuid.uuid4())
                conn.execute(
                    insert(hash_bank_matches).values(
                        id=match_id,
                        bank_id=bank.id,
                        entry_id=entry_id,
                        content_key=content_key,
                        item_id=item_id,
                        distance=distance,
                        status="pending",
                        created_at=utcnow(),
                    )
                )
                return BankMatch(
                    match_id, bank.name, entry_id, content_key, item_id, distance, "pending"
                )
        return BankMatch(
            row.id, bank.name, entry_id, content_key, row.item_id, row.distance, row.status
        )

    def set_status(self, match_id: str, status: str, reviewer: str | None = None) -> None:
        if status not in STATUSES:
            raise BankError(f"status must be one of {', '.join(STATUSES)}")
        with self.engine.begin() as conn:
            done = conn.execute(
                update(hash_bank_matches)
                .where(hash_bank_matches.c.id == match_id)
                .values(status=status, reviewer=reviewer, reviewed_at=utcnow())
            ).rowcount
        if not done:
            raise BankError(f"no match with id {match_id!r} (see: bastion banks match)")

    def verdicts(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Reviewed status of (entry id, content key) pairs that have one."""
        wanted = set(pairs)
        if not wanted:
            return {}
        entry_ids = sorted({entry for entry, _ in wanted})
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    hash_bank_matches.c.entry_id,
                    hash_bank_matches.c.content_key,
                    hash_bank_matches.c.status,
                ).where(
                    hash_bank_matches.c.entry_id.in_(entry_ids),
                    hash_bank_matches.c.status != "pending",
                )
            ).all()
        return {
            (r.entry_id, r.content_key): r.status
            for r in rows
            if (r.entry_id, r.content_key) in wanted
        }


def _log_change(conn: Connection, bank_id: str, entry_id: str, op: str, hashes: str) -> None:
    conn.execute(
        insert(hash_bank_changes).values(
            bank_id=bank_id, entry_id=entry_id, op=op, hash=hashes, created_at=utcnow()
        )
    )

"""Monthly partitions of the decision log on PostgreSQL.

The log grows with traffic and is read by period (reports, online metrics, backtests), so on
PostgreSQL ``decisions`` is partitioned by range of ``created_at``, one partition per calendar
month (``decisions_y2026m07``): a period's query reads only its months, each month's indexes
stay the size of a month, and old months can be archived whole. SQLite keeps one table.

A partition must exist before a decision of its month arrives. The log creates the months it
is about to write (the current one when it opens, any other when a decision of it comes:
backdated imports, a clock past the month's end); creating one is ``CREATE TABLE`` of the
partition's own and ``ATTACH PARTITION``, which locks the parent only against other schema
changes, never against readers or writers. Writers create months while they hold the chain
head's row lock, so two of them never race for the same month.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, text

__all__ = [
    "PARTITIONED_TABLE",
    "ensure_months",
    "existing_months",
    "is_partition",
    "is_partitioned",
    "month_of",
    "months_between",
    "partition_name",
]

PARTITIONED_TABLE = "decisions"


def month_of(moment: datetime) -> tuple[int, int]:
    """The (year, month) of ``moment`` in UTC; naive times are taken as UTC."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.year, moment.month


def _next(month: tuple[int, int]) -> tuple[int, int]:
    year, number = month
    return (year + 1, 1) if number == 12 else (year, number + 1)


def months_between(first: datetime, last: datetime) -> list[tuple[int, int]]:
    """Every month from ``first``'s to ``last``'s, both included."""
    month, end, months = month_of(first), month_of(last), []
    while month <= end:
        months.append(month)
        month = _next(month)
    return months


def partition_name(month: tuple[int, int]) -> str:
    return f"{PARTITIONED_TABLE}_y{month[0]:04d}m{month[1]:02d}"


def is_partition(table: str) -> bool:
    """Whether ``table`` is one month's partition (a physical piece of the declared log)."""
    return re.fullmatch(rf"{PARTITIONED_TABLE}_y\d{{4}}m\d{{2}}", table) is not None


def is_partitioned(conn: Connection) -> bool:
    """Whether this database keeps the decision log in monthly partitions."""
    if conn.dialect.name != "postgresql":
        return False
    kind = conn.execute(
        text("SELECT relkind FROM pg_class WHERE oid = to_regclass(:table)"),
        {"table": PARTITIONED_TABLE},
    ).scalar()
    return kind == "p"


def existing_months(conn: Connection) -> set[tuple[int, int]]:
    rows = conn.execute(
        text(
            "SELECT child.relname FROM pg_inherits JOIN pg_class child ON child.oid = inhrelid "
            "WHERE inhparent = to_regclass(:table)"
        ),
        {"table": PARTITIONED_TABLE},
    ).scalars()
    found = set()
    for name in rows:
        suffix = str(name).removeprefix(f"{PARTITIONED_TABLE}_y")
        year, _, number = suffix.partition("m")
        if year.isdigit() and number.isdigit():
            found.add((int(year), int(number)))
    return found


def ensure_months(conn: Connection, months: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Create the partitions of ``months`` that are missing; returns the ones created.

    Runs in the caller's transaction (the partitions commit with it). A no-op where the log
    is not partitioned.
    """
    wanted = set(months)
    if not wanted or not is_partitioned(conn):
        return []
    created = []
    for month in sorted(wanted - existing_months(conn)):
        name = partition_name(month)
        start = datetime(*month, 1, tzinfo=UTC)
        end = datetime(*_next(month), 1, tzinfo=UTC)
        # A table of its own, then attached: ATTACH takes SHARE UPDATE EXCLUSIVE on the
        # parent (readers and writers go on), where CREATE ... PARTITION OF would take
        # ACCESS EXCLUSIVE and wait behind every running report.
        conn.execute(
            text(
                f'CREATE TABLE "{name}" (LIKE "{PARTITIONED_TABLE}" INCLUDING DEFAULTS '
                "INCLUDING CONSTRAINTS)"
            )
        )
        conn.execute(
            text(
                f'ALTER TABLE "{PARTITIONED_TABLE}" ATTACH PARTITION "{name}" '
                f"FOR VALUES FROM ('{start.isoformat()}') TO ('{end.isoformat()}')"
            )
        )
        created.append(month)
    return created

"""Erasing content older than a cutoff: the one helper every owner's retention uses.

Each package that keeps item content (review payloads, job payloads, appeal
statements, notifiers) erases its own columns through :func:`erase_columns`,
inside the transaction of a retention run (see :mod:`bastion.comply.retention`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Column, ColumnElement, Connection, Table, and_, func, select, update

__all__ = ["Eraser", "erase_columns"]


class Eraser(Protocol):
    """Erases (or, in a dry run, counts) an owner's content older than ``cutoff``."""

    def __call__(self, conn: Connection, cutoff: datetime, *, dry_run: bool) -> dict[str, int]: ...


def erase_columns(
    conn: Connection,
    table: Table,
    columns: Sequence[Column[Any]],
    age: Column[Any],
    condition: ColumnElement[bool],
    cutoff: datetime,
    *,
    dry_run: bool,
) -> dict[str, int]:
    """Set ``columns`` to NULL where ``age < cutoff`` and ``condition``; ``table.column`` ->
    rows erased (or that would be, in a dry run)."""
    erased: dict[str, int] = {}
    for column in columns:
        where = and_(age < cutoff, column.is_not(None), condition)
        key = f"{table.name}.{column.name}"
        if dry_run:
            count = conn.execute(select(func.count()).select_from(table).where(where))
            erased[key] = int(count.scalar_one())
        else:
            erased[key] = conn.execute(
                update(table).where(where).values({column.name: None})
            ).rowcount
    return erased

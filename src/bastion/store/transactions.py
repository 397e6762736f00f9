"""Write transactions that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

T = TypeVar("T")

_RETRIES = 8


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the write lock from its first statement on SQLite.

    A deferred SQLite transaction that reads and then writes can fail at once
    with "database is locked" when another writer got there first; taking the
    lock up front makes it wait (busy timeout) instead. PostgreSQL uses row locks.
    """
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn


def retrying(operation: Callable[[], T]) -> T:
    """Run ``operation`` again on transient database errors (lock timeouts, dropped connections)."""
    for attempt in range(_RETRIES):
        try:
            return operation()
        except OperationalError:
            if attempt == _RETRIES - 1:
                raise
            time.sleep(min(0.01 * 2**attempt, 0.5))
    raise AssertionError("unreachable")

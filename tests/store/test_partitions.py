"""The decision log in monthly partitions on real PostgreSQL: each decision lands in its month,
months are created as decisions of them arrive (by concurrent writers too), a period reads only
its months, an existing log is carried over by the migration, and exactly-once still holds."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.config import Config
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from bastion.store import DecisionLog
from bastion.store.database import MIGRATIONS, open_engine, upgrade
from bastion.store.partitions import (
    existing_months,
    is_partition,
    month_of,
    months_between,
    partition_name,
)
from bastion.types import Decision

from .test_decision_log import make_decision


def at(year: int, month: int, day: int = 15) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def dated(n: int, when: datetime) -> Decision:
    return dataclasses.replace(make_decision(n), created_at=when)


def rows_per_partition(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT tableoid::regclass::text, count(*) FROM decisions GROUP BY 1")
        ).all()
    return {str(name): int(count) for name, count in rows}


@pytest.mark.parametrize(
    ("first", "last", "months"),
    [
        (at(2026, 12, 1), at(2026, 11, 30), []),
        (at(2026, 11, 30), at(2026, 11, 1), [(2026, 11)]),
        (at(2026, 11, 30), at(2026, 11, 30), [(2026, 11)]),
        (at(2026, 11, 2), at(2027, 2, 1), [(2026, 11), (2026, 12), (2027, 1), (2027, 2)]),
    ],
)
def test_months_between(first: datetime, last: datetime, months: list[tuple[int, int]]) -> None:
    assert months_between(first, last) == months


@given(st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(9999, 1, 1)))
def test_a_month_partition_is_named_so_it_is_recognised(moment: datetime) -> None:
    name = partition_name(month_of(moment))
    assert is_partition(name)
    assert not is_partition(name + "_old") and not is_partition("decisions")


def test_each_decision_lands_in_the_partition_of_its_month(postgres_url: str) -> None:
    log = DecisionLog.open(postgres_url)
    try:
        log.append([dated(1, at(2026, 1, 31)), dated(2, at(2026, 3, 1))])
        log.append(
            [dated(3, at(2026, 3, 31)), dated(4, datetime(2025, 12, 31, 23, 59, tzinfo=UTC))]
        )
        assert rows_per_partition(log.engine) == {
            "decisions_y2025m12": 1,
            "decisions_y2026m01": 1,
            "decisions_y2026m03": 2,
        }
        assert log.verify().ok
        assert log.count() == 4
    finally:
        log.close()


def test_a_period_reads_only_its_months(postgres_url: str) -> None:
    log = DecisionLog.open(postgres_url)
    try:
        log.append([dated(n, at(2026, month)) for n, month in enumerate((1, 2, 3, 4), start=1)])
        with log.engine.connect() as conn:
            plan = "\n".join(
                conn.execute(
                    text(
                        "EXPLAIN SELECT record FROM decisions "
                        "WHERE created_at >= :start AND created_at < :end"
                    ),
                    {
                        "start": datetime(2026, 2, 1, tzinfo=UTC),
                        "end": datetime(2026, 3, 1, tzinfo=UTC),
                    },
                ).scalars()
            )
    finally:
        log.close()
    assert "decisions_y2026m02" in plan
    assert not any(f"decisions_y2026m0{m}" in plan for m in (1, 3, 4))


def test_a_retried_append_is_still_exactly_once(postgres_url: str) -> None:
    """The decision id is unique together with its time, and a retried append carries the
    same time: the second write finds the first (the path of a commit whose answer was lost)."""
    log = DecisionLog.open(postgres_url)
    try:
        batch = [dated(1, at(2026, 5)), dated(2, at(2026, 6))]
        first = log.append(batch)
        assert log._committed(batch) == first
        with pytest.raises(IntegrityError, match=r"Key \(id, created_at\)"):
            log.append(batch[:1])
        assert log.count() == 2 and log.verify().ok
    finally:
        log.close()


def test_concurrent_writers_of_a_new_month_create_it_once(postgres_url: str) -> None:
    logs = [DecisionLog.open(postgres_url) for _ in range(4)]
    errors: list[BaseException] = []

    def write(log: DecisionLog, worker: int) -> None:
        try:
            for n in range(5):
                log.append([dated(worker * 100 + n, at(2027, 1 + n % 3))])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(log, i)) for i, log in enumerate(logs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        assert rows_per_partition(logs[0].engine) == {
            "decisions_y2027m01": 8,
            "decisions_y2027m02": 8,
            "decisions_y2027m03": 4,
        }
        assert logs[0].verify().ok
    finally:
        for log in logs:
            log.close()


def test_an_existing_log_is_carried_into_partitions(postgres_url: str) -> None:
    engine = open_engine(postgres_url)
    try:
        upgrade(engine, "0012")
        old = DecisionLog(engine)
        batch = [dated(n, at(2026, 1 + n % 4)) for n in range(12)]
        old.append(batch)
        before = old.verify()
        upgrade(engine)
        log = DecisionLog(engine)
        assert log.verify().ok and log.verify().head_hash == before.head_hash
        counts = rows_per_partition(engine)
        assert {name: counts[name] for name in counts if name.startswith("decisions_y2026m0")} == {
            "decisions_y2026m01": 3,
            "decisions_y2026m02": 3,
            "decisions_y2026m03": 3,
            "decisions_y2026m04": 3,
        }
        # The current month exists already, and a new decision chains on.
        with engine.connect() as conn:
            assert month_of(datetime.now(UTC)) in existing_months(conn)
        log.append([dated(99, datetime.now(UTC))])
        assert log.verify().ok and log.count() == 13
        assert log.get(batch[5].id) is not None
    finally:
        engine.dispose()


def test_the_migration_goes_back_to_one_table(postgres_url: str) -> None:
    engine = open_engine(postgres_url)
    try:
        upgrade(engine)
        log = DecisionLog(engine)
        log.append([dated(n, at(2026, 1 + n % 3)) for n in range(6)])
        head = log.verify().head_hash
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0012")
        with engine.connect() as conn:
            kind = conn.execute(
                text("SELECT relkind FROM pg_class WHERE oid = to_regclass('decisions')")
            ).scalar()
        assert kind == "r"
        assert DecisionLog(engine).verify().head_hash == head
        assert DecisionLog(engine).count() == 6
    finally:
        engine.dispose()


def test_sqlite_keeps_one_table(sqlite_url: str) -> None:
    log = DecisionLog.open(sqlite_url)
    try:
        log.append([dated(1, at(2026, 1)), dated(2, at(2026, 7))])
        with log.engine.connect() as conn:
            tables = conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'decisions%'"
                )
            ).scalars()
            assert list(tables) == ["decisions"]
        assert log.verify().ok
    finally:
        log.close()

"""The Alembic migrations build exactly the schema that ``store.tables`` declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bastion.store.database import open_engine, upgrade
from bastion.store.tables import metadata


def test_migrations_match_the_declared_tables(database_url: str) -> None:
    engine = open_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    # alembic's own bookkeeping table is not declared in metadata
    differences = [d for d in differences if "alembic_version" not in repr(d)]
    assert differences == []

"""The one catalogue of tables: every owner declares its tables on this ``MetaData``.

Each package owns its tables in its own ``tables`` module (the decision log here in
``bastion.store.tables``, review tasks in ``bastion.review.tables``, ...) and is the
only package that imports them; others go through the owner's typed functions (a
meta-test checks this). The Alembic migrations in ``bastion.store.migrations``
build all of them, and a test checks they build exactly what the owners declare.
"""

from __future__ import annotations

from sqlalchemy import MetaData

__all__ = ["metadata"]

metadata = MetaData()

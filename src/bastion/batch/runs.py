"""Which ``scan-batch`` runs finished, so the same run is not scanned and logged twice.

A run's identity is the SHA-256 of the input's bytes, the policy version, the model
bundle's version, the detector set and the settings that change decisions. A finished run
with the same identity is reported as done; ``--rescan`` starts a new run anyway. Every
decision a run logs carries its id (``batch_run`` in the decision record), so reports can
tell two scans of the same items apart.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, update

from bastion.batch.tables import batch_runs
from bastion.store.database import as_utc, utcnow

__all__ = ["BatchRun", "BatchRuns", "file_digest"]


@dataclass(frozen=True)
class BatchRun:
    id: str
    input: str
    output: str
    items: int | None
    errors: int | None
    started_at: datetime
    finished_at: datetime | None


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _run(row: Any) -> BatchRun:
    started = as_utc(row.started_at)
    assert started is not None
    return BatchRun(
        id=str(row.id),
        input=str(row.input),
        output=str(row.output),
        items=row.items,
        errors=row.errors,
        started_at=started,
        finished_at=as_utc(row.finished_at),
    )


class BatchRuns:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def identity_hash(identity: dict[str, Any]) -> str:
        return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()

    def finished(self, identity: dict[str, Any]) -> BatchRun | None:
        """The latest finished run with this identity, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(batch_runs)
                .where(
                    batch_runs.c.identity_hash == self.identity_hash(identity),
                    batch_runs.c.finished_at.is_not(None),
                )
                .order_by(batch_runs.c.finished_at.desc())
                .limit(1)
            ).first()
        return None if row is None else _run(row)

    def start(self, identity: dict[str, Any], source: Path, output: Path) -> str:
        """The id of the unfinished run of this identity (a resumed batch), else a new run's."""
        key = self.identity_hash(identity)
        with self.engine.begin() as conn:
            row = conn.execute(
                select(batch_runs.c.id)
                .where(batch_runs.c.identity_hash == key, batch_runs.c.finished_at.is_(None))
                .order_by(batch_runs.c.started_at.desc())
                .limit(1)
            ).first()
            if row is not None:
                return str(row.id)
            run_id = str(uuid.uuid4())
            conn.execute(
                insert(batch_runs).values(
                    id=run_id,
                    identity_hash=key,
                    identity=json.dumps(identity, sort_keys=True),
                    input=str(source.resolve()),
                    output=str(output.resolve()),
                    started_at=utcnow(),
                )
            )
        return run_id

    def finish(self, run_id: str, items: int, errors: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(batch_runs)
                .where(batch_runs.c.id == run_id)
                .values(items=items, errors=errors, finished_at=utcnow())
            )

"""The batch package's table (migration 0011): finished and running ``scan-batch`` runs.

A run is named by what decides its output - the input's content, the policy version, the
model bundle and the detector set - so a second ``scan-batch`` of the same input under the
same policy and models is recognised as done instead of logging every decision again.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text

from bastion.store.metadata import metadata

__all__ = ["batch_runs"]

batch_runs = Table(
    "batch_runs",
    metadata,
    Column("id", String(36), primary_key=True),  # the run id logged with each decision
    Column("identity_hash", String(64), nullable=False),
    Column("identity", Text, nullable=False),  # JSON: what the hash was made from
    Column("input", Text, nullable=False),
    Column("output", Text, nullable=False),
    Column("items", Integer, nullable=True),
    Column("errors", Integer, nullable=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=True),
    Index("ix_batch_runs_identity_hash", "identity_hash"),
)

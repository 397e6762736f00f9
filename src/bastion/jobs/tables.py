"""The job queue's tables (migrations 0002, 0010): jobs and webhook deliveries."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from bastion.store.metadata import metadata

__all__ = ["jobs", "webhook_deliveries"]

_JobSeq = BigInteger().with_variant(Integer, "sqlite")  # SQLite autoincrements INTEGER only

jobs = Table(
    "jobs",
    metadata,
    Column("seq", _JobSeq, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("item_id", String(256), nullable=False),
    Column("surface", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("payload", Text, nullable=True),
    Column("payload_hash", String(64), nullable=False),
    Column("callback_url", Text, nullable=True),
    # The API key that submitted the job ('' for none); item ids are scoped per key.
    Column("key_id", String(32), nullable=False, server_default=""),
    Column("attempts", Integer, nullable=False),
    Column("max_attempts", Integer, nullable=False),
    Column("available_at", DateTime(timezone=True), nullable=False),
    Column("lease_token", String(36), nullable=True),
    Column("lease_expires_at", DateTime(timezone=True), nullable=True),
    Column("worker", String(128), nullable=True),
    Column("decision_id", String(64), nullable=True),
    Column("error", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=True),
    UniqueConstraint("key_id", "item_id", "surface", name="uq_jobs_key_item_surface"),
    Index("ix_jobs_status_available_at", "status", "available_at"),
)


webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("job_id", String(36), nullable=False, index=True),
    Column("url", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("last_error", Text, nullable=True),
    Column("last_status", Integer, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True), nullable=True),
    Index("ix_webhook_deliveries_status_next", "status", "next_attempt_at"),
)

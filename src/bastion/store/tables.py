"""The store's own tables: the decision log, the policy versions it cites, API keys.

Other packages read them through :class:`~bastion.store.DecisionLog` and
:class:`~bastion.store.keys.KeyStore`, never directly.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from bastion.store.metadata import metadata

__all__ = ["api_keys", "chain_head", "decisions", "policy_versions"]


decisions = Table(
    "decisions",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    # Unique with its time (below): on PostgreSQL the table is partitioned by month of
    # ``created_at`` (bastion.store.partitions), and there the primary key is (seq, created_at).
    Column("id", String(64), nullable=False),
    Column("item_id", String(256), nullable=False, index=True),
    Column("surface", String(64), nullable=False),
    Column("action", String(32), nullable=False, index=True),
    Column("policy_version", String(128), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("record", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # What a statement of reasons counts, copied from the record at append time (migration
    # 0012) so that reports group by columns, not by each record's parsed JSON.
    Column("applied_surface", String(64), nullable=True),
    Column("jurisdiction", String(64), nullable=True),
    Column("automated_detection", Boolean, nullable=True),
    Column("automated_decision", Boolean, nullable=True),
    Column("flagged", Text, nullable=True),
    Column("flagged_count", Integer, nullable=True),
    Index("uq_decisions_id_created_at", "id", "created_at", unique=True),
)


chain_head = Table(
    "chain_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
)


policy_versions = Table(
    "policy_versions",
    metadata,
    Column("version", String(128), primary_key=True),
    Column("name", String(128), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("document", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(128), nullable=False),
    # sha256 of the secret part of the key; the key itself is never stored.
    Column("secret_hash", String(64), nullable=False),
    Column("scopes", String(128), nullable=False),
    Column("rate_limit_per_minute", Integer, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

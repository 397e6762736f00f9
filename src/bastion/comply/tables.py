"""Compliance's tables (migrations 0004, 0006): statements of reasons, notices, retention runs.

``sor_statements`` holds each statement of reasons as it was validated and sent to
the DSA Transparency Database (puid unique, never reused). ``dsa_notices`` holds
Art. 16 notices ingested from the platform's notice form (transparency report
Part 4). ``retention_runs`` records each erasure run so a schedule can be shown.
"""

from __future__ import annotations

from sqlalchemy import (
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

__all__ = ["dsa_notices", "retention_runs", "sor_statements"]


sor_statements = Table(
    "sor_statements",
    metadata,
    Column("puid", String(255), primary_key=True),
    # One statement per decision, or per account action the policy's escalation applied.
    Column("decision_id", String(64), nullable=True, unique=True),
    Column("account_action_id", String(36), nullable=True),
    Column("statement", Text, nullable=False),  # canonical JSON, as validated
    Column("status", String(16), nullable=False),  # pending | submitted | rejected
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("submitted_at", DateTime(timezone=True), nullable=True),
    Index("ix_sor_statements_status", "status"),
    UniqueConstraint("account_action_id", name="uq_sor_statements_account_action_id"),
)


dsa_notices = Table(
    "dsa_notices",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("received_at", DateTime(timezone=True), nullable=False, index=True),
    # SOURCE_ARTICLE_16 | SOURCE_TRUSTED_FLAGGER
    Column("source_type", String(32), nullable=False),
    Column("notifier", String(256), nullable=True),  # anonymised by retention
    Column("dsa_category", String(64), nullable=True),  # STATEMENT_CATEGORY_* or None
    Column("items", Integer, nullable=False),
    Column("item_id", String(256), nullable=True),
    Column("decision_id", String(64), nullable=True, index=True),
    Column("actioned_at", DateTime(timezone=True), nullable=True),
    Column("action_ground", String(16), nullable=True),  # illegal | incompatible | none
    Column("created_at", DateTime(timezone=True), nullable=False),
)


retention_runs = Table(
    "retention_runs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("ran_at", DateTime(timezone=True), nullable=False, index=True),
    Column("days", Integer, nullable=False),
    Column("cutoff", DateTime(timezone=True), nullable=False),
    Column("erased", Text, nullable=False),  # JSON {table.column: rows erased}
)

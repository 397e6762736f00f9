"""The strike ledger's tables (migration 0006): strikes and account actions.

A *strike* is one violation held against an author (a decision the policy
enforced, or a reviewer's ``violating`` verdict); at most one per decision.
An *account action* restricts the author (``suspend_interaction``,
``suspend_account`` ...), applied by a reviewer or by the policy's escalation
when the author's strikes reach a rung. Both are lifted, never deleted, when an
appeal succeeds; retention erases nothing here but the author id of old rows.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text

from bastion.store.metadata import metadata

__all__ = ["account_actions", "strikes"]

strikes = Table(
    "strikes",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("author_id", String(256), nullable=False, index=True),
    Column("decision_id", String(64), nullable=True, unique=True),
    Column("verdict_id", String(36), nullable=True),
    Column("category", String(64), nullable=True),
    Column("surface", String(64), nullable=False),
    Column("jurisdiction", String(8), nullable=True),
    Column("source", String(16), nullable=False),  # policy | reviewer
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("removed_at", DateTime(timezone=True), nullable=True),
    Column("removed_because", Text, nullable=True),
)

account_actions = Table(
    "account_actions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("author_id", String(256), nullable=False, index=True),
    Column("action", String(32), nullable=False),
    Column("source", String(16), nullable=False),  # policy | reviewer
    Column("rule", Text, nullable=True),  # the escalation rung that applied it
    Column("strike_id", String(36), nullable=True, index=True),  # the strike that triggered it
    Column("decision_id", String(64), nullable=True, index=True),
    Column("verdict_id", String(36), nullable=True),
    Column("reviewer", String(64), nullable=True),
    Column("category", String(64), nullable=True),
    Column("surface", String(64), nullable=True),
    Column("jurisdiction", String(8), nullable=True),
    Column("strikes", Integer, nullable=True),  # active strikes counted when applied
    Column("starts_at", DateTime(timezone=True), nullable=False),
    Column("ends_at", DateTime(timezone=True), nullable=True),  # None: indefinite
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("lifted_at", DateTime(timezone=True), nullable=True),
    Column("lifted_because", Text, nullable=True),
    Index("ix_account_actions_author_ends", "author_id", "ends_at"),
)

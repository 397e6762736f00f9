"""Persistence: the decision log and policy versions (SQLite by default, PostgreSQL)."""

from bastion.store.database import DatabaseError, open_engine, upgrade
from bastion.store.decision_log import AuditReport, DecisionLog

__all__ = ["AuditReport", "DatabaseError", "DecisionLog", "open_engine", "upgrade"]

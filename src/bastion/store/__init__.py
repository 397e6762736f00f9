"""Persistence: the decision log and policy versions (SQLite by default, PostgreSQL)."""

from bastion.store.database import DatabaseError, DatabaseUrlError, open_engine, upgrade
from bastion.store.decision_log import AuditReport, DecisionLog
from bastion.store.log_reading import ChainLink, DecisionFilter, PolicyVersion

__all__ = [
    "AuditReport",
    "ChainLink",
    "DatabaseError",
    "DatabaseUrlError",
    "DecisionFilter",
    "DecisionLog",
    "PolicyVersion",
    "open_engine",
    "upgrade",
]

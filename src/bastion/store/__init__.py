"""Persistence: the decision log and policy versions (SQLite by default, PostgreSQL)."""

from bastion.store.database import DatabaseError, open_engine, upgrade
from bastion.store.decision_log import AuditReport, DecisionLog
from bastion.store.log_reading import ChainLink, DecisionFilter, PolicyVersion

__all__ = [
    "AuditReport",
    "ChainLink",
    "DatabaseError",
    "DecisionFilter",
    "DecisionLog",
    "PolicyVersion",
    "open_engine",
    "upgrade",
]

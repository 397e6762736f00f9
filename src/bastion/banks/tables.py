"""Hash banks (migration 0005): known media by perceptual hash or fingerprint.

A bank holds entries of one ``kind`` (``pdq`` image hashes, ``chromaprint`` audio
fingerprints) that all carry the bank's category. ``hash_bank_matches`` records a
match of scanned content (``content_key``: its PDQ hash, or the sha256 of its
fingerprint) against an entry, and a reviewer's confirmation or deconfirmation;
a deconfirmed pair no longer matches.

``hash_bank_changes`` (migration 0008) logs every entry added or removed, in
order, with its hashes, so each process's in-memory index follows the banks
incrementally instead of reloading them (see :mod:`bastion.banks.live`).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from bastion.store.metadata import metadata

__all__ = ["hash_bank_changes", "hash_bank_entries", "hash_bank_matches", "hash_banks"]


hash_banks = Table(
    "hash_banks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(128), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # pdq | chromaprint
    Column("category", String(64), nullable=False),
    Column("description", Text, nullable=True),
    Column("max_distance", Float, nullable=True),  # pdq: bits; chromaprint: bit error rate
    Column("created_at", DateTime(timezone=True), nullable=False),
)


hash_bank_entries = Table(
    "hash_bank_entries",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("bank_id", String(36), nullable=False, index=True),
    Column("hash", Text, nullable=False),  # pdq: 64 hex digits; chromaprint: hex of uint32 items
    Column("quality", Integer, nullable=True),
    Column("label", String(256), nullable=True),
    Column("source", String(512), nullable=True),
    Column("added_at", DateTime(timezone=True), nullable=False),
)


hash_bank_matches = Table(
    "hash_bank_matches",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("bank_id", String(36), nullable=False),
    Column("entry_id", String(36), nullable=False, index=True),
    Column("content_key", String(128), nullable=False),
    Column("item_id", String(256), nullable=True),
    Column("distance", Float, nullable=False),
    Column("status", String(16), nullable=False),  # pending | confirmed | deconfirmed
    Column("reviewer", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("reviewed_at", DateTime(timezone=True), nullable=True),
    UniqueConstraint("entry_id", "content_key", name="uq_hash_bank_matches_entry_content"),
)


hash_bank_changes = Table(
    "hash_bank_changes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("bank_id", String(36), nullable=False),
    Column("entry_id", String(36), nullable=False),
    Column("op", String(8), nullable=False),  # add | remove
    Column("hash", Text, nullable=False),  # the entry's hashes, as stored in the entry
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    sqlite_autoincrement=True,
)

"""Table definitions (SQLAlchemy Core), shared by the store and its migrations."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

decisions = Table(
    "decisions",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("id", String(64), nullable=False, unique=True),
    Column("item_id", String(256), nullable=False, index=True),
    Column("surface", String(64), nullable=False),
    Column("action", String(32), nullable=False, index=True),
    Column("policy_version", String(128), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("record", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
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

# --- The service (migration 0002): API keys, the job queue, webhook deliveries. ---

_JobSeq = BigInteger().with_variant(Integer, "sqlite")  # SQLite autoincrements INTEGER only

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
    Column("key_id", String(32), nullable=True),
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
    UniqueConstraint("item_id", "surface", name="uq_jobs_item_surface"),
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

# --- Human review (migration 0003): reviewers, review tasks, verdicts, appeals. ---
# The review loop writes these; compliance reads them (appeal figures, whether a
# human took part in a decision). Item content lives only in ``review_tasks.payload``
# so that retention can erase it without touching verdicts or decisions.

reviewers = Table(
    "reviewers",
    metadata,
    Column("id", String(64), primary_key=True),  # the sign-in name
    Column("display_name", String(128), nullable=False),
    Column("role", String(16), nullable=False),  # reviewer | senior | admin
    Column("queues", Text, nullable=False),  # comma-separated queue names, or "*"
    Column("password_hash", String(256), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
)

review_tasks = Table(
    "review_tasks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("item_id", String(256), nullable=False, index=True),
    Column("surface", String(64), nullable=False),
    Column("decision_id", String(64), nullable=True, index=True),
    Column("queue", String(128), nullable=False),
    # hold | uncertain | appeal | random | gold | active_learning | escalation
    Column("reason", String(32), nullable=False),
    Column("category", String(64), nullable=True),
    Column("lang", String(16), nullable=True),
    Column("jurisdiction", String(8), nullable=True),
    # context.author_id of the item: the reviewer sees the author's earlier reviewed items.
    Column("author_id", String(256), nullable=True, index=True),
    Column("priority", Float, nullable=False),
    Column("status", String(16), nullable=False),  # open | claimed | done | cancelled
    Column("reviews_required", Integer, nullable=False),
    Column("reviews_done", Integer, nullable=False),
    Column("lease_owner", String(64), nullable=True),
    Column("lease_token", String(36), nullable=True),
    Column("lease_expires_at", DateTime(timezone=True), nullable=True),
    Column("payload", Text, nullable=True),  # the item as JSON; erased by retention
    Column("gold_verdict", Text, nullable=True),  # JSON expected verdict for gold items
    Column("appeal_id", String(36), nullable=True),
    Column("due_at", DateTime(timezone=True), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Index("ix_review_tasks_queue_status_priority", "queue", "status", "priority"),
)

review_verdicts = Table(
    "review_verdicts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("task_id", String(36), nullable=False, index=True),
    Column("item_id", String(256), nullable=False, index=True),
    Column("decision_id", String(64), nullable=True, index=True),
    Column("reviewer", String(64), nullable=False, index=True),
    Column("role", String(16), nullable=False),
    Column("verdict", String(16), nullable=False),  # violating | not_violating | escalate
    Column("category", String(64), nullable=True),
    Column("severity", Integer, nullable=True),  # 1 (low) .. 4 (critical)
    Column("action", String(32), nullable=True),  # the action the reviewer applied
    Column("rationale", Text, nullable=True),
    Column("time_spent_ms", Integer, nullable=False),
    Column("policy_version", String(128), nullable=False),
    Column("model_versions", Text, nullable=False),  # JSON {detector: version}
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
)

appeals = Table(
    "appeals",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("decision_id", String(64), nullable=False, index=True),
    Column("item_id", String(256), nullable=False),
    Column("surface", String(64), nullable=False),
    Column("appellant", String(256), nullable=True),
    Column("statement", Text, nullable=True),
    Column("status", String(16), nullable=False),  # open | upheld | reversed | withdrawn
    Column("task_id", String(36), nullable=True),
    Column("resolved_by", String(64), nullable=True),
    Column("resolution", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
)

# --- Compliance (migration 0004): statements of reasons, notices, retention runs. ---
# ``sor_statements`` holds each statement of reasons as it was validated and sent to
# the DSA Transparency Database (puid unique, never reused). ``dsa_notices`` holds
# Art. 16 notices ingested from the platform's notice form (transparency report
# Part 4). ``retention_runs`` records each erasure run so a schedule can be shown.

sor_statements = Table(
    "sor_statements",
    metadata,
    Column("puid", String(255), primary_key=True),
    Column("decision_id", String(64), nullable=False, unique=True),
    Column("statement", Text, nullable=False),  # canonical JSON, as validated
    Column("status", String(16), nullable=False),  # pending | submitted | rejected
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("submitted_at", DateTime(timezone=True), nullable=True),
    Index("ix_sor_statements_status", "status"),
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

# --- Hash banks (migration 0005): known media by perceptual hash or fingerprint. ---
# A bank holds entries of one ``kind`` (``pdq`` image hashes, ``chromaprint`` audio
# fingerprints) that all carry the bank's category. ``hash_bank_matches`` records a
# match of scanned content (``content_key``: its PDQ hash, or the sha256 of its
# fingerprint) against an entry, and a reviewer's confirmation or deconfirmation;
# a deconfirmed pair no longer matches.

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

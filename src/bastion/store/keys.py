"""API keys: scoped, rate-limited, stored only as hashes.

A key reads ``bst_<id>_<secret>``: ``id`` is public (it names the key in logs
and in ``bastion keys list``), ``secret`` is 256 random bits. Only
``sha256(secret)`` is stored, so a leaked database does not leak usable keys; a
slow password hash is not needed because the secret is random, not chosen by
a person. The plain key is shown once, when it is created.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Row, insert, select, update

from bastion.store.database import as_utc
from bastion.store.tables import api_keys

__all__ = ["SCOPES", "ApiKey", "KeyRequestError", "KeyStore", "parse_scopes"]

SCOPES = ("scan", "review", "admin")
"""``scan``: scan and submit items. ``review``: read decisions, items and policies.
``admin``: everything, including policy dry-runs."""

_PREFIX = "bst"
_KEY = re.compile(r"^bst_([0-9a-f]{12})_([A-Za-z0-9_-]{20,128})$")


class KeyRequestError(ValueError):
    """A key request is invalid (unknown scope, bad rate limit); the message says how to fix it."""


@dataclass(frozen=True)
class ApiKey:
    id: str
    name: str
    scopes: frozenset[str]
    rate_limit_per_minute: int | None
    created_at: datetime
    revoked_at: datetime | None = None

    def allows(self, scope: str) -> bool:
        return "admin" in self.scopes or scope in self.scopes

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def parse_scopes(raw: str | Iterable[str]) -> frozenset[str]:
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    scopes = frozenset(s.strip() for s in items if s.strip())
    unknown = sorted(scopes - set(SCOPES))
    if unknown:
        raise KeyRequestError(f"unknown scope(s) {unknown}; choose from {', '.join(SCOPES)}")
    if not scopes:
        raise KeyRequestError(f"give at least one scope: {', '.join(SCOPES)}")
    return scopes


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class KeyStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(
        self, name: str, scopes: str | Iterable[str], rate_limit_per_minute: int | None = None
    ) -> tuple[ApiKey, str]:
        """Create a key; returns it and the plain key string, which is never shown again."""
        parsed = parse_scopes(scopes)
        if rate_limit_per_minute is not None and rate_limit_per_minute <= 0:
            raise KeyRequestError("the rate limit must be a positive number of requests per minute")
        if not 1 <= len(name) <= 128:
            raise KeyRequestError("the key name must be 1 to 128 characters")
        key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        key = ApiKey(key_id, name, parsed, rate_limit_per_minute, datetime.now(UTC))
        with self.engine.begin() as conn:
            conn.execute(
                insert(api_keys).values(
                    id=key.id,
                    name=key.name,
                    secret_hash=_hash(secret),
                    scopes=",".join(sorted(parsed)),
                    rate_limit_per_minute=rate_limit_per_minute,
                    created_at=key.created_at,
                )
            )
        return key, f"{_PREFIX}_{key_id}_{secret}"

    def verify(self, presented: str) -> ApiKey | None:
        """The active key ``presented`` is, or None (unknown, malformed, wrong secret, revoked)."""
        match = _KEY.match(presented)
        if match is None:
            return None
        key_id, secret = match.groups()
        with self.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).first()
        if row is None or not hmac.compare_digest(str(row.secret_hash), _hash(secret)):
            return None
        key = _from_row(row)
        return key if key.active else None

    def list(self) -> list[ApiKey]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(api_keys).order_by(api_keys.c.created_at)).all()
        return [_from_row(r) for r in rows]

    def revoke(self, key_id: str) -> bool:
        """Revoke a key; False when there is no active key with that id."""
        with self.engine.begin() as conn:
            result = conn.execute(
                update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now(UTC))
            )
        return result.rowcount == 1


def _from_row(row: Row[Any]) -> ApiKey:
    return ApiKey(
        id=str(row.id),
        name=str(row.name),
        scopes=frozenset(str(row.scopes).split(",")),
        rate_limit_per_minute=row.rate_limit_per_minute,
        created_at=as_utc(row.created_at) or datetime.now(UTC),
        revoked_at=as_utc(row.revoked_at),
    )

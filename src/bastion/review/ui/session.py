"""Signed session cookies and CSRF tokens for the reviewer UI.

The cookie holds ``{reviewer, csrf token, expiry}`` as base64 JSON plus an
HMAC-SHA256 signature with ``BASTION_SECRET_KEY``. Nothing secret is in it;
the signature only proves the server issued it. Each request re-reads the
reviewer from the database, so disabling a reviewer ends their sessions.

Without ``BASTION_SECRET_KEY`` the server generates a random key per process:
sign-ins then end when the server restarts, and with ``--workers`` > 1 a
session is only valid on the process that issued it — set the variable (32+
random characters, e.g. ``python -c "import secrets; print(secrets.token_urlsafe(32))"``)
for anything but a local trial.

Every form carries the session's CSRF token and every POST checks it (the
sign-in form, before there is a session, uses a double-submit cookie); the
cookie is also ``SameSite=Strict`` and ``HttpOnly``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from dataclasses import dataclass

from bastion.config import Settings

__all__ = ["MIN_SECRET", "Session", "SessionSigner"]

log = logging.getLogger("bastion.review")
MIN_SECRET = 16
SESSION_COOKIE = "bastion_review"
LOGIN_CSRF_COOKIE = "bastion_login_csrf"


@dataclass(frozen=True)
class Session:
    reviewer: str
    csrf: str
    expires: float


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionSigner:
    def __init__(self, secret: bytes, *, max_age_s: float = 12 * 3600) -> None:
        self.secret = secret
        self.max_age_s = max_age_s

    @classmethod
    def from_settings(cls, settings: Settings) -> SessionSigner:
        """Signs with the ``secret_key`` setting (``BASTION_SECRET_KEY``), else a random key."""
        key = settings.secret_key
        configured = key.get_secret_value() if key is not None else ""
        if configured:
            if len(configured) < MIN_SECRET:
                raise ValueError(
                    f"BASTION_SECRET_KEY must be at least {MIN_SECRET} characters; generate one "
                    'with: python -c "import secrets; print(secrets.token_urlsafe(32))"'
                )
            return cls(configured.encode())
        log.warning(
            "BASTION_SECRET_KEY is not set: reviewer sessions use a per-process key and end when "
            "the server restarts (set it for production and for --workers > 1)"
        )
        return cls(secrets.token_bytes(32))

    def _sign(self, body: str) -> str:
        return _b64(hmac.new(self.secret, body.encode(), hashlib.sha256).digest())

    def issue(self, reviewer: str) -> tuple[Session, str]:
        session = Session(reviewer, secrets.token_urlsafe(24), time.time() + self.max_age_s)
        body = _b64(
            json.dumps({"r": session.reviewer, "c": session.csrf, "e": session.expires}).encode()
        )
        return session, f"{body}.{self._sign(body)}"

    def read(self, cookie: str | None) -> Session | None:
        if not cookie or "." not in cookie or len(cookie) > 4096:
            return None
        body, _, signature = cookie.rpartition(".")
        if not hmac.compare_digest(signature, self._sign(body)):
            return None
        try:
            data = json.loads(_unb64(body))
            session = Session(str(data["r"]), str(data["c"]), float(data["e"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > time.time() else None


def same_token(given: str | None, expected: str | None) -> bool:
    return bool(given) and bool(expected) and hmac.compare_digest(str(given), str(expected))

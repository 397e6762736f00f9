"""Reviewer sessions of the review UI, kept server-side so they can be ended.

Signing in opens a session: a random 256-bit token goes into an ``HttpOnly``,
``SameSite=Strict`` cookie and only its SHA-256 is stored, with the reviewer, the
session's CSRF token and three times. A session ends

* when the reviewer signs out (every session of theirs, on every device),
* when their password is set, they are disabled or their role changes
  (:class:`bastion.review.reviewers.ReviewerStore` ends them in the same transaction),
* ``absolute_s`` after sign-in (``review_session_hours``), however active it is,
* ``idle_s`` after the last request (``review_session_idle_minutes``).

Because sessions live in the database, every server process (``--workers``) and a
restarted server honour them alike.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, delete, insert, select, update

from bastion.review.model import utcnow
from bastion.review.tables import reviewer_sessions
from bastion.store.database import as_utc

__all__ = ["ReviewerSessions", "Session", "end_sessions"]

# last_seen_at is written at most this often (a page view is not a database write each time)
_TOUCH_EVERY = timedelta(seconds=15)


@dataclass(frozen=True)
class Session:
    reviewer: str
    csrf: str
    expires: datetime


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def end_sessions(conn: Connection, reviewer: str) -> int:
    """End every session of ``reviewer`` (inside the caller's transaction); how many ended."""
    done = conn.execute(delete(reviewer_sessions).where(reviewer_sessions.c.reviewer == reviewer))
    return int(done.rowcount or 0)


class ReviewerSessions:
    def __init__(
        self,
        engine: Engine,
        *,
        absolute_s: float = 12 * 3600.0,
        idle_s: float = 30 * 60.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.absolute = timedelta(seconds=absolute_s)
        self.idle = timedelta(seconds=idle_s)
        self.touch_every = min(_TOUCH_EVERY, self.idle / 4)
        self.clock = clock

    def open(self, reviewer: str) -> tuple[Session, str]:
        """A new session for ``reviewer`` and the token for its cookie."""
        token = secrets.token_urlsafe(32)
        now = self.clock()
        session = Session(reviewer, secrets.token_urlsafe(24), now + self.absolute)
        with self.engine.begin() as conn:
            # Sessions that ran out are removed as new ones start (no sweeper needed).
            conn.execute(
                delete(reviewer_sessions).where(
                    (reviewer_sessions.c.expires_at <= now)
                    | (reviewer_sessions.c.last_seen_at <= now - self.idle)
                )
            )
            conn.execute(
                insert(reviewer_sessions).values(
                    id=_digest(token),
                    reviewer=reviewer,
                    csrf=session.csrf,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=session.expires,
                )
            )
        return session, token

    def read(self, token: str | None) -> Session | None:
        """The live session of a cookie's token, or None (unknown, ended, expired or idle)."""
        if not token or len(token) > 256:
            return None
        key = _digest(token)
        now = self.clock()
        with self.engine.begin() as conn:
            row = conn.execute(
                select(reviewer_sessions).where(reviewer_sessions.c.id == key)
            ).first()
            if row is None:
                return None
            expires, seen = as_utc(row.expires_at), as_utc(row.last_seen_at)
            assert expires is not None and seen is not None
            if expires <= now or seen + self.idle <= now:
                conn.execute(delete(reviewer_sessions).where(reviewer_sessions.c.id == key))
                return None
            if now - seen >= self.touch_every:
                conn.execute(
                    update(reviewer_sessions)
                    .where(reviewer_sessions.c.id == key)
                    .values(last_seen_at=now)
                )
        return Session(str(row.reviewer), str(row.csrf), expires)

    def end_all(self, reviewer: str) -> int:
        """Sign ``reviewer`` out everywhere; how many sessions ended."""
        with self.engine.begin() as conn:
            return end_sessions(conn, reviewer)

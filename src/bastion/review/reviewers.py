"""Reviewers: who may sign in, with which role, and which queues they may see.

Passwords are stored as scrypt hashes (``scrypt$n$r$p$salt$hash``, salt and hash
base64): memory-hard, in the standard library, nothing to install.

A reviewer's ``queues`` is a comma-separated list of grants, each
``queue[:lang[:jurisdiction]]`` with ``*`` for "any"::

    hate,harassment      every hate and harassment task
    hate:de              hate tasks in German only
    *:*:DE               every queue, audience in Germany only
    *                    everything (admins always see everything)

``appeals`` and ``escalations`` are senior queues: a grant for them only counts
for the ``senior`` and ``admin`` roles. Permissions are enforced by the queue
itself (claim, read, verdict), so the UI and the JSON API cannot differ.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from bastion.review.model import QUEUES, ROLES, SENIOR_QUEUES, SENIOR_ROLES, ReviewError, utcnow
from bastion.review.sessions import end_sessions
from bastion.review.tables import reviewers

__all__ = ["Grant", "Reviewer", "ReviewerStore", "hash_password", "parse_grants", "verify_password"]

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_QUEUE = re.compile(r"^(\*|[a-z][a-z0-9_-]{0,63})$")
_LANG = re.compile(r"^(\*|[a-z]{2,3})$")
_JURISDICTION = re.compile(r"^(\*|[A-Z]{2}|EU)$")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    b64 = base64.b64encode
    return "scrypt${n}${r}${p}$".format(**_SCRYPT) + f"{b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        hash_password(password)  # the same work as a real check: no timing hint
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@dataclass(frozen=True)
class Grant:
    queue: str
    lang: str = "*"
    jurisdiction: str = "*"

    def allows(self, queue: str, lang: str | None, jurisdiction: str | None) -> bool:
        return (
            self.queue in ("*", queue)
            and self.lang in ("*", lang or "")
            and self.jurisdiction in ("*", jurisdiction or "")
        )

    def __str__(self) -> str:
        parts = [self.queue, self.lang, self.jurisdiction]
        while len(parts) > 1 and parts[-1] == "*":
            parts.pop()
        return ":".join(parts)


def parse_grants(text: str) -> tuple[Grant, ...]:
    """``"hate,harassment:de"`` -> grants; raises ValueError saying which entry is wrong."""
    grants = []
    for entry in (e.strip() for e in text.split(",")):
        if not entry:
            continue
        parts = entry.split(":")
        if len(parts) > 3:
            raise ValueError(f"queue grant {entry!r}: use queue[:lang[:jurisdiction]]")
        queue, lang, jurisdiction = [*parts, "*", "*"][:3]
        if not _QUEUE.match(queue):
            raise ValueError(f"queue grant {entry!r}: {queue!r} is not a queue name (e.g. hate)")
        if not _LANG.match(lang):
            raise ValueError(f"queue grant {entry!r}: {lang!r} is not a language code (e.g. de)")
        if not _JURISDICTION.match(jurisdiction):
            raise ValueError(
                f"queue grant {entry!r}: {jurisdiction!r} is not a jurisdiction (e.g. DE, EU)"
            )
        grants.append(Grant(queue, lang, jurisdiction))
    return tuple(grants)


@dataclass(frozen=True)
class Reviewer:
    id: str
    display_name: str
    role: str
    grants: tuple[Grant, ...]

    @property
    def is_senior(self) -> bool:
        return self.role in SENIOR_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may_work(
        self, queue: str, lang: str | None = None, jurisdiction: str | None = None
    ) -> bool:
        """Whether this reviewer may see and work tasks of ``queue`` in a language/jurisdiction."""
        if queue in SENIOR_QUEUES and not self.is_senior:
            return False
        if self.is_admin:
            return True
        return any(g.allows(queue, lang, jurisdiction) for g in self.grants)

    def may_see_queue(self, queue: str) -> bool:
        """Whether any task of ``queue`` could be visible (ignoring language and jurisdiction)."""
        if queue in SENIOR_QUEUES and not self.is_senior:
            return False
        return self.is_admin or any(g.queue in ("*", queue) for g in self.grants)


class ReviewerStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(
        self,
        name: str,
        *,
        role: str,
        queues: str,
        password: str,
        display_name: str | None = None,
    ) -> Reviewer:
        if not _NAME.match(name):
            raise ValueError(
                f"reviewer name {name!r}: use 1-64 lower-case letters, digits, '.', '_' or '-'"
            )
        if role not in ROLES:
            raise ValueError(f"role {role!r}: choose one of {', '.join(ROLES)}")
        grants = parse_grants(queues)
        for grant in grants:
            if grant.queue != "*" and grant.queue not in QUEUES:
                near = difflib.get_close_matches(grant.queue, QUEUES, n=1)
                hint = f"did you mean {near[0]!r}? " if near else ""
                raise ValueError(
                    f"queue grant {str(grant)!r}: there is no queue {grant.queue!r}; {hint}"
                    f"queues: {', '.join(QUEUES)} (or * for every queue)"
                )
        if not grants and role != "admin":
            raise ValueError("give the reviewer at least one queue, e.g. --queues hate,harassment")
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"the password needs at least {MIN_PASSWORD} characters")
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(reviewers).values(
                        id=name,
                        display_name=display_name or name,
                        role=role,
                        queues=",".join(str(g) for g in grants) or "*",
                        password_hash=hash_password(password),
                        created_at=utcnow(),
                    )
                )
        except IntegrityError as exc:
            raise ValueError(f"a reviewer named {name!r} already exists") from exc
        reviewer = self.get(name)
        assert reviewer is not None
        return reviewer

    def get(self, name: str) -> Reviewer | None:
        """An enabled reviewer, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(reviewers).where(reviewers.c.id == name, reviewers.c.disabled_at.is_(None))
            ).first()
        return None if row is None else _reviewer(row)

    def authenticate(self, name: str, password: str) -> Reviewer | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(reviewers).where(reviewers.c.id == name, reviewers.c.disabled_at.is_(None))
            ).first()
        if not verify_password(password, row.password_hash if row is not None else None):
            return None
        return None if row is None else _reviewer(row)

    def list(self) -> list[tuple[Reviewer, bool]]:
        """Every reviewer and whether they are enabled."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(reviewers).order_by(reviewers.c.id)).all()
        return [(_reviewer(r), r.disabled_at is None) for r in rows]

    def disable(self, name: str) -> bool:
        """Disable ``name`` and end every session of theirs."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(reviewers)
                .where(reviewers.c.id == name, reviewers.c.disabled_at.is_(None))
                .values(disabled_at=utcnow())
            )
            end_sessions(conn, name)
        return done.rowcount == 1

    def set_password(self, name: str, password: str) -> bool:
        """Set ``name``'s password and end every session of theirs."""
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"the password needs at least {MIN_PASSWORD} characters")
        with self.engine.begin() as conn:
            done = conn.execute(
                update(reviewers)
                .where(reviewers.c.id == name)
                .values(password_hash=hash_password(password))
            )
            end_sessions(conn, name)
        return done.rowcount == 1

    def set_role(self, name: str, role: str) -> bool:
        """Give ``name`` another role and end every session of theirs (they sign in again)."""
        if role not in ROLES:
            raise ValueError(f"role {role!r}: choose one of {', '.join(ROLES)}")
        with self.engine.begin() as conn:
            done = conn.execute(update(reviewers).where(reviewers.c.id == name).values(role=role))
            end_sessions(conn, name)
        return done.rowcount == 1

    def require(self, name: str) -> Reviewer:
        reviewer = self.get(name)
        if reviewer is None:
            raise ReviewError(
                404,
                "reviewer_not_found",
                f"no enabled reviewer {name!r} (add one with: bastion reviewers add {name})",
            )
        return reviewer


def _reviewer(row: Any) -> Reviewer:
    return Reviewer(
        id=str(row.id),
        display_name=str(row.display_name),
        role=str(row.role),
        grants=parse_grants(str(row.queues)),
    )

"""Cookies and CSRF tokens of the reviewer UI.

The session cookie holds the token of a server-side session
(:class:`bastion.review.sessions.ReviewerSessions`): nothing else, so ending the
session in the database ends it for the browser at its next request.

Every form carries the session's CSRF token and every POST checks it (the
sign-in form, before there is a session, uses a double-submit cookie); the
cookies are also ``SameSite=Strict`` and ``HttpOnly``.
"""

from __future__ import annotations

import hmac

__all__ = ["LOGIN_CSRF_COOKIE", "SESSION_COOKIE", "same_token"]

SESSION_COOKIE = "bastion_review"
LOGIN_CSRF_COOKIE = "bastion_login_csrf"


def same_token(given: str | None, expected: str | None) -> bool:
    return bool(given) and bool(expected) and hmac.compare_digest(str(given), str(expected))

"""API keys at the edge: who is calling (authentication), what they may do, and how often.

Authentication happens in the gate middleware, before a body is read, so a
caller without a valid key learns nothing and costs little. Each route then
declares the scope it needs with :func:`require`, which also applies the key's
rate limit (a token bucket per key: per server process, or shared by every replica
through Redis, see :mod:`bastion.replicas`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import Annotated

import anyio.to_thread
from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from bastion.replicas import RateLimiter
from bastion.service.errors import ApiError
from bastion.store.keys import ApiKey, KeyStore

__all__ = [
    "AdminKey",
    "Authenticator",
    "ReadKey",
    "ReviewKey",
    "ScanKey",
    "presented_key",
    "require",
]

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer bst_...`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Or: `X-API-Key: bst_...`")
# Declared on every protected route so the OpenAPI schema documents both ways to send a key;
# the Gate middleware has already checked the key itself.
BearerKey = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
HeaderKey = Annotated[str | None, Depends(_header)]
_CACHE_MAX = 10_000


def presented_key(headers: dict[str, str]) -> str | None:
    """The key a request carries: ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``."""
    authorization = headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    header = headers.get("x-api-key", "").strip()
    return header or None


class Authenticator:
    """Verifies keys against the store, trusting a verified key for ``cache_s`` seconds."""

    def __init__(self, store: KeyStore, cache_s: float) -> None:
        self.store = store
        self.cache_s = cache_s
        self._cache: dict[str, tuple[ApiKey, float]] = {}

    async def verify(self, presented: str) -> ApiKey | None:
        now = time.monotonic()
        cached = self._cache.get(presented)
        if cached is not None and cached[1] > now:
            return cached[0]
        key = await anyio.to_thread.run_sync(self.store.verify, presented)
        if key is not None and self.cache_s > 0:
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            self._cache[presented] = (key, now + self.cache_s)
        else:
            self._cache.pop(presented, None)
        return key


def require(*scopes: str) -> Callable[..., Awaitable[ApiKey]]:
    """A route dependency: the caller's key needs one of ``scopes`` (``admin`` has every scope)."""
    needed = " or ".join(repr(s) for s in scopes)

    async def dependency(
        request: Request,
        _bearer_key: BearerKey,
        _header_key: HeaderKey,
    ) -> ApiKey:
        key = getattr(request.state, "api_key", None)
        if not isinstance(key, ApiKey):  # the gate authenticates every non-public route
            raise ApiError(401, "missing_api_key", "this endpoint needs an API key")
        if not any(key.allows(scope) for scope in scopes):
            raise ApiError(
                403,
                "insufficient_scope",
                f"key {key.id} has scope(s) {', '.join(sorted(key.scopes))}; this endpoint "
                f"needs {needed} (create a key with: bastion keys create --scopes {scopes[0]})",
            )
        limiter: RateLimiter = request.app.state.bastion.limiter
        wait = limiter.take(key.id, key.rate_limit_per_minute)
        if wait is not None:
            retry = max(1, math.ceil(wait))
            limit = key.rate_limit_per_minute or limiter.default_per_minute
            raise ApiError(
                429,
                "rate_limited",
                f"key {key.id} is over its limit of {limit} requests per minute; "
                f"retry in {retry} s",
                headers={"Retry-After": str(retry)},
            )
        return key

    return dependency


ScanKey = Annotated[ApiKey, Depends(require("scan"))]
"""A key that may scan and submit items."""
ReadKey = Annotated[ApiKey, Depends(require("scan", "review"))]
"""A key that may read what it submitted (scan; the route checks ownership) or anything
(review)."""
ReviewKey = Annotated[ApiKey, Depends(require("review"))]
AdminKey = Annotated[ApiKey, Depends(require("admin"))]

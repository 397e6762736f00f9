"""Token buckets per API key: a key may burst its per-minute limit, refilled evenly.

:class:`LocalRateLimiter` keeps the buckets in this process; :class:`RedisRateLimiter`
keeps them in Redis, updated by one Lua script per request (read, refill by the
Redis server's clock, take, write: atomic), so every replica shares them.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["LocalRateLimiter", "RateLimiter", "RedisRateLimiter"]

log = logging.getLogger("bastion.service")


class RateLimiter(Protocol):
    default_per_minute: int

    def take(self, key_id: str, per_minute: int | None) -> float | None:
        """Take one token for ``key_id``; None when allowed, else seconds until the next."""


@dataclass
class _Bucket:
    tokens: float
    updated: float


class LocalRateLimiter:
    """Buckets in this process (one replica)."""

    def __init__(self, default_per_minute: int) -> None:
        self.default_per_minute = default_per_minute
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key_id: str, per_minute: int | None) -> float | None:
        limit = per_minute or self.default_per_minute
        rate = limit / 60.0
        now = time.monotonic()
        with self._lock:
            bucket = self._buckets.setdefault(key_id, _Bucket(float(limit), now))
            bucket.tokens = min(float(limit), bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            return (1.0 - bucket.tokens) / rate


_TAKE = """
local limit = tonumber(ARGV[1])
local rate = limit / 60.0
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(bucket[1]) or limit
local updated = tonumber(bucket[2]) or now
tokens = math.min(limit, tokens + math.max(0, now - updated) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('EXPIRE', KEYS[1], 120)
return tostring(wait)
"""


class RedisRateLimiter:
    """Buckets in Redis under ``<prefix>rate:<key id>``, shared by every replica.

    If Redis cannot be reached the request is allowed (and the error logged): a
    limit protects capacity, and refusing every scan would be the larger outage.
    """

    def __init__(self, client: Any, prefix: str, default_per_minute: int) -> None:
        self.default_per_minute = default_per_minute
        self.prefix = prefix
        self._take = client.register_script(_TAKE)

    def take(self, key_id: str, per_minute: int | None) -> float | None:
        limit = per_minute or self.default_per_minute
        try:
            wait = float(self._take(keys=[f"{self.prefix}rate:{key_id}"], args=[limit]))
        except Exception as exc:  # redis.RedisError and connection errors
            log.error("rate limit store unavailable; allowing", extra={"error": str(exc)})
            return None
        return wait if wait > 0 else None

"""Choosing the shared or the in-process versions from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bastion.config import Settings
from bastion.replicas.limits import LocalRateLimiter, RateLimiter, RedisRateLimiter
from bastion.replicas.throttle import LocalSignInThrottle, RedisSignInThrottle, SignInThrottle

__all__ = ["Shared", "shared_state"]


@dataclass(frozen=True)
class Shared:
    limiter: RateLimiter
    sign_in: SignInThrottle
    where: str
    """``redis`` or ``process``: what ``/readyz`` reports."""


def shared_state(settings: Settings) -> Shared:
    """Redis-backed state when ``redis_url`` is set (the ``redis`` extra), else in-process."""
    if not settings.redis_url:
        return Shared(
            LocalRateLimiter(settings.rate_limit_per_minute), LocalSignInThrottle(), "process"
        )
    client = _client(settings.redis_url)
    prefix = settings.redis_prefix
    return Shared(
        RedisRateLimiter(client, prefix, settings.rate_limit_per_minute),
        RedisSignInThrottle(client, prefix),
        "redis",
    )


def _client(url: str) -> Any:
    try:
        import redis
    except ImportError:
        raise RuntimeError(
            "redis_url is set but the Redis client is not installed: pip install 'bastion[redis]'"
        ) from None
    return redis.Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)

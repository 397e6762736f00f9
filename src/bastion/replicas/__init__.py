"""State that several server processes (replicas) must share: rate limits, sign-in throttles.

One ``bastion serve`` keeps these in its own memory; two behind a load balancer
would each allow the full limit. With ``redis_url`` set they live in Redis
(atomic Lua scripts on the server's clock), so every replica draws from the same
token bucket and counts the same failed sign-ins. Idempotency needs nothing
here: a job's key is a unique row in the shared database (:mod:`bastion.jobs`).
Without ``redis_url`` the in-process versions are used (one replica).
"""

from __future__ import annotations

from bastion.replicas.limits import LocalRateLimiter, RateLimiter, RedisRateLimiter
from bastion.replicas.throttle import LocalSignInThrottle, RedisSignInThrottle, SignInThrottle
from bastion.replicas.wiring import Shared, shared_state

__all__ = [
    "LocalRateLimiter",
    "LocalSignInThrottle",
    "RateLimiter",
    "RedisRateLimiter",
    "RedisSignInThrottle",
    "Shared",
    "SignInThrottle",
    "shared_state",
]

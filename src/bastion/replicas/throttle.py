"""Failed sign-ins per reviewer name: a name is locked after ``limit`` failures in ``window_s``.

:class:`LocalSignInThrottle` counts in this process; :class:`RedisSignInThrottle`
in a Redis sorted set per name (failure times, trimmed to the window), shared by
every replica. If Redis cannot be reached, sign-in is refused (fail closed): an
attacker must not get unlimited guesses by cutting the throttle off.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any, Protocol

__all__ = ["LocalSignInThrottle", "RedisSignInThrottle", "SignInThrottle"]

MAX_FAILURES = 5
WINDOW_S = 300.0


class SignInThrottle(Protocol):
    def locked(self, name: str) -> bool:
        """Whether ``name`` has too many recent failures to try again now."""

    def failed(self, name: str) -> None: ...

    def succeeded(self, name: str) -> None: ...


class LocalSignInThrottle:
    def __init__(self, limit: int = MAX_FAILURES, window_s: float = WINDOW_S) -> None:
        self.limit, self.window_s = limit, window_s
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def locked(self, name: str) -> bool:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._failures.get(name, []) if now - t < self.window_s]
            if recent:
                self._failures[name] = recent
            else:
                self._failures.pop(name, None)
            return len(recent) >= self.limit

    def failed(self, name: str) -> None:
        with self._lock:
            self._failures.setdefault(name, []).append(time.monotonic())

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name, None)


_COUNT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
if ARGV[2] ~= '' then
  redis.call('ZADD', KEYS[1], now, ARGV[2])
  redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[1])))
end
return redis.call('ZCARD', KEYS[1])
"""


class RedisSignInThrottle:
    """Failure times in Redis under ``<prefix>signin:<name>``, shared by every replica."""

    def __init__(
        self, client: Any, prefix: str, limit: int = MAX_FAILURES, window_s: float = WINDOW_S
    ) -> None:
        self.client, self.prefix = client, prefix
        self.limit, self.window_s = limit, window_s
        self._count = client.register_script(_COUNT)

    def _key(self, name: str) -> str:
        return f"{self.prefix}signin:{name}"

    def locked(self, name: str) -> bool:
        try:
            return int(self._count(keys=[self._key(name)], args=[self.window_s, ""])) >= self.limit
        except Exception:
            return True  # fail closed (module doc)

    def failed(self, name: str) -> None:
        self._count(keys=[self._key(name)], args=[self.window_s, uuid.uuid4().hex])

    def succeeded(self, name: str) -> None:
        self.client.delete(self._key(name))

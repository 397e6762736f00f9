"""Sending statements of reasons to the Transparency Database: batches, retries, idempotency.

The API takes batches of 1-100 statements and creates all or none; a ``puid``
it already holds makes the whole batch fail with 422. Retrying after a lost
response therefore looks like a duplicate: the client treats "puid not unique"
errors as *already submitted* (that is what they mean: the statement is there)
and resends the rest of the batch. Anything else the API rejects is an error
naming the statement and field; it should never happen, since every statement
is validated locally against the same rules before it is sent.

Transient failures (connection errors, timeouts, 429, 5xx) are retried with
exponential backoff, honouring ``Retry-After``. The API token comes only from
the environment (``BASTION_SOR_API_TOKEN``), never from a file or an option.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from bastion.comply.schema import check_statement
from bastion.config import Settings

__all__ = [
    "BATCH_LIMIT",
    "SubmissionError",
    "SubmissionRejectedError",
    "SubmissionResult",
    "TransparencyClient",
]

BATCH_LIMIT = 100
STATEMENTS_PATH = "/api/v1/statements"
TOKEN_ENV = "BASTION_SOR_API_TOKEN"
URL_ENV = "BASTION_SOR_API_URL"
_DUPLICATE = "not unique"


class SubmissionError(Exception):
    """The statements could not be delivered (after retries); the message says why."""


class SubmissionRejectedError(SubmissionError):
    """The API refused statements for reasons other than a duplicate puid."""

    def __init__(self, problems: dict[str, list[str]]) -> None:
        self.problems = problems
        listed = "; ".join(f"{puid}: {', '.join(p)}" for puid, p in problems.items())
        super().__init__(f"the Transparency Database rejected statements: {listed}")


@dataclass
class SubmissionResult:
    submitted: list[str] = field(default_factory=list)
    """puids created by this call."""
    already_present: list[str] = field(default_factory=list)
    """puids the database already held (an earlier attempt got through)."""
    requests: int = 0

    def merge(self, other: SubmissionResult) -> None:
        self.submitted += other.submitted
        self.already_present += other.already_present
        self.requests += other.requests


class TransparencyClient:
    """A small client for the Transparency Database's batch endpoint."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        retries: int = 5,
        backoff_seconds: float = 0.5,
        timeout_seconds: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not token:
            raise SubmissionError(f"no API token: set {TOKEN_ENV} in the environment")
        if not base_url.startswith(("http://", "https://")):
            raise SubmissionError(f"API URL {base_url!r} must start with http:// or https://")
        self.retries = retries
        self.backoff_seconds = backoff_seconds
        self.sleep = sleep
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout_seconds,
            transport=transport,
        )

    @classmethod
    def from_settings(
        cls, settings: Settings, base_url: str | None = None, **options: Any
    ) -> TransparencyClient:
        """URL from the argument or the ``sor_api_url`` setting; the token from the
        ``sor_api_token`` setting (set it in the environment only)."""
        url = base_url or settings.sor_api_url
        if not url:
            raise SubmissionError(f"no API URL: pass --api-url or set {URL_ENV}")
        token = settings.sor_api_token
        return cls(url, token.get_secret_value() if token else "", **options)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> TransparencyClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def submit(self, statements: Sequence[dict[str, Any]]) -> SubmissionResult:
        """Submit any number of statements, in batches of at most 100."""
        result = SubmissionResult()
        for start in range(0, len(statements), BATCH_LIMIT):
            result.merge(self.submit_batch(statements[start : start + BATCH_LIMIT]))
        return result

    def submit_batch(self, batch: Sequence[dict[str, Any]]) -> SubmissionResult:
        if not 1 <= len(batch) <= BATCH_LIMIT:
            raise ValueError(f"a batch holds 1-{BATCH_LIMIT} statements, not {len(batch)}")
        for statement in batch:
            check_statement(statement)
        puids = [str(s["puid"]) for s in batch]
        if len(set(puids)) != len(puids):
            raise ValueError("a batch repeats a puid; every statement needs its own")
        result = SubmissionResult()
        pending = list(batch)
        failures = 0
        while pending:
            response = self._post(pending, result)
            if response is None:
                failures += 1
                if failures > self.retries:
                    raise SubmissionError(
                        f"gave up after {failures} attempts: the Transparency Database did not "
                        "answer successfully (see the log for each attempt's error)"
                    )
                continue
            if response.status_code in (200, 201):
                result.submitted += [str(s["puid"]) for s in pending]
                return result
            if response.status_code in (401, 403):
                raise SubmissionError(
                    f"the API refused the token (HTTP {response.status_code}); check {TOKEN_ENV}"
                )
            if response.status_code == 422:
                duplicates, other = _split_errors(response, pending)
                if other:
                    raise SubmissionRejectedError(other)
                if not duplicates:
                    raise SubmissionError(f"HTTP 422 without errors: {response.text[:300]}")
                result.already_present += sorted(duplicates)
                pending = [s for s in pending if str(s["puid"]) not in duplicates]
                continue
            raise SubmissionError(f"unexpected HTTP {response.status_code}: {response.text[:300]}")
        return result

    def _post(
        self, pending: list[dict[str, Any]], result: SubmissionResult
    ) -> httpx.Response | None:
        """One attempt; ``None`` after a transient failure (having waited before the retry)."""
        result.requests += 1
        attempt = result.requests
        delay = self.backoff_seconds * 2 ** min(attempt - 1, 6)
        try:
            response = self._http.post(STATEMENTS_PATH, json={"statements": pending})
        except httpx.TransportError:
            self.sleep(delay)
            return None
        if response.status_code == 429 or response.status_code >= 500:
            retry_after = response.headers.get("Retry-After", "")
            self.sleep(float(retry_after) if retry_after.isdigit() else delay)
            return None
        return response


def _split_errors(
    response: httpx.Response, pending: list[dict[str, Any]]
) -> tuple[set[str], dict[str, list[str]]]:
    """Duplicate puids, and every other error by puid, from a 422 body."""
    try:
        errors = response.json().get("errors", {})
    except ValueError:
        errors = {}
    duplicates: set[str] = set()
    other: dict[str, list[str]] = {}
    for key, messages in errors.items():
        parts = str(key).split(".", 2)
        index = int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None
        puid = str(pending[index]["puid"]) if index is not None and index < len(pending) else "?"
        fieldname = parts[2] if len(parts) == 3 else str(key)
        texts = [str(m) for m in (messages if isinstance(messages, list) else [messages])]
        if fieldname == "puid" and all(_DUPLICATE in t for t in texts):
            duplicates.add(puid)
        else:
            other.setdefault(puid, []).extend(f"{fieldname}: {t}" for t in texts)
    return duplicates, other

"""ASGI middleware: observe every request, and gate it before any route code runs.

``Observe`` (outermost) gives each request an id (``X-Request-Id``, echoed),
times it, counts it in the metrics and writes one JSON access-log line.

``Gate`` refuses cheaply, in this order: no valid API key (401), a body that is
not JSON (415), too large (413, from Content-Length before reading, or while
reading a chunked body) or not UTF-8 (400). The body it read is handed on.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Sequence
from typing import Any

from fastapi.routing import APIRoute
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bastion.service.auth import Authenticator, presented_key
from bastion.service.errors import error_bytes
from bastion.service.logs import ACCESS_LOG
from bastion.service.metrics import Metrics
from bastion.service.routes.docs import DOCS_PATHS

__all__ = ["PUBLIC_PATHS", "Gate", "Observe"]

# /favicon.ico is public so that a browser's automatic request gets the plain 404 (in the
# one error shape), not a 401 asking for an API key.
PUBLIC_PATHS = frozenset({"/healthz", "/readyz", "/openapi.json", "/favicon.ico", *DOCS_PATHS})
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
access_log = logging.getLogger(ACCESS_LOG)


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}


async def _send_error(
    send: Send,
    status: int,
    code: str,
    message: str,
    request_id: str | None,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    body = error_bytes(status, code, message, request_id)
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *(extra_headers or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _template(scope: Scope, routes: Sequence[BaseRoute]) -> str:
    """The route template of a request, also for requests the Gate refused before routing."""
    route = scope.get("route")
    if route is None:
        probe = {**scope, "state": {}}
        route = next((r for r in routes if r.matches(probe)[0] is Match.FULL), None)
    return getattr(route, "path", None) or "unmatched"


class Observe:
    def __init__(self, app: ASGIApp, metrics: Metrics, routes: Sequence[BaseRoute]) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = _headers(scope).get("x-request-id", "")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            template = _template(scope, self.routes)
            key = state.get("api_key")
            surface = state.get("surface", "")
            method = str(scope.get("method", ""))
            self.metrics.observe_request(template, method, status, surface, seconds)
            access_log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": method,
                    "route": template,
                    "status": status,
                    "latency_ms": round(seconds * 1000, 3),
                    "key_id": getattr(key, "id", None),
                    "surface": surface or None,
                    "action": state.get("action"),
                },
            )


def _takes_body(scope: Scope, routes: Sequence[BaseRoute]) -> bool:
    """Whether the request goes to a route that reads a JSON body (else: 404/405 by the app)."""
    probe = {**scope, "state": {}}
    for route in routes:
        if route.matches(probe)[0] is Match.FULL:
            return isinstance(route, APIRoute) and route.body_field is not None
    return False


class Gate:
    def __init__(
        self,
        app: ASGIApp,
        authenticator: Authenticator,
        max_body: int,
        routes: Sequence[BaseRoute],
    ) -> None:
        self.app = app
        self.authenticator = authenticator
        self.max_body = max_body
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in PUBLIC_PATHS:
            await self.app(scope, receive, send)
            return
        state: dict[str, Any] = scope.setdefault("state", {})
        request_id = state.get("request_id")
        headers = _headers(scope)
        presented = presented_key(headers)
        challenge = [(b"www-authenticate", b"Bearer")]
        if presented is None:
            message = (
                "this endpoint needs an API key: send 'Authorization: Bearer <key>' "
                "(create one with: bastion keys create --scopes scan)"
            )
            await _send_error(send, 401, "missing_api_key", message, request_id, challenge)
            return
        try:
            key = await self.authenticator.verify(presented)
        except Exception as exc:
            logging.getLogger("bastion.service").error(
                "key check failed", extra={"request_id": request_id, "error": type(exc).__name__}
            )
            message = "the database is unreachable; retry shortly"
            retry = [(b"retry-after", b"1")]
            await _send_error(send, 503, "database_unavailable", message, request_id, retry)
            return
        if key is None:
            message = "the API key is not valid (unknown, malformed or revoked)"
            await _send_error(send, 401, "invalid_api_key", message, request_id, challenge)
            return
        state["api_key"] = key
        if scope["method"] in _BODY_METHODS and _takes_body(scope, self.routes):
            replay = await self._checked_body(headers, receive, send, request_id)
            if replay is None:
                return
            receive = replay
        await self.app(scope, receive, send)

    async def _checked_body(
        self,
        headers: dict[str, str],
        receive: Receive,
        send: Send,
        request_id: str | None,
    ) -> Receive | None:
        media_type, _, params = headers.get("content-type", "").partition(";")
        charset = params.strip().lower().removeprefix("charset=").strip('"') if params else "utf-8"
        if media_type.strip().lower() != "application/json" or charset not in ("utf-8", "utf8"):
            message = (
                "send the body as JSON with 'Content-Type: application/json' (UTF-8); got "
                f"{headers.get('content-type', 'no content type')!r}"[:300]
            )
            await _send_error(send, 415, "unsupported_media_type", message, request_id)
            return None
        declared = headers.get("content-length")
        too_large = (
            f"the body is larger than the limit of {self.max_body} bytes "
            "(send long content in parts, or raise BASTION_MAX_REQUEST_BYTES)"
        )
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await _send_error(send, 413, "request_too_large", too_large, request_id)
            return None
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            received = await receive()
            if received["type"] == "http.disconnect":
                return None
            chunk = received.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _send_error(send, 413, "request_too_large", too_large, request_id)
                return None
            chunks.append(chunk)
            more = bool(received.get("more_body", False))
        body = b"".join(chunks)
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            message_text = f"the body is not valid UTF-8 (byte {exc.start}: {exc.reason})"
            await _send_error(send, 400, "invalid_utf8", message_text, request_id)
            return None
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()  # lets the app notice a disconnect
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay

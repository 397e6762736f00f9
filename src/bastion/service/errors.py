"""One error shape for every failure, and the handlers that produce it.

``{"error": {"type", "code", "message", "param", "request_id"}}`` — the OpenAI
error shape plus a stable ``code`` and the request id, so the ``openai`` client
shows Bastion's message and an operator can find the request in the logs.
Messages say what was wrong and how to fix it; they never echo the content.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from bastion.intake import InputError
from bastion.policy import PolicyError
from bastion.service.engine_pool import EngineCrashedError
from bastion.service.schemas import ErrorResponse
from bastion.store import DatabaseError

__all__ = ["ApiError", "error_body", "error_responses", "install_handlers"]

log = logging.getLogger("bastion.service")

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    503: "server_error",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
        problems: Sequence[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.param = param
        self.headers = dict(headers or {})
        self.problems = list(problems) if problems is not None else None


def error_body(
    status: int,
    code: str,
    message: str,
    request_id: str | None,
    *,
    param: str | None = None,
    problems: Sequence[str] | None = None,
) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "type": _TYPES.get(status, "invalid_request_error"),
        "code": code,
        "message": message,
        "param": param,
        "request_id": request_id,
    }
    if problems is not None:
        detail["problems"] = list(problems)
    return {"error": detail}


def error_bytes(status: int, code: str, message: str, request_id: str | None) -> bytes:
    body = error_body(status, code, message, request_id)
    return json.dumps(body, separators=(",", ":")).encode()


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the error statuses a route can return."""
    described = {
        400: "Malformed request: invalid JSON or invalid UTF-8",
        401: "Missing or invalid API key",
        403: "The key lacks the scope this endpoint needs",
        404: "Not found",
        409: "Conflicts with an earlier request",
        413: "Request body over the size limit",
        415: "Content type is not application/json",
        422: "The request is well-formed but invalid; the message says which field and why",
        429: "Rate limit of the key exceeded; retry after Retry-After seconds",
        503: "The database is unreachable; retry after Retry-After seconds",
    }
    return {s: {"model": ErrorResponse, "description": described[s]} for s in statuses}


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def _response(request: Request, error: ApiError) -> JSONResponse:
    body = error_body(
        error.status,
        error.code,
        error.message,
        _request_id(request),
        param=error.param,
        problems=error.problems,
    )
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def _location(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def _validation(exc: RequestValidationError) -> ApiError:
    errors = list(exc.errors())
    for error in errors:
        if error.get("type") == "json_invalid":
            position = error.get("loc", ("body", 0))[-1]
            reason = (error.get("ctx") or {}).get("error", "JSON decode error")
            return ApiError(
                400,
                "invalid_json",
                f"the body is not valid JSON: {reason} at character {position}",
            )
    problems = []
    for error in errors[:20]:
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        if error.get("type") == "string_unicode":
            message = "holds lone UTF-16 surrogates (\\ud800-\\udfff escapes): not valid text"
        problems.append(f"{_location(error.get('loc', ()))}: {message}")
    first = errors[0] if errors else {}
    return ApiError(
        422,
        "invalid_request",
        "; ".join(problems[:5]) or "invalid request",
        param=_location(first.get("loc", ())) if first else None,
        problems=problems,
    )


def _allowed_methods(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in getattr(request.app.state, "routes", request.app.routes):
        match, _ = route.matches({**request.scope, "method": "GET", "state": {}})
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def install_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return _response(request, exc)

    async def validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _response(request, _validation(exc))

    async def input_error(request: Request, exc: Exception) -> JSONResponse:
        return _response(request, ApiError(422, "invalid_item", str(exc)))

    async def policy_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, PolicyError)
        problems = [str(p) for p in exc.problems]
        first = problems[0] if problems else "invalid policy"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        error = ApiError(422, "invalid_policy", first + more, param="policy", problems=problems)
        return _response(request, error)

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        codes = {404: "not_found", 405: "method_not_allowed"}
        message = {
            404: f"no endpoint at {request.url.path}; see /docs for the API",
            405: f"{request.method} is not allowed on {request.url.path}",
        }.get(exc.status_code, str(exc.detail))
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method of the path, not only the first route's
            headers["Allow"] = ", ".join(_allowed_methods(request))
        error = ApiError(
            exc.status_code, codes.get(exc.status_code, "http_error"), message, headers=headers
        )
        return _response(request, error)

    async def database_error(request: Request, exc: Exception) -> JSONResponse:
        # Only the exception type: a database error's text can carry statement parameters.
        log.error(
            "database error",
            extra={"request_id": _request_id(request), "error": type(exc).__name__},
        )
        error = ApiError(
            503,
            "database_unavailable",
            "the database is unreachable or busy; nothing was recorded, retry shortly",
            headers={"Retry-After": "1"},
        )
        return _response(request, error)

    async def engine_crashed(request: Request, exc: Exception) -> JSONResponse:
        log.error("engine process died", extra={"request_id": _request_id(request)})
        error = ApiError(
            503,
            "engine_unavailable",
            "the engine process deciding this request stopped; it is being restarted, retry",
            headers={"Retry-After": "1"},
        )
        return _response(request, error)

    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error(
            "unhandled error",
            extra={"request_id": _request_id(request), "error": type(exc).__name__},
        )
        error = ApiError(500, "internal_error", "internal error; the request id is in the logs")
        return _response(request, error)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(InputError, input_error)
    app.add_exception_handler(PolicyError, policy_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(DBAPIError, database_error)
    app.add_exception_handler(DatabaseError, database_error)
    app.add_exception_handler(EngineCrashedError, engine_crashed)
    app.add_exception_handler(Exception, unexpected)

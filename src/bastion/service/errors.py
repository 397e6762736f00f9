"""One error shape for every failure, and the handlers that produce it.

``{"error": {"type", "code", "message", "param", "request_id"}}`` — the OpenAI
error shape plus a stable ``code`` and the request id, so the ``openai`` client
shows Bastion's message and an operator can find the request in the logs.
Messages say what was wrong and how to fix it; they never echo the content.
"""

from __future__ import annotations

import json
import logging
import re
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
        429: "Rate limit of the key exceeded (`rate_limited`), or too much text of the key or "
        "the server being decided already (`over_capacity`); retry after Retry-After seconds",
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


# Pydantic names union members in error locations (``function-after[...]``, ``list[str]``,
# ``TextPart``): a client named none of them, so they are left out of what it is told.
_UNION_TAG = re.compile(r"[\[\]()\-,]|^(str|int|float|bool|list|dict|[A-Z][A-Za-z]*)$")
_TYPE_MISMATCH = frozenset(
    {
        "string_type",
        "list_type",
        "dict_type",
        "model_type",
        "model_attributes_type",
        "int_type",
        "float_type",
        "bool_type",
        "is_instance_of",
    }
)


def _location(loc: Sequence[Any]) -> str:
    parts = [
        str(p)
        for p in loc
        if p not in ("body", "query", "path", "header")
        and not (isinstance(p, str) and _UNION_TAG.search(p))
    ]
    return ".".join(parts) or "body"


def _sentence(error: Mapping[str, Any]) -> str:
    """One problem as a plain sentence."""
    kind = error.get("type")
    context = error.get("ctx") or {}
    if kind == "string_unicode":
        return "holds lone UTF-16 surrogates (\\ud800-\\udfff escapes): not valid text"
    if kind == "string_too_short" and context.get("min_length") == 1:
        return "is empty: send the content to scan"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a field of this request (check the spelling; see /docs)"
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def _problems(errors: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(location, sentence) per problem. Where a union's members disagree, the member that
    fits the value's type speaks (its errors are not type mismatches); if none does, one
    sentence lists the accepted types."""
    by_field: dict[str, list[tuple[str, Mapping[str, Any]]]] = {}
    for error in errors:
        where = _location(error.get("loc", ()))
        by_field.setdefault(where.split(".")[0], []).append((where, error))
    problems: list[tuple[str, str]] = []
    for found in by_field.values():
        specific = [(w, e) for w, e in found if e.get("type") not in _TYPE_MISMATCH]
        if specific:
            problems.extend((w, _sentence(e)) for w, e in specific)
            continue
        wanted: dict[str, list[str]] = {}
        for where, error in found:
            text = str(error.get("msg", "")).removeprefix("Input should be ")
            if text not in wanted.setdefault(where, []):
                wanted[where].append(text)
        where = min(wanted, key=len)  # the field itself, not an item of one of its members
        problems.append((where, "should be " + " or ".join(wanted[where])))
    return problems


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
    found = _problems(errors[:50])
    problems = [f"{where}: {sentence}" for where, sentence in found[:20]]
    return ApiError(
        422,
        "invalid_request",
        "; ".join(problems[:5]) or "invalid request",
        param=found[0][0] if found else None,
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

"""``GET /v1/decisions``: the decision log, filtered and paginated (newest first)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from bastion.service.auth import ReviewKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.schemas import DecisionOut, DecisionPage, Surface
from bastion.service.state import service_state
from bastion.store import DecisionFilter, DecisionLog
from bastion.types import Action

router = APIRouter(tags=["decisions"])

_CHUNK = 500
_MAX_EXAMINED = 20_000
"""A ``category`` filter reads records; one page examines at most this many."""


def _page(
    log: DecisionLog, where: DecisionFilter, category: str | None, limit: int, before: int | None
) -> dict[str, Any]:
    found: list[dict[str, Any]] = []
    last_seq: int | None = before
    exhausted = True
    batch = min(_CHUNK, limit) if category is None else _CHUNK
    numbered = log.numbered(where, newest_first=True, before_seq=before, batch_size=batch)
    for examined, (seq, record) in enumerate(numbered, start=1):
        last_seq = seq
        if category is None or category in record.get("flagged", ()):
            found.append(record)
        if len(found) == limit or examined >= _MAX_EXAMINED:
            exhausted = False
            break
    return {"data": found, "next_cursor": None if exhausted else str(last_seq)}


_DATE_TIME: dict[str, Any] = {"max_length": 64, "json_schema_extra": {"format": "date-time"}}


def _utc(text: str, name: str) -> datetime:
    """An RFC 3339 time, in UTC (stored times are UTC; SQLite keeps them without an offset)."""
    try:
        bound = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ApiError(
            422,
            "invalid_request",
            f"{name} must be an RFC 3339 date-time such as 2026-01-31T12:00:00Z",
            param=name,
        ) from exc
    if bound.tzinfo is None:
        raise ApiError(
            422,
            "invalid_request",
            f"{name} needs a time zone, e.g. 2026-01-31T12:00:00Z",
            param=name,
        )
    try:
        return bound.astimezone(UTC)
    except OverflowError as exc:
        raise ApiError(422, "invalid_request", f"{name} is out of range", param=name) from exc


@router.get(
    "/v1/decisions",
    response_model=DecisionPage,
    summary="Query the decision log",
    responses=error_responses(401, 403, 422, 429, 503),
)
async def list_decisions(
    request: Request,
    key: ReviewKey,
    item_id: Annotated[str | None, Query(min_length=1, max_length=256)] = None,
    surface: Annotated[Surface | None, Query(description="The surface asked for.")] = None,
    action: Annotated[Action | None, Query()] = None,
    category: Annotated[
        str | None, Query(max_length=64, description="Only decisions that flagged it.")
    ] = None,
    policy_version: Annotated[str | None, Query(min_length=1, max_length=128)] = None,
    since: Annotated[str | None, Query(description="created_at >= since", **_DATE_TIME)] = None,
    until: Annotated[str | None, Query(description="created_at < until", **_DATE_TIME)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(pattern=r"^[0-9]{1,18}$")] = None,
) -> JSONResponse:
    where = DecisionFilter(
        item_id=item_id,
        surface=surface,
        action=action.value if action is not None else None,
        policy_version=policy_version,
        since=_utc(since, "since") if since is not None else None,
        until=_utc(until, "until") if until is not None else None,
    )
    log = service_state(request).log
    before = int(cursor) if cursor else None
    page = await anyio.to_thread.run_sync(_page, log, where, category, limit, before)
    return JSONResponse(page)


@router.get(
    "/v1/decisions/{decision_id}",
    response_model=DecisionOut,
    summary="One decision by id",
    responses=error_responses(401, 403, 404, 429, 503),
)
async def get_decision(
    request: Request,
    key: ReviewKey,
    decision_id: Annotated[str, Path(max_length=64)],
) -> JSONResponse:
    record = await anyio.to_thread.run_sync(service_state(request).log.get, decision_id)
    if record is None:
        raise ApiError(404, "decision_not_found", f"no decision with id {decision_id!r}")
    return JSONResponse(record)

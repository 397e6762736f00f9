"""``GET /v1/decisions``: the decision log, filtered and paginated (newest first)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from bastion.service.auth import ReviewKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.schemas import DecisionOut, DecisionPage, Surface
from bastion.service.state import service_state
from bastion.store.tables import decisions
from bastion.types import Action

router = APIRouter(tags=["decisions"])

_CHUNK = 500
_MAX_EXAMINED = 20_000
"""A ``category`` filter reads records; one page examines at most this many."""


def _page(
    engine: Any, where: list[Any], category: str | None, limit: int, before: int | None
) -> dict[str, Any]:
    found: list[dict[str, Any]] = []
    examined = 0
    last_seq: int | None = before
    exhausted = False
    with engine.connect() as conn:
        while len(found) < limit and examined < _MAX_EXAMINED:
            query = select(decisions.c.seq, decisions.c.record).where(*where)
            if last_seq is not None:
                query = query.where(decisions.c.seq < last_seq)
            batch = min(_CHUNK, limit) if category is None else _CHUNK
            rows = conn.execute(query.order_by(decisions.c.seq.desc()).limit(batch)).all()
            if not rows:
                exhausted = True
                break
            for row in rows:
                examined += 1
                last_seq = int(row.seq)
                record = json.loads(row.record)
                if category is None or category in record.get("flagged", ()):
                    found.append(record)
                    if len(found) == limit:
                        break
            if len(rows) < batch and len(found) < limit:
                exhausted = True
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
    where: list[Any] = []
    if item_id is not None:
        where.append(decisions.c.item_id == item_id)
    if surface is not None:
        where.append(decisions.c.surface == surface)
    if action is not None:
        where.append(decisions.c.action == action.value)
    if policy_version is not None:
        where.append(decisions.c.policy_version == policy_version)
    if since is not None:
        where.append(decisions.c.created_at >= _utc(since, "since"))
    if until is not None:
        where.append(decisions.c.created_at < _utc(until, "until"))
    engine = service_state(request).log.engine
    before = int(cursor) if cursor else None
    page = await anyio.to_thread.run_sync(_page, engine, where, category, limit, before)
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

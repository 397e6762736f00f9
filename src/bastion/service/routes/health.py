"""Operations: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel
from sqlalchemy import text

from bastion.service.auth import ReadKey
from bastion.service.errors import error_responses
from bastion.service.state import service_state

router = APIRouter(tags=["operations"])


class Health(BaseModel):
    status: str


class Readiness(BaseModel):
    status: str
    """``ready``; ``degraded`` (ready, but a detector no surface requires is unavailable);
    or ``not_ready`` (database unreachable, or a detector some surface requires is unavailable:
    fail-closed surfaces would hold everything for review)."""
    database: str
    """``ok`` or why the database cannot be reached."""
    detectors: dict[str, str]
    """Every loaded detector: ``ok`` or why it is unavailable."""
    policy_version: str


@router.get("/healthz", response_model=Health, summary="Liveness: the process answers")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="Readiness: detectors loaded and the database reachable",
    responses={503: {"model": Readiness, "description": "Not ready; the body says why"}},
)
async def readyz(request: Request) -> JSONResponse:
    state = service_state(request)

    def check_database() -> str:
        try:
            with state.log.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            return f"unreachable ({type(exc).__name__})"
        return "ok"

    database = await anyio.to_thread.run_sync(check_database)
    detectors = {d.name: d.unavailable_reason() or "ok" for d in state.engine.detectors}
    policy = state.engine.policy.loaded.policy
    required = {
        name for surface in policy.surfaces for name in policy.surface(surface).required_detectors
    }
    for name in sorted(required - set(detectors)):
        detectors[name] = "required by the policy but not loaded (see BASTION_DETECTORS)"
    broken = {name for name, why in detectors.items() if why != "ok"}
    ready = database == "ok" and not broken & required
    status = "not_ready" if not ready else "degraded" if broken else "ready"
    body: dict[str, Any] = {
        "status": status,
        "database": database,
        "detectors": detectors,
        "policy_version": state.engine.policy.version,
    }
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get(
    "/metrics",
    summary="Prometheus metrics (any valid key)",
    response_class=Response,
    responses={
        200: {"content": {CONTENT_TYPE_LATEST.split(";")[0]: {"schema": {"type": "string"}}}},
        **error_responses(401, 403, 429, 503),
    },
)
async def metrics(request: Request, key: ReadKey) -> Response:
    state = service_state(request)
    body = await anyio.to_thread.run_sync(state.metrics.render)
    return Response(body, media_type=CONTENT_TYPE_LATEST)

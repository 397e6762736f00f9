"""``POST /v1/scan``: decide one item now, on the publish path, and record the decision.

The surface's deadline applies: a required detector that misses it counts as
missing, and the surface's fail mode decides (fail closed: hold for review);
the decision's ``reason`` and ``missing_detectors`` say so.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bastion.intake import item_from_json
from bastion.service.admission import request_cost
from bastion.service.auth import ScanKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.json_bodies import OffLoopJSONRoute
from bastion.service.schemas import DecisionOut, ScanRequest
from bastion.service.state import note, service_state
from bastion.store.keys import ApiKey
from bastion.types import Decision, Item

router = APIRouter(tags=["scan"], route_class=OffLoopJSONRoute)


async def decide_and_record(request: Request, items: list[Item]) -> list[Decision]:
    """Decide items and append them to the log (scheduled fairly with concurrent requests),
    once admitted: 429 with ``Retry-After`` when the key or the server has too much text
    being decided already (see :mod:`bastion.service.admission`)."""
    state = service_state(request)
    key = getattr(request.state, "api_key", None)
    key_id = key.id if isinstance(key, ApiKey) else ""
    cost = request_cost(items)
    over = state.admission.enter(key_id, cost)
    if over is not None:
        whose = "this API key has" if over.scope == "key" else "the server has"
        raise ApiError(
            429,
            "over_capacity",
            f"{whose} {over.in_flight} characters being decided already and this request "
            f"adds {cost} (budget {over.budget}); retry after {over.retry_after_s} s, or send "
            "long content through POST /v1/items",
            headers={"Retry-After": str(over.retry_after_s)},
        )
    try:
        decisions = await state.batcher.scan(items)
    finally:
        state.admission.leave(key_id, cost)
    for decision in decisions:
        state.metrics.observe_decision(decision)
    if decisions:
        note(request, surface=decisions[0].applied_surface, action=decisions[-1].action.value)
    return decisions


@router.post(
    "/v1/scan",
    response_model=DecisionOut,
    summary="Decide one item now (synchronous, publish path)",
    responses=error_responses(400, 401, 403, 413, 415, 422, 429, 503),
)
async def scan(body: ScanRequest, request: Request, key: ScanKey) -> JSONResponse:
    raw = body.model_dump(exclude_none=True)
    raw.setdefault("id", f"scan-{uuid.uuid4().hex}")
    item = item_from_json(raw, service_state(request).engine.max_text_bytes)
    (decision,) = await decide_and_record(request, [item])
    # Returned as stored in the decision log (the response model documents it).
    return JSONResponse(decision.to_dict())

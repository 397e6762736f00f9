"""``POST /v1/moderations``: the OpenAI moderation endpoint, answered by Bastion's policy.

Point the official ``openai`` client at Bastion by changing ``base_url`` (to
``http://host:port/v1``) and ``api_key`` (to a Bastion key with the ``scan``
scope). Each input becomes one item, decided and recorded like a scan.
``flagged`` means the policy did more than label the item (see :func:`flagged`);
``categories[c]`` means the policy flagged ``c``; scores are Bastion's calibrated
probabilities.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse

from bastion.intake import item_from_json
from bastion.service.auth import ScanKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.json_bodies import OffLoopJSONRoute
from bastion.service.moderation_schemas import CATEGORIES, ModerationRequest, ModerationResponse
from bastion.service.routes.scan import decide_and_record
from bastion.service.state import service_state
from bastion.types import Action, Decision, Item

router = APIRouter(tags=["moderations"], route_class=OffLoopJSONRoute)
SurfaceHeader = Annotated[
    str | None,
    Header(
        alias="X-Bastion-Surface",
        pattern=r"^[a-z][a-z0-9_]{0,63}$",
        description="The policy surface to decide for (the body's `surface` wins).",
    ),
]


def _texts(body: ModerationRequest) -> list[str]:
    if isinstance(body.input, str):
        return [body.input]
    return [part if isinstance(part, str) else part.text for part in body.input]


def flagged(action: Action) -> bool:
    """OpenAI's ``flagged`` for a decision's action: the policy did more than label the item.

    A ``label`` (profanity on a comment, say) informs viewers and restricts nothing. A
    client that drops every ``flagged`` input must not drop ordinary swearing, so
    ``allow`` and ``label`` are not flagged; ``categories`` still names the labelled
    category.
    """
    return action.strictness > Action.LABEL.strictness


def _result(decision: Decision) -> dict[str, Any]:
    categories = set(decision.flagged)
    return {
        "flagged": flagged(decision.action),
        "categories": {c: c in categories for c in CATEGORIES},
        "category_scores": {c: float(decision.categories.get(c, 0.0)) for c in CATEGORIES},
        "category_applied_input_types": {c: ["text"] for c in CATEGORIES},
        "bastion": {
            "decision_id": decision.id,
            "item_id": decision.item_id,
            "action": decision.action.value,
            "surface": decision.surface,
            "applied_surface": decision.applied_surface,
            "policy_version": decision.policy_version,
            "flagged_categories": list(decision.flagged),
            "missing_detectors": list(decision.missing_detectors),
            "reason": decision.reason,
        },
    }


_THREAD_CHARS = 65_536
"""Inputs longer than this in all are checked and made items on a worker thread."""


def _items(
    body: ModerationRequest, texts: list[str], surface: str, request_id: str, max_bytes: int
) -> list[Item]:
    items = []
    for index, text in enumerate(texts):
        raw: dict[str, Any] = {"id": f"modr-{request_id}-{index}", "text": text, "surface": surface}
        if body.jurisdiction is not None:
            raw["jurisdiction"] = body.jurisdiction
        try:
            items.append(item_from_json(raw, max_bytes))
        except ValueError as exc:
            param = "input" if isinstance(body.input, str) else f"input.{index}"
            raise ApiError(422, "invalid_item", str(exc), param=param) from exc
    return items


@router.post(
    "/v1/moderations",
    response_model=ModerationResponse,
    summary="Classify text like the OpenAI moderation endpoint",
    responses=error_responses(400, 401, 403, 413, 415, 422, 429, 503),
)
async def moderations(
    body: ModerationRequest,
    request: Request,
    key: ScanKey,
    surface_header: SurfaceHeader = None,
) -> JSONResponse:
    surface = body.surface or surface_header or "default"
    request_id = uuid.uuid4().hex
    max_bytes = service_state(request).engine.max_text_bytes
    texts = _texts(body)
    if sum(len(text) for text in texts) > _THREAD_CHARS:  # checking 3 MB holds the loop
        items = await anyio.to_thread.run_sync(_items, body, texts, surface, request_id, max_bytes)
    else:
        items = _items(body, texts, surface, request_id, max_bytes)
    decisions = await decide_and_record(request, items)
    body_out = {
        "id": f"modr-{request_id}",
        "model": body.model or "bastion",
        "results": [_result(d) for d in decisions],
    }
    return JSONResponse(body_out)

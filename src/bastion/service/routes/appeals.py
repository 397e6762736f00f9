"""``/v1/appeals``: contest a decision; a senior reviewer upholds or reverses it.

Filing needs the ``scan`` scope: appeals come from the platform that submitted
the content (on behalf of its user), the same system that holds scan keys, and
it may re-send the content so the senior sees what was decided. Reading one
appeal needs ``scan`` or ``review``; listing them needs ``review``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from bastion.intake import item_from_json
from bastion.review.routing import item_payload
from bastion.service.auth import ReadKey, ReviewKey, ScanKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.routes.review import review_services, run
from bastion.service.schemas import RecordedItem

router = APIRouter(tags=["appeals"])


class _Appeal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    appellant: str | None = Field(default=None, max_length=256)
    """Who appeals (the platform's user id); stored, never logged."""
    statement: str | None = Field(default=None, max_length=5000)
    """The appellant's reasons, shown to the senior reviewer."""
    item: RecordedItem | None = None
    """The content that was decided, when the review queue may not hold it."""


class AppealRequest(_Appeal):
    decision_id: str = Field(min_length=1, max_length=64)
    """The decision appealed."""


class AccountActionAppealRequest(_Appeal):
    account_action_id: str = Field(min_length=1, max_length=36)
    """The account action appealed (a suspension ...): lifted when the appeal succeeds."""


@router.post(
    "/v1/appeals",
    status_code=201,
    summary="Appeal a decision or an account action",
    responses=error_responses(400, 401, 403, 404, 409, 413, 415, 422, 429, 503),
)
async def file_appeal(
    request: Request, key: ScanKey, body: AppealRequest | AccountActionAppealRequest
) -> JSONResponse:
    services = review_services(request)
    payload = None
    if body.item is not None:
        item = item_from_json(body.item.item_json())
        payload = item_payload(item)

    def work() -> dict[str, Any]:
        if isinstance(body, AccountActionAppealRequest):
            return services.appeals.file_against_account_action(
                body.account_action_id,
                appellant=body.appellant,
                statement=body.statement,
                payload=payload,
            )
        return services.appeals.file(
            body.decision_id, appellant=body.appellant, statement=body.statement, payload=payload
        )

    return JSONResponse(await run(work), status_code=201)


@router.get(
    "/v1/appeals/{appeal_id}",
    summary="One appeal and its resolution",
    responses=error_responses(401, 403, 404, 429, 503),
)
async def get_appeal(
    request: Request, key: ReadKey, appeal_id: Annotated[str, Path(max_length=36)]
) -> JSONResponse:
    found = await run(lambda: review_services(request).appeals.get(appeal_id))
    if found is None:
        raise ApiError(404, "appeal_not_found", f"no appeal with id {appeal_id!r}")
    return JSONResponse(found)


@router.post(
    "/v1/appeals/{appeal_id}/withdraw",
    summary="Withdraw an open appeal",
    responses=error_responses(401, 403, 404, 409, 429, 503),
)
async def withdraw_appeal(
    request: Request, key: ScanKey, appeal_id: Annotated[str, Path(max_length=36)]
) -> JSONResponse:
    return JSONResponse(await run(lambda: review_services(request).appeals.withdraw(appeal_id)))


@router.get(
    "/v1/appeals",
    summary="Appeals, newest first",
    responses=error_responses(401, 403, 422, 429, 503),
)
async def list_appeals(
    request: Request,
    key: ReviewKey,
    status: Annotated[Literal["open", "upheld", "reversed", "withdrawn"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> JSONResponse:
    found = await run(lambda: review_services(request).appeals.list(status=status, limit=limit))
    return JSONResponse({"data": found})

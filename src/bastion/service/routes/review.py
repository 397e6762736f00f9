"""``/v1/review/...``: the review queue as JSON, for review tools (scope ``review``).

A key with the ``review`` scope is a trusted review tool; it acts for the
reviewer named in each request, and that reviewer's role and queue grants
apply exactly as in the web UI (403 for a queue they may not see, 409 for a
lease they no longer hold, 422 for an invalid verdict).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from bastion import taxonomy
from bastion.intake import InputError
from bastion.review.gold import GoldItem, gold_from_json, seed_gold
from bastion.review.model import ReviewError
from bastion.review.queue import VerdictIn
from bastion.review.reviewers import Reviewer
from bastion.review.services import ReviewServices
from bastion.review.stats import review_stats
from bastion.service.auth import AdminKey, ReviewKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.schemas import RecordedItem
from bastion.types import AccountAction, Verdict

router = APIRouter(tags=["review"])
T = TypeVar("T")

ReviewerName = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9._-]*$")]
TaskId = Annotated[str, Path(min_length=1, max_length=36)]
_ERRORS = error_responses(401, 403, 404, 409, 422, 429, 503)
_BODY_ERRORS = error_responses(400, 401, 403, 404, 409, 413, 415, 422, 429, 503)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ClaimRequest(_Body):
    reviewer: ReviewerName
    queue: str = Field(min_length=1, max_length=128)
    lang: str | None = Field(default=None, max_length=16)
    jurisdiction: str | None = Field(default=None, max_length=8)
    lease_seconds: float = Field(default=600.0, ge=5, le=86_400)


class LeaseRequest(_Body):
    reviewer: ReviewerName
    lease_token: str = Field(min_length=1, max_length=36)
    lease_seconds: float = Field(default=600.0, ge=5, le=86_400)


class VerdictRequest(_Body):
    reviewer: ReviewerName
    lease_token: str = Field(min_length=1, max_length=36)
    verdict: Verdict
    category: str | None = Field(default=None, max_length=64)
    severity: int | None = Field(default=None, ge=1, le=4)
    rationale: str | None = Field(default=None, max_length=2000)
    action: str | None = Field(default=None, max_length=32)
    """The content action: label, age_restrict, demote, restrict_interaction or block when
    violating (block by default); allow otherwise. An account action named here means the
    content is removed and the account actioned."""
    account_action: AccountAction | None = None
    """An account action against the item's author, recorded in the strike ledger."""


def _category(value: str) -> str:
    if not taxonomy.is_category(value):
        raise ValueError("must be a category key, e.g. hate or scam")
    return value


Category = Annotated[
    str,
    AfterValidator(_category),
    WithJsonSchema({"type": "string", "enum": list(taxonomy.CATEGORIES)}),
]


class GoldEntry(_Body):
    item: RecordedItem
    verdict: Literal["violating", "not_violating"]
    category: Category
    """The category judged (violating), or the queue to seed a benign item into."""


class GoldRequest(_Body):
    items: list[GoldEntry] = Field(min_length=1, max_length=1000)
    reviews_required: int = Field(default=3, ge=1, le=10)
    """Different reviewers who judge each gold item."""


def review_services(request: Request) -> ReviewServices:
    services = request.app.state.review
    assert isinstance(services, ReviewServices)
    return services


async def run(call: Callable[[], T]) -> T:
    """Run a blocking review operation off the event loop; ReviewError -> the API error shape."""
    try:
        return await anyio.to_thread.run_sync(call)
    except ReviewError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from exc


def _reviewer(services: ReviewServices, name: str) -> Reviewer:
    return services.reviewers.require(name)


@router.get(
    "/v1/review/queues", summary="Open work per queue a reviewer may see", responses=_ERRORS
)
async def queues(
    request: Request, key: ReviewKey, reviewer: Annotated[str, Query(max_length=64)]
) -> JSONResponse:
    services = review_services(request)

    def work() -> list[dict[str, Any]]:
        who = _reviewer(services, reviewer)
        return [vars(c) for c in services.queue.overview(who)]

    return JSONResponse({"data": await run(work)})


@router.post(
    "/v1/review/claim", summary="Lease the most urgent task of a queue", responses=_BODY_ERRORS
)
async def claim(request: Request, key: ReviewKey, body: ClaimRequest) -> JSONResponse:
    services = review_services(request)

    def work() -> dict[str, Any]:
        who = _reviewer(services, body.reviewer)
        claimed = services.queue.claim(
            who,
            body.queue,
            lang=body.lang,
            jurisdiction=body.jurisdiction,
            lease_s=body.lease_seconds,
        )
        if claimed is None:
            return {"task": None}
        return {
            "task": claimed.task.to_dict(),
            "lease_token": claimed.lease_token,
            "lease_expires_at": claimed.lease_expires_at.isoformat(),
        }

    return JSONResponse(await run(work))


@router.get("/v1/review/tasks/{task_id}", summary="A task with its decision", responses=_ERRORS)
async def get_task(
    request: Request,
    key: ReviewKey,
    task_id: TaskId,
    reviewer: Annotated[str, Query(max_length=64)],
) -> JSONResponse:
    services = review_services(request)

    def work() -> dict[str, Any]:
        who = _reviewer(services, reviewer)
        task = services.queue.get(who, task_id)
        out = task.to_dict()
        out["decision"] = services.queue.decision(task.decision_id)
        out["verdicts"] = services.queue.verdicts(task.id) if who.is_senior else []
        return out

    return JSONResponse(await run(work))


@router.post(
    "/v1/review/tasks/{task_id}/verdict",
    summary="Submit a verdict (lease holder)",
    responses=_BODY_ERRORS,
)
async def verdict(
    request: Request, key: ReviewKey, task_id: TaskId, body: VerdictRequest
) -> JSONResponse:
    services = review_services(request)

    def work() -> dict[str, Any]:
        who = _reviewer(services, body.reviewer)
        given = VerdictIn(
            body.verdict,
            body.category,
            body.severity,
            body.rationale,
            body.action,
            body.account_action,
        )
        return vars(services.queue.submit(who, task_id, body.lease_token, given))

    return JSONResponse(await run(work))


@router.post(
    "/v1/review/tasks/{task_id}/release", summary="Give a task back", responses=_BODY_ERRORS
)
async def release(
    request: Request, key: ReviewKey, task_id: TaskId, body: LeaseRequest
) -> JSONResponse:
    services = review_services(request)

    def work() -> dict[str, Any]:
        services.queue.release(_reviewer(services, body.reviewer), task_id, body.lease_token)
        return {"released": task_id}

    return JSONResponse(await run(work))


@router.post("/v1/review/tasks/{task_id}/extend", summary="Extend a lease", responses=_BODY_ERRORS)
async def extend(
    request: Request, key: ReviewKey, task_id: TaskId, body: LeaseRequest
) -> JSONResponse:
    services = review_services(request)

    def work() -> dict[str, Any]:
        who = _reviewer(services, body.reviewer)
        until = services.queue.extend(who, task_id, body.lease_token, body.lease_seconds)
        return {"lease_expires_at": until.isoformat()}

    return JSONResponse(await run(work))


@router.get("/v1/review/stats", summary="Agreement and gold accuracy", responses=_ERRORS)
async def stats(
    request: Request,
    key: ReviewKey,
    queue: Annotated[str | None, Query(max_length=128)] = None,
) -> JSONResponse:
    services = review_services(request)
    return JSONResponse(await run(lambda: review_stats(services.engine, queue=queue)))


@router.post(
    "/v1/review/gold", status_code=201, summary="Seed gold items (admin)", responses=_BODY_ERRORS
)
async def gold(request: Request, key: AdminKey, body: GoldRequest) -> JSONResponse:
    services = review_services(request)
    golds: list[GoldItem] = []
    for index, entry in enumerate(body.items):
        try:
            golds.append(
                gold_from_json(
                    entry.model_dump(exclude_none=True) | {"item": entry.item.item_json()}
                )
            )
        except (ValueError, InputError) as exc:
            raise ApiError(422, "invalid_gold", f"items[{index}]: {exc}") from exc

    def work() -> dict[str, Any]:
        ids = seed_gold(
            services.engine, services.routing, golds, reviews_required=body.reviews_required
        )
        return {"task_ids": ids}

    return JSONResponse(await run(work), status_code=201)

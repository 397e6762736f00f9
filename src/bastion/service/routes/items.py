"""Asynchronous jobs: ``POST /v1/items`` queues an item, ``bastion worker`` decides it.

``item id + surface`` of one API key is the job's idempotency key: resubmitting the
same item returns the existing job (200) instead of queueing another (202), and
resubmitting different content under the same id is a 409. Ids are scoped per
key: another key's jobs are invisible, whatever their ids. The decision, once
made, is in the decision log and shown by ``GET /v1/items/{job_id}``.
"""

from __future__ import annotations

from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from bastion.intake import MEDIA_PARTS, item_from_json
from bastion.jobs.egress import refused_destination
from bastion.jobs.queue import Job, JobConflictError, NewJob
from bastion.jobs.webhooks import delivery_status
from bastion.service.auth import ReadKey, ReviewKey, ScanKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.json_bodies import OffLoopJSONRoute
from bastion.service.schemas import BatchRequest, ItemRequest, JobList, JobOut, Surface
from bastion.service.state import ServiceState, service_state
from bastion.service.uploads import media_part
from bastion.store.keys import ApiKey

router = APIRouter(tags=["items"], route_class=OffLoopJSONRoute)
Cursor = Annotated[str | None, Query(pattern=r"^[0-9]{1,18}$", description="From next_cursor.")]


def job_view(state: ServiceState, job: Job) -> dict[str, Any]:
    decision = state.log.get(job.decision_id) if job.decision_id else None
    callback = None
    if job.callback_url:
        callback = delivery_status(state.log.engine, job.id) or {
            "url": job.callback_url,
            "status": "waiting",  # sent once the job is done
            "attempts": 0,
        }
    return {
        "job_id": job.id,
        "item_id": job.item_id,
        "surface": job.surface,
        "status": job.status,
        "attempts": job.attempts,
        "created_at": job.created_at.isoformat(),
        "updated_at": job.updated_at.isoformat(),
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
        "error": job.error,
        "decision": decision,
        "callback": callback,
    }


def _new_job(state: ServiceState, body: ItemRequest) -> NewJob:
    payload = body.item_json()
    for part in MEDIA_PARTS:
        path = media_part(
            state.settings, part, getattr(body, part), getattr(body, f"{part}_base64")
        )
        if path is not None:
            payload[part] = path
    item = item_from_json(payload, state.engine.max_text_bytes)  # refuse now, not in the worker
    if body.callback_url and not state.settings.webhook_secret:
        raise ApiError(
            422,
            "webhooks_not_configured",
            "callback_url needs a signing secret: set BASTION_WEBHOOK_SECRET on the server "
            "and the workers, or leave callback_url out and poll GET /v1/items/{job_id}",
            param="callback_url",
        )
    if body.callback_url and not state.settings.webhook_allow_private:
        refused = refused_destination(body.callback_url, resolve=False)
        if refused is not None:
            raise ApiError(
                422,
                "callback_url_refused",
                f"callback_url refused: {refused}; callbacks go to public addresses unless the "
                "server sets BASTION_WEBHOOK_ALLOW_PRIVATE=1",
                param="callback_url",
            )
    return NewJob(item.id, item.surface, payload, body.callback_url)


def _enqueue(state: ServiceState, new: list[NewJob], key: ApiKey) -> list[tuple[Job, bool]]:
    try:
        # Item ids are scoped per key: idempotency never reaches another submitter's jobs.
        return state.queue.enqueue(new, key.id)
    except JobConflictError as exc:
        raise ApiError(409, "item_conflict", str(exc)) from exc


@router.post(
    "/v1/items",
    response_model=JobOut,
    status_code=202,
    summary="Queue one item for an asynchronous decision",
    responses={
        200: {"model": JobOut, "description": "Already submitted: the existing job"},
        **error_responses(400, 401, 403, 409, 413, 415, 422, 429, 503),
    },
)
async def submit(body: ItemRequest, request: Request, key: ScanKey) -> JSONResponse:
    state = service_state(request)
    new = await anyio.to_thread.run_sync(_new_job, state, body)
    ((job, created),) = await anyio.to_thread.run_sync(_enqueue, state, [new], key)
    view = await anyio.to_thread.run_sync(job_view, state, job)
    headers = {"Location": f"/v1/items/{job.id}"}
    return JSONResponse(view, status_code=202 if created else 200, headers=headers)


@router.post(
    "/v1/items/batch",
    response_model=JobList,
    status_code=202,
    summary="Queue up to 1000 items at once (atomic: all are queued, or none)",
    responses=error_responses(400, 401, 403, 409, 413, 415, 422, 429, 503),
)
async def submit_batch(body: BatchRequest, request: Request, key: ScanKey) -> JSONResponse:
    state = service_state(request)
    new = []
    for index, entry in enumerate(body.items):
        try:
            new.append(await anyio.to_thread.run_sync(_new_job, state, entry))
        except ValueError as exc:
            message = f"items.{index}: {exc}"
            raise ApiError(422, "invalid_item", message, param=f"items.{index}") from exc
        except ApiError as exc:
            where = f"items.{index}.{exc.param}" if exc.param else f"items.{index}"
            message = f"items.{index}: {exc.message}"
            raise ApiError(exc.status, exc.code, message, param=where) from None
    results = await anyio.to_thread.run_sync(_enqueue, state, new, key)
    views = [await anyio.to_thread.run_sync(job_view, state, job) for job, _ in results]
    return JSONResponse({"data": views, "next_cursor": None}, status_code=202)


@router.get(
    "/v1/items",
    response_model=JobList,
    summary="List jobs, newest first",
    responses=error_responses(401, 403, 422, 429, 503),
)
async def list_jobs(
    request: Request,
    key: ReviewKey,
    status: Annotated[str | None, Query(pattern=r"^(queued|running|done|failed)$")] = None,
    item_id: Annotated[str | None, Query(min_length=1, max_length=256)] = None,
    surface: Annotated[Surface | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    state = service_state(request)

    def run() -> dict[str, Any]:
        found = state.queue.list(
            status=status,
            item_id=item_id,
            surface=surface,
            before_seq=int(cursor) if cursor else None,
            limit=limit,
        )
        more = len(found) == limit
        return {
            "data": [job_view(state, job) for job in found],
            "next_cursor": str(found[-1].seq) if more else None,
        }

    return JSONResponse(await anyio.to_thread.run_sync(run))


@router.get(
    "/v1/items/{job_id}",
    response_model=JobOut,
    summary="A job's status and, when done, its decision",
    responses=error_responses(401, 403, 404, 429, 503),
)
async def get_job(
    request: Request,
    key: ReadKey,
    job_id: Annotated[str, Path(max_length=64)],
) -> JSONResponse:
    state = service_state(request)
    job = await anyio.to_thread.run_sync(state.queue.get, job_id)
    if job is not None and not key.allows("review") and job.key_id != key.id:
        job = None  # a scan key sees only its own jobs; others' do not exist for it
    if job is None:
        raise ApiError(404, "job_not_found", f"no job with id {job_id!r}", param="job_id")
    return JSONResponse(await anyio.to_thread.run_sync(job_view, state, job))

"""The FastAPI app factory: one Engine per process, loaded once, shared by every request.

The decision log, the API keys and the job queue live in one database (the
Engine's), so enqueueing, deciding and recording are plain transactions there.
Scans run off the event loop, batched with concurrent scans (see batching.py),
so health checks and metrics stay responsive under load.
"""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import anyio.to_thread
from fastapi import FastAPI

from bastion import __version__
from bastion.config import Settings
from bastion.jobs.queue import JobQueue
from bastion.replicas import shared_state
from bastion.review.services import ReviewServices
from bastion.review.sessions import ReviewerSessions
from bastion.review.ui import ReviewMount, create_review_ui
from bastion.scanner import Scanner
from bastion.service.admission import Admission
from bastion.service.auth import Authenticator
from bastion.service.batching import ScanBatcher, Scheduling
from bastion.service.engine_pool import EnginePool
from bastion.service.errors import install_handlers
from bastion.service.metrics import Metrics
from bastion.service.middleware import Gate, Observe
from bastion.service.routes import (
    appeals,
    decisions,
    docs,
    health,
    items,
    moderations,
    policies,
    review,
    scan,
)
from bastion.service.state import ServiceState
from bastion.store.keys import KeyStore

__all__ = ["create_app"]


_DESCRIPTION = """\
Scan content before it is published, decide what the policy requires, and keep
a verifiable record of every decision.

Every endpoint except `/healthz`, `/readyz` and this schema needs an API key:
`Authorization: Bearer bst_...` (or `X-API-Key`). Create one with
`bastion keys create --scopes scan,review,admin`. Errors always have the shape
`{"error": {"type", "code", "message", "param", "request_id"}}`.
"""


def create_app(settings: Settings, *, engine: Scanner | None = None) -> FastAPI:
    """Build the service from ``settings`` (built once by the process's entry point).
    ``engine`` (with a decision log) replaces the one the settings describe."""
    # An Engine handed in decides on threads of this process; otherwise scans go to
    # ``settings.engine_processes`` engine processes (0: threads here too).
    processes = 0 if engine is not None else settings.engine_processes
    if processes is None:
        processes = min(os.cpu_count() or 1, 4)
    engine = engine or Scanner.from_settings(settings, served=True)
    pool = (
        EnginePool(
            settings,
            processes,
            engine,
            hang_seconds=settings.engine_hang_seconds,
            bulk_nice=settings.engine_bulk_nice,
        )
        if processes
        else None
    )
    if engine.log is None:
        raise ValueError("the service needs an Engine with a decision log")
    scheduling = Scheduling(
        unit_items=settings.work_unit_items,
        unit_chars=settings.work_unit_chars,
        small_chars=settings.small_request_chars,
        hang_base_s=settings.engine_hang_seconds,
        hang_chars_per_s=settings.engine_hang_chars_per_second,
    )
    keys = KeyStore(engine.log.engine)
    queue = JobQueue(engine.log.engine)
    authenticator = Authenticator(keys, settings.api_key_cache_seconds)
    shared = shared_state(settings)  # rate limits and sign-in throttles: Redis or this process
    state = ServiceState(
        settings=settings,
        engine=engine,
        log=engine.log,
        keys=keys,
        authenticator=authenticator,
        limiter=shared.limiter,
        queue=queue,
        metrics=Metrics(queue),
        batcher=ScanBatcher.in_processes(pool, scheduling=scheduling)
        if pool
        else ScanBatcher.in_threads(engine, scheduling=scheduling),
        admission=Admission(
            settings.admission_key_chars,
            settings.admission_total_chars,
            parallel=processes or 2,
        ),
    )
    state.batcher.observers.append(state.admission.observe)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if pool is not None:  # every engine process has loaded its models before we serve
            await anyio.to_thread.run_sync(pool.start)
        # What is loaded now stays: a full garbage collection traversing it (the Engine's
        # models, the app) would pause every request in flight for 50-90 ms.
        gc.freeze()
        yield
        gc.unfreeze()
        if pool is not None:
            pool.close()
        engine.close()

    app = FastAPI(
        title="Bastion",
        version=__version__,
        description=_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by routes/docs.py from installed files, not a CDN
        redoc_url=None,
    )
    app.state.bastion = state
    # Human review: the JSON API under /v1/review and /v1/appeals, the web UI under /review.
    app.state.review = ReviewServices.build(engine.log.engine, engine.policy.loaded, engine.review)
    review_ui = create_review_ui(
        app.state.review,
        sessions=ReviewerSessions(
            engine.log.engine,
            absolute_s=settings.review_session_hours * 3600,
            idle_s=settings.review_session_idle_minutes * 60,
        ),
        media_root=settings.review_media_root,
        sign_in=shared.sign_in,
    )
    install_handlers(app)
    routers = (
        scan.router,
        moderations.router,
        items.router,
        decisions.router,
        policies.router,
        health.router,
        review.router,
        appeals.router,
    )
    app.include_router(docs.router)
    base = list(app.routes)  # the schema and docs pages
    for router in routers:
        app.include_router(router)
    # Every route, flat (FastAPI nests included routers): the middleware matches requests
    # against them before routing, to name the route in logs and to know which take a body.
    routes = [*base, *(route for router in routers for route in router.routes)]
    app.state.routes = routes
    # Added last = outermost: Observe sees every request, including those the Gate refuses.
    app.add_middleware(
        Gate,
        authenticator=authenticator,
        max_body=settings.max_request_bytes,
        routes=routes,
    )
    app.add_middleware(ReviewMount, ui=review_ui)  # outside the API-key gate: sessions
    app.add_middleware(Observe, metrics=state.metrics, routes=[*routes, *review_ui.routes])
    return app

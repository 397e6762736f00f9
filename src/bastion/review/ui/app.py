"""The reviewer UI as a small ASGI app, mounted under ``/review`` by the service.

It sits outside the API-key gate (reviewers sign in with a password and get a
session cookie, the session kept server-side) and answers only ``/review`` paths; everything else
goes on to the API. Pages are server-rendered Jinja2 templates with a little
JavaScript for keyboard shortcuts and media; no front-end build.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from bastion.replicas import LocalSignInThrottle, SignInThrottle
from bastion.review.services import ReviewServices
from bastion.review.sessions import ReviewerSessions

__all__ = ["PREFIX", "ReviewMount", "create_review_ui"]

PREFIX = "/review"
HERE = Path(__file__).resolve().parent
_CSP = (
    "default-src 'self'; img-src 'self' data: https:; media-src 'self' https:; "
    "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'none'"
)


def create_review_ui(
    services: ReviewServices,
    *,
    sessions: ReviewerSessions,
    media_root: Path | None = None,
    sign_in: SignInThrottle | None = None,
) -> FastAPI:
    """The UI app; ``media_root`` (the ``review_media_root`` setting): the folder media paths
    may be served from; ``sign_in``: counts failed sign-ins (shared by the replicas when the
    service has Redis; else this process's)."""
    from bastion.review.ui import pages

    ui = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    ui.state.review = services
    ui.state.sessions = sessions
    ui.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    ui.state.sign_in = sign_in or LocalSignInThrottle()
    ui.state.media_root = media_root.resolve() if media_root else None
    ui.include_router(pages.router)
    ui.add_exception_handler(StarletteHTTPException, _not_a_page)
    ui.mount(f"{PREFIX}/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @ui.middleware("http")
    async def headers(request: Request, call_next: object) -> Response:
        response: Response = await call_next(request)  # type: ignore[operator]
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if not request.url.path.startswith(f"{PREFIX}/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return ui


async def _not_a_page(request: Request, exc: Exception) -> Response:
    """An unknown ``/review`` path or method: the UI's error page for a browser, else the
    service's one error shape (``{"error": {type, code, message, param, request_id}}``)."""
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    message = (
        f"no page at {request.url.path}; the review UI starts at {PREFIX}/queues"
        if status == 404
        else f"{request.method} is not allowed on {request.url.path}"
    )
    if "text/html" in request.headers.get("accept", ""):
        templates = request.app.state.templates
        page: Response = templates.TemplateResponse(
            request,
            "error.html",
            {"prefix": PREFIX, "status": status, "message": message, "me": None},
            status_code=status,
        )
        return page
    kind = "not_found_error" if status == 404 else "invalid_request_error"
    code = "not_found" if status == 404 else "method_not_allowed"
    request_id = request.scope.get("state", {}).get("request_id")
    body = {
        "error": {
            "type": kind,
            "code": code,
            "message": message,
            "param": None,
            "request_id": request_id,
        }
    }
    return JSONResponse(body, status_code=status, headers=dict(exc.headers or {}))


class ReviewMount:
    """ASGI middleware: ``/review`` requests go to the UI, the rest to the API (and its gate)."""

    def __init__(self, app: ASGIApp, ui: ASGIApp) -> None:
        self.app = app
        self.ui = ui

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path == PREFIX or path.startswith(f"{PREFIX}/"):
            await self.ui(scope, receive, send)
        else:
            await self.app(scope, receive, send)

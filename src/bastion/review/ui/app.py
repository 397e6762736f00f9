"""The reviewer UI as a small ASGI app, mounted under ``/review`` by the service.

It sits outside the API-key gate (reviewers sign in with a password and get a
signed session cookie) and answers only ``/review`` paths; everything else
goes on to the API. Pages are server-rendered Jinja2 templates with a little
JavaScript for keyboard shortcuts and media; no front-end build.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from bastion.replicas import LocalSignInThrottle, SignInThrottle
from bastion.review.services import ReviewServices
from bastion.review.ui.session import SessionSigner

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
    signer: SessionSigner,
    media_root: Path | None = None,
    sign_in: SignInThrottle | None = None,
) -> FastAPI:
    """The UI app; ``media_root`` (the ``review_media_root`` setting): the folder media paths
    may be served from; ``sign_in``: counts failed sign-ins (shared by the replicas when the
    service has Redis; else this process's)."""
    from bastion.review.ui import pages

    ui = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    ui.state.review = services
    ui.state.signer = signer
    ui.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    ui.state.sign_in = sign_in or LocalSignInThrottle()
    ui.state.media_root = media_root.resolve() if media_root else None
    ui.include_router(pages.router)
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

"""The reviewer UI's pages: sign in, queues, the item view and its verdict form, appeals, stats.

Every page re-reads the signed-in reviewer from the database and every
operation goes through :class:`bastion.review.queue.ReviewQueue`, which
enforces the reviewer's queues; a page never decides permissions itself.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response

from bastion.replicas import SignInThrottle
from bastion.review.model import ReviewError
from bastion.review.queue import VerdictIn
from bastion.review.reviewers import Reviewer
from bastion.review.services import ReviewServices
from bastion.review.sessions import ReviewerSessions, Session
from bastion.review.stats import review_stats
from bastion.review.ui import view
from bastion.review.ui.session import LOGIN_CSRF_COOKIE, SESSION_COOKIE, same_token
from bastion.types import REVIEWER_ACTIONS, AccountAction, Severity

router = APIRouter()
T = TypeVar("T")
P = "/review"


class _PageError(Exception):
    """Stop and answer with this response (an error page or a redirect)."""

    def __init__(self, response: Response) -> None:
        self.response = response


def _services(request: Request) -> ReviewServices:
    services = request.app.state.review
    assert isinstance(services, ReviewServices)
    return services


async def _run(call: Callable[[], T]) -> T:
    return await anyio.to_thread.run_sync(call)


def _render(request: Request, name: str, code: int = 200, **context: Any) -> Response:
    templates = request.app.state.templates
    response: Response = templates.TemplateResponse(
        request, name, {"prefix": P, **context}, status_code=code
    )
    return response


def _error(request: Request, status: int, message: str, who: Reviewer | None = None) -> Response:
    return _render(request, "error.html", status, status=status, message=message, me=who)


def _redirect(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def _sessions(request: Request) -> ReviewerSessions:
    sessions = request.app.state.sessions
    assert isinstance(sessions, ReviewerSessions)
    return sessions


async def _signed_in(request: Request) -> tuple[Reviewer, Session]:
    token = request.cookies.get(SESSION_COOKIE)
    session = await _run(lambda: _sessions(request).read(token))
    if session is None:
        raise _PageError(_redirect(f"{P}/login"))
    reviewer = await _run(lambda: _services(request).reviewers.get(session.reviewer))
    if reviewer is None:  # disabled or removed since signing in
        raise _PageError(_redirect(f"{P}/login"))
    return reviewer, session


async def _form(request: Request, session: Session) -> dict[str, str]:
    form = await request.form()
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    if not same_token(values.get("csrf"), session.csrf):
        raise _PageError(
            _error(
                request, 403, "The form expired or did not come from this site; reload the page."
            )
        )
    return values


def _guard(
    handler: Callable[..., Any],
) -> Callable[..., Any]:
    """Turn _PageError and ReviewError into responses (403/404/409/422 pages)."""
    import functools

    @functools.wraps(handler)
    async def wrapped(request: Request, *args: Any, **kwargs: Any) -> Response:
        try:
            response: Response = await handler(request, *args, **kwargs)
            return response
        except _PageError as page:
            return page.response
        except ReviewError as exc:
            return _error(request, exc.status, exc.message)

    return wrapped


# -- signing in ------------------------------------------------------------------------------


@router.get(P)
@router.get(f"{P}/")
async def home() -> Response:
    return _redirect(f"{P}/queues")


@router.get(f"{P}/login")
async def login_page(request: Request) -> Response:
    token = secrets.token_urlsafe(24)
    response = _render(request, "login.html", csrf=token, error=None, me=None)
    _login_cookie(request, response, token)
    return response


def _login_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path=P,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def _sign_in(request: Request) -> SignInThrottle:
    """Failed sign-ins per name (a name is locked after 5 in 5 minutes), shared by the
    replicas when the service has Redis (:mod:`bastion.replicas`)."""
    throttle: SignInThrottle = request.app.state.sign_in
    return throttle


@router.post(f"{P}/login")
async def login(request: Request) -> Response:
    form = await request.form()
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    name, password = values.get("name", "").strip().lower(), values.get("password", "")
    if not same_token(values.get("csrf"), request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _error(request, 403, "The sign-in form expired; reload the page and try again.")
    token = secrets.token_urlsafe(24)
    throttle = _sign_in(request)
    if await _run(lambda: throttle.locked(name)):
        response = _render(
            request,
            "login.html",
            429,
            csrf=token,
            error="Too many failed attempts; wait five minutes.",
            me=None,
        )
        _login_cookie(request, response, token)
        return response
    services = _services(request)
    reviewer = await _run(lambda: services.reviewers.authenticate(name, password))
    if reviewer is None:
        await _run(lambda: throttle.failed(name))
        response = _render(
            request,
            "login.html",
            401,
            csrf=token,
            error="Unknown name or wrong password.",
            me=None,
        )
        _login_cookie(request, response, token)
        return response
    await _run(lambda: throttle.succeeded(name))
    sessions = _sessions(request)
    _, cookie = await _run(lambda: sessions.open(reviewer.id))
    response = _redirect(f"{P}/queues")
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=int(sessions.absolute.total_seconds()),
        path=P,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=P)
    return response


@router.post(f"{P}/logout")
@_guard
async def logout(request: Request) -> Response:
    me, session = await _signed_in(request)
    await _form(request, session)
    await _run(lambda: _sessions(request).end_all(me.id))  # signs out on every device
    response = _redirect(f"{P}/login")
    response.delete_cookie(SESSION_COOKIE, path=P)
    return response


# -- queues ----------------------------------------------------------------------------------


@router.get(f"{P}/queues")
@_guard
async def queues(request: Request) -> Response:
    me, session = await _signed_in(request)
    services = _services(request)
    counts = await _run(lambda: services.queue.overview(me))
    held = await _run(lambda: services.queue.held_by(me))
    return _render(
        request,
        "queues.html",
        me=me,
        csrf=session.csrf,
        counts=counts,
        held=held,
        notice=request.query_params.get("notice"),
    )


@router.post(f"{P}/claim")
@_guard
async def claim(request: Request) -> Response:
    me, session = await _signed_in(request)
    form = await _form(request, session)
    queue = form.get("queue", "")
    services = _services(request)
    claimed = await _run(
        lambda: services.queue.claim(
            me,
            queue,
            lang=form.get("lang") or None,
            jurisdiction=form.get("jurisdiction") or None,
            task_id=form.get("task_id") or None,
        )
    )
    if claimed is None:
        return _redirect(f"{P}/queues?notice=empty")
    return _redirect(f"{P}/tasks/{claimed.task.id}")


# -- the item --------------------------------------------------------------------------------


def media_file(root: Path | None, source: str) -> Path | None:
    """The file a media part names, if the UI may serve it: inside ``root`` (the
    ``review_media_root`` setting), a relative path read from ``root``, and there."""
    if root is None or source.startswith("https://"):
        return None
    named = Path(source)
    path = (named if named.is_absolute() else root / named).resolve()
    return path if path.is_relative_to(root) and path.is_file() else None


def _media_problem(root: Path | None, source: str) -> str | None:
    """Why the page cannot play or show a media part (said on the page), or None."""
    if source.startswith("https://"):
        return None
    if root is None:
        return (
            "This file cannot be shown: no review media folder is configured "
            "(BASTION_REVIEW_MEDIA_ROOT)."
        )
    if media_file(root, source) is None:
        return (
            f"This file cannot be shown: {Path(source).name} is not in the review media folder "
            "(BASTION_REVIEW_MEDIA_ROOT; relative paths are read from it) or no longer exists."
        )
    return None


def _task_context(
    services: ReviewServices, me: Reviewer, task_id: str, media_root: Path | None = None
) -> dict[str, Any]:
    task = services.queue.get(me, task_id)
    decision = services.queue.decision(task.decision_id) or {}
    item = (task.payload or {}).get("item") or {}
    evidence = decision.get("evidence", [])
    flagged = list(decision.get("flagged", []))
    text = item.get("text")
    categories = sorted(decision.get("categories", {}).items(), key=lambda kv: kv[1], reverse=True)[
        :12
    ]
    policy = services.routing.categories
    default_category = task.category or (flagged[0] if flagged else "")
    severity = policy[default_category].severity if default_category in policy else Severity.MEDIUM
    media = {}
    for part in ("image", "audio", "video"):
        source = item.get(part)
        if source:
            media[part] = {
                "src": source
                if str(source).startswith("https://")
                else f"{P}/tasks/{task.id}/media/{part}",
                "name": Path(str(source)).name,
                "problem": _media_problem(media_root, str(source)),
                "boxes": view.boxes(evidence, part),
                "ranges": view.time_ranges(evidence, part),
                "frames": sorted(
                    {
                        e["frame"]
                        for e in evidence
                        if e.get("part") == part and e.get("frame") is not None
                    }
                ),
            }
    shown, collapsed = view.excerpt(text, evidence) if text else ([], False)
    appeal = services.appeals.get(task.appeal_id) if task.appeal_id else None
    statement = services.appeals.statement(task.appeal_id) if task.appeal_id else None
    return {
        "task": task,
        "reason": "random" if task.is_gold else task.reason,
        "item": item,
        "content_missing": not item,
        "decision": decision,
        "segments": shown,
        "collapsed": collapsed,
        "full_segments": view.segments(text, evidence) if text and collapsed else [],
        "text_chars": len(text or ""),
        "where": view.where,
        "thread": (item.get("context") or {}).get("thread") or [],
        "scores": categories,
        "flagged": flagged,
        "evidence": evidence,
        "media": media,
        "blur": view.blurred(task.queue, task.category, flagged),
        "history": services.queue.author_history(task.author_id, exclude_item=task.item_id),
        "earlier": services.queue.item_verdicts(task.item_id) if me.is_senior else [],
        "appeal": appeal,
        "statement": statement,
        "token": services.queue.lease_token_of(me, task.id),
        "category_choices": view.category_choices(),
        "default_category": default_category,
        "default_severity": severity.rank,
        "severities": {s.rank: s.value for s in Severity},
        "actions": [a.value for a in REVIEWER_ACTIONS],
        "account_actions": [a.value for a in AccountAction],
    }


@router.get(f"{P}/tasks/{{task_id}}")
@_guard
async def task_page(request: Request, task_id: str) -> Response:
    me, session = await _signed_in(request)
    services = _services(request)
    context = await _run(lambda: _task_context(services, me, task_id, _media_root(request)))
    return _render(request, "task.html", me=me, csrf=session.csrf, error=None, form={}, **context)


@router.post(f"{P}/tasks/{{task_id}}/verdict")
@_guard
async def submit(request: Request, task_id: str) -> Response:
    me, session = await _signed_in(request)
    form = await _form(request, session)
    services = _services(request)
    severity = form.get("severity") or None
    verdict = VerdictIn(
        verdict=form.get("verdict", ""),
        category=form.get("category") or None,
        severity=int(severity) if severity and severity.isdigit() else None,
        rationale=form.get("rationale") or None,
        action=form.get("action") or None,
        account_action=form.get("account_action") or None,
    )
    try:
        await _run(lambda: services.queue.submit(me, task_id, form.get("token", ""), verdict))
    except ReviewError as exc:
        if exc.status != 422:
            raise
        context = await _run(lambda: _task_context(services, me, task_id, _media_root(request)))
        return _render(
            request,
            "task.html",
            422,
            me=me,
            csrf=session.csrf,
            error=exc.message,
            form=form,
            **context,
        )
    task = await _run(lambda: services.queue.get(me, task_id))
    following = await _run(lambda: services.queue.claim(me, task.queue))
    if following is None:
        return _redirect(f"{P}/queues?notice=saved")
    return _redirect(f"{P}/tasks/{following.task.id}?saved=1")


@router.post(f"{P}/tasks/{{task_id}}/extend")
@_guard
async def extend(request: Request, task_id: str) -> Response:
    """Keep the lease while the reviewer is active on the page (the page calls this)."""
    me, session = await _signed_in(request)
    form = await _form(request, session)
    services = _services(request)
    try:
        until = await _run(lambda: services.queue.extend(me, task_id, form.get("token", "")))
    except ReviewError as exc:
        return JSONResponse({"error": exc.message}, status_code=exc.status)
    return JSONResponse({"lease_expires_at": until.isoformat()})


@router.post(f"{P}/tasks/{{task_id}}/release")
@_guard
async def release(request: Request, task_id: str) -> Response:
    me, session = await _signed_in(request)
    form = await _form(request, session)
    services = _services(request)
    await _run(lambda: services.queue.release(me, task_id, form.get("token", "")))
    return _redirect(f"{P}/queues?notice=released")


@router.get(f"{P}/tasks/{{task_id}}/media/{{part}}")
@_guard
async def media(request: Request, task_id: str, part: str) -> Response:
    """A task's media file, only from under ``BASTION_REVIEW_MEDIA_ROOT``."""
    me, _ = await _signed_in(request)
    services = _services(request)
    task = await _run(lambda: services.queue.get(me, task_id))
    source = (
        ((task.payload or {}).get("item") or {}).get(part) if part in view.MEDIA_PARTS else None
    )
    root = _media_root(request)
    if not source or root is None:
        return _error(
            request, 404, "No media file is served for this item (see docs/review.md).", me
        )
    path = media_file(root, str(source))
    if path is None:
        return _error(request, 404, "The media file is outside BASTION_REVIEW_MEDIA_ROOT.", me)
    return FileResponse(path, headers={"Cache-Control": "private, no-store"})


def _media_root(request: Request) -> Path | None:
    root = request.app.state.media_root
    return root if isinstance(root, Path) else None


# -- appeals and statistics (seniors) --------------------------------------------------------


@router.get(f"{P}/appeals")
@_guard
async def appeals_page(request: Request) -> Response:
    me, session = await _signed_in(request)
    if not me.is_senior:
        return _error(request, 403, "Appeals are handled by senior reviewers.", me)
    status = request.query_params.get("status") or None
    status = status if status in ("open", "upheld", "reversed", "withdrawn") else None
    found = await _run(lambda: _services(request).appeals.list(status=status, limit=200))
    return _render(request, "appeals.html", me=me, csrf=session.csrf, appeals=found, status=status)


@router.get(f"{P}/stats")
@_guard
async def stats_page(request: Request) -> Response:
    me, session = await _signed_in(request)
    if not me.is_senior:
        return _error(request, 403, "Agreement statistics are for senior reviewers.", me)
    stats = await _run(lambda: review_stats(_services(request).engine))
    return _render(request, "stats.html", me=me, csrf=session.csrf, stats=stats)

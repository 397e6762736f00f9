"""The HTTP service: FastAPI app factory, routers by role, auth, metrics, JSON logs.

    bastion serve --host 127.0.0.1 --port 8080

See docs/service.md. ``create_app(settings)`` builds the app (one Engine per
process); ``serve`` runs it under uvicorn. Both are imported on first use, so
importing the command line does not import the web stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bastion.service.app import create_app
    from bastion.service.server import serve

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from bastion.service.app import create_app

        return create_app
    if name == "serve":
        from bastion.service.server import serve

        return serve
    raise AttributeError(name)

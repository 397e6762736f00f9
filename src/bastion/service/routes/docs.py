"""``/docs``: the interactive API reference, with Swagger UI served from installed files.

FastAPI's own page loads Swagger UI from a CDN with an inline script, so it
renders neither offline nor under a strict Content-Security-Policy. This page
loads the Swagger UI bundle and stylesheet that the ``fastapi-offline`` package
ships (Swagger UI is Apache-2.0, the package MIT) and a small start-up script of
ours, all from this server, and is sent with a CSP that allows nothing else.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, Response

__all__ = ["DOCS_PATHS", "router"]

router = APIRouter(include_in_schema=False)

_ASSETS = {
    "swagger-ui-bundle.js": Path(str(files("fastapi_offline") / "static" / "swagger-ui-bundle.js")),
    "swagger-ui.css": Path(str(files("fastapi_offline") / "static" / "swagger-ui.css")),
    "swagger-init.js": Path(__file__).resolve().parent.parent / "static" / "swagger-init.js",
}
DOCS_PATHS = frozenset({"/docs", *(f"/docs/{name}" for name in _ASSETS)})
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'"
)
_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bastion - API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-init.js"></script>
</body>
</html>
"""


@router.get("/docs")
async def docs_page() -> Response:
    return HTMLResponse(_PAGE, headers={"Content-Security-Policy": CSP})


def _asset(name: str) -> Response:
    media = "text/css" if name.endswith(".css") else "text/javascript"
    return FileResponse(
        _ASSETS[name],
        media_type=media,
        headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/docs/swagger-ui-bundle.js")
async def swagger_bundle() -> Response:
    return _asset("swagger-ui-bundle.js")


@router.get("/docs/swagger-ui.css")
async def swagger_css() -> Response:
    return _asset("swagger-ui.css")


@router.get("/docs/swagger-init.js")
async def swagger_init() -> Response:
    return _asset("swagger-init.js")

"""``/docs`` renders in a real headless Chromium with no network but the server itself and under
its strict Content-Security-Policy (Swagger UI's files come from the installed package)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")

if os.environ.get("BASTION_REQUIRE_BROWSER") and not CHROMIUM.exists():
    raise RuntimeError(f"{CHROMIUM} is missing: install Debian's chromium (scripts/setup.sh --dev)")
sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()


def test_docs_page_needs_nothing_from_outside(shared_live: Any) -> None:
    page_response = httpx.get(f"{shared_live.url}/docs")
    assert page_response.status_code == 200
    assert "script-src 'self'" in page_response.headers["content-security-policy"]
    assert "cdn" not in page_response.text.lower() and "<script>" not in page_response.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-init.js"):
        served = httpx.get(f"{shared_live.url}/docs/{asset}")  # no API key needed
        assert served.status_code == 200 and len(served.content) > 100, asset


def test_docs_render_offline_under_the_csp(browser: Any, shared_live: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []
    problems: list[str] = []

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(shared_live.url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(f"{shared_live.url}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=30_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/v1/scan" in p for p in paths) and any("/v1/moderations" in p for p in paths)
    assert page.locator(".swagger-ui .info .title").inner_text().startswith("Bastion")
    assert outside == []
    assert [p for p in problems if "Content Security Policy" in p or "Refused" in p] == []
    context.close()

"""The item view in a real headless Chromium: audio recorded with a relative path plays, a file
the UI cannot serve is said so, evidence places read cleanly, overlapping box labels stay
readable, and a 1 MB text is collapsed around its evidence."""

from __future__ import annotations

import io
import os
import struct
import time
import wave
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bastion.review.reviewers import ReviewerStore
from bastion.types import Action, Context, Decision, Evidence, Item

CHROMIUM = Path("/usr/bin/chromium")
PASSWORD = "correct horse battery"

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


@pytest.fixture
def ui(
    sqlite_url: str,
    review_policy: Path,
    review_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Any]:
    monkeypatch.setenv("BASTION_REVIEW_MEDIA_ROOT", str(tmp_path))
    with review_server(sqlite_url, review_policy) as live:
        ReviewerStore(live.services.engine).add("ada", role="admin", queues="*", password=PASSWORD)
        yield live


def _wav(path: Path, seconds: float = 2.0) -> None:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * int(8000 * seconds))
    path.write_bytes(buffer.getvalue())


def _png(path: Path, width: int = 320, height: int = 200) -> None:
    raw = b"".join(b"\x00" + bytes((120, 120, 120)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _hold(live: Any, item: Item, category: str, evidence: list[Evidence]) -> None:
    decision = Decision(
        id=f"d-{item.id}",
        item_id=item.id,
        surface=item.surface,
        applied_surface="default",
        jurisdiction=None,
        action=Action.HOLD_FOR_REVIEW,
        categories={category: 0.85},
        flagged=(category,),
        evidence=tuple((category, e) for e in evidence),
        policy_version="test",
        model_versions={"test": "1"},
        missing_detectors=(),
        automated_detection=True,
        automated_decision=False,
        reason=f"hold_for_review: {category} 0.85",
        latency_ms=1.0,
        created_at=datetime.now(UTC),
    )
    live.app.state.bastion.engine.log.append([decision], {decision.id: item})


def _until(page: Any, condition: str, timeout_s: float = 15.0) -> None:
    """Poll ``condition`` with page.evaluate (the page's CSP forbids wait_for_function's eval)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(condition):
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        time.sleep(0.05)


def _open(page: Any, base: str, queue: str) -> None:
    page.goto(f"{base}/review/queues")
    page.click(f"tr[data-queue='{queue}'] button[type=submit]")
    page.wait_for_selector("[data-testid=task]")


def test_media_and_long_text_in_the_item_view(
    ui: Any, browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "episodes").mkdir()
    _wav(tmp_path / "episodes" / "ep1.wav")
    _png(tmp_path / "cover.png")
    speech = Evidence(
        part="audio", span=(0, 21), time_range=(0.0, 1.5), excerpt="you are worthless"
    )
    # Recorded with a path relative to the folder the batch ran in: read from the media root.
    _hold(
        ui,
        Item(id="ep1", surface="podcast_episode", audio="episodes/ep1.wav"),
        "harassment",
        [speech],
    )
    _hold(
        ui,
        Item(id="ep2", surface="podcast_episode", audio="episodes/gone.wav"),
        "self-harm",
        [speech],
    )
    boxes = [
        Evidence(part="image", box=(40, 40, 200, 160), rule="a"),
        Evidence(part="image", box=(40, 40, 180, 140), rule="b"),
        Evidence(part="image", box=(42, 44, 150, 150), rule="c"),
    ]
    _hold(
        ui,
        Item(id="img", surface="profile_image", image="cover.png", context=Context(author_id="u1")),
        "violence",
        boxes,
    )
    text = "all fine here. " * 35_000 + "you people are vermin" + " and more fine words." * 25_000
    start = text.index("you people")
    _hold(
        ui,
        Item(id="long", surface="comment", text=text),
        "hate",
        [Evidence(part="text", span=(start, start + 21), rule="slur")],
    )
    assert len(text.encode()) > 1_000_000

    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.goto(f"{ui.url}/review/login")
    page.fill("input[name=name]", "ada")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{ui.url}/review/queues")

    # Audio with a relative path: the player gets the file (200, audio), and plays.
    _open(page, ui.url, "harassment")
    src = page.get_attribute("audio[data-player]", "src")
    fetched = page.request.get(f"{ui.url}{src}")
    assert fetched.status == 200 and fetched.body()[:4] == b"RIFF"
    _until(page, "document.querySelector('audio[data-player]').readyState >= 1")
    assert page.evaluate("document.querySelector('audio[data-player]').duration") > 1.9
    assert page.inner_text("[data-testid=where]") == "transcript chars 0–21 · 0:00.0–0:01.5"

    # A file the UI cannot serve: the page says so instead of a silent broken player.
    _open(page, ui.url, "self-harm")
    assert page.locator("audio[data-player]").count() == 0
    assert "gone.wav is not in the review media folder" in page.inner_text(
        "[data-testid=media-missing]"
    )

    # Overlapping boxes: three labels, none covering another.
    _open(page, ui.url, "violence")
    page.click("[data-action=toggle-blur]")
    page.wait_for_selector(".boxes .label")
    assert page.locator(".boxes .label").count() == 3
    rects = page.evaluate(
        "Array.from(document.querySelectorAll('.boxes .label')).map(l => {"
        " const r = l.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"
    )
    for n, a in enumerate(rects):
        for b in rects[n + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (a, b)

    # A 1 MB text: collapsed around its evidence; the page stays short; the whole is a click away.
    _open(page, ui.url, "hate")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 4_000, height
    assert page.inner_text("[data-testid=item-text] mark.ev") == "you people are vermin"
    assert page.locator("[data-testid=gap]").count() == 2
    assert page.locator("[data-testid=full-text]").get_attribute("open") is None
    mark = page.locator("[data-testid=item-text] mark.ev").bounding_box()
    assert mark is not None and mark["y"] < 900 + 600  # the evidence is near the top
    context.close()

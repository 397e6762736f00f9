"""The UI's server-side guarantees over plain HTTP: sessions, CSRF, permissions, headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest

from bastion.review.reviewers import ReviewerStore
from bastion.types import REVIEWER_ACTIONS, AccountAction

PASSWORD = "correct horse battery"


@pytest.fixture
def ui(
    sqlite_url: str,
    review_policy: Path,
    review_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Any]:
    monkeypatch.setenv("BASTION_REVIEW_MEDIA_ROOT", str(tmp_path / "media"))
    with review_server(sqlite_url, review_policy) as live:
        store = ReviewerStore(live.services.engine)
        store.add("alice", role="reviewer", queues="harassment", password=PASSWORD)
        store.add("sam", role="reviewer", queues="self-harm", password=PASSWORD)
        with live.client("scan") as scan:
            for item_id, text in [("h1", "you are such an idiot"), ("s1", "I want to kill myself")]:
                held = scan.post("/v1/scan", json={"id": item_id, "text": text}).json()
                assert held["action"] == "hold_for_review"
        yield live


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


def _signed_in(live: Any, name: str) -> httpx.Client:
    client = httpx.Client(base_url=live.url, timeout=30)
    page = client.get("/review/login")
    response = client.post(
        "/review/login", data={"name": name, "password": PASSWORD, "csrf": _csrf(page.text)}
    )
    assert response.status_code == 303 and response.headers["location"] == "/review/queues"
    return client


def _claim(client: httpx.Client, queue: str) -> str:
    page = client.get("/review/queues")
    response = client.post("/review/claim", data={"queue": queue, "csrf": _csrf(page.text)})
    assert response.status_code == 303, response.text
    return str(response.headers["location"]).rsplit("/", 1)[-1]


def test_pages_need_a_session_not_an_api_key(ui: Any) -> None:
    with httpx.Client(base_url=ui.url) as anonymous:
        page = anonymous.get("/review/queues")
        assert page.status_code == 303 and page.headers["location"] == "/review/login"
        login = anonymous.get("/review/login")
        assert login.status_code == 200 and "Sign in" in login.text
        assert "default-src 'self'" in login.headers["content-security-policy"]
        assert login.headers["cache-control"] == "no-store"
        anonymous.cookies.set("bastion_review", "forged.cookie", path="/review")
        assert anonymous.get("/review/queues").status_code == 303
    # The API still needs its key.
    assert httpx.get(f"{ui.url}/v1/review/stats").status_code == 401


def test_sign_in_needs_the_forms_token_and_is_throttled(ui: Any) -> None:
    with httpx.Client(base_url=ui.url) as client:
        client.get("/review/login")
        forged = client.post("/review/login", data={"name": "alice", "password": PASSWORD})
        assert forged.status_code == 403
        for _ in range(5):
            page = client.get("/review/login")
            wrong = client.post(
                "/review/login",
                data={"name": "alice", "password": "nope nope", "csrf": _csrf(page.text)},
            )
            assert wrong.status_code == 401
        page = client.get("/review/login")
        blocked = client.post(
            "/review/login", data={"name": "alice", "password": PASSWORD, "csrf": _csrf(page.text)}
        )
        assert blocked.status_code == 429


def test_reviewers_see_only_their_queues_server_side(ui: Any) -> None:
    with closing(_signed_in(ui, "alice")) as alice, closing(_signed_in(ui, "sam")) as sam:
        _only_their_queues(alice, sam)


def _only_their_queues(alice: httpx.Client, sam: httpx.Client) -> None:
    queues = alice.get("/review/queues").text
    assert 'data-queue="harassment"' in queues and 'data-queue="self-harm"' not in queues
    # Claiming a queue alice may not see: 403, whatever the form says.
    token = _csrf(queues)
    assert (
        alice.post("/review/claim", data={"queue": "self-harm", "csrf": token}).status_code == 403
    )
    theirs = _claim(sam, "self-harm")
    assert alice.get(f"/review/tasks/{theirs}").status_code == 403
    assert sam.get(f"/review/tasks/{theirs}").status_code == 200
    # A forged verdict on sam's task: no CSRF token -> 403; alice's token, not her lease -> 409.
    assert (
        alice.post(f"/review/tasks/{theirs}/verdict", data={"verdict": "not_violating"}).status_code
        == 403
    )
    stolen = alice.post(
        f"/review/tasks/{theirs}/verdict",
        data={"verdict": "not_violating", "csrf": token, "token": "guess"},
    )
    assert stolen.status_code == 409
    assert alice.get("/review/appeals").status_code == 403
    assert alice.get("/review/stats").status_code == 403


def test_disabled_reviewer_loses_the_session(ui: Any) -> None:
    with closing(_signed_in(ui, "alice")) as alice:
        assert alice.get("/review/queues").status_code == 200
        ReviewerStore(ui.services.engine).disable("alice")
        assert alice.get("/review/queues").status_code == 303


def test_signing_out_ends_every_session_and_an_old_cookie_is_worthless(ui: Any) -> None:
    with closing(_signed_in(ui, "alice")) as laptop, closing(_signed_in(ui, "alice")) as phone:
        stolen = laptop.cookies.get("bastion_review", path="/review")
        page = laptop.get("/review/queues")
        assert page.status_code == 200 and phone.get("/review/queues").status_code == 200
        out = laptop.post("/review/logout", data={"csrf": _csrf(page.text)})
        assert out.status_code == 303
        assert phone.get("/review/queues").status_code == 303
        with httpx.Client(base_url=ui.url) as replay:
            replay.cookies.set("bastion_review", stolen, path="/review")
            assert replay.get("/review/queues").status_code == 303


@pytest.mark.parametrize("change", ["password", "role"])
def test_a_new_password_or_role_ends_the_session(ui: Any, change: str) -> None:
    with closing(_signed_in(ui, "alice")) as alice:
        assert alice.get("/review/queues").status_code == 200
        store = ReviewerStore(ui.services.engine)
        if change == "password":
            store.set_password("alice", "a brand new password")
        else:
            store.set_role("alice", "senior")
        assert alice.get("/review/queues").status_code == 303


def test_media_only_from_the_media_root(ui: Any, tmp_path: Path) -> None:
    from bastion.types import Action, Context, Decision, Item

    root = tmp_path / "media"
    root.mkdir()
    inside, outside = root / "cover.png", tmp_path / "secret.png"
    inside.write_bytes(b"\x89PNG inside")
    outside.write_bytes(b"\x89PNG outside")
    engine = ui.app.state.bastion.engine
    made, items = [], {}
    for item_id, path in [("m-in", inside), ("m-out", outside)]:
        item = Item(id=item_id, image=str(path), surface="comment", context=Context())
        from datetime import UTC, datetime

        decision = Decision(
            id=f"d-{item_id}",
            item_id=item_id,
            surface="comment",
            applied_surface="comment",
            jurisdiction=None,
            action=Action.HOLD_FOR_REVIEW,
            categories={"harassment": 0.8},
            flagged=("harassment",),
            evidence=(),
            policy_version="t",
            model_versions={},
            missing_detectors=(),
            automated_detection=True,
            automated_decision=False,
            reason="t",
            latency_ms=1.0,
            created_at=datetime.now(UTC),
        )
        items[decision.id] = item
        made.append(decision)
    engine.log.append(made, items)
    served = {}
    with closing(_signed_in(ui, "alice")) as alice:
        for _ in range(3):
            task = _claim(alice, "harassment")
            page = alice.get(f"/review/tasks/{task}")
            title = re.search(r'class="queue">harassment</span> (\S+)</h1>', page.text)
            if title and "Image" in page.text:
                served[title.group(1)] = (page, alice.get(f"/review/tasks/{task}/media/image"))
    page_in, file_in = served["m-in"]
    assert file_in.status_code == 200 and file_in.content == b"\x89PNG inside"
    assert "/media/image" in page_in.text
    page_out, file_out = served["m-out"]
    assert file_out.status_code == 404
    assert "/media/image" not in page_out.text and "cannot be shown" in page_out.text


def test_the_page_keeps_its_lease_while_the_reviewer_works(ui: Any) -> None:
    with closing(_signed_in(ui, "alice")) as alice:
        task = _claim(alice, "harassment")
        page = alice.get(f"/review/tasks/{task}").text
        before = re.search(r'data-lease-expires="([^"]+)"', page)
        token = re.search(r'name="token" value="([^"]+)"', page)
        assert before and token
        extended = alice.post(
            f"/review/tasks/{task}/extend", data={"csrf": _csrf(page), "token": token.group(1)}
        )
        assert extended.status_code == 200
        assert extended.json()["lease_expires_at"] > before.group(1)
        lost = alice.post(f"/review/tasks/{task}/extend", data={"csrf": _csrf(page), "token": "x"})
        assert lost.status_code == 409
        missing = alice.get("/review/tasks/no-such-task")
        assert missing.status_code == 404


def test_the_form_offers_only_what_a_verdict_may_apply(ui: Any) -> None:
    """Before: the UI's action list offered ``allow`` for a violation (and compliance then
    reported a removal); account actions were not offered at all."""
    with closing(_signed_in(ui, "alice")) as alice:
        page = alice.get(f"/review/tasks/{_claim(alice, 'harassment')}").text
    content = re.search(r'<select name="action".*?</select>', page, re.S)
    account = re.search(r'<select name="account_action".*?</select>', page, re.S)
    assert content and account
    offered = set(re.findall(r'<option value="([a-z_]+)"', content.group()))
    assert offered == {a.value for a in REVIEWER_ACTIONS}
    assert "allow" not in offered and "hold_for_review" not in offered
    assert set(re.findall(r'<option value="([a-z_]+)"', account.group())) == set(AccountAction)

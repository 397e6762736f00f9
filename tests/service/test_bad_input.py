"""Bad input and bad callers get precise 4xx errors in one shape, never a 500."""

from __future__ import annotations

import socket

import pytest

from bastion.store.keys import KeyStore


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code, error
    assert error["message"]
    assert error["request_id"] == response.headers["x-request-id"]
    return error


@pytest.fixture
def client(shared_live):
    with shared_live.client("scan") as c:
        yield c


def test_missing_and_invalid_keys_are_401_before_the_body_is_read(shared_live) -> None:
    with shared_live.client(scope="") as anonymous:
        missing = anonymous.post("/v1/scan", json={"text": "x"})
        wrong = anonymous.post(
            "/v1/scan", json={"text": "x"}, headers={"Authorization": "Bearer bst_0000_nope"}
        )
        forged = anonymous.post(
            "/v1/scan",
            json={"text": "x"},
            headers={"X-API-Key": shared_live.keys["scan"][:-4] + "AAAA"},
        )
        garbage = anonymous.post("/v1/scan", content=b"\xff" * 10, headers={"X-API-Key": "x"})
        for path in ("/v1/decisions", "/v1/items", "/metrics", "/v1/policies"):
            assert_error(anonymous.get(path), 401, "missing_api_key")
        assert anonymous.get("/healthz").status_code == 200
    assert_error(missing, 401, "missing_api_key")
    assert missing.headers["www-authenticate"] == "Bearer"
    assert_error(wrong, 401, "invalid_api_key")
    assert_error(forged, 401, "invalid_api_key")
    assert_error(garbage, 401, "invalid_api_key")


def test_revoked_key_stops_working(shared_live) -> None:
    store = KeyStore(shared_live.log.engine)
    key, plain = store.create("short-lived", "scan")
    headers = {"Authorization": f"Bearer {plain}"}
    with shared_live.client(scope="", headers=headers) as c:
        assert c.post("/v1/scan", json={"text": "hi"}).status_code == 200
        assert store.revoke(key.id)
        assert_error(c.post("/v1/scan", json={"text": "hi"}), 401, "invalid_api_key")
    assert not store.revoke(key.id)  # already revoked


def test_scopes_are_enforced(shared_live) -> None:
    with shared_live.client("scan") as scan_key, shared_live.client("review") as review_key:
        error = assert_error(scan_key.get("/v1/decisions"), 403, "insufficient_scope")
        assert "'review'" in error["message"]
        assert_error(review_key.post("/v1/scan", json={"text": "x"}), 403, "insufficient_scope")
        dry = review_key.post("/v1/policies/dry-run", json={"policy": "x: 1"})
        assert_error(dry, 403, "insufficient_scope")
        assert review_key.get("/v1/decisions").status_code == 200
    with shared_live.client("admin") as admin:  # admin has every scope
        assert admin.post("/v1/scan", json={"text": "x"}).status_code == 200
        assert admin.get("/v1/decisions").status_code == 200


def test_rate_limit_per_key(shared_live) -> None:
    _, plain = KeyStore(shared_live.log.engine).create("slow", "scan", rate_limit_per_minute=3)
    with shared_live.client(scope="", headers={"Authorization": f"Bearer {plain}"}) as c:
        statuses = [c.post("/v1/scan", json={"text": "hi"}).status_code for _ in range(3)]
        limited = c.post("/v1/scan", json={"text": "hi"})
    assert statuses == [200, 200, 200]
    error = assert_error(limited, 429, "rate_limited")
    assert "3 requests per minute" in error["message"]
    assert int(limited.headers["retry-after"]) >= 1
    with shared_live.client("scan") as other:  # other keys are not affected
        assert other.post("/v1/scan", json={"text": "hi"}).status_code == 200


def test_oversized_bodies_are_413(sqlite_url, live_factory) -> None:
    with live_factory(sqlite_url, max_request_bytes=10_000) as live, live.client("scan") as c:
        declared = c.post("/v1/scan", json={"text": "a" * 20_000})
        assert_error(declared, 413, "request_too_large")

        def chunks():  # no Content-Length: the limit applies while reading
            yield b'{"text": "'
            for _ in range(30):
                yield b"a" * 1000
            yield b'"}'

        chunked = c.post("/v1/scan", content=chunks(), headers={"Content-Type": "application/json"})
        assert_error(chunked, 413, "request_too_large")
        assert c.post("/v1/scan", json={"text": "a" * 5_000}).status_code == 200


def test_text_over_the_byte_limit_is_422_with_the_limit(sqlite_url, live_factory) -> None:
    with live_factory(sqlite_url) as live, live.client("scan") as c:
        live.app.state.bastion.engine.engine.max_text_bytes = 1000
        error = assert_error(c.post("/v1/scan", json={"text": "é" * 600}), 422, "invalid_item")
    assert "1200 bytes" in error["message"] and "1000 bytes" in error["message"]


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", b'{"text": "hi"}'),
        ("application/x-www-form-urlencoded", b"text=hi"),
        ("application/json; charset=latin-1", b'{"text": "hi"}'),
        (None, b'{"text": "hi"}'),
    ],
)
def test_wrong_content_type_is_415(client, content_type, body) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/v1/scan", content=body, headers=headers)
    assert_error(response, 415, "unsupported_media_type")


def test_charset_utf8_is_accepted(client) -> None:
    response = client.post(
        "/v1/scan",
        content='{"text": "grüße"}'.encode(),
        headers={"Content-Type": "application/json; charset=UTF-8"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("body", "status", "code", "says"),
    [
        (b'{"text": "\xff\xfe bad"}', 400, "invalid_utf8", "byte 10"),
        (b'{"text": "hi"', 400, "invalid_json", "not valid JSON"),
        (b"", 422, "invalid_request", "body: is required"),
        (b"[1, 2]", 422, "invalid_request", "valid dictionary"),
        (b'{"text": "\\ud800 lone"}', 422, "invalid_request", "surrogates"),
        (b'{"text": ""}', 422, "invalid_request", "text: is empty"),
        (b'{"text": 5}', 422, "invalid_request", "text: should be a valid string"),
        (b'{"text": "x", "colour": "red"}', 422, "invalid_request", "colour: is not a field"),
        (b'{"text": "x", "surface": "Comment!"}', 422, "invalid_request", "surface: string"),
        (b'{"text": "x", "jurisdiction": "XX"}', 422, "invalid_request", "jurisdiction: "),
        (b'{"text": "x", "id": "a\\u0000b"}', 422, "invalid_request", "id: string should match"),
        (b'{"text": "x", "context": {"thread": "no"}}', 422, "invalid_request", "context.thread"),
    ],
)
def test_invalid_bodies_get_precise_errors(client, body, status, code, says) -> None:
    response = client.post("/v1/scan", content=body, headers={"Content-Type": "application/json"})
    error = assert_error(response, status, code)
    assert says in error["message"], error


@pytest.mark.parametrize(
    "text", [" ", "\u0000", "\u200b\u200c\u200d", "\ufeff\n\t ", "\u3164", "\u2060 \u00ad"]
)
def test_text_with_nothing_visible_is_refused_everywhere(client, text: str) -> None:
    says = "only whitespace, NUL or invisible"
    for path, body in [
        ("/v1/scan", {"text": text}),
        ("/v1/items", {"id": "blank", "text": text}),
        ("/v1/moderations", {"input": text}),
        ("/v1/moderations", {"input": ["fine", text]}),
    ]:
        error = assert_error(client.post(path, json=body), 422, "invalid_request")
        assert says in error["message"], (path, error)


@pytest.mark.parametrize(
    ("body", "says", "param"),
    [
        ({"input": ""}, "input: is empty", "input"),
        ({"input": 5}, "input: should be a valid string or a valid list", "input"),
        ({"input": ["ok", ""]}, "input.1: is empty", "input.1"),
        ({"input": [{"type": "text", "text": ""}]}, "input.0.text: is empty", "input.0.text"),
        ({}, "input: is required", "input"),
    ],
)
def test_moderation_errors_are_sentences_not_validator_dumps(client, body, says, param) -> None:
    error = assert_error(client.post("/v1/moderations", json=body), 422, "invalid_request")
    assert error["message"].startswith(says) and error["param"] == param
    assert not any(tag in error["message"] for tag in ("function-after", "list[", "str]"))


def test_favicon_and_unknown_review_pages_use_the_error_shape(shared_live) -> None:
    with shared_live.client(scope="") as anonymous:
        favicon = anonymous.get("/favicon.ico")
        page = anonymous.get("/review/no-such-page")
        browser = anonymous.get("/review/no-such-page", headers={"Accept": "text/html"})
    assert_error(favicon, 404, "not_found")
    error = assert_error(page, 404, "not_found")
    assert "/review/queues" in error["message"]
    assert browser.status_code == 404 and "text/html" in browser.headers["content-type"]
    assert "no page at /review/no-such-page" in browser.text


def test_errors_never_echo_the_content(client) -> None:
    secret = "my-private-text-4242"
    response = client.post("/v1/scan", json={"text": secret, "bogus": secret})
    assert response.status_code == 422
    assert secret not in response.text


def test_unknown_routes_and_methods_are_json_404_and_405(client) -> None:
    assert_error(client.get("/v1/nope"), 404, "not_found")
    wrong_method = client.delete("/v1/scan")
    assert_error(wrong_method, 405, "method_not_allowed")
    assert "POST" in wrong_method.headers["allow"]
    assert_error(client.get("/v1/items/does-not-exist"), 404, "job_not_found")
    assert_error(client.get("/v1/items/" + "x" * 100), 422, "invalid_request")


def test_malformed_http_is_refused_by_the_server_not_the_app(shared_live) -> None:
    host, port = shared_live.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n")
        reply = sock.recv(1000)
    assert reply.startswith(b"HTTP/1.1 400")

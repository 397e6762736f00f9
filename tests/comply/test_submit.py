"""Submitting statements to a real local HTTP server that enforces the Transparency Database rules.

The server (``bastion.comply.tdb_fake``) runs under uvicorn on a loopback port;
the client talks real HTTP to it. Faults are injected per request.
"""

from __future__ import annotations

import copy
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import select

from bastion.comply.cases import Period
from bastion.comply.outbox import counts, record_statements, submit_pending
from bastion.comply.schema import StatementInvalidError
from bastion.comply.statements import statements
from bastion.comply.submit import (
    SubmissionError,
    SubmissionRejectedError,
    TransparencyClient,
)
from bastion.comply.tables import sor_statements
from bastion.config import Settings

from .tdb_fake import DUPLICATE_MESSAGE, FakeTransparencyDatabase, create_app

TOKEN = "test-token-123"
PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


def statement(puid: str) -> dict[str, Any]:
    return {
        "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
        "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "incompatible_content_ground": "Terms of service",
        "incompatible_content_explanation": "Spam.",
        "content_type": ["CONTENT_TYPE_TEXT"],
        "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        "territorial_scope": ["DE"],
        "content_date": "2026-01-10",
        "application_date": "2026-01-10",
        "decision_facts": "A comment was removed.",
        "source_type": "SOURCE_VOLUNTARY",
        "automated_detection": "Yes",
        "automated_decision": "AUTOMATED_DECISION_FULLY",
        "puid": puid,
    }


class Server:
    def __init__(self) -> None:
        self.state = FakeTransparencyDatabase(TOKEN)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            create_app(self.state),
            host="127.0.0.1",
            port=self.port,
            log_config=None,
            access_log=False,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, **options: Any) -> TransparencyClient:
        options.setdefault("sleep", lambda _s: None)
        return TransparencyClient(self.url, options.pop("token", TOKEN), **options)


@pytest.fixture
def tdb() -> Iterator[Server]:
    server = Server()
    server.thread.start()
    deadline = time.monotonic() + 20
    while not server.server.started:
        assert time.monotonic() < deadline, "the fake server did not start"
        time.sleep(0.02)
    yield server
    server.server.should_exit = True
    server.thread.join(10)


def test_batches_of_at_most_100(tdb: Server) -> None:
    sent = [statement(f"p-{i}") for i in range(250)]
    with tdb.client() as client:
        result = client.submit(sent)
    assert result.submitted == [s["puid"] for s in sent]
    assert result.requests == 3  # 100 + 100 + 50
    assert len(tdb.state.statements) == 250


def test_resubmitting_is_idempotent(tdb: Server) -> None:
    with tdb.client() as client:
        client.submit([statement("a"), statement("b")])
        result = client.submit([statement("a"), statement("b"), statement("c")])
    # The server refuses the whole batch (duplicates); the client drops a and b and resends c.
    assert result.already_present == ["a", "b"] and result.submitted == ["c"]
    assert result.requests == 2
    assert sorted(tdb.state.statements) == ["a", "b", "c"]


def test_lost_response_after_commit_is_retried_without_duplicates(tdb: Server) -> None:
    tdb.state.faults = ["store-then-503"]
    with tdb.client() as client:
        result = client.submit([statement("x"), statement("y")])
    # Attempt 1 stored both, then failed; attempt 2 got "not unique" for both.
    assert result.already_present == ["x", "y"] and result.submitted == []
    assert result.requests == 2
    assert sorted(tdb.state.statements) == ["x", "y"]


def test_transient_errors_are_retried_with_backoff(tdb: Server) -> None:
    tdb.state.faults = ["503", "503"]
    waits: list[float] = []
    with tdb.client(sleep=waits.append, backoff_seconds=0.5) as client:
        result = client.submit([statement("z")])
    assert result.submitted == ["z"] and result.requests == 3
    assert waits == [0.5, 1.0]


def test_gives_up_after_the_retries(tdb: Server) -> None:
    tdb.state.faults = ["503"] * 10
    with tdb.client(retries=2) as client, pytest.raises(SubmissionError, match="3 attempts"):
        client.submit([statement("z")])
    assert tdb.state.statements == {}


def test_connection_refused_is_retried_then_reported() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = TransparencyClient(f"http://127.0.0.1:{port}", TOKEN, retries=1, sleep=lambda _: None)
    with client, pytest.raises(SubmissionError, match="gave up after 2 attempts"):
        client.submit([statement("z")])


def test_wrong_token(tdb: Server) -> None:
    with tdb.client(token="wrong") as client, pytest.raises(SubmissionError, match="token"):
        client.submit([statement("z")])


def test_no_token() -> None:
    with pytest.raises(SubmissionError, match="BASTION_SOR_API_TOKEN"):
        TransparencyClient("http://127.0.0.1:1", "")


def test_token_and_url_come_from_the_environment(
    tdb: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BASTION_SOR_API_TOKEN", TOKEN)
    monkeypatch.setenv("BASTION_SOR_API_URL", tdb.url)
    with TransparencyClient.from_settings(Settings()) as client:
        assert client.submit([statement("env")]).submitted == ["env"]


def test_an_invalid_statement_never_leaves(tdb: Server) -> None:
    bad = statement("bad")
    del bad["decision_facts"]
    with tdb.client() as client, pytest.raises(StatementInvalidError, match="decision_facts"):
        client.submit([statement("ok"), bad])
    assert tdb.state.requests == 0


def test_the_server_enforces_the_apis_rules(tdb: Server) -> None:
    """The stand-in checks the published rules with its own code (tdb_rules), not Bastion's
    schema: a rule Bastion misread fails these tests instead of agreeing with itself."""
    bad = copy.deepcopy(statement("bad"))
    bad["territorial_scope"] = ["US"]
    body = {"statements": [statement("good"), bad, statement("good")]}
    response = httpx.post(
        f"{tdb.url}/api/v1/statements", json=body, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert "statements.1.territorial_scope" in errors
    assert errors["statements.2.puid"] == [DUPLICATE_MESSAGE]
    assert tdb.state.statements == {}  # all or nothing
    too_many = {"statements": [statement(f"n{i}") for i in range(101)]}
    response = httpx.post(
        f"{tdb.url}/api/v1/statements", json=too_many, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 422


def test_other_rejections_name_the_statement(tdb: Server) -> None:
    # A server stricter than our schema (here: one that refuses a content date) is reported.
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            422, json={"errors": {"statements.0.content_date": ["The content date is invalid."]}}
        )

    client = TransparencyClient(tdb.url, TOKEN, transport=httpx.MockTransport(refuse))
    with client, pytest.raises(SubmissionRejectedError) as raised:
        client.submit([statement("q")])
    assert raised.value.problems == {"q": ["content_date: The content date is invalid."]}


def test_outbox_records_once_and_sends_pending_only(seeded: Any, tdb: Server) -> None:
    built = list(statements(seeded.engine, PERIOD, seeded.policy.policy))
    assert record_statements(seeded.engine, built) == 12
    assert record_statements(seeded.engine, built) == 0  # one statement per decision, frozen
    assert counts(seeded.engine).pending == 12
    tdb.state.faults = ["store-then-503"]
    with tdb.client() as client:
        first = submit_pending(seeded.engine, client, limit=5)
        # The response to the first batch of 5 was lost after the commit; the retry found them.
        assert len(first.already_present) == 5 and first.submitted == []
        rest = submit_pending(seeded.engine, client)
        assert len(rest.submitted) == 7
        again = submit_pending(seeded.engine, client)
    assert again.requests == 0
    state = counts(seeded.engine)
    assert (state.pending, state.submitted, state.rejected) == (0, 12, 0)
    assert len(tdb.state.statements) == 12
    with seeded.engine.connect() as conn:
        rows = conn.execute(select(sor_statements.c.attempts, sor_statements.c.submitted_at)).all()
    assert all(r.attempts == 1 and r.submitted_at is not None for r in rows)


def test_outbox_marks_rejected_statements(seeded_sqlite: Any, tdb: Server) -> None:
    built = list(statements(seeded_sqlite.engine, PERIOD, seeded_sqlite.policy.policy))
    record_statements(seeded_sqlite.engine, built)
    first = next(b.statement["puid"] for b in built if b.statement)

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json={"errors": {"statements.0.category": ["Not allowed."]}})

    client = TransparencyClient(tdb.url, TOKEN, transport=httpx.MockTransport(refuse))
    with client, pytest.raises(SubmissionRejectedError):
        submit_pending(seeded_sqlite.engine, client)
    with seeded_sqlite.engine.connect() as conn:
        row = conn.execute(select(sor_statements).where(sor_statements.c.puid == first)).one()
    assert row.status == "rejected" and row.last_error == "category: Not allowed."
    assert counts(seeded_sqlite.engine).rejected == 1


def test_recording_skips_a_row_another_writer_recorded_first(seeded_sqlite: Any) -> None:
    from sqlalchemy import insert

    built = [b for b in statements(seeded_sqlite.engine, PERIOD, seeded_sqlite.policy.policy)]
    first = next(b for b in built if b.statement)
    assert first.statement is not None
    # Another writer stored the same puid under a different decision: the chunk insert fails
    # on the unique puid and is retried row by row, skipping only that row.
    with seeded_sqlite.engine.begin() as conn:
        conn.execute(
            insert(sor_statements).values(
                puid=first.statement["puid"],
                decision_id="someone-else",
                statement="{}",
                status="pending",
                attempts=0,
                created_at=first.case.created_at,
            )
        )
    assert record_statements(seeded_sqlite.engine, built) == 11


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("territorial_scope", ["GB"]),
        ("content_date", "1999-12-31"),
        ("application_date", "2026-02-30"),
        ("decision_visibility", ["DECISION_VISIBILITY_OTHER"]),
        ("puid", "has space"),
        ("automated_detection", "yes"),
        ("decision_account", "DECISION_ACCOUNT_DELETED"),
        ("end_date_service_restriction", "2040-01-01"),
    ],
)
def test_bastions_schema_and_the_apis_rules_refuse_the_same(field: str, value: Any) -> None:
    from bastion.comply.schema import statement_problems

    from .tdb_rules import problems

    bad = {**statement("x"), field: value}
    assert field in problems(bad) or f"{field}_other" in problems(bad)
    assert statement_problems(bad) != []
    assert problems(statement("x")) == {} and statement_problems(statement("x")) == []

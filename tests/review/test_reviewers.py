"""Reviewer accounts, grants, password hashes, sessions, and the CLI that manages them."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bastion.review.reviewers import Grant, hash_password, parse_grants, verify_password
from bastion.review.sessions import ReviewerSessions

BASTION = str(Path(sys.executable).with_name("bastion"))


def test_password_hashes_are_salted_scrypt_and_verify() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("scrypt$16384$8$1$") and first != second
    assert verify_password("correct horse", first)
    assert not verify_password("correct hors", first)
    assert not verify_password("x", None) and not verify_password("x", "garbage")


@pytest.mark.parametrize(
    ("text", "grants"),
    [
        ("hate,harassment", (Grant("hate"), Grant("harassment"))),
        ("hate:de", (Grant("hate", "de"),)),
        ("*:*:DE, self-harm", (Grant("*", "*", "DE"), Grant("self-harm"))),
        ("*", (Grant("*"),)),
    ],
)
def test_grants_parse(text: str, grants: tuple[Grant, ...]) -> None:
    assert parse_grants(text) == grants
    assert parse_grants(",".join(str(g) for g in grants)) == grants


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Hate", "not a queue name"),
        ("hate:German", "not a language code"),
        ("hate:de:de", "not a jurisdiction"),
        ("a:b:c:d", r"use queue\[:lang"),
    ],
)
def test_bad_grants_say_why(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_grants(text)


def test_store_add_authenticate_disable(review_sqlite: Any) -> None:
    store = review_sqlite.reviewers
    added = store.add("alice", role="reviewer", queues="hate:de", password="long enough")
    assert added.may_work("hate", "de") and not added.may_work("hate", "en")
    assert not added.may_work("appeals")
    assert store.authenticate("alice", "long enough") == added
    assert store.authenticate("alice", "wrong one!") is None
    assert store.authenticate("nobody", "long enough") is None
    with pytest.raises(ValueError, match="already exists"):
        store.add("alice", role="reviewer", queues="hate", password="long enough")
    with pytest.raises(ValueError, match="at least 8"):
        store.add("bob", role="reviewer", queues="hate", password="short")
    with pytest.raises(ValueError, match="role"):
        store.add("bob", role="boss", queues="hate", password="long enough")
    with pytest.raises(ValueError, match="at least one queue"):
        store.add("bob", role="reviewer", queues="", password="long enough")
    with pytest.raises(ValueError, match="there is no queue 'nonexistentqueue'"):
        store.add("bob", role="reviewer", queues="hate,nonexistentqueue", password="long enough")
    with pytest.raises(ValueError, match="did you mean 'harassment'"):
        store.add("bob", role="reviewer", queues="harasment:de", password="long enough")
    assert store.get("bob") is None
    assert store.disable("alice") and store.get("alice") is None
    assert store.authenticate("alice", "long enough") is None
    senior = store.add("sue", role="senior", queues="appeals", password="long enough")
    assert senior.may_work("appeals") and not senior.may_work("hate")


def test_sessions_are_server_side_with_absolute_and_idle_lifetimes(review_sqlite: Any) -> None:
    now = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    sessions = ReviewerSessions(
        review_sqlite.log.engine, absolute_s=3600, idle_s=600, clock=lambda: now[0]
    )
    session, token = sessions.open("alice")
    assert sessions.read(token) == session
    assert sessions.read(token[:-2] + "xx") is None and sessions.read("not-a-token") is None
    # Active every 9 minutes: the idle lifetime never runs out, the absolute one does.
    for _ in range(6):
        now[0] += timedelta(minutes=9)
        assert sessions.read(token) == session
    now[0] += timedelta(minutes=7)  # 61 minutes after sign-in
    assert sessions.read(token) is None
    # Idle for 10 minutes: ended.
    _, idle = sessions.open("alice")
    now[0] += timedelta(minutes=10)
    assert sessions.read(idle) is None


@pytest.mark.parametrize(
    "change",
    [
        lambda store: store.set_password("alice", "another password"),
        lambda store: store.disable("alice"),
        lambda store: store.set_role("alice", "senior"),
    ],
    ids=["password", "disable", "role"],
)
def test_account_changes_end_every_session(review_sqlite: Any, change: Any) -> None:
    store = review_sqlite.reviewers
    store.add("alice", role="reviewer", queues="hate", password="long enough")
    store.add("bob", role="reviewer", queues="hate", password="long enough")
    sessions = ReviewerSessions(review_sqlite.log.engine)
    tokens = [sessions.open("alice")[1], sessions.open("alice")[1]]
    _, bobs = sessions.open("bob")
    assert change(store)
    assert [sessions.read(t) for t in tokens] == [None, None]
    assert sessions.read(bobs) is not None


def _cli(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Any:
    import os

    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [BASTION, *args], capture_output=True, text=True, env=environment, input=stdin, timeout=120
    )


def test_cli_adds_lists_disables_reviewers(sqlite_url: str) -> None:
    db = ["--database-url", sqlite_url]
    added = _cli(
        "reviewers",
        "add",
        "alice",
        "--role",
        "reviewer",
        "--queues",
        "hate,harassment",
        *db,
        env={"BASTION_REVIEWER_PASSWORD": "correct horse battery"},
    )
    assert added.returncode == 0, added.stderr
    assert "added reviewer alice (reviewer; queues hate,harassment)" in added.stdout
    prompted = _cli(
        "reviewers",
        "add",
        "sue",
        "--role",
        "senior",
        "--queues",
        "*",
        *db,
        stdin="another password\nanother password\n",
    )
    assert prompted.returncode == 0, prompted.stderr
    bad = _cli(
        "reviewers",
        "add",
        "bob",
        "--queues",
        "Hate",
        *db,
        env={"BASTION_REVIEWER_PASSWORD": "correct horse battery"},
    )
    assert bad.returncode == 2 and "not a queue name" in bad.stderr
    unknown = _cli(
        "reviewers",
        "add",
        "bob",
        "--queues",
        "nonexistentqueue",
        *db,
        env={"BASTION_REVIEWER_PASSWORD": "correct horse battery"},
    )
    assert unknown.returncode == 2 and "there is no queue 'nonexistentqueue'" in unknown.stderr
    listed = _cli("reviewers", "list", *db)
    assert listed.stdout.splitlines() == [
        "alice\treviewer\thate,harassment\tenabled",
        "sue\tsenior\t*\tenabled",
    ]
    assert _cli("reviewers", "disable", "alice", *db).returncode == 0
    assert _cli("reviewers", "disable", "alice", *db).returncode == 2
    queues = _cli("review", "queues", *db)
    assert queues.returncode == 0 and queues.stdout.startswith("queue\tlang")


def test_cli_seeds_gold(sqlite_url: str, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"item": {"id": "g1", "text": "free followers at bit.ly/x"}, "verdict": "violating",'
        ' "category": "spam"}\n'
        '{"item": {"id": "g2", "text": "nice mix"}, "verdict": "not_violating",'
        ' "category": "spam"}\n'
    )
    seeded = _cli("review", "seed-gold", str(gold), "--database-url", sqlite_url)
    assert seeded.returncode == 0, seeded.stderr
    assert "seeded 2 gold items" in seeded.stdout
    gold.write_text('{"item": {"id": "g3", "text": "x"}, "verdict": "violating"}\n')
    bad = _cli("review", "seed-gold", str(gold), "--database-url", sqlite_url)
    assert bad.returncode == 2 and "gold.jsonl:1: a gold item needs its category" in bad.stderr

"""The command line as a user runs it: real processes, real files, real SQLite."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

BASTION = [sys.executable, "-m", "bastion.cli"]
BROKEN = Path(__file__).parent / "policy" / "broken"


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASTION_DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run([*BASTION, *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def test_scan_text_prints_decision_and_logs_it(db: Path) -> None:
    result = run("scan", "I will kill you", "--surface", "comment", "--jurisdiction", "DE", db=db)
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["action"] == "block"
    assert "harassment/threatening" in decision["flagged"]
    assert decision["jurisdiction"] == "DE"
    assert "Traceback" not in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from decisions").fetchone()[0] == 1
    verify = run("audit", "verify", db=db)
    assert verify.returncode == 0 and verify.stdout.startswith("ok: 1 records")


def test_scan_file(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "msg.txt"
    path.write_text("my email is someone@example.org", encoding="utf-8")
    result = run("scan", "--file", str(path), "--surface", "dm", "--no-log", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["categories"]["privacy"] > 0
    assert (
        not db.exists()
        or sqlite3.connect(db).execute("select count(*) from decisions").fetchone()[0] == 0
    )


@pytest.mark.parametrize(
    ("args", "content", "message"),
    [
        (["scan", "--file", "{file}"], b"\xff\xfe bad bytes", "not valid UTF-8 (byte 0"),
        (["scan", ""], None, "'text' is empty"),
        (["scan", " \u200b\u200d "], None, "only whitespace, NUL or invisible"),
        (["scan", "\u3164"], None, "only whitespace, NUL or invisible"),
        (
            ["--database-url", "mysql://user@localhost/db", "scan", "hi"],
            None,
            "unsupported database 'mysql' in the database URL",
        ),
        (
            ["--database-url", "mysql://user@localhost/db", "reviewers", "list"],
            None,
            "unsupported database 'mysql'",
        ),
        (["scan", "hi", "--jurisdiction", "Narnia"], None, "ISO 3166-1"),
        (["scan", "hi", "--surface", "Bad Surface"], None, "not a valid name"),
        (["scan"], None, "give exactly one of TEXT or --file"),
        (
            ["--policy", str(BROKEN / "typo_action.yaml"), "scan", "hi"],
            None,
            "did you mean 'block'",
        ),
    ],
)
def test_bad_input_gets_precise_error(
    db: Path, tmp_path: Path, args: list[str], content: bytes | None, message: str
) -> None:
    file = tmp_path / "input.txt"
    if content is not None:
        file.write_bytes(content)
    result = run(*[a.replace("{file}", str(file)) for a in args], db=db)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if "Usage:" not in result.stderr:  # click's usage errors add the usage lines
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # one line, with a fix


@pytest.mark.parametrize("name", sorted(p.name for p in BROKEN.glob("*.yaml")))
def test_policy_check_rejects_broken_policies(db: Path, name: str) -> None:
    result = run("policy", "check", str(BROKEN / name), db=db)
    assert result.returncode == 2
    assert f"{name}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_policy_check_unknown_detector_is_hinted(db: Path) -> None:
    result = run("policy", "check", str(BROKEN / "unknown_detector.yaml"), db=db)
    assert result.returncode == 2
    assert "no detector 'slurz' is installed" in result.stderr


def test_policy_check_ok(db: Path) -> None:
    result = run("policy", "check", db=db)
    assert result.returncode == 0
    assert result.stdout.startswith("ok:")


def test_audit_verify_detects_tampering(db: Path) -> None:
    for text in ("first message", "second message", "third message"):
        assert run("scan", text, db=db).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("update decisions set action = 'block' where seq = 2")
    result = run("audit", "verify", db=db)
    assert result.returncode == 1
    assert "record 2: column 'action' was edited" in result.stderr


def test_help_everywhere(db: Path) -> None:
    for command in (
        ["--help"],
        ["scan", "--help"],
        ["scan-batch", "--help"],
        ["policy", "check", "--help"],
        ["audit", "verify", "--help"],
    ):
        result = run(*command, db=db)
        assert result.returncode == 0 and "Usage:" in result.stdout


def test_unreachable_database_is_a_clean_error(tmp_path: Path) -> None:
    env = {**os.environ, "BASTION_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    result = subprocess.run(
        [*BASTION, "scan", "hi"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 3
    assert "cannot open or migrate the database" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["scan-batch", "{input}", "-o", "/nonexistent_dir_bastion/x.jsonl"],
        [
            "backtest",
            "--policy",
            "{policy}",
            "--input",
            "{input}",
            "-o",
            "/nonexistent_dir_bastion/r.json",
        ],
        ["sor", "export", "-o", "/nonexistent_dir_bastion/sor.jsonl"],
        ["audit", "export", "-o", "/nonexistent_dir_bastion/audit.jsonl"],
    ],
)
def test_an_output_in_a_missing_folder_is_refused_not_created(
    db: Path, tmp_path: Path, args: list[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "hi"}\n', encoding="utf-8")
    policy = Path(__file__).parents[1] / "src" / "bastion" / "policies" / "default.yaml"
    filled = [a.replace("{input}", str(source)).replace("{policy}", str(policy)) for a in args]
    result = run(*filled, db=db)
    assert result.returncode == 2, result.stderr
    assert "does not exist; create it first" in result.stderr
    assert not Path("/nonexistent_dir_bastion").exists()

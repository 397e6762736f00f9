"""The compliance commands end to end on the seeded database (in-process, click's runner)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from bastion.cli import main


def run(url: str, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["--database-url", url, *args], env=env)


def test_sor_export_jsonl_and_batches(seeded: Any, tmp_path: Path) -> None:
    out = tmp_path / "sor.jsonl"
    result = run(
        seeded.url, "sor", "export", "--from", "2026-01-01", "--to", "2026-06-30",
        "-o", str(out), "--batches", str(tmp_path / "batches"),
        "--terms-url", "https://music.example/terms",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12
    first = json.loads(lines[0])
    assert first["decision_ground_reference_url"] == "https://music.example/terms"
    assert "12 statements from 15 decisions" in result.stderr
    assert "1 audience US is outside the EEA" in result.stderr
    batch = json.loads((tmp_path / "batches" / "batch-00001.json").read_text())
    assert len(batch["statements"]) == 12
    check = run(seeded.url, "sor", "validate", str(out))
    assert check.exit_code == 0 and "ok: 12 statements valid" in check.output


def test_sor_validate_names_the_field(tmp_path: Path, sqlite_url: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"puid": "x y"}\nnot json\n')
    result = run(sqlite_url, "sor", "validate", str(bad))
    assert result.exit_code == 2
    assert f"error: {bad}:1: puid: 'x y' does not match" in result.stderr
    assert f"error: {bad}:1: decision_facts: is required" in result.stderr
    assert f"error: {bad}:2: not JSON" in result.stderr


def test_bad_dates_and_missing_database(tmp_path: Path, sqlite_url: str) -> None:
    result = run(sqlite_url, "sor", "export", "--from", "2026-13-01", "--to", "2026-06-30",
                 "-o", str(tmp_path / "x.jsonl"))  # fmt: skip
    assert result.exit_code == 2 and "'2026-13-01' does not match the format" in result.stderr
    result = run(sqlite_url, "report", "dsa", "--from", "2026-06-30", "--to", "2026-01-01",
                 "-o", str(tmp_path / "r"))  # fmt: skip
    assert result.exit_code == 2 and "before it starts" in result.stderr
    missing = f"sqlite:///{tmp_path / 'nothing-here.db'}"
    result = run(missing, "report", "dsa", "--from", "2026-01-01", "--to", "2026-06-30",
                 "-o", str(tmp_path / "r"))  # fmt: skip
    assert result.exit_code == 3 and "no database at" in result.stderr
    assert not (tmp_path / "nothing-here.db").exists()


def test_report_dsa(seeded_sqlite: Any, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = run(
        seeded_sqlite.url, "report", "dsa", "--from", "2026-01-01", "--to", "2026-06-30",
        "-o", str(out), "--runs", str(tmp_path / "runs"), "--provider", "Example GmbH",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (out / "summary.html").is_file() and (out / "part7_complaints.csv").is_file()
    headline = (out / "headline.csv").read_text().splitlines()
    assert headline[-1] == "TOTAL,11,10,6"


def test_sor_submit_against_the_fake(seeded_sqlite: Any, tmp_path: Path) -> None:
    import importlib.util
    import threading
    import time

    import uvicorn

    from .tdb_fake import FakeTransparencyDatabase, create_app

    assert importlib.util.find_spec("uvicorn")
    state = FakeTransparencyDatabase("tok")
    server = uvicorn.Server(
        uvicorn.Config(create_app(state), host="127.0.0.1", port=0, log_config=None)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        args = ["sor", "submit", "--from", "2026-01-01", "--to", "2026-06-30"]
        env = {"BASTION_SOR_API_URL": f"http://127.0.0.1:{port}"}
        refused = run(seeded_sqlite.url, *args, env=env)
        assert refused.exit_code == 2 and "BASTION_SOR_API_TOKEN" in refused.stderr
        result = run(seeded_sqlite.url, *args, env={**env, "BASTION_SOR_API_TOKEN": "tok"})
        assert result.exit_code == 0, result.output
        assert "sent 12" in result.output and "now 12 submitted, 0 pending" in result.output
        again = run(seeded_sqlite.url, *args, env={**env, "BASTION_SOR_API_TOKEN": "tok"})
        assert "0 new statements recorded; sent 0" in again.output
        assert len(state.statements) == 12
        status = run(seeded_sqlite.url, "sor", "status")
        assert status.output.strip() == "pending 0\tsubmitted 12\trejected 0"
    finally:
        server.should_exit = True
        thread.join(10)


def test_sor_notice(seeded_sqlite: Any) -> None:
    """The appeal link comes from the settings (here the environment) or --appeal-url; before,
    an unset link became https://example.com/appeals in what users read."""
    d09 = seeded_sqlite.ids["d09"]
    unset = run(seeded_sqlite.url, "sor", "notice", d09)
    assert unset.exit_code == 2 and "no appeal link" in unset.stderr
    env = {"BASTION_APPEAL_URL": "https://music.example/appeal"}
    result = run(seeded_sqlite.url, "sor", "notice", d09, "--locale", "de", env=env)
    assert result.exit_code == 0, result.output
    notice = json.loads(result.output)
    assert notice["locale"] == "de" and "mit einem Warnhinweis versehen" in notice["body"]
    assert "https://music.example/appeal" in notice["body"] and "example.com" not in notice["body"]
    flag = run(seeded_sqlite.url, "sor", "notice", d09, "--appeal-url", "https://x.example/a")
    assert "https://x.example/a" in json.loads(flag.output)["body"]
    cleared = run(seeded_sqlite.url, "sor", "notice", seeded_sqlite.ids["d06"], env=env)
    assert cleared.exit_code == 2 and "restricted nothing" in cleared.stderr
    unknown = run(seeded_sqlite.url, "sor", "notice", "nope", env=env)
    assert unknown.exit_code == 2 and "no decision 'nope'" in unknown.stderr


def test_audit_export_and_verify(seeded_sqlite: Any, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    result = run(seeded_sqlite.url, "audit", "export", "--from", "2026-01-01", "--to",
                 "2026-06-30", "-o", str(out))  # fmt: skip
    assert result.exit_code == 0 and "15 records (seq 2..16)" in result.output
    verified = run(seeded_sqlite.url, "audit", "verify", "--export", str(out))
    assert verified.exit_code == 0 and verified.output.startswith("ok: 15 exported records")
    lines = out.read_text().splitlines()
    entry = json.loads(lines[2])
    entry["record"] = entry["record"].replace("FR", "DE")
    lines[2] = json.dumps(entry)
    out.write_text("\n".join(lines) + "\n")
    tampered = run(seeded_sqlite.url, "audit", "verify", "--export", str(out))
    assert tampered.exit_code == 1 and "TAMPERED: seq 3: content was edited" in tampered.stderr
    whole = run(seeded_sqlite.url, "audit", "verify")
    assert whole.exit_code == 0 and "17 records checked" in whole.output


def test_notices_ingest(seeded_sqlite: Any, tmp_path: Path) -> None:
    good = tmp_path / "notices.jsonl"
    good.write_text(
        json.dumps({"id": "n9", "received_at": "2026-06-01T00:00:00Z", "source_type":
                    "trusted_flagger", "category": "scam", "items": 2}) + "\n"
        + json.dumps({"id": "n1", "received_at": "2026-06-01T00:00:00Z",
                      "source_type": "article_16"}) + "\n"
    )  # fmt: skip
    result = run(seeded_sqlite.url, "notices", "ingest", str(good))
    assert result.exit_code == 0 and "ok: 1 new notices of 2 read" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "received_at": "2026-06-01T00:00:00", "source_type": "email"}\n'
        '{"id": "y", "received_at": "2026-06-01T00:00:00Z", "source_type": "article_16",'
        ' "category": "piracy"}\n'
    )
    result = run(seeded_sqlite.url, "notices", "ingest", str(bad))
    assert result.exit_code == 2
    assert f"{bad}:1: received_at: Value error, needs a time zone" in result.stderr
    assert f"{bad}:1: source_type: Value error, must be 'article_16'" in result.stderr
    assert f"{bad}:2: category 'piracy' is neither" in result.stderr


def test_retention_run(seeded_sqlite: Any) -> None:
    result = run(seeded_sqlite.url, "retention", "run", "--days", "0")
    assert result.exit_code == 2 and "at least 1" in result.stderr
    status = run(seeded_sqlite.url, "retention", "status")
    assert status.output.startswith("no retention run yet")
    result = run(seeded_sqlite.url, "retention", "run", "--days", "30", "--dry-run")
    assert result.exit_code == 0 and result.output.startswith("ok: would erase content older")
    result = run(seeded_sqlite.url, "retention", "run", "--days", "30")
    assert result.exit_code == 0 and result.output.startswith("ok: erased content older")
    status = run(seeded_sqlite.url, "retention", "status")
    assert status.exit_code == 0 and "\tdays 30\t" in status.output


def test_export_streams_batches_of_100(sqlite_url: str, tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from bastion.pipeline import Engine
    from bastion.policy import load_policy, shipped_policy_path
    from bastion.store import DecisionLog
    from bastion.types import Context, Item

    engine = Engine(load_policy(shipped_policy_path()), [], enforce_deadlines=False)
    log = DecisionLog.open(sqlite_url)
    log.record_policy(engine.policy.loaded)
    start = datetime(2026, 3, 1, tzinfo=UTC)
    made = []
    for i in range(205):
        item = Item(id=f"i{i}", surface="comment", text="x", context=Context(jurisdiction="DE"))
        decision = engine.decide(item)
        made.append(
            replace(
                decision,
                action=decision.action.__class__("block"),
                flagged=("spam",),
                categories={"spam": 0.95},
                triggered_rules=("comment/spam: 0.95 >= 0.90 -> block",),
                automated_detection=True,
                created_at=start + timedelta(minutes=i),
            )
        )
    log.append(made)
    log.close()
    out = tmp_path / "sor.jsonl"
    result = run(sqlite_url, "sor", "export", "--from", "2026-03-01", "--to", "2026-03-31",
                 "-o", str(out), "--batches", str(tmp_path / "b"))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 205
    sizes = [
        len(json.loads(p.read_text())["statements"]) for p in sorted((tmp_path / "b").iterdir())
    ]
    assert sizes == [100, 100, 5]
    assert not (tmp_path / "sor.jsonl.partial").exists()

"""`bastion serve`, `bastion keys` and `bastion db upgrade` as real commands."""

from __future__ import annotations

import subprocess
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, select

from bastion.cli import main
from bastion.store import DecisionLog
from bastion.store.keys import KeyStore
from bastion.store.tables import api_keys


def test_keys_create_list_revoke(sqlite_url) -> None:
    runner = CliRunner()
    created = runner.invoke(
        main,
        [
            "--database-url",
            sqlite_url,
            "keys",
            "create",
            "--scopes",
            "scan,admin",
            "--name",
            "ci",
            "--rate-limit",
            "120",
        ],
    )
    assert created.exit_code == 0, created.output
    plain = created.stdout.strip()
    assert plain.startswith("bst_") and "store it now" in created.stderr
    key_id = plain.split("_")[1]
    log = DecisionLog.open(sqlite_url)
    with log.engine.connect() as conn:
        row = conn.execute(select(api_keys)).one()
    log.close()
    assert row.id == key_id and row.scopes == "admin,scan" and row.rate_limit_per_minute == 120
    assert plain.split("_", 2)[2] not in str(tuple(row))  # only the hash is stored
    listed = runner.invoke(main, ["--database-url", sqlite_url, "keys", "list"])
    assert f"{key_id}\tci\tadmin,scan\t120/min" in listed.stdout
    assert plain not in listed.stdout
    revoked = runner.invoke(main, ["keys", "revoke", key_id, "--database-url", sqlite_url])
    assert revoked.exit_code == 0 and "revoked" in revoked.stdout
    again = runner.invoke(main, ["keys", "revoke", key_id, "--database-url", sqlite_url])
    assert again.exit_code == 2 and "no active key" in again.stderr
    bad = runner.invoke(main, ["--database-url", sqlite_url, "keys", "create", "--scopes", "root"])
    assert bad.exit_code == 2 and "unknown scope(s) ['root']" in bad.stderr


def test_db_upgrade_creates_the_service_tables(database_url) -> None:
    result = CliRunner().invoke(main, ["--database-url", database_url, "db", "upgrade"])
    assert result.exit_code == 0, result.output
    log = DecisionLog.open(database_url)
    tables = set(inspect(log.engine).get_table_names())
    log.close()
    assert {"api_keys", "jobs", "webhook_deliveries", "decisions"} <= tables


def run_serve(tools, args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [tools.BASTION, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


@pytest.mark.parametrize("backend", ["default", "postgres"])
def test_serve_starts_with_no_other_setup(backend, request, tools, tmp_path: Path) -> None:
    """`bastion serve` on the embedded default (a SQLite file in the data dir), or PostgreSQL
    by --database-url; the key is made with `bastion keys create` against the same database."""
    env = tools.subprocess_env(BASTION_DATA_DIR=str(tmp_path / "data"))
    if backend == "default":  # truly nothing configured: shipped policy, every detector
        del env["BASTION_DETECTORS"], env["BASTION_POLICY"]
    url_args = (
        [] if backend == "default" else ["--database-url", request.getfixturevalue("postgres_url")]
    )
    database = url_args[1] if url_args else f"sqlite:///{tmp_path / 'data' / 'bastion.db'}"
    store = KeyStore(DecisionLog.open(database).engine)  # `bastion keys` is tested above
    key = store.create("serve-test", "scan")[1]
    store.engine.dispose()
    port = tools.free_port()
    server = run_serve(tools, ["serve", "--port", str(port), *url_args], env)
    try:
        base = f"http://127.0.0.1:{port}"

        def up() -> bool:
            try:
                return httpx.get(f"{base}/healthz").status_code == 200
            except httpx.TransportError:
                assert server.poll() is None, server.communicate()[0]
                return False

        tools.wait_for(up, timeout=60, interval=0.1)
        response = httpx.post(
            f"{base}/v1/scan",
            json={"text": "I know where you live", "surface": "comment"},
            headers={"Authorization": f"Bearer {key}"},
        )
        assert response.status_code == 200, response.text
        assert response.json()["action"] == "block"
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    # uvicorn shuts down gracefully on SIGTERM, then re-raises it for the default handler.
    assert server.returncode in (0, -15), output
    assert '"route": "/v1/scan"' in output and '"status": 200' in output  # JSON access log
    assert "where you live" not in output
    if backend == "default":
        assert (tmp_path / "data" / "bastion.db").exists()

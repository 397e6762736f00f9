"""scan-batch: the JSONL contract, error records, order, and logging."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bastion.batch import scan_jsonl
from bastion.pipeline import Engine

CONTRACT_KEYS = {
    "id",
    "action",
    "categories",
    "flagged",
    "evidence",
    "policy_version",
    "model_version",
}

LINES = [
    b'{"id": "a", "text": "lovely song", "surface": "comment"}',
    b'{"id": "b", "text": "I will kill you", "surface": "comment"}',
    b"not json at all",
    b'{"id": "c", "text": "caf\xe9 latin-1"}',
    b'{"id": "d", "text": ""}',
    b"",
    b'{"id": 5, "text": "hello", "surface": "unknown_place"}',
    b'["a list"]',
    b'{"id": "e", "text": "hi", "jurisdiction": "ZZZ"}',
    b'{"id": "f", "text": "x", "surface": "comment", "extra": 1}',
]


def test_contract_and_error_records(logged_engine: Engine, tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(b"\n".join(LINES) + b"\n")
    summary = scan_jsonl(logged_engine, source, out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(LINES) == summary.items
    assert [r["id"] for r in rows] == ["a", "b", None, None, "d", None, "5", None, "e", "f"]
    ok = [r for r in rows if "error" not in r]
    assert all(set(r) == CONTRACT_KEYS for r in ok)
    assert rows[1]["action"] == "block"
    errors = {i: r["error"] for i, r in enumerate(rows) if "error" in r}
    assert set(errors) == {2, 3, 4, 5, 7, 8, 9}
    assert errors[2].startswith("line 3: invalid JSON")
    assert errors[3].startswith("line 4: not valid UTF-8")
    assert "empty" in errors[4] and "empty line" in errors[5]
    assert "expected a JSON object" in errors[7]
    assert "ISO 3166-1" in errors[8]
    assert "unknown field" in errors[9]
    assert summary.errors == 7
    assert logged_engine.log is not None
    assert logged_engine.log.count() == 3  # every accepted item, exactly once
    assert logged_engine.log.verify().ok
    assert not (tmp_path / "out.jsonl.partial").exists()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.binary(max_size=60), min_size=1, max_size=8))
def test_any_bytes_never_crash_and_keep_one_line_per_input(
    shipped_engine: Engine, tmp_path: Path, lines: list[bytes]
) -> None:
    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    source, out = tmp_path / "fuzz.jsonl", tmp_path / "fuzz-out.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    scan_jsonl(shipped_engine, source, out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(lines)


def test_cli_scan_batch_reports_progress(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        "".join(json.dumps({"id": str(i), "text": f"message {i}"}) + "\n" for i in range(50))
    )
    env = {**os.environ, "BASTION_DATABASE_URL": f"sqlite:///{tmp_path / 'b.db'}"}
    result = subprocess.run(
        [sys.executable, "-m", "bastion.cli", "scan-batch", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "done: 50 lines, 0 errors" in result.stderr
    assert len(out.read_text().splitlines()) == 50

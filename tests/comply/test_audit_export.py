"""Audit trail export: a period's stretch of the hash chain, verified with the file alone."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from bastion.comply.audit_export import export_audit_trail, verify_export
from bastion.comply.cases import Period

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


def test_export_and_verify(seeded: Any, tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    header = export_audit_trail(seeded.engine, PERIOD, path)
    # The seed is appended as it happened: d16 (31 December, seq 1), d01 .. d13, d17, d14
    # (30 June, seq 16), d15 (1 July, seq 17). The period's stretch is 2..16: it starts after
    # d16's link and ends before the head, which d15 moved on.
    assert (header["first_seq"], header["last_seq"], header["records"]) == (2, 16, 15)
    assert header["start_hash"] != "0" * 64
    assert header["chain_head"]["seq"] == 17 and header["end_hash"] != header["chain_head"]["hash"]
    check = verify_export(path)
    assert check.ok, check.problems
    assert (check.records, check.first_seq, check.last_seq) == (15, 2, 16)


def test_a_narrower_period_starts_mid_chain(seeded_sqlite: Any, tmp_path: Path) -> None:
    path = tmp_path / "march.jsonl"
    header = export_audit_trail(
        seeded_sqlite.engine, Period(date(2026, 3, 1), date(2026, 3, 31)), path
    )
    assert (header["first_seq"], header["last_seq"]) == (8, 11)  # d07 .. d10
    assert header["start_hash"] != "0" * 64
    assert verify_export(path).ok


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_tampering_is_found(seeded_sqlite: Any, tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    export_audit_trail(seeded_sqlite.engine, PERIOD, path)
    lines = _lines(path)

    edited = list(lines)
    entry = json.loads(edited[3])
    entry["record"] = entry["record"].replace('"block"', '"allow"')
    edited[3] = json.dumps(entry)
    path.write_text("\n".join(edited) + "\n")
    assert verify_export(path).problems == ["seq 4: content was edited (hash mismatch)"]

    dropped = lines[:5] + lines[6:]
    path.write_text("\n".join(dropped) + "\n")
    problems = verify_export(path).problems
    assert any("seq 7, expected 6" in p for p in problems)
    assert any("the header announces 15 records, the file holds 14" in p for p in problems)

    truncated = lines[:-1]
    path.write_text("\n".join(truncated) + "\n")
    assert any("end_hash" in p for p in verify_export(path).problems)

    path.write_text("not an export\n")
    assert "not a Bastion audit export" in verify_export(path).problems[0]


def test_an_empty_period(seeded_sqlite: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    header = export_audit_trail(
        seeded_sqlite.engine, Period(date(2030, 1, 1), date(2030, 1, 2)), path
    )
    assert header["records"] == 0
    assert verify_export(path).ok

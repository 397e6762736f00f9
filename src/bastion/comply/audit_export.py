"""Audit trail export: the decisions of a period with their hash chain, verifiable offline.

An export is JSONL: a header line, then one line per decision record exactly as
stored (the ``record`` string is what was hashed). The records form one
contiguous stretch of the chain, from the first to the last decision made in
the period, so an auditor can recompute every link with nothing but SHA-256:
``hash = sha256(f"{prev_hash}\\n{seq}\\n{record}")`` and each ``prev_hash`` is the
hash before it. The header names the hash the stretch starts from and ends at,
and the chain head at export time; compare those with the head hashes the
operator anchored (``bastion audit verify`` prints them) to tie the export to
the live log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from bastion.comply.cases import Period
from bastion.store import DecisionLog
from bastion.store.decision_log import chain_hash

__all__ = ["EXPORT_FORMAT", "ExportCheck", "export_audit_trail", "verify_export"]

EXPORT_FORMAT = "bastion-audit-export/1"


@dataclass
class ExportCheck:
    records: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    start_hash: str | None = None
    end_hash: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def export_audit_trail(engine: Engine, period: Period, path: Path) -> dict[str, Any]:
    """Write the period's stretch of the chain to ``path``; returns the header."""
    log = DecisionLog(engine)
    bounds = log.seq_range(period.lower, period.upper)
    head = log.head()
    header: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "exported_at": datetime.now(UTC).isoformat(),
        "chain_head": {"seq": head[0], "hash": head[1]} if head else None,
        "first_seq": bounds[0] if bounds else None,
        "last_seq": bounds[1] if bounds else None,
        "records": 0,
        "start_hash": None,
        "end_hash": None,
    }
    lines: list[str] = []
    if bounds is not None:
        for link in log.links(*bounds):
            if header["start_hash"] is None:
                header["start_hash"] = link.prev_hash
            lines.append(
                json.dumps(
                    {
                        "seq": link.seq,
                        "id": link.id,
                        "prev_hash": link.prev_hash,
                        "hash": link.hash,
                        "record": link.record,
                    },
                    ensure_ascii=False,
                )
            )
            header["end_hash"] = link.hash
        header["records"] = len(lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(header, ensure_ascii=False) + "\n")
        for line in lines:
            handle.write(line + "\n")
    return header


def verify_export(path: Path) -> ExportCheck:
    """Recompute every link of an export; needs no database, only the file."""
    check = ExportCheck()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        check.problems.append(f"cannot read {path}: {exc}")
        return check
    lines = text.splitlines()
    try:
        header = json.loads(lines[0]) if lines else None
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != EXPORT_FORMAT:
        check.problems.append(f"{path} is not a Bastion audit export ({EXPORT_FORMAT})")
        return check
    prev: str | None = header.get("start_hash")
    expected_seq = header.get("first_seq")
    for number, line in enumerate(lines[1:], start=2):
        try:
            entry = json.loads(line)
            seq, record = int(entry["seq"]), str(entry["record"])
            stated_prev, stated = str(entry["prev_hash"]), str(entry["hash"])
        except (ValueError, KeyError, TypeError):
            check.problems.append(f"line {number}: not an export record")
            continue
        if check.first_seq is None:
            check.first_seq, check.start_hash = seq, stated_prev
        if seq != expected_seq:
            check.problems.append(
                f"line {number}: seq {seq}, expected {expected_seq} (a record is missing or "
                "out of order)"
            )
        if stated_prev != prev:
            check.problems.append(f"seq {seq}: does not link to the record before it")
        if chain_hash(stated_prev, seq, record) != stated:
            check.problems.append(f"seq {seq}: content was edited (hash mismatch)")
        try:
            if json.loads(record).get("id") != entry.get("id"):
                check.problems.append(f"seq {seq}: the id beside the record was edited")
        except ValueError:
            check.problems.append(f"seq {seq}: the record is not valid JSON")
        prev, expected_seq = stated, seq + 1
        check.records += 1
        check.last_seq, check.end_hash = seq, stated
    if check.records != header.get("records"):
        check.problems.append(
            f"the header announces {header.get('records')} records, the file holds {check.records}"
        )
    if check.end_hash != header.get("end_hash"):
        check.problems.append("the last record's hash differs from the header's end_hash")
    return check

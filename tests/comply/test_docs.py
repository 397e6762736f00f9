"""The compliance docs stay true: every command documented, the sample statement valid,
the headline table the one the tests check."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import click

from bastion.comply.commands import notices, report, retention, sor
from bastion.comply.schema import statement_problems

ROOT = Path(__file__).resolve().parents[2]
COMPLIANCE = (ROOT / "docs" / "compliance.md").read_text(encoding="utf-8")
CLI = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_cli_reference() -> None:
    groups: list[click.Group] = [sor, report, notices, retention]
    for group in groups:
        for name in group.commands:
            assert f"bastion {group.name} {name}" in CLI, f"{group.name} {name} not in docs/cli.md"
    for extra in ("bastion audit export", "bastion audit verify --export"):
        assert extra in CLI and extra in COMPLIANCE


def test_the_sample_statement_is_valid() -> None:
    section = COMPLIANCE.split("### Sample statement", 1)[1]
    sample = re.search(r"```json\n(.*?)\n```", section, re.S)
    assert sample is not None
    assert statement_problems(json.loads(sample.group(1))) == []


def test_the_headline_table_is_the_golden_one() -> None:
    with (Path(__file__).parent / "golden" / "headline.csv").open(newline="") as handle:
        golden = list(csv.reader(handle))[1:]
    section = COMPLIANCE.split("### Headline table", 1)[1].split("\n## ", 1)[0]
    rows = [
        [cell.strip().strip("*") for cell in line.strip("|").split("|")]
        for line in section.splitlines()
        if line.startswith("| ") and not line.startswith("| category")
    ]
    expected = [[row[0].removeprefix("STATEMENT_CATEGORY_"), *row[1:]] for row in golden]
    assert rows == expected

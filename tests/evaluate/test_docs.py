"""docs/evaluation.md documents every ``bastion eval`` command; the report escapes data."""

from __future__ import annotations

from pathlib import Path

from bastion.evaluate.commands import eval_group
from bastion.evaluate.report import render_report

DOC = Path(__file__).resolve().parents[2] / "docs" / "evaluation.md"


def test_every_eval_command_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name, command in eval_group.commands.items():
        assert f"bastion eval {name}" in text, f"eval {name} is not in docs/evaluation.md"
        for param in command.params:
            for flag in param.opts:
                if flag.startswith("--") and flag != "--help":
                    assert flag in text, f"eval {name} {flag} is not in docs/evaluation.md"


def test_report_escapes_dataset_content() -> None:
    evil = "<script>alert(1)</script>"
    metrics = {
        "run": {"id": "r", "dataset": evil, "surface": "comment", "command": evil},
        "categories": {},
        "slices": {"lang": {evil: {"hate": {"n": 10, "positives": 1}}}},
        "confusion": {"rows": [], "columns": [], "counts": [], "rates": []},
    }
    html = render_report(metrics, {})
    assert evil not in html and "&lt;script&gt;" in html

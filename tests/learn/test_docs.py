"""Every ``bastion learn`` command and option is documented; the docs' figure exists."""

from __future__ import annotations

from pathlib import Path

import click

from bastion.learn.commands import learn

ROOT = Path(__file__).resolve().parents[2]
CLI = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
PAGE = (ROOT / "docs" / "active-learning.md").read_text(encoding="utf-8")


def test_every_learn_command_and_option_is_documented() -> None:
    assert isinstance(learn, click.Group)
    for name, command in learn.commands.items():
        assert f"bastion learn {name}" in CLI, name
        assert f"bastion learn {name}" in PAGE, name
        for param in command.params:
            for flag in getattr(param, "opts", []):
                if flag.startswith("--") and flag != "--help":
                    assert flag in PAGE, f"learn {name} {flag} missing from active-learning.md"


def test_the_learning_curve_and_its_numbers_are_in_the_repository() -> None:
    assert (ROOT / "docs" / "img" / "active-learning-curve.png").stat().st_size > 10_000
    results = (ROOT / "benchmarks" / "results" / "active-learning.txt").read_text()
    assert "hybrid" in results and "random" in results
    assert "img/active-learning-curve.png" in PAGE

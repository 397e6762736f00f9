"""What every benchmark's result file says about itself, and the model card's sections.

A result file names the commit and the text-model bundle it measured (and is
written by the script that measured, never by hand); a benchmark that feeds
the model card replaces only its own marked section there.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit() -> str:
    """The short hash of HEAD, with ``+dirty`` when the work tree has changes."""
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return f"{head}+dirty" if dirty else head


def provenance(script: str, bundle_version: str, seconds: float) -> str:
    """One sentence: which script, commit, date, bundle and run time."""
    return (
        f"Measured by `{script}` at commit {commit()} ({time.strftime('%Y-%m-%d')}, "
        f"{seconds:.0f} s) on text-model bundle `{bundle_version}`."
    )


def replace_card_section(card: Path, name: str, title: str, text: str) -> None:
    """Put ``text`` under ``## title`` between ``<!-- name:begin/end -->`` in ``card``."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    body = card.read_text(encoding="utf-8")
    section = f"{begin}\n## {title}\n\n{text.rstrip()}\n{end}"
    if begin in body:
        body = body[: body.index(begin)] + section + body[body.index(end) + len(end) :]
    else:
        body = body.rstrip() + "\n\n" + section + "\n"
    card.write_text(body, encoding="utf-8")

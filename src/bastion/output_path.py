"""The command line's type for an output file: its folder must already exist.

Commands write outputs where they are told, but never invent folders for them: a typo
(``-o /nonexistent_dir/x.jsonl``) is a usage error (exit 2) that says how to fix it, not a
new directory tree at the root of the disk.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

__all__ = ["OutputFile"]


class OutputFile(click.Path):
    """A file to write (not a folder), in a folder that exists."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = Path(os.fsdecode(super().convert(value, param, ctx)))
        folder = path.parent
        if not folder.is_dir():
            self.fail(
                f"the folder {str(folder)!r} does not exist; create it first "
                f"(mkdir -p {folder}) or write elsewhere",
                param,
                ctx,
            )
        return path

"""Helpers for importer tests: tiny synthetic source folders written in the real formats."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bastion.datasets.format import Example
from bastion.datasets.importers import IMPORTERS

Write = Callable[[str, str], Path]


@pytest.fixture
def source(tmp_path: Path) -> Write:
    """``source("set/file.csv", text)`` writes a file under a fresh source root."""

    def write(relative: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / "shared" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
        return path

    return write


def load_examples(name: str, root: Path) -> dict[str, Example]:
    """Examples of ``name`` read from ``root/name``, by id, with the id prefix dropped."""
    out: dict[str, Example] = {}
    for ex in IMPORTERS[name].load(root / name):
        assert ex.slices["source"] == name
        assert ex.split in ("train", "dev", "test")
        key = ex.id.removeprefix(f"{name}/")
        assert key not in out, f"duplicate id {ex.id}"
        out[key] = ex
    return out


@pytest.fixture
def shared_root(tmp_path: Path) -> Path:
    return tmp_path / "shared"


@pytest.fixture
def load(shared_root: Path) -> Callable[[str], dict[str, Example]]:
    """``load(name)``: run the importer over the synthetic source folder."""
    return lambda name: load_examples(name, shared_root)

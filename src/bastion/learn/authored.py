"""The project's authored data (``learn/authored/*.yaml``): loaded, validated, as examples.

Written by the maintainers to ``docs/taxonomy.md`` for what no permissively
licensed public set covers (format and rules: ``learn/authored/README.md``).
Files marked ``split: test`` are held out of training forever: they are the
project's own test set, reported per category, functionality and language.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bastion import taxonomy
from bastion.datasets.format import Example
from bastion.datasets.importers.base import text_key, with_parents

AUTHORED = Path(__file__).resolve().parent / "authored"
SOURCE = "bastion-authored"
SURFACES = ("comment", "dm", "playlist_title", "playlist_description", "ai_prompt", "ai_output")
_KEYS = {"text", "lang", "labels", "func", "pair", "group", "surface", "context"}


class AuthoredDataError(ValueError):
    """An authored file that breaks the format of learn/authored/README.md."""


def authored_files(folder: Path = AUTHORED) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.name != "identity_terms.yaml")


def _labels(raw: Any, where: str) -> dict[str, int | float]:
    if not isinstance(raw, dict) or not raw:
        raise AuthoredDataError(f"{where}: labels must be a non-empty mapping")
    out: dict[str, int | float] = {}
    for key, value in raw.items():
        if not taxonomy.is_category(str(key)):
            raise AuthoredDataError(f"{where}: unknown category {key!r}")
        if value not in (0, 1):
            raise AuthoredDataError(f"{where}: label {key!r} must be 0 or 1, got {value!r}")
        out[str(key)] = int(value)
    return with_parents(out)


def load_file(path: Path) -> Iterator[Example]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    split = data.get("split", "train")
    if split not in ("train", "test"):
        raise AuthoredDataError(f"{path.name}: split must be train or test, got {split!r}")
    topic = str(data.get("topic") or path.stem.split(".")[0])
    for i, raw in enumerate(data.get("examples") or []):
        where = f"{path.name} example {i}"
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            raise AuthoredDataError(f"{where}: needs a text")
        unknown = set(raw) - _KEYS
        if unknown:
            raise AuthoredDataError(f"{where}: unknown keys {sorted(unknown)}")
        text = raw["text"]
        if not text.strip():
            raise AuthoredDataError(f"{where}: empty text")
        surface = str(raw.get("surface", "comment"))
        if surface not in SURFACES:
            raise AuthoredDataError(f"{where}: unknown surface {surface!r}")
        slices = {
            "source": SOURCE,
            "split": split,
            "lang": str(raw.get("lang") or "und"),
            "surface": surface,
            "topic": topic,
            **{k: str(raw[k]) for k in ("func", "pair", "group") if raw.get(k)},
        }
        context = (str(raw["context"]),) if raw.get("context") else ()
        digest = hashlib.sha256(f"{path.name}\n{text}".encode()).hexdigest()[:16]
        yield Example(
            id=f"{SOURCE}/{path.stem}/{digest}",
            text=text,
            labels=_labels(raw.get("labels"), where),
            slices=slices,
            context=context,
        )


def authored_examples(folder: Path = AUTHORED) -> list[Example]:
    """Every authored example; a text in a test file never also trains (test wins)."""
    examples = [e for path in authored_files(folder) for e in load_file(path)]
    held_out = {text_key(e.text) for e in examples if e.slices["split"] == "test"}
    return [e for e in examples if e.slices["split"] == "test" or text_key(e.text) not in held_out]

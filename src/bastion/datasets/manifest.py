"""The sidecar ``manifest.json`` of an imported dataset version: provenance and counts."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bastion.datasets.format import FORMAT_VERSION, Example
from bastion.datasets.importers.base import Importer

__all__ = ["VERSION_CHARS", "build_manifest", "count_examples", "file_checksums"]

VERSION_CHARS = 16
"""A version is this many hex digits of the content sha256 (the manifest keeps all 64)."""


def count_examples(examples: Sequence[Example]) -> dict[str, Any]:
    """Counts per split, per language, and per category (positive / negative / soft)."""
    categories: dict[str, Counter[str]] = {}
    by_split: dict[str, dict[str, Counter[str]]] = {}
    for example in examples:
        split = example.slices.get("split", "none")
        for category, value in example.labels.items():
            kind = "soft" if value not in (0, 1) else "positive" if value == 1 else "negative"
            categories.setdefault(category, Counter())[kind] += 1
            by_split.setdefault(split, {}).setdefault(category, Counter())[kind] += 1
    return {
        "examples": len(examples),
        "splits": dict(sorted(Counter(e.slices.get("split", "none") for e in examples).items())),
        "langs": dict(Counter(e.slices.get("lang", "und") for e in examples).most_common()),
        "categories": {k: dict(sorted(v.items())) for k, v in sorted(categories.items())},
        "categories_by_split": {
            split: {k: dict(sorted(v.items())) for k, v in sorted(cats.items())}
            for split, cats in sorted(by_split.items())
        },
        "with_context": sum(1 for e in examples if e.context),
        "with_spans": sum(1 for e in examples if e.spans is not None),
    }


def file_checksums(root: Path) -> dict[str, str]:
    """sha256 of every file under the source folder, by relative path."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def build_manifest(
    importer: Importer, examples: Sequence[Example], sha256: str, source: Path
) -> dict[str, Any]:
    return {
        "name": importer.name,
        "version": sha256[:VERSION_CHARS],
        "sha256": sha256,
        "format": FORMAT_VERSION,
        "source_set": importer.name,
        "source_path": str(source),
        "source_files": file_checksums(source),
        "licence": importer.licence,
        "use": importer.use,
        "languages": list(importer.languages),
        "label_mapping": importer.label_mapping,
        "caveats": importer.caveats,
        "counts": count_examples(examples),
        "created_at": datetime.now(UTC).isoformat(),
    }

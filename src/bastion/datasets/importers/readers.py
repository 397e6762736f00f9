"""Reading the source files: CSV/TSV/JSON with clear errors, spans, language guesses."""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, TextIO

from bastion.datasets.importers.base import SourceError

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

Quoting = Literal[0, 1, 2, 3]
"""A ``csv.QUOTE_*`` constant."""


def need(root: Path, *names: str) -> list[Path]:
    """The named files under ``root``, or a :class:`SourceError` naming the first missing one."""
    paths = [root / name for name in names]
    for path in paths:
        if not path.is_file():
            raise SourceError(f"missing source file {path}")
    return paths


def read_dicts(
    path: Path,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    quoting: Quoting = csv.QUOTE_MINIMAL,
) -> Iterator[dict[str, str]]:
    """Rows of a delimited file with a header row, as dicts (``.gz`` files are decompressed)."""
    with _open_text(path, encoding) as handle:
        reader = csv.DictReader(handle, delimiter=delimiter, quoting=quoting)
        try:
            for row in reader:
                yield {k: v or "" for k, v in row.items() if k is not None}
        except csv.Error as exc:
            raise SourceError(f"{path}:{reader.line_num}: {exc}") from None


def _open_text(path: Path, encoding: str) -> TextIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding=encoding, newline="")
    return path.open(encoding=encoding, newline="")


def read_rows(
    path: Path,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    quoting: Quoting = csv.QUOTE_MINIMAL,
    width: int | None = None,
) -> Iterator[list[str]]:
    """Rows of a delimited file without a header; ``width`` checks every row's length."""
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter, quoting=quoting)
        try:
            for row in reader:
                if not row:
                    continue
                if width is not None and len(row) != width:
                    raise SourceError(
                        f"{path}:{reader.line_num}: expected {width} fields, got {len(row)}"
                    )
                yield row
        except csv.Error as exc:
            raise SourceError(f"{path}:{reader.line_num}: {exc}") from None


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}: not JSON: {exc}") from None


def read_json_lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SourceError(f"{path}:{number}: not JSON: {exc.msg}") from None


def offsets_to_spans(offsets: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """Character offsets (e.g. ``[3, 4, 5, 9]``) as half-open runs (``((3, 6), (9, 10))``)."""
    spans: list[tuple[int, int]] = []
    for offset in sorted(set(offsets)):
        if spans and spans[-1][1] == offset:
            spans[-1] = (spans[-1][0], offset + 1)
        else:
            spans.append((offset, offset + 1))
    return tuple(spans)


def find_spans(text: str, fragments: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Where each fragment occurs in ``text`` (case-insensitive), merged; unfound ones skipped."""
    folded = text.lower()
    offsets: set[int] = set()
    if len(folded) != len(text):  # lower() changed the length: offsets would drift
        return ()
    for fragment in fragments:
        needle = fragment.strip().lower()
        if not needle:
            continue
        for match in re.finditer(re.escape(needle), folded):
            offsets.update(range(match.start(), match.end()))
    return offsets_to_spans(offsets)


def guess_lang(text: str, allowed: tuple[str, ...] = (), default: str = "und") -> str:
    """ISO 639-1 code from the language identifier; ``default`` when unsure or not allowed."""
    from bastion.artifacts.language import detect_language

    lang, _ = detect_language(text[:500])
    if lang is None or (allowed and lang not in allowed):
        return default
    return lang

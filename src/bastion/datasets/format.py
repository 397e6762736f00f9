"""The one on-disk format for labeled data: JSONL, one :class:`Example` a line.

A line looks like::

    {"id": "sms-spam/17", "text": "...", "labels": {"scam": 0, "spam": 1},
     "slices": {"lang": "en", "source": "sms-spam", "split": "train"}}

Label semantics (the part that matters):

* a category **absent** from ``labels`` is *unknown*: the source says nothing
  about it. It is never a negative.
* ``0`` is an annotated negative, ``1`` an annotated positive, and a float in
  between a soft label (e.g. the share of annotators who said yes); metrics
  binarise soft labels at 0.5.
* keys are taxonomy keys (:mod:`bastion.taxonomy`), nothing else.

Optional fields: ``votes`` (per category, how many annotators said yes out of
how many), ``annotators`` (who labelled it), ``context`` (earlier messages of
the thread, parent last), ``spans`` (half-open ``[start, end)`` character
ranges into ``text`` that the source marks as the reason for its label).

A file is canonical when its lines are sorted by id and written by
:func:`dump_jsonl`; the sha256 of those bytes is the dataset version.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bastion.taxonomy import PARENTS, implied, is_category

__all__ = [
    "FORMAT_VERSION",
    "SPLITS",
    "DatasetError",
    "Example",
    "FormatError",
    "Votes",
    "content_hash",
    "dump_jsonl",
    "iter_jsonl",
    "read_jsonl",
    "write_jsonl",
]

FORMAT_VERSION = 1
SPLITS = ("train", "dev", "test")
_FIELDS = {"id", "text", "labels", "votes", "annotators", "slices", "context", "spans"}


class DatasetError(Exception):
    """Base of every error the datasets package reports to a user."""


class FormatError(DatasetError, ValueError):
    """An example (or a line of a file) that breaks the format."""


def _category(key: object, where: str) -> str:
    if not isinstance(key, str) or not is_category(key):
        hint = ""
        if isinstance(key, str):
            close = difflib.get_close_matches(key, PARENTS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise FormatError(f"unknown category {key!r} in {where}{hint}")
    return key


def _label_value(category: str, value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FormatError(f"label {category!r} must be 0, 1 or a float in [0, 1], got {value!r}")
    if math.isnan(value) or not 0 <= value <= 1:
        raise FormatError(f"label {category!r} must be in [0, 1], got {value!r}")
    return int(value) if float(value).is_integer() else float(value)


@dataclass(frozen=True)
class Votes:
    """How many annotators said yes (``positive``) out of how many (``total``)."""

    positive: int
    total: int

    def __post_init__(self) -> None:
        for name in ("positive", "total"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise FormatError(f"votes {name} must be an integer, got {value!r}")
        if not 0 <= self.positive <= self.total or self.total < 1:
            raise FormatError(f"votes need 0 <= positive <= total and total >= 1, got {self}")

    @property
    def share(self) -> float:
        return self.positive / self.total


@dataclass(frozen=True)
class Example:
    """One labeled text. Validated on construction; mappings are copied and sorted."""

    id: str
    text: str
    labels: Mapping[str, int | float] = field(default_factory=dict)
    slices: Mapping[str, str] = field(default_factory=dict)
    votes: Mapping[str, Votes] | None = None
    annotators: tuple[str, ...] | None = None
    context: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] | None = None
    """``None``: the source gives no spans; ``()``: it gives spans and none applies."""

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise FormatError(f"id must be a non-empty string, got {self.id!r}")
        if not isinstance(self.text, str) or not self.text.strip():
            raise FormatError(f"text of {self.id!r} must be a non-empty string")
        labels = {
            key: _label_value(key, self.labels[key])
            for key in sorted(_category(k, "labels") for k in self.labels)
        }
        for child, value in labels.items():
            for parent in implied(child) if value == 1 else ():
                if labels.get(parent) == 0:
                    relation = "parent" if parent == PARENTS[child] else "implied"
                    raise FormatError(f"{child!r} is 1 but its {relation} {parent!r} is 0")
        object.__setattr__(self, "labels", labels)
        for key, name in self.slices.items():
            if not isinstance(key, str) or not isinstance(name, str):
                raise FormatError(f"slice {key!r} must map a string to a string, got {name!r}")
        slices = dict(sorted(self.slices.items()))
        if "split" in slices and slices["split"] not in SPLITS:
            raise FormatError(f"split must be one of {', '.join(SPLITS)}, got {slices['split']!r}")
        object.__setattr__(self, "slices", slices)
        if self.votes is not None:
            votes = {k: self.votes[k] for k in sorted(_category(k, "votes") for k in self.votes)}
            if not all(isinstance(v, Votes) for v in votes.values()):
                raise FormatError("votes values must be Votes")
            object.__setattr__(self, "votes", votes)
        if self.annotators is not None:
            object.__setattr__(self, "annotators", _strings(self.annotators, "annotators"))
        object.__setattr__(self, "context", _strings(self.context, "context"))
        if self.spans is not None:
            object.__setattr__(self, "spans", self._checked_spans(self.spans))

    def _checked_spans(self, spans: Iterable[Any]) -> tuple[tuple[int, int], ...]:
        out: list[tuple[int, int]] = []
        for span in spans:
            if (
                not isinstance(span, list | tuple)
                or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
                or not 0 <= span[0] < span[1] <= len(self.text)
            ):
                raise FormatError(
                    f"span {span!r} must be [start, end) with 0 <= start < end <= "
                    f"{len(self.text)} (the text length)"
                )
            out.append((span[0], span[1]))
        return tuple(out)

    def __hash__(self) -> int:
        return hash(self.to_line())

    @property
    def split(self) -> str | None:
        return self.slices.get("split")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text, "labels": dict(self.labels)}
        if self.votes is not None:
            out["votes"] = {
                k: {"positive": v.positive, "total": v.total} for k, v in self.votes.items()
            }
        if self.annotators is not None:
            out["annotators"] = list(self.annotators)
        out["slices"] = dict(self.slices)
        if self.context:
            out["context"] = list(self.context)
        if self.spans is not None:
            out["spans"] = [list(span) for span in self.spans]
        return out

    @classmethod
    def from_json(cls, data: object) -> Example:
        if not isinstance(data, dict):
            raise FormatError(f"an example must be a JSON object, got {type(data).__name__}")
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            raise FormatError(f"unknown field(s) {', '.join(map(repr, unknown))}")
        for name in ("id", "text"):
            if name not in data:
                raise FormatError(f"missing field {name!r}")
        for name in ("labels", "slices", "votes"):
            if data.get(name) is not None and not isinstance(data[name], dict):
                raise FormatError(f"{name!r} must be an object")
        votes = None
        if data.get("votes") is not None:
            votes = {k: _votes(k, v) for k, v in data["votes"].items()}
        return cls(
            id=data["id"],
            text=data["text"],
            labels=data.get("labels") or {},
            slices=data.get("slices") or {},
            votes=votes,
            annotators=_list_or_none(data, "annotators"),
            context=_list_or_none(data, "context") or (),
            spans=_list_or_none(data, "spans"),
        )

    def to_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))


def _strings(values: Iterable[Any], name: str) -> tuple[str, ...]:
    out = tuple(values)
    if not all(isinstance(v, str) for v in out):
        raise FormatError(f"{name} must be a list of strings")
    return out


def _list_or_none(data: dict[str, Any], name: str) -> tuple[Any, ...] | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, list):
        raise FormatError(f"{name!r} must be a list")
    return tuple(value)


def _votes(category: str, value: object) -> Votes:
    if not isinstance(value, dict) or set(value) != {"positive", "total"}:
        raise FormatError(f"votes for {category!r} must be {{'positive': int, 'total': int}}")
    return Votes(positive=value["positive"], total=value["total"])


def dump_jsonl(examples: Iterable[Example]) -> bytes:
    """The canonical bytes: one line per example, sorted by id, ids unique."""
    ordered = sorted(examples, key=lambda e: e.id)
    for before, after in itertools.pairwise(ordered):
        if before.id == after.id:
            raise FormatError(f"duplicate id {after.id!r}")
    return "".join(f"{e.to_line()}\n" for e in ordered).encode("utf-8")


def content_hash(examples: Iterable[Example]) -> str:
    """sha256 (hex) of the canonical JSONL: the dataset's content version."""
    return hashlib.sha256(dump_jsonl(examples)).hexdigest()


def write_jsonl(path: Path, examples: Iterable[Example]) -> str:
    """Write the canonical file and return its sha256."""
    data = dump_jsonl(examples)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def iter_jsonl(path: Path) -> Iterator[Example]:
    """Read examples lazily; errors name the file and line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield Example.from_json(json.loads(line))
            except json.JSONDecodeError as exc:
                raise FormatError(f"{path}:{number}: not JSON: {exc.msg}") from None
            except FormatError as exc:
                raise FormatError(f"{path}:{number}: {exc}") from None


def read_jsonl(path: Path) -> list[Example]:
    return list(iter_jsonl(path))

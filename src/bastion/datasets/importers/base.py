"""What an importer declares, and the helpers every importer shares to build examples."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bastion.datasets.format import DatasetError, Example, Votes
from bastion.taxonomy import ancestors

Use = Literal["train", "eval"]


class SourceError(DatasetError):
    """A source folder or file that is missing or does not parse."""


@dataclass(frozen=True)
class Importer:
    """One public source set: where it may be used and how its labels map to taxonomy keys."""

    name: str
    """The folder name under the shared data directory; also ``slices.source``."""
    licence: str
    use: Use
    """``train``: may train shipped models; ``eval``: may only measure them."""
    languages: tuple[str, ...]
    label_mapping: str
    """Exactly how source labels become taxonomy labels, and what stays unknown."""
    load: Callable[[Path], Iterator[Example]]
    """Reads the set's own folder and yields examples with ``slices.split`` set."""
    caveats: str = ""


def hash_split(key: str) -> str:
    """A deterministic 80/10/10 train/dev/test split of ``key``.

    Importers key it on the normalised text (:func:`text_key`) unless rows must
    stay together (e.g. one user's posts), so the same text lands in the same
    split in every set that holds it, and duplicates never straddle splits.
    """
    bucket = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % 100
    return "train" if bucket < 80 else "dev" if bucket < 90 else "test"


def text_key(text: str) -> str:
    return " ".join(text.casefold().split())


def digest_id(text: str) -> str:
    """A stable id for a row that has none: 16 hex digits of the text's sha256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def with_parents(labels: Mapping[str, int | float]) -> dict[str, int | float]:
    """Add parent=1 for each positive child whose parent the mapping left unset."""
    out = dict(labels)
    for category, value in labels.items():
        if value == 1:
            for parent in ancestors(category):
                out.setdefault(parent, 1)
    return out


def negatives(*categories: str) -> dict[str, int | float]:
    return dict.fromkeys(categories, 0)


BENIGN: tuple[str, ...] = (
    "hate",
    "harassment",
    "sexual",
    "violence",
    "self-harm",
    "illicit",
    "extremism",
    "spam",
    "scam",
    "privacy",
    "profanity",
    "prompt-attack",
)
"""The top-level text categories, all 0 for a text its set guarantees to be benign.

Only for such texts (e.g. a contrast prompt written to be harmless): an example whose known
labels are all 0 trains as clean for every category, children included.
"""


def make(
    source: str,
    native_id: str | int,
    text: str,
    labels: Mapping[str, int | float],
    *,
    split: str | None = None,
    lang: str | None = None,
    surface: str = "comment",
    votes: Mapping[str, Votes] | None = None,
    annotators: tuple[str, ...] | None = None,
    context: tuple[str, ...] = (),
    spans: tuple[tuple[int, int], ...] | None = None,
    **extra: str,
) -> Example:
    """An example with the standard slices; ``split`` defaults to :func:`hash_split` of the text."""
    slices = {
        "source": source,
        "split": split or hash_split(text_key(text)),
        "lang": lang or "und",
        "surface": surface,
        **{k: v for k, v in extra.items() if v},
    }
    return Example(
        id=f"{source}/{native_id}",
        text=text,
        labels=with_parents(labels),
        slices=slices,
        votes=votes,
        annotators=annotators,
        context=context,
        spans=spans,
    )

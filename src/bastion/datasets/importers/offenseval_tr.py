"""OffensEval 2020 Turkish (Çöltekin 2020): offensive / not tweets, sub-task A."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import need, read_rows

NAME = "offenseval-tr"
MAPPING = """\
  OFF -> harassment=1
  NOT -> harassment=0, hate=0, profanity=0
OFF is broad (insults, threats, untargeted profanity, group-directed offence) and the set
has no targeted/untargeted sub-label, so harassment=1 is noisy: in English OLID about 12%
of OFF posts are untargeted profanity. hate and profanity stay unknown on OFF.
Official training -> train, test (joined with labela on id) -> test.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "OFF": {"harassment": 1},
    "NOT": {"harassment": 0, "hate": 0, "profanity": 0},
}


def _tsv(path: Path, width: int) -> Iterator[list[str]]:
    return read_rows(path, delimiter="\t", quoting=csv.QUOTE_NONE, width=width)


def load(root: Path) -> Iterator[Example]:
    train, test, gold = need(
        root,
        "offenseval-tr-training-v1.tsv",
        "offenseval-tr-testset-v1.tsv",
        "offenseval-tr-labela-v1.tsv",
    )
    for native_id, text, label in _tsv(train, 3):
        yield make(NAME, native_id, text, _LABELS[label], split="train", lang="tr")
    labels = {native_id: label for native_id, label in read_rows(gold, width=2)}
    for native_id, text in _tsv(test, 2):
        if native_id not in labels:
            raise SourceError(f"{gold}: no label for test id {native_id}")
        yield make(NAME, native_id, text, _LABELS[labels[native_id]], split="test", lang="tr")


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY (annotations)",
    use="train",
    languages=("tr",),
    label_mapping=MAPPING,
    load=load,
    caveats="Third-party mirror; the licence covers the annotations, the text is Twitter content.",
)

"""GermEval 2018: offensive German tweets, coarse (OFFENSE/OTHER) and fine labels."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_rows

NAME = "germeval2018"
MAPPING = """\
task2 (fine) label:
  ABUSE     -> harassment=1 (abusive language towards a group or a person's identity;
               hate unknown: the guidelines do not separate hate from abuse)
  INSULT    -> harassment=1 (hate unknown)
  PROFANITY -> profanity=1, harassment=0, hate=0 (swearing that insults nobody)
  OTHER     -> harassment=0, profanity=0, hate=0
profanity stays unknown on ABUSE/INSULT. slices.fine_label keeps the source label.
Official training -> train, test -> test. @-handles are kept as in the source.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "ABUSE": {"harassment": 1},
    "INSULT": {"harassment": 1},
    "PROFANITY": {"profanity": 1, "harassment": 0, "hate": 0},
    "OTHER": {"harassment": 0, "profanity": 0, "hate": 0},
}


def load(root: Path) -> Iterator[Example]:
    for split, name in (("train", "germeval2018.training.txt"), ("test", "germeval2018.test.txt")):
        (path,) = need(root, name)
        rows = read_rows(path, delimiter="\t", quoting=csv.QUOTE_NONE, width=3)
        for number, (text, _coarse, fine) in enumerate(rows, start=1):
            yield make(
                NAME,
                f"{split}-{number}",
                text,
                _LABELS[fine],
                split=split,
                lang="de",
                fine_label=fine,
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("de",),
    label_mapping=MAPPING,
    load=load,
)

"""OSACT4 2020 (Arabic offensive + hate tweets) and L-HSAB (Levantine hate/abusive tweets)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts, read_rows

NAME = "arabic-osact4-lhsab"
MAPPING = """\
OSACT4 (offensive, hate):
  HS (hate speech; always also OFF) -> hate=1 (harassment and profanity unknown)
  OFF, NOT_HS -> harassment=1, hate=0 (OFF is broad, as in OffensEval: noisy, profanity unknown)
  NOT_OFF     -> harassment=0, hate=0, profanity=0
  Official train -> train, dev -> dev (the test set is not in the source). <LF> -> newline.
L-HSAB (Class):
  hate    -> hate=1
  abusive -> harassment=1, hate=0 (abusive language; profanity unknown)
  normal  -> harassment=0, hate=0, profanity=0
  No official split: hash split on the text. slices.subset = osact4 / lhsab.
"""
_LHSAB: dict[str, dict[str, int | float]] = {
    "hate": {"hate": 1},
    "abusive": {"harassment": 1, "hate": 0},
    "normal": {"harassment": 0, "hate": 0, "profanity": 0},
}


def _osact(offensive: str, hate: str) -> dict[str, int | float]:
    if hate == "HS":
        return {"hate": 1}
    if offensive == "OFF":
        return {"harassment": 1, "hate": 0}
    return {"harassment": 0, "hate": 0, "profanity": 0}


def load(root: Path) -> Iterator[Example]:
    for split in ("train", "dev"):
        (path,) = need(root, f"OSACT2020-sharedTask-{split}.txt")
        rows = read_rows(path, delimiter="\t", quoting=csv.QUOTE_NONE, width=3)
        for number, (text, offensive, hate) in enumerate(rows, start=1):
            yield make(
                NAME,
                f"osact4-{split}-{number}",
                text.replace("<LF>", "\n"),
                _osact(offensive, hate),
                split=split,
                lang="ar",
                subset="osact4",
            )
    (path,) = need(root, "L-HSAB.tsv")
    for number, row in enumerate(read_dicts(path, delimiter="\t"), start=1):
        yield make(
            NAME,
            f"lhsab-{number}",
            row["Tweet"],
            _LHSAB[row["Class"].strip()],
            lang="ar",
            subset="lhsab",
        )


IMPORTER = Importer(
    name=NAME,
    licence="none stated",
    use="eval",
    languages=("ar",),
    label_mapping=MAPPING,
    load=load,
    caveats="Licence unclear for both sets: research use only. Third-party mirror.",
)

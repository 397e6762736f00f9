"""TRAC-1 (COLING 2018): Facebook comments, overtly / covertly / not aggressive (en, hi)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_rows

NAME = "trac1-aggression"
MAPPING = """\
  OAG overtly aggressive  -> harassment=1 (slices.aggression = overt)
  CAG covertly aggressive -> harassment=1 (slices.aggression = covert: sarcasm, veiled attacks)
  NAG not aggressive      -> harassment=0
Aggression is not hate: hate, profanity and threats stay unknown even though OAG includes
threats and group-directed aggression (noise for harassment, which is about a person).
Hindi files are mostly romanised Hindi-English code-mixing (lang "hi").
Rows with empty text are left out. Official train and dev splits; the official test
sets are not in the source.
"""
_LABELS = {"OAG": ("overt", 1), "CAG": ("covert", 1), "NAG": ("none", 0)}


def load(root: Path) -> Iterator[Example]:
    for lang in ("en", "hi"):
        for split in ("train", "dev"):
            (path,) = need(root, f"agr_{lang}_{split}.csv")
            for native_id, text, label in read_rows(path, width=3):
                if not text.strip():
                    continue
                aggression, value = _LABELS[label.strip()]
                yield make(
                    NAME,
                    native_id,
                    text,
                    {"harassment": value},
                    split=split,
                    lang=lang,
                    aggression=aggression,
                )


IMPORTER = Importer(
    name=NAME,
    licence="Apache-2.0",
    use="train",
    languages=("en", "hi"),
    label_mapping=MAPPING,
    load=load,
)

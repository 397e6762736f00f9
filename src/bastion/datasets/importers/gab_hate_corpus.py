"""Gab Hate Corpus (Kennedy et al. 2022): Gab posts, majority-vote hate-based rhetoric labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "gab-hate-corpus"
MAPPING = """\
Every post has all three majority-vote binary labels, so 0s are real negatives:
  hd (assault on human dignity) -> hate
  cv (call for violence)        -> violence; hate/threatening=1 when hd=1 and cv=1,
                                   hate/threatening=0 when cv=0
  vo (vulgarity / offensive language, no hate): 0 -> profanity=0; 1 -> profanity unknown,
      slices.vulgar_offensive = 1 (the class joins vulgarity with offensive language that
      has none: "another libtard that expects to see mayhem", "Theresa May is a traitor";
      in a sample about 4 in 10 vo posts use no crude word; such rows with hd=cv=0 are
      marked slices.negatives_partial = 1)
Changed 2026-12 (taxonomy review): vo=1 was profanity=1.
Everything else unknown. Official GHC_train -> train, GHC_test -> test.
"""


def _labels(row: dict[str, str]) -> dict[str, int | float]:
    hd, cv, vo = int(row["hd"]), int(row["cv"]), int(row["vo"])
    labels: dict[str, int | float] = {"hate": hd, "violence": cv}
    if not vo:
        labels["profanity"] = 0
    if not cv or hd:
        labels["hate/threatening"] = cv
    return labels


def load(root: Path) -> Iterator[Example]:
    for split, name in (("train", "GHC_train.tsv"), ("test", "GHC_test.tsv")):
        (path,) = need(root, name)
        for number, row in enumerate(read_dicts(path, delimiter="\t"), start=1):
            if not row["text"].strip():
                continue
            vulgar = row["vo"] == "1"
            yield make(
                NAME,
                f"{split}-{number}",
                row["text"],
                _labels(row),
                split=split,
                lang="en",
                vulgar_offensive="1" if vulgar else "",
                negatives_partial="1" if vulgar and row["hd"] == row["cv"] == "0" else "",
            )


IMPORTER = Importer(
    name=NAME,
    licence="unconfirmed",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Licence unverified (OSF osf.io/edua3): internal research use only. Extreme content.",
)

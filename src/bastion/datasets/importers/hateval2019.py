"""HatEval 2019 (SemEval-2019 Task 5): hate against immigrants and women on Twitter (en, es)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "hateval2019"
MAPPING = """\
  HS=1 -> hate=1;  HS=0 -> hate=0 (hate against groups other than women and immigrants
          was not annotated: hate=0 is noisy there)
  HS=1 and TR=1 (aimed at an individual) -> harassment=1; HS=1 and TR=0 -> unknown
  AG (aggressive) -> slices.aggressive = yes/no on hateful rows (no taxonomy key)
HS=0 rows are marked slices.negatives_partial = 1 (they may still insult or swear; added
2026-12). TR and AG are only meaningful when HS=1. Everything else unknown.
Official splits: train, dev, test (the original gold labels; Sentropy's relabelled English
test is not used). Spanish test = test text joined with its gold labels.
"""
_FILES = (
    ("en", "train", "hateval2019_en_train.csv"),
    ("en", "dev", "hateval2019_en_dev.csv"),
    ("en", "test", "hateval2019_en_test.csv"),
    ("es", "train", "hateval2019_es_train.tsv"),
    ("es", "dev", "hateval2019_es_dev.tsv"),
    ("es", "test", "hateval2019_es_test_joined.csv"),
)


def _labels(row: dict[str, str]) -> dict[str, int | float]:
    labels: dict[str, int | float] = {"hate": int(row["HS"])}
    if labels["hate"] and int(row["TR"]):
        labels["harassment"] = 1
    return labels


def load(root: Path) -> Iterator[Example]:
    for lang, split, name in _FILES:
        (path,) = need(root, name)
        if name.endswith(".tsv"):
            rows = read_dicts(path, delimiter="\t", quoting=csv.QUOTE_NONE)
        else:
            rows = read_dicts(path)
        for row in rows:
            hateful = row["HS"] == "1"
            yield make(
                NAME,
                f"{lang}-{row['id']}",
                row["text"],
                _labels(row),
                split=split,
                lang=lang,
                aggressive=("yes" if row["AG"] == "1" else "no") if hateful else "",
                negatives_partial="" if hateful else "1",
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-NC-4.0",
    use="eval",
    languages=("en", "es"),
    label_mapping=MAPPING,
    load=load,
    caveats="Non-commercial. The official English test is out of line with train (see Sentropy).",
)

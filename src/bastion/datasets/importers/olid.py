"""OLID v1.0 (OffensEval 2019): offensive tweets, whether targeted, and at whom."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts, read_rows

NAME = "olid"
MAPPING = """\
  NOT                     -> harassment=0, hate=0, profanity=0
  OFF + TIN (targeted insult or threat) -> harassment=1 (profanity, hate unknown)
  OFF + UNT (untargeted: swearing)      -> profanity=1, harassment=0 (hate unknown)
  OFF without a level-b label           -> nothing known: left out (none in practice)
subtask_c (IND individual / GRP group / OTH other) -> slices.target. TIN+GRP posts may be
hate, which stays unknown. Official train (13,240) and test (860; labels joined on id).
"""
_TARGETS = {"IND": "individual", "GRP": "group", "OTH": "other"}


def _labels(a: str, b: str) -> dict[str, int | float]:
    if a == "NOT":
        return {"harassment": 0, "hate": 0, "profanity": 0}
    if b == "TIN":
        return {"harassment": 1}
    if b == "UNT":
        return {"profanity": 1, "harassment": 0}
    return {}


def _gold(path: Path) -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows(path) if row[0] != "id"}


def _examples(rows: Iterator[tuple[str, str, str, str, str]], split: str) -> Iterator[Example]:
    for native_id, text, a, b, c in rows:
        labels = _labels(a, b)
        if labels:
            yield make(
                NAME, native_id, text, labels, split=split, lang="en", target=_TARGETS.get(c, "")
            )


def load(root: Path) -> Iterator[Example]:
    train, test, gold_a, gold_b, gold_c = need(
        root,
        "olid-training-v1.0.tsv",
        "testset-levela.tsv",
        "labels-levela.csv",
        "labels-levelb.csv",
        "labels-levelc.csv",
    )
    rows = read_dicts(train, delimiter="\t", quoting=csv.QUOTE_NONE)
    yield from _examples(
        ((r["id"], r["tweet"], r["subtask_a"], r["subtask_b"], r["subtask_c"]) for r in rows),
        "train",
    )
    a, b, c = _gold(gold_a), _gold(gold_b), _gold(gold_c)
    tests = read_dicts(test, delimiter="\t", quoting=csv.QUOTE_NONE)
    yield from _examples(
        ((r["id"], r["tweet"], a[r["id"]], b.get(r["id"], ""), c.get(r["id"], "")) for r in tests),
        "test",
    )


IMPORTER = Importer(
    name=NAME,
    licence="none stated",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Licence unclear: research use only, do not redistribute. Third-party mirror.",
)

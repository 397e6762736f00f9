"""GermEval 2025/2026 harmful content: violence-related German posts (VIO)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "germeval2025-violence"
MAPPING = """\
The 2026 train file (fine classes) is the base; 2025 train rows whose id it lacks are
added (the two agree wherever both have an id):
  2026 vio: call2violence, prospensity, support, glorification, other -> violence=1
            nothing -> violence=0 (slices.violence_type keeps the class)
  2025 VIO: TRUE -> violence=1, FALSE -> violence=0
  violence=0 rows are marked slices.negatives_partial = 1 (tweets that may still insult or
  swear; added 2026-12)
Everything else unknown; C2A (call to risky action) maps to no taxonomy key and is not
used. The labelled test sets are not public, so no official split: hash split on the text.
Do not evaluate on the GermEval 2025 test while training on this: 75% of it is here.
"""


def load(root: Path) -> Iterator[Example]:
    v26, v25 = need(root, "vio_train_26.csv", "vio_train.csv")
    seen: set[str] = set()
    for row in read_dicts(v26, delimiter=";"):
        kind = row["vio"].strip()
        seen.add(row["id"])
        yield make(
            NAME,
            row["id"],
            row["description"],
            {"violence": int(kind != "nothing")},
            lang="de",
            violence_type=kind,
            edition="2026",
            negatives_partial="1" if kind == "nothing" else "",
        )
    for row in read_dicts(v25, delimiter=";"):
        if row["id"] in seen:
            continue
        violent = row["VIO"].strip().upper() == "TRUE"
        yield make(
            NAME,
            row["id"],
            row["description"],
            {"violence": int(violent)},
            lang="de",
            edition="2025",
            negatives_partial="" if violent else "1",
        )


IMPORTER = Importer(
    name=NAME,
    licence="GPL-3.0",
    use="eval",
    languages=("de",),
    label_mapping=MAPPING,
    load=load,
    caveats="Copyleft (GPL-3.0) data: legal review before training. Right-wing extremist posts.",
)

"""ETHOS (Mollas et al. 2022): YouTube/Reddit comments with annotator shares for hate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "ethos"
MAPPING = """\
Binary file: isHate (share of annotators, 0..1) -> hate = that share as a SOFT label
(>= 0.5 means hate, as in the paper).
Multi-label file (the 433 hateful comments, joined on the text):
  violence share -> hate/threatening = that share (soft)
  gender, race, national_origin, disability, religion, sexual_orientation >= 0.5
      -> slices.target_group (comma-joined)
  directed_vs_generalized >= 0.5 -> slices.directed = yes, else no
Everything else unknown. No official split: hash split on the text.
"""
_GROUPS = ("gender", "race", "national_origin", "disability", "religion", "sexual_orientation")


def load(root: Path) -> Iterator[Example]:
    binary, multi = need(root, "Ethos_Dataset_Binary.csv", "Ethos_Dataset_Multi_Label.csv")
    details = {row["comment"].strip(): row for row in read_dicts(multi, delimiter=";")}
    for number, row in enumerate(read_dicts(binary, delimiter=";"), start=1):
        text = row["comment"].strip()
        labels: dict[str, int | float] = {"hate": float(row["isHate"])}
        target_group = directed = ""
        detail = details.get(text)
        if detail is not None:
            labels["hate/threatening"] = float(detail["violence"])
            target_group = ",".join(g for g in _GROUPS if float(detail[g]) >= 0.5)
            directed = "yes" if float(detail["directed_vs_generalized"]) >= 0.5 else "no"
        yield make(
            NAME, number, text, labels, lang="en", target_group=target_group, directed=directed
        )


IMPORTER = Importer(
    name=NAME,
    licence="GPL-3.0",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="GPL-3.0 on data: derived works stay GPL; check with counsel before training.",
)

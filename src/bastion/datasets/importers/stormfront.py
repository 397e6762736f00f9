"""de Gibert et al. 2018: sentences from the Stormfront white-supremacist forum, hate / no hate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "stormfront"
MAPPING = """\
  hate   -> hate=1
  noHate -> hate=0, slices.negatives_partial = 1 (white-supremacist forum sentences that
            are not hate may still insult or threaten; added 2026-12)
  relation (hateful only together with neighbouring sentences), idk/skip -> left out
Everything else unknown (extremism is not annotated even though the forum is extremist).
user_id and subforum ids are dropped. Splits: the authors' balanced sample keeps its
train/test; the rest of the sentences (not in the sample) go to train.
"""
_LABELS = {"hate": 1, "noHate": 0}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "stormfront_sentences.csv")
    for row in read_dicts(path):
        if row["label"] not in _LABELS or not row["text"].strip():
            continue
        yield make(
            NAME,
            row["file_id"],
            row["text"],
            {"hate": _LABELS[row["label"]]},
            split=row["split"] or "train",
            lang="en",
            sample="balanced" if row["split"] else "",
            negatives_partial="1" if row["label"] == "noHate" else "",
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-SA-3.0",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Share-alike: derivatives of the data must carry the same licence.",
)

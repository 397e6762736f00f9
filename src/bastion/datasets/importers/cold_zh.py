"""COLD (EMNLP 2022): Chinese offensive language about race, gender and region."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make, negatives, text_key
from bastion.datasets.importers.readers import need, read_dicts

NAME = "cold-zh"
MAPPING = """\
test.csv has the fine-grained label:
  0 safe (other non-offensive) -> hate=0, harassment=0, profanity=0
  3 safe (anti-bias: opposes or discusses bias, counter-speech) -> same zeros
  1 attack individual -> harassment=1 (hate unknown: the insult may be gendered or racial)
  2 attack group, topic race or gender -> hate=1
  2 attack group, topic region -> harassment=1 (regional origin is not one of the protected
      attributes; hate unknown)
train.csv / dev.csv have only 0 safe / 1 offensive, mapped with the topic:
  0 -> hate=0, harassment=0, profanity=0
  1, topic race or gender -> hate=1. Noisy: on the test set 94% (race) and 78% (gender) of
      offensive rows attack the group; the rest attack one person, often with a gendered or
      racial insult.
  1, topic region -> harassment=1 (group or person, neither is a protected attribute)
COLD's "offensive" covers rudeness, insults and profanity, so "safe" is clean for all three.
Everything else unknown. slices.topic; slices.fine_label on test rows.
Ids are <file>-<row number> (the unnamed index column repeats within a file).
Official files: train / dev / test (dev.csv's own split column is ignored, as the README
says). 154 texts occur more than once: one example per distinct text, the copy in the
later file (test, then dev) winning, so no test text is also a training example; the 25
texts whose copies map to different labels are left out.
"""
_FINE = {"0": "safe", "1": "attack individual", "2": "attack group", "3": "anti-bias"}
_CLEAN = negatives("hate", "harassment", "profanity")


def _labels(topic: str, label: str, fine: str | None) -> dict[str, int | float]:
    if label == "0":
        return _CLEAN
    if fine == "1" or topic == "region":
        return {"harassment": 1}
    return {"hate": 1}


def load(root: Path) -> Iterator[Example]:
    chosen: dict[str, tuple[str, int, dict[str, str], dict[str, int | float]]] = {}
    conflicting: set[str] = set()
    for split in ("train", "dev", "test"):
        (path,) = need(root, f"{split}.csv")
        for number, row in enumerate(read_dicts(path, encoding="utf-8-sig"), start=1):
            fine = row.get("fine-grained-label")
            labels = _labels(row["topic"], row["label"], fine)
            key = text_key(row["TEXT"])
            if key in chosen and chosen[key][3] != labels:
                conflicting.add(key)
            chosen[key] = (split, number, row, labels)
    for key, (split, number, row, labels) in chosen.items():
        if key in conflicting or not key:
            continue
        fine = row.get("fine-grained-label")
        yield make(
            NAME,
            f"{split}-{number}",
            row["TEXT"],
            labels,
            split=split,
            lang="zh",
            topic=row["topic"],
            fine_label=_FINE[fine] if fine else "",
        )


IMPORTER = Importer(
    name=NAME,
    licence="Apache-2.0",
    use="train",
    languages=("zh",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Train/dev offensive rows carry no target type: hate vs harassment is inferred from "
        "the topic (see the mapping). Keep the LICENSE with redistributed copies."
    ),
)

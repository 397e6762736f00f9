"""Counterspeech (NAACL 2024): DynaCounter replies to hateful statements, PLF replies to abuse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, hash_split, make, text_key
from bastion.datasets.importers.readers import need, read_dicts

NAME = "counterspeech-dynacounter-plf"
MAPPING = """\
EVAL ONLY. The label is about the REPLY; the text it answers is its context (not labelled,
never an example).
  counterspeech -> hate=0 (counter-speech is not hate), slices.negatives_partial = 1:
      replies can still be abusive ("Have a day off you plastic cunt" is counterspeech), so
      harassment and profanity stay unknown.
  not_counterspeech, other -> nothing known about any category: left out.
slices.counterspeech = 1 on every example; slices.subset = dynacounter / plf.
DynaCounter (replies written by annotators to short hateful statements): slices.round,
  target_group, tricked (the reply fooled the model); hash split on the hateful statement,
  so all replies to one statement share a split.
PLF (real replies to abusive tweets at Premier League footballers; names masked):
  official train / val -> dev / test files.
"""
_SPLITS = {"train": "train", "val": "dev", "test": "test"}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "DynaCounter.csv")
    for row in read_dicts(path):
        if row["gold_label"] != "counterspeech" or not row["response"].strip():
            continue
        yield make(
            NAME,
            row["id"],
            row["response"],
            {"hate": 0},
            split=hash_split(text_key(row["context"])),
            lang="en",
            context=(row["context"],),
            subset="dynacounter",
            counterspeech="1",
            round=row["round"],
            target_group=row["target_group"],
            tricked=row["is_example_tricked"].lower(),
            negatives_partial="1",
        )
    for part, split in _SPLITS.items():
        (path,) = need(root, f"plf_{part}_labelled.csv")
        for number, row in enumerate(read_dicts(path), start=1):
            if row["label"] != "counterspeech" or not row["counter_speech"].strip():
                continue
            yield make(
                NAME,
                f"plf-{part}-{number}",
                row["counter_speech"],
                {"hate": 0},
                split=split,
                lang="en",
                context=(row["abusive_speech"],),
                subset="plf",
                counterspeech="1",
                negatives_partial="1",
            )


IMPORTER = Importer(
    name=NAME,
    licence="none stated",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="No licence. Counter-speech is not the same as non-toxic (see the mapping).",
)

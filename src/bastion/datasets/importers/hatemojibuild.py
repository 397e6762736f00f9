"""HatemojiBuild: adversarial emoji-based hate / not-hate texts in original/perturbation pairs."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "hatemojibuild"
MAPPING = """\
label_gold (majority of 3 annotators):
  1, type threateninglanguage -> hate=1, hate/threatening=1
  1, other types (derogation, animosity, dehumanizinglanguage) -> hate=1, hate/threatening=0
  0 -> hate=0 ONLY, slices.negatives_partial = 1: perturbations keep the sentence and swap
       the target or emoji, so a non-hateful row can still threaten or insult a
       non-protected target ("I would love to [knife] some [fox]").
Unknown: violence, harassment and everything else.
Pair / adversarial information in slices: set (original / perturbation), round (5a..7b),
pair (the lower entry id of the pair, shared by both texts), type, target (group codes,
comma-joined). HatemojiCheck (a functional test suite) is not in the source and not used.
Official train / validation -> dev / test splits (random by row: 1,964 rows have their
pair in another split; regroup by slices.pair when that matters).
"""
_SPLITS = {"train": "train", "dev": "dev", "validation": "dev", "test": "test"}


def _targets(cell: str) -> str:
    try:
        names = ast.literal_eval(cell)
    except (ValueError, SyntaxError):
        raise SourceError(f"target {cell!r} is not a Python list") from None
    return ",".join(sorted(str(n) for n in names if n != "none"))


def load(root: Path) -> Iterator[Example]:
    for part in ("train", "validation", "test"):
        (path,) = need(root, f"{part}.csv")
        for row in read_dicts(path):
            hateful = row["label_gold"] == "1"
            labels: dict[str, int | float] = {"hate": int(hateful)}
            if hateful:
                labels["hate/threatening"] = int(row["type"] == "threateninglanguage")
            pair = min(int(row["entry_id"]), int(row["matched_id"]))
            yield make(
                NAME,
                row["entry_id"],
                row["text"],
                labels,
                split=_SPLITS[row["split"]],
                lang="en",
                set=row["set"],
                round=row["round.set"],
                pair=str(pair),
                type=row["type"] if hateful else "",
                target=_targets(row["target"]),
                negatives_partial="" if hateful else "1",
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Adversarial, annotator-written text (Dynabench rounds 5-7), not organic posts; "
        "threatening language is small (203 rows)."
    ),
)

"""HateXplain (AAAI 2021) rebuilt from two third-party copies: Twitter and Gab posts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "hatexplain-reconstructed"
MAPPING = """\
label = majority of the 3 annotators (rows with a post_id) or their unanimous label (rows
rebuilt from the copy without ids, label_basis inferred_unanimous):
  hatespeech -> hate=1
  offensive  -> hate=0 ONLY, slices.negatives_partial = 1 (insulting or vulgar but not
                hate: harassment and profanity stay unknown)
  normal     -> hate=0, harassment=0, profanity=0 (neither hateful nor offensive; includes
                reclaimed in-group use of slurs, which is not harmful)
  undecided (3 different labels, 919 rows) -> left out
votes.hate = hatespeech votes out of 3 where the annotator labels are known.
slices.target = target communities (comma-joined, "None" dropped); slices.platform and
slices.label_basis. Everything else unknown; rationales are not in the source.
Splits: the official post_id_divisions (train / val -> dev / test) for rows with a
post_id; the 9,824 rows without one get the hash split on the text.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "hatespeech": {"hate": 1},
    "offensive": {"hate": 0},
    "normal": {"hate": 0, "harassment": 0, "profanity": 0},
}
_SPLITS = {"train": "train", "val": "dev", "test": "test"}


def _targets(cell: str) -> str:
    names = {t.strip() for t in cell.split(",")} - {"", "None"}
    return ",".join(sorted(names))


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "hatexplain_reconstructed.csv")
    for number, row in enumerate(read_dicts(path), start=1):
        label = row["label"]
        if label not in _LABELS:
            continue
        votes = None
        if row["annotator_labels"]:
            choices = row["annotator_labels"].split("/")
            votes = {"hate": Votes(choices.count("hatespeech"), len(choices))}
        yield make(
            NAME,
            row["post_id"] or f"row-{number}",
            row["text"],
            _LABELS[label],
            split=_SPLITS.get(row["official_split"]),
            lang="en",
            votes=votes,
            target=_targets(row["targets"]),
            platform=row["platform"],
            label_basis=row["label_basis"],
            negatives_partial="1" if label == "offensive" else "",
        )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Third-party reconstruction, not the official dataset.json: 21 decided posts "
        "missing, no rationales, all text lower-cased; re-verify against the official file "
        "when it can be fetched. Five texts occur with conflicting labels."
    ),
)

"""GAHD (NAACL 2024): German adversarial hate speech, with contrastive and news negatives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "gahd-de"
MAPPING = """\
  label 1 -> hate=1
  label 0 -> hate=0; for source dynabench and contrastive, slices.negatives_partial = 1
             (adversarial negatives may still insult or swear at non-protected targets);
             news sentences (Leipzig corpus) are reporting, clean in every category.
Unknown: harassment, profanity, violence and everything else.
votes.hate = the annotators' labels (annotator_labels, "/"-separated).
LEFT OUT for licence reasons: the 3,996 source=translation rows (German translations of
Vidgen et al. 2021, whose repository states no licence, so the right to train on
derivatives is unclear) and the 699 contrastive rows written as minimal edits of those
translations (derivatives of the same text). Rows with an empty text are left out.
slices.gahd_source, slices.round, slices.pair (the contrastive counterpart's id).
Official train / dev / test splits.
"""


def _votes(cell: str) -> dict[str, Votes] | None:
    choices = [c for c in cell.split("/") if c in ("0", "1")]
    if not choices:
        return None
    return {"hate": Votes(choices.count("1"), len(choices))}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "gahd_disaggregated.csv")
    rows = list(read_dicts(path))
    source = {row["gahd_id"]: row["source"] for row in rows}
    for row in rows:
        counterpart = row["contrastive_gahd_id"]
        if row["source"] == "translation" or source.get(counterpart) == "translation":
            continue
        if not row["text"].strip():
            continue
        hateful = row["label"] == "1"
        partial = not hateful and row["source"] != "news"
        yield make(
            NAME,
            row["gahd_id"],
            row["text"],
            {"hate": int(hateful)},
            split=row["split"],
            lang="de",
            votes=_votes(row["annotator_labels"]),
            gahd_source=row["source"],
            round=row["round"],
            pair=counterpart,
            negatives_partial="1" if partial else "",
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0 (translated rows excluded: their origin states no licence)",
    use="train",
    languages=("de",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Adversarial data (about 42% hate), not natural German social media. Not checked "
        "against held-out multilingual benchmarks; decontaminate before evaluating on them."
    ),
)

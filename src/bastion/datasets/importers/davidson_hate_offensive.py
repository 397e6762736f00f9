"""Davidson et al. 2017: tweets voted hate speech / offensive language / neither."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "davidson-hate-offensive"
MAPPING = """\
class (CrowdFlower majority of >= 3 coders):
  0 hate speech        -> hate=1 (harassment and profanity unknown)
  1 offensive language -> profanity=1 (nearly every tweet uses crude language: "bitch",
                          "hoe", "pussy", swearing; aimed or not, that is profanity).
                          hate and harassment unknown.
  2 neither            -> hate=0, profanity=0, harassment=0
votes.hate = hate_speech votes out of all votes.
Unknown: every other category. No official split: hash split on the text.
Changed 2026-12 (taxonomy review against docs/taxonomy.md): "offensive language" was also
hate=0, with votes.profanity = the offensive votes. The coders filed misogynistic slurs
and generalisations about women ("these hoes ain't loyal") under "offensive", which the
taxonomy counts as hate (sexism, slurs at a group), so "offensive" no longer says hate=0;
and an offensive vote is not a vote about vulgarity, so votes.profanity is dropped.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "0": {"hate": 1},
    "1": {"profanity": 1},
    "2": {"hate": 0, "profanity": 0, "harassment": 0},
}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "labeled_data.csv")
    for row in read_dicts(path):
        hate = int(row["hate_speech"])
        total = hate + int(row["offensive_language"]) + int(row["neither"])
        yield make(
            NAME,
            row[""],
            row["tweet"],
            _LABELS[row["class"]],
            lang="en",
            votes={"hate": Votes(hate, total)},
        )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Known racial/dialect (AAE) labelling bias; heavily skewed to 'offensive'.",
)

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
  1 offensive language -> hate=0 ONLY, slices.negatives_partial = 1 (harassment and
                          profanity unknown)
  2 neither            -> hate=0, profanity=0, harassment=0
votes.hate = hate_speech votes out of all votes.
Unknown: every other category. No official split: hash split on the text.
Changed 2026-12 (taxonomy review): "offensive language" was profanity=1 with
votes.profanity. Profanity is swearing NOT aimed at anyone, and a large share of these
tweets are insults aimed at a person ("Can this bitch sit the fuck down") or sexist slurs
about women, so the class is not profanity; it only says "not hate".
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "0": {"hate": 1},
    "1": {"hate": 0},
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
            negatives_partial="1" if row["class"] == "1" else "",
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

"""EDOS (SemEval-2023 Task 10): sexism in Gab and Reddit posts, with category and vector."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "edos-sexism"
MAPPING = """\
Aggregated (gold) labels; sexism is hate (sex is a protected attribute):
  sexist, category 1 (threats, plans to harm and incitement) -> hate=1, hate/threatening=1
  sexist, category 2-4 (derogation, animosity, prejudiced discussion) -> hate=1,
      hate/threatening=0 (the categories are exclusive)
  not sexist -> hate=0 ONLY, marked slices.negatives_partial = 1: the set annotated sexism
      alone, and its own caveat says many "not sexist" posts are profane, insulting or
      violent (the first row mentions rape). hate=0 is also noisy for hate against other
      groups (racism was not annotated).
Unknown: harassment, profanity, violence, sexual (vector 2.3 "overt sexual objectification"
is demeaning, not content meant to arouse) and everything else.
slices.category and slices.vector keep Task B / C labels; slices.target_group = women on
sexist rows. Official SemEval train / dev / test splits. Usernames and URLs are already
masked ([USER], [URL]).
"""


def _labels(row: dict[str, str]) -> dict[str, int | float]:
    if row["label_sexist"] == "not sexist":
        return {"hate": 0}
    threat = int(row["label_category"].startswith("1."))
    return {"hate": 1, "hate/threatening": threat}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "edos_labelled_aggregated.csv")
    for row in read_dicts(path):
        sexist = row["label_sexist"] == "sexist"
        yield make(
            NAME,
            row["rewire_id"],
            row["text"],
            _labels(row),
            split=row["split"],
            lang="en",
            category=row["label_category"] if sexist else "",
            vector=row["label_vector"] if sexist else "",
            target_group="women" if sexist else "",
            negatives_partial="" if sexist else "1",
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC0-1.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Keyword/model-filtered sample over-represents sexism-adjacent posts; 'not sexist' "
        "is not clean for other categories. Topical overlap with online-misogyny-eacl2021 "
        "(also Reddit) is possible."
    ),
)

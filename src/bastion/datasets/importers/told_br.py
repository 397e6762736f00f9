"""ToLD-Br (AACL 2020): Brazilian Portuguese tweets, 3 annotators flagging 6 toxicity types."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "told-br"
MAPPING = """\
EVAL ONLY. Each type holds how many of the 3 annotators flagged it (0-3). Labels are SOFT
(flags / 3) with votes (flags out of 3); metrics binarise at 0.5, i.e. the threshold is a
majority of 2 of 3 annotators (the authors also report 1 and 3):
  homophobia, racism, misogyny, xenophobia -> hate = the largest of the four counts / 3
      (at least that many annotators flagged one hate type; per-annotator data is in
      ToLD-BR_alpha.csv, not staged)
  insult  -> harassment = insult / 3
  obscene -> profanity = obscene / 3
A row with all zeros is hate=0, harassment=0, profanity=0. slices.hate_type names the
hate types with at least 2 flags. Everything else unknown. lang pt (Brazilian).
21,000 rows (20,813 distinct texts; copies are kept and share a split). No official
split: hash split on the text.
"""
_HATE = ("homophobia", "racism", "misogyny", "xenophobia")


def _count(row: dict[str, str], name: str) -> int:
    value = float(row[name])
    if value not in (0, 1, 2, 3):
        raise SourceError(f"{name} must be 0-3 annotator flags, got {row[name]!r}")
    return int(value)


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "ToLD-BR.csv")
    for number, row in enumerate(read_dicts(path), start=1):
        hate = max(_count(row, name) for name in _HATE)
        votes = {
            "hate": Votes(hate, 3),
            "harassment": Votes(_count(row, "insult"), 3),
            "profanity": Votes(_count(row, "obscene"), 3),
        }
        yield make(
            NAME,
            str(number),
            row["text"],
            {k: round(v.share, 4) for k, v in votes.items()},
            lang="pt",
            votes=votes,
            hate_type=",".join(n for n in _HATE if _count(row, n) >= 2),
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-SA-4.0",
    use="eval",
    languages=("pt",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Share-alike. Tweets selected with keyword queries around demographic groups, so "
        "identity mentions are over-represented in both classes; racism/xenophobia are rare."
    ),
)

"""ToxiCN 1.0 (ACL 2023): fine-grained Chinese toxic language from Zhihu and Tieba."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, make, negatives
from bastion.datasets.importers.readers import need, read_dicts

NAME = "toxicn-zh"
MAPPING = """\
EVAL ONLY. toxic / toxic_type / expression:
  non-toxic (0/0/0)                      -> hate=0, harassment=0, profanity=0
  hate speech, explicit or implicit (1/2/1, 1/2/2) -> hate=1
  hate speech, REPORTING (1/2/3)         -> hate=0, slices.negatives_partial = 1: the post
      reports or quotes discrimination (often to condemn it); the source counts it as
      toxic, but reporting and counter-speech are not hate under the taxonomy. It may
      still be offensive, so harassment and profanity stay unknown.
  general offensive language (1/1/0)     -> hate=0, slices.negatives_partial = 1
      ("offensive" spans insults and swearing: harassment and profanity unknown)
slices.expression (explicit / implicit / reporting), slices.target (LGBTQ, Region, Sexism,
Racism, others), slices.platform, slices.topic. Everything else unknown.
No official split: hash split on the text.
"""
_TARGETS = ("LGBTQ", "Region", "Sexism", "Racism", "others")
_EXPRESSION = {"1": "explicit", "2": "implicit", "3": "reporting"}


def _labels(toxic_type: str, expression: str) -> dict[str, int | float]:
    if toxic_type == "0":
        return negatives("hate", "harassment", "profanity")
    if toxic_type == "2" and expression in ("1", "2"):
        return {"hate": 1}
    if toxic_type in ("1", "2"):
        return {"hate": 0}
    raise SourceError(f"unknown toxic_type {toxic_type!r} / expression {expression!r}")


def _targets(cell: str) -> str:
    flags = [part.strip() for part in cell.strip("[] ").split(",")]
    return ",".join(name for name, flag in zip(_TARGETS, flags, strict=False) if flag == "1")


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "ToxiCN_1.0.csv")
    for number, row in enumerate(read_dicts(path, encoding="utf-8-sig"), start=1):
        labels = _labels(row["toxic_type"], row["expression"])
        partial = row["toxic_type"] != "0" and labels["hate"] == 0
        yield make(
            NAME,
            str(number),
            row["content"],
            labels,
            lang="zh",
            expression=_EXPRESSION.get(row["expression"], ""),
            target=_targets(row["target"]),
            platform=row["platform"],
            topic=row["topic"],
            negatives_partial="1" if partial else "",
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-NC-ND-4.0",
    use="eval",
    languages=("zh",),
    label_mapping=MAPPING,
    load=load,
    caveats="Non-commercial, no derivatives: evaluation only.",
)

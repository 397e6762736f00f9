"""MLMA (EMNLP 2019): multilingual multi-aspect hostility labels for tweets (en, fr, ar)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "mlma"
MAPPING = """\
sentiment is a set of hostility types joined by "_" (annotators' choices pooled):
  contains hateful             -> hate=1
  contains abusive or offensive, target "other" -> harassment=1
  contains abusive or offensive, target origin / gender / sexual_orientation / religion /
      disability -> nothing for that type: offence at a protected group is hate or not
      (the annotators kept "hateful" separate), never harassment
  exactly {normal}             -> hate=0, harassment=0, profanity=0
A type that is absent is NOT a negative (hostile rows often carry one type only): hate
stays unknown on e.g. offensive-only rows, harassment on e.g. hateful-only rows, and
rows with nothing mapped (only disrespectful/fearful, or offensive at a protected group)
are left out. profanity is unknown except on normal rows.
Changed 2026-12 (taxonomy review): abusive/offensive was harassment=1 whatever the target;
harassment is aimed at a person or a specific target, while offence at a group defined by
a protected attribute is hate or nothing (docs/taxonomy.md), and about 85% of these rows
target a protected attribute. Slices: target (origin, gender, ...), target_group (group column),
directness. English uses en_dataset_with_stop_words.csv (raw text). No official split:
hash split on the text.
"""
_FILES = {"en": "en_dataset_with_stop_words.csv", "fr": "fr_dataset.csv", "ar": "ar_dataset.csv"}


def _labels(sentiment: str, target: str) -> dict[str, int | float]:
    kinds = set(sentiment.split("_"))
    if kinds == {"normal"}:
        return {"hate": 0, "harassment": 0, "profanity": 0}
    labels: dict[str, int | float] = {}
    if "hateful" in kinds:
        labels["hate"] = 1
    if kinds & {"abusive", "offensive"} and target == "other":
        labels["harassment"] = 1
    return labels


def load(root: Path) -> Iterator[Example]:
    for lang, name in _FILES.items():
        (path,) = need(root / "hate_speech_mlma", name)
        for row in read_dicts(path):
            labels = _labels(row["sentiment"], row["target"])
            if not labels:
                continue
            yield make(
                NAME,
                f"{lang}-{row['HITId']}",
                row["tweet"],
                labels,
                lang=lang,
                target=row["target"],
                target_group=row["group"],
                directness=row["directness"],
            )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en", "fr", "ar"),
    label_mapping=MAPPING,
    load=load,
    caveats='Only 12-27% "normal" rows: few negatives.',
)

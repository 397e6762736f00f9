"""Jigsaw Sentence Templates: synthetic identity-term sentences, toxic / nontoxic by template."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "jigsaw-sentence-templates"
MAPPING = """\
SYNTHETIC (slices.synthetic = 1): every row is a template filled with an identity term;
the label is the template author's (adjective polarity), not an annotation.
  toxic, template about an identity (name_adj, being_adj, you_are_adj, am_hate_adj,
      verb_adj, i_hate / hate_identity, verb_identity, being_identity_is_adjective,
      you_are_a_adjective_identity_person, ...) -> hate=1 ("Nithum is a vile sikh",
      "I hate gay", "kill female": derogation of a protected group or a member as such)
  toxic, you_occupation ("You are a dumb web designer": an insult, no protected
      attribute) -> harassment=1, hate=0
  nontoxic -> hate=0, harassment=0 (neutral or positive identity mentions and
      self-identification, "I am a gay man": clean, the over-flagging negatives)
Unknown: violence, hate/threatening (the few "kill <group>" verb rows are not separated
from "hate <group>") and everything else.
All 206,945 rows are loaded (the trainer caps and weights sources); 92 German phrases occur
twice and are kept (same split). slices.template keeps the template family; the files
have no identity-term column. lang: en, de, nl, hi (the hi-Latn file: romanised Hindi),
zh (the zh-cn file). No official split: hash split on the text.
"""
_FILES = {"en": "en", "de": "de", "nl": "nl", "hi-Latn": "hi", "zh-cn": "zh"}


def _labels(template: str, toxicity: str) -> dict[str, int | float]:
    if toxicity == "nontoxic":
        return {"hate": 0, "harassment": 0}
    if template == "you_occupation":
        return {"harassment": 1, "hate": 0}
    return {"hate": 1}


def load(root: Path) -> Iterator[Example]:
    for prefix, lang in _FILES.items():
        (path,) = need(root, f"{prefix}_sentence_templates.csv")
        for number, row in enumerate(read_dicts(path), start=1):
            yield make(
                NAME,
                f"{prefix}-{number}",
                row["phrase"],
                _labels(row["template"], row["toxicity"]),
                lang=lang,
                synthetic="1",
                template=row["template"],
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0 (data; code Apache-2.0)",
    use="train",
    languages=("en", "de", "nl", "hi", "zh"),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Synthetic, short and repetitive (en: 72,000 of 76,564 rows are name_adj); weight "
        "or cap it so it does not drown real text. It is also a standard bias-evaluation "
        "set: do not report bias metrics on it while training on it."
    ),
)

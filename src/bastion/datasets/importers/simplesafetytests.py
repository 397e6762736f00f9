"""SimpleSafetyTests: 100 handcrafted harmful prompts (80 here; child safety left out)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "simplesafetytests"
MAPPING = """\
POSITIVES ONLY (every prompt should be refused), surface ai_prompt. harm_area:
  Suicide, Self-Harm, and Eating Disorders -> self-harm=1, self-harm/instructions=1
      (method- and advice-seeking; a few prompts ask for pro-self-harm posts instead)
  Physical harm and Violence               -> violence=1
  Illegal and Highly Regulated items       -> illicit=1
  Scams and fraud                          -> scam=1, illicit=1 (a few rows are hacking
                                              or tax evasion: noise for scam)
No negatives: every other category unknown. slices.harm_area and slices.request
("Information and advice seeking" / "Instructions and actions").
No official split: hash split on the text.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "Suicide, Self-Harm, and Eating Disorders": {"self-harm": 1, "self-harm/instructions": 1},
    "Physical harm and Violence": {"violence": 1},
    "Illegal and Highly Regulated items": {"illicit": 1},
    "Scams and fraud": {"scam": 1, "illicit": 1},
}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "simplesafetytests_no_child_safety.csv")
    for row in read_dicts(path):
        area = row["harm_area"]
        if area not in _LABELS:  # "Child safety" is never staged
            continue
        yield make(
            NAME,
            row["id"],
            row["prompts_final"],
            _LABELS[area],
            lang="en",
            surface="ai_prompt",
            harm_area=area,
            request=row["category"],
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Positives only; pair with benign prompts before training.",
)

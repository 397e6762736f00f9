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
  Suicide, Self-Harm, and Eating Disorders -> self-harm=1 (children unknown: the area
      mixes method requests, pro-self-harm posts, intent and support-seeking such as
      "Is it worth me being alive?")
  Physical harm and Violence               -> violence=1, illicit/violent=1 (how to
                                              assault, kill, build bombs or guns)
  Illegal and Highly Regulated items       -> illicit=1
  Scams and fraud                          -> illicit=1 (requests to commit fraud; a few
                                              are hacking or tax evasion)
No negatives: every other category unknown.
Changed 2026-12 (taxonomy review): the self-harm area was also self-harm/instructions=1,
but support-seeking and statements of intent are never instructions; scams were also
scam=1, but a request to run a scam is advice on wrongdoing (illicit), not a scam message
aimed at the reader; violence gained illicit/violent, as weapons and violent-crime
requests map in every prompt set.
slices.harm_area and slices.request ("Information and advice seeking" / "Instructions and
actions").
No official split: hash split on the text.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "Suicide, Self-Harm, and Eating Disorders": {"self-harm": 1},
    "Physical harm and Violence": {"violence": 1, "illicit/violent": 1},
    "Illegal and Highly Regulated items": {"illicit": 1},
    "Scams and fraud": {"illicit": 1},
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

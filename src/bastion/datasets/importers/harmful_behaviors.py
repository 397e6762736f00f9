"""HarmBench text behaviors and StrongREJECT: harmful requests to an AI assistant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "harmful-behaviors"
MAPPING = """\
POSITIVES ONLY (every row is a harmful request), surface ai_prompt.
HarmBench SemanticCategory:
  chemical_biological  -> illicit/violent=1 (and illicit=1), violence=1 (weapons)
  illegal              -> illicit=1
  cybercrime_intrusion -> illicit=1
  harassment_bullying  -> harassment=1
  misinformation_disinformation, harmful -> no taxonomy key: rows left out
  copyright            -> not a moderation harm: rows left out
  Contextual behaviors keep their ContextString as context.
StrongREJECT category:
  Illegal goods and services, Non-violent crimes -> illicit=1
  Sexual content -> sexual=1;  Violence -> violence=1, illicit/violent=1 (violent-crime
  and attack requests)
  Disinformation and deception; Hate, harassment and discrimination (hate or harassment,
  undecidable per row) -> rows left out
AdvBench has no categories at all: left out.
No negatives: every other category unknown. No official split: hash split on the text.
Changed 2026-12 (taxonomy review): weapons and violent-crime requests map to both violence
and illicit/violent in every prompt set (chemical_biological gained violence, StrongREJECT
Violence gained illicit/violent).
"""
_HARMBENCH: dict[str, dict[str, int | float]] = {
    "chemical_biological": {"illicit/violent": 1, "violence": 1},
    "illegal": {"illicit": 1},
    "cybercrime_intrusion": {"illicit": 1},
    "harassment_bullying": {"harassment": 1},
}
_STRONGREJECT: dict[str, dict[str, int | float]] = {
    "Illegal goods and services": {"illicit": 1},
    "Non-violent crimes": {"illicit": 1},
    "Sexual content": {"sexual": 1},
    "Violence": {"violence": 1, "illicit/violent": 1},
}


def load(root: Path) -> Iterator[Example]:
    harmbench, strongreject = need(
        root, "harmbench_behaviors_text_all.csv", "strongreject_dataset.csv"
    )
    for row in read_dicts(harmbench):
        category = row["SemanticCategory"]
        if category not in _HARMBENCH:
            continue
        context = (row["ContextString"],) if row["ContextString"].strip() else ()
        yield make(
            NAME,
            f"harmbench-{row['BehaviorID']}",
            row["Behavior"],
            _HARMBENCH[category],
            lang="en",
            surface="ai_prompt",
            context=context,
            subset="harmbench",
            harm_category=category,
        )
    for number, row in enumerate(read_dicts(strongreject), start=1):
        category = row["category"]
        if category not in _STRONGREJECT:
            continue
        yield make(
            NAME,
            f"strongreject-{number}",
            row["forbidden_prompt"],
            _STRONGREJECT[category],
            lang="en",
            surface="ai_prompt",
            subset="strongreject",
            harm_category=category,
        )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Positives only; pair with benign prompts (e.g. injecguard-notinject) to train.",
)

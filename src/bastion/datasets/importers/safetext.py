"""SafeText (EMNLP 2022): safe and physically unsafe advice for everyday scenarios."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import (
    BENIGN,
    Importer,
    SourceError,
    hash_split,
    make,
    negatives,
    text_key,
)
from bastion.datasets.importers.readers import need, read_json

NAME = "safetext"
MAPPING = """\
Text = scenario + " " + advice ("To remove redness from eyes, use eyedrops."), surface
ai_output (the set tests advice a language model gives).
  safe advice   -> BENIGN: 0 for every top-level text category (everyday safety tips:
                   clean, and hard negatives for scenarios that mention danger)
  unsafe advice -> left out: advice that causes ACCIDENTAL physical harm if followed
                   ("douse them in vinegar") is no taxonomy category (self-harm is
                   deliberate; violence and illicit do not apply).
A text listed as both safe and unsafe is left out. The advice of one scenario shares the
scenario's hash split, so near-identical sentences never straddle splits. slices.scenario
numbers the scenario (file order). Read from SafeText.json (the source file).
"""


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "SafeText.json")
    data = read_json(path)
    if not isinstance(data, dict):
        raise SourceError(f"{path}: expected an object of scenarios")
    for number, (scenario, advice) in enumerate(data.items(), start=1):
        unsafe = {text_key(a) for a in advice.get("unsafe", [])}
        split = hash_split(text_key(scenario))
        seen: set[str] = set()
        for index, tip in enumerate(advice.get("safe", []), start=1):
            text = f"{scenario.strip()} {str(tip).strip()}"
            if text_key(str(tip)) in unsafe or text_key(text) in seen:
                continue
            seen.add(text_key(text))
            yield make(
                NAME,
                f"{number}-safe-{index}",
                text,
                negatives(*BENIGN),
                split=split,
                lang="en",
                surface="ai_output",
                scenario=str(number),
            )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Only the safe advice is imported (clean negatives); the unsafe advice needs a "
        "'dangerous advice' category the taxonomy does not have."
    ),
)

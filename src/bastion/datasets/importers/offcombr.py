"""OffComBR (de Pelle & Moreira 2017): offensive comments from a Brazilian news site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import need

NAME = "offcombr"
MAPPING = """\
OffComBR2 (offensive when at least 2 of 3 judges agree) is the set:
  yes -> harassment=1 (the README's categories - racism, sexism, homophobia, xenophobia,
         religious intolerance, cursing - are not in the files, so hate and profanity
         stay unknown; harassment=1 is noisy)
  no  -> harassment=0, hate=0, profanity=0
slices.agreement = unanimous for comments also in OffComBR3 (all 3 judges agreed),
else majority. No official split: hash split on the text.
"""


def parse_arff(path: Path) -> Iterator[tuple[str, str]]:
    """(label, text) pairs from the data section of an OffComBR ARFF file."""
    in_data = False
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not in_data:
            in_data = line.lower() == "@data"
            continue
        if not line or line.startswith("%"):
            continue
        label, sep, quoted = line.partition(",")
        if not sep or label not in ("yes", "no") or len(quoted) < 2 or quoted[0] != "'":
            raise SourceError(f"{path}:{number}: expected yes|no,'text'")
        yield label, quoted[1:-1].replace("\\'", "'")


def load(root: Path) -> Iterator[Example]:
    two, three = need(root, "OffComBR2.arff", "OffComBR3.arff")
    unanimous = {text for _, text in parse_arff(three)}
    for number, (label, text) in enumerate(parse_arff(two), start=1):
        labels: dict[str, int | float] = (
            {"harassment": 1} if label == "yes" else {"harassment": 0, "hate": 0, "profanity": 0}
        )
        yield make(
            NAME,
            number,
            text,
            labels,
            lang="pt",
            agreement="unanimous" if text in unanimous else "majority",
        )


IMPORTER = Importer(
    name=NAME,
    licence="none stated",
    use="eval",
    languages=("pt",),
    label_mapping=MAPPING,
    load=load,
    caveats="No licence: all rights reserved by default; research use only.",
)

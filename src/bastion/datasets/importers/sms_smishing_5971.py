"""SMS Phishing Dataset (Mishra & Soni 2022): ham / spam / smishing messages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "sms-smishing-5971"
MAPPING = """\
label (lower-cased first):
  smishing -> scam=1, spam=1 (unsolicited phishing; UCI sms-spam files these as spam)
  spam     -> spam=1, scam=0 (the authors moved phishing into its own class)
  ham      -> spam=0, scam=0
Everything else unknown. The URL/EMAIL/PHONE flags are dropped (derivable from the text).
Surface dm. No official split: hash split on the text, so the 4,590 messages shared with
sms-spam fall in the same split in both sets.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "smishing": {"scam": 1, "spam": 1},
    "spam": {"spam": 1, "scam": 0},
    "ham": {"spam": 0, "scam": 0},
}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "Dataset_5971.csv")
    for number, row in enumerate(read_dicts(path, encoding="latin-1"), start=1):
        yield make(
            NAME,
            number,
            row["TEXT"],
            _LABELS[row["label"].strip().lower()],
            lang="en",
            surface="dm",
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Overlaps sms-spam by about 77%: deduplicate before combining. Third-party mirror.",
)

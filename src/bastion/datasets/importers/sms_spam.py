"""SMS Spam Collection v.1 (UCI): ham / spam text messages."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_rows

NAME = "sms-spam"
MAPPING = """\
  spam -> spam=1 (scam unknown: many are prize/premium-rate scams, many plain promotion)
  ham  -> spam=0, scam=0
Everything else unknown. Surface dm. No official split: hash split on the text, which
puts a message in the same split as its copy in sms-smishing-5971.
"""
_LABELS: dict[str, dict[str, int | float]] = {"spam": {"spam": 1}, "ham": {"spam": 0, "scam": 0}}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "SMSSpamCollection")
    rows = read_rows(path, delimiter="\t", quoting=csv.QUOTE_NONE, width=2)
    for number, (label, text) in enumerate(rows, start=1):
        yield make(NAME, number, text, _LABELS[label], lang="en", surface="dm")


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="About 77% of sms-smishing-5971 repeats these messages: deduplicate before mixing.",
)

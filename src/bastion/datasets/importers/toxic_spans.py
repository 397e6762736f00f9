"""SemEval-2021 Task 5 Toxic Spans: Civil Comments posts with their toxic character spans."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import need, offsets_to_spans, read_dicts

NAME = "toxic-spans"
MAPPING = """\
Every post was pre-selected as toxic (Civil Comments); "toxic" maps to no single taxonomy
key, so labels are EMPTY (every category unknown) and the set serves its spans: the
character offsets become half-open [start, end) runs in `spans`; [] in the source
(no span agreed) becomes spans=[]. slices.span_label = "toxic" names what they mark.
Splits: tsd_train -> train, tsd_trial -> dev, tsd_test -> test.
"""
_FILES = {"train": "tsd_train.csv", "dev": "tsd_trial.csv", "test": "tsd_test.csv"}


def load(root: Path) -> Iterator[Example]:
    for split, name in _FILES.items():
        (path,) = need(root, name)
        for number, row in enumerate(read_dicts(path), start=1):
            try:
                offsets = json.loads(row["spans"])
            except json.JSONDecodeError:
                raise SourceError(f"{path}: row {number}: spans is not a JSON list") from None
            text = row["text"]
            spans = offsets_to_spans(o for o in offsets if 0 <= o < len(text))
            yield make(
                NAME,
                f"{split}-{number}",
                text,
                {},
                split=split,
                lang="en",
                spans=spans,
                span_label="toxic",
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC0-1.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Span-level data: posts were pre-selected as toxic, so it is not a binary set.",
)

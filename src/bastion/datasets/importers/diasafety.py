"""DiaSafety (Findings of ACL 2022): chatbot responses judged safe / unsafe in their context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import need, read_json

NAME = "diasafety"
MAPPING = """\
The label judges the chatbot RESPONSE given the user's utterance: text = response,
context = (the user's utterance,), surface ai_output. By the category it was collected for:
  Offending User:  Unsafe -> harassment=1 (the bot insults or demeans the user);
                   Safe   -> harassment=0
  Biased Opinion:  Unsafe -> hate=1 (the bot states a biased view of a group defined by
                   race, gender, religion, ...); Safe -> hate=0
  Safe rows are marked slices.negatives_partial = 1: they were judged for that one risk
  only (some are rude in other ways, e.g. "Education won't help you increase your IQ").
  Toxicity Agreement (the bot agrees with a toxic utterance: which category depends on the
  utterance, unknown), Risk Ignorance (the bot ignores self-harm risk: a failure to
  respond safely, not self-harm content), Unauthorized Expertise (medical advice: no
  taxonomy key) -> left out.
The utterance itself is not labelled and is never an example. slices.category.
Official train / val -> dev / test splits.
"""
_CATEGORIES = {"Offending User": "harassment", "Biased Opinion": "hate"}
_SPLITS = {"train": "train", "val": "dev", "test": "test"}


def load(root: Path) -> Iterator[Example]:
    for part, split in _SPLITS.items():
        (path,) = need(root, f"{part}.json")
        for number, row in enumerate(read_json(path), start=1):
            category = _CATEGORIES.get(str(row["category"]))
            response = str(row["response"])
            if category is None or not response.strip():
                continue
            if row["label"] not in ("Safe", "Unsafe"):
                raise SourceError(f"{path}: row {number} has label {row['label']!r}")
            unsafe = row["label"] == "Unsafe"
            context = str(row["context"]).strip()
            yield make(
                NAME,
                f"{part}-{number}",
                response,
                {category: int(unsafe)},
                split=split,
                lang="en",
                surface="ai_output",
                context=(context,) if context else (),
                category=str(row["category"]),
                negatives_partial="" if unsafe else "1",
            )


IMPORTER = Importer(
    name=NAME,
    licence="Apache-2.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Unsafety is often only visible with the context (agreement, sarcasm); a single-text "
        "classifier will not capture it. Some texts have mojibake and HTML entities."
    ),
)

"""Jigsaw Toxic Comment Classification: two tiny samples (Wikipedia talk-page comments)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, digest_id, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "jigsaw-toxic-samples"
MAPPING = """\
Every row has all six binary labels, so 0s are real negatives:
  identity_hate -> hate
  insult or threat -> harassment;  threat -> harassment/threatening
  obscene -> profanity
toxic and severe_toxic have no taxonomy key (slices.toxic keeps toxic). Everything else
unknown. hurelyyu_train_sample (first 300 rows of the official train) -> train;
ibm_max_test_examples (101 rows of the official test, lower-cased by IBM) -> test.
"""


def _labels(row: dict[str, str]) -> dict[str, int | float]:
    flag = {k: int(row[k]) for k in ("insult", "threat", "obscene", "identity_hate")}
    return {
        "hate": flag["identity_hate"],
        "harassment": max(flag["insult"], flag["threat"]),
        "harassment/threatening": flag["threat"],
        "profanity": flag["obscene"],
    }


def load(root: Path) -> Iterator[Example]:
    train, test = need(root, "hurelyyu_train_sample.csv", "ibm_max_test_examples.csv")
    for split, path in (("train", train), ("test", test)):
        for row in read_dicts(path):
            text = row["comment_text"]
            native_id = row.get("id") or digest_id(text)
            yield make(
                NAME, native_id, text, _labels(row), split=split, lang="en", toxic=row["toxic"]
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC0 labels; comment text CC-BY-SA-3.0",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Far too small to train on: a schema sample and smoke test. Text is share-alike.",
)

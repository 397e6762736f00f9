"""ToxiGen seed statements: human-curated implicit-hate and neutral sentences about 16 groups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, digest_id, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "toxigen-prompts"
MAPPING = """\
  hate    -> hate=1 (mostly implicit: stereotypes, no slurs)
  neutral -> hate=0 (mentions the same groups: hard negatives)
Labels come from the prompt file the authors put the sentence in, not per-sentence
annotation. A sentence listed under several groups becomes ONE example whose
slices.target_group lists the groups ("bisexual,lgbtq"), so 722 rows give 668 examples.
Everything else unknown. No official split: hash split on the text.
"""


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "toxigen_prompt_sentences.csv")
    merged: dict[str, tuple[str, str, set[str]]] = {}
    for row in read_dicts(path):
        key = row["text"].strip()
        text, label, groups = merged.setdefault(key, (key, row["label"], set()))
        if label != row["label"]:
            raise SourceError(f"{path}: {key[:40]!r} is both {label} and {row['label']}")
        groups.add(row["target_group"])
    for text, label, groups in merged.values():
        value = {"hate": 1, "neutral": 0}[label]
        yield make(
            NAME,
            digest_id(text),
            text,
            {"hate": value},
            lang="en",
            target_group=",".join(sorted(groups)),
        )


IMPORTER = Importer(
    name=NAME,
    licence="MIT (code) / CDLA-Permissive-2.0 (data)",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="CDLA-Permissive-2.0: ship the agreement text with the data.",
)

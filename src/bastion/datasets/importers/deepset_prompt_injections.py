"""deepset/prompt-injections: benign queries vs prompt-injection attacks (en, de)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import guess_lang, need, read_json_lines

NAME = "deepset-prompt-injections"
MAPPING = """\
  label 1 (instruction override, role hijack, prompt leak) -> prompt-attack=1
  label 0 (benign question or search query)               -> prompt-attack=0
Everything else unknown. Surface ai_prompt. Official split by row order: rows 1-546 are
the published train split, 547-662 the test split. lang guessed (en or de) per row.
"""
TRAIN_ROWS = 546


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "prompt_injections.jsonl")
    for number, row in enumerate(read_json_lines(path), start=1):
        text = str(row["text"])
        yield make(
            NAME,
            number,
            text,
            {"prompt-attack": int(row["label"])},
            split="train" if number <= TRAIN_ROWS else "test",
            lang=guess_lang(text, allowed=("en", "de"), default="en"),
            surface="ai_prompt",
        )


IMPORTER = Importer(
    name=NAME,
    licence="Apache-2.0",
    use="train",
    languages=("en", "de"),
    label_mapping=MAPPING,
    load=load,
    caveats="Third-party export; texts were stripped of surrounding whitespace.",
)

"""In-the-wild jailbreak prompts (Shen et al., CCS 2024), 2023-12-25 snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import guess_lang, need, read_dicts

NAME = "jailbreak-llms-itw"
MAPPING = """\
POSITIVES ONLY: every prompt (jailbreak=True) -> prompt-attack=1, surface ai_prompt.
Many jailbreaks also ask for sexual or violent content; those categories stay unknown.
slices.platform (discord/reddit/website/open_source); lang guessed per prompt.
Duplicated prompts (1,405 rows, 1,364 distinct texts) are kept; the hash split on the
text keeps copies in the same split. No official split.
"""


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "jailbreak_prompts_2023_12_25.csv")
    for number, row in enumerate(read_dicts(path), start=1):
        text = row["prompt"]
        if not text.strip() or row["jailbreak"] != "True":
            continue
        yield make(
            NAME,
            number,
            text,
            {"prompt-attack": 1},
            lang=guess_lang(text, default="en"),
            surface="ai_prompt",
            platform=row["platform"],
        )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Positives only; the benign companion set was not found. Third-party mirror.",
)

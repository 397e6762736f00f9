"""InjecGuard's over-defense sets: benign prompts full of injection trigger words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import guess_lang, need, read_json

NAME = "injecguard-notinject"
MAPPING = """\
NEGATIVES ONLY: every prompt is benign -> prompt-attack=0, surface ai_prompt.
  NotInject_{one,two,three}.json (113 each; 1-3 trigger words; slices.category,
  slices.trigger_words), wildguard.json (971 benign WildGuardTest prompts),
  BIPIA_{text,code}.json (benign user tasks; slices.category = the task kind).
valid.json (mixes in non-public Lakera PINT data) is not used.
Everything else unknown. lang guessed for NotInject's "Multilingual" rows (mostly zh,
a few ru/es), else en.
No official split: hash split on the text.
"""
_NOTINJECT = ("one", "two", "three")


def load(root: Path) -> Iterator[Example]:
    for part in _NOTINJECT:
        (path,) = need(root, f"NotInject_{part}.json")
        for number, row in enumerate(read_json(path), start=1):
            text = str(row["prompt"])
            lang = guess_lang(text, default="und") if row["category"] == "Multilingual" else "en"
            yield make(
                NAME,
                f"notinject-{part}-{number}",
                text,
                {"prompt-attack": 0},
                lang=lang,
                surface="ai_prompt",
                subset="notinject",
                category=str(row["category"]),
                trigger_words=" ".join(row["word_list"]),
            )
    (path,) = need(root, "wildguard.json")
    for number, row in enumerate(read_json(path), start=1):
        yield make(
            NAME,
            f"wildguard-{number}",
            str(row["prompt"]),
            {"prompt-attack": int(row["label"])},
            lang="en",
            surface="ai_prompt",
            subset="wildguard",
        )
    for kind in ("text", "code"):
        (path,) = need(root, f"BIPIA_{kind}.json")
        for category, tasks in read_json(path).items():
            for number, task in enumerate(tasks, start=1):
                yield make(
                    NAME,
                    f"bipia-{kind}-{category.lower().replace(' ', '_')}-{number}",
                    str(task),
                    {"prompt-attack": 0},
                    lang="en",
                    surface="ai_prompt",
                    subset=f"bipia-{kind}",
                    category=category,
                )


IMPORTER = Importer(
    name=NAME,
    licence="MIT (wildguard.json: ODC-BY upstream, attribute AllenAI WildGuardTest)",
    use="train",
    languages=("en", "zh"),
    label_mapping=MAPPING,
    load=load,
    caveats="Built as an over-defense benchmark; its authors suggest evaluation use.",
)

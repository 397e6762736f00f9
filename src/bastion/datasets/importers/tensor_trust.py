"""Tensor Trust (Toyer et al., ICLR 2024): human prompt-injection attacks from an online game."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, digest_id, make
from bastion.datasets.importers.readers import need, read_json_lines

NAME = "tensor-trust"
MAPPING = """\
Hijacking and extraction robustness sets (surface ai_prompt):
  attack      -> prompt-attack=1 (slices.attack = hijacking / extraction)
  access_code -> prompt-attack=0 (the defender's own benign input)
  pre_prompt / post_prompt (the defender's system prompt) are not used.
  The same attack or access code recurs across samples: one example per distinct text
  (ids are text digests); a text seen both as attack and as access code is left out.
Prompt-extraction detection (surface ai_output):
  llm_output with is_prompt_extraction true -> prompt-attack=1 (the output leaks the
  prompt: a successful attack), false -> prompt-attack=0.
Everything else unknown. No official split: hash split on the text.
"""


def _inputs(root: Path) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    conflicts: set[str] = set()
    for kind in ("hijacking", "extraction"):
        (path,) = need(root, f"{kind}_robustness_dataset.jsonl")
        for row in read_json_lines(path):
            for field, value in (("attack", 1), ("access_code", 0)):
                text = str(row[field])
                if not text.strip():
                    continue
                if text in found and found[text][0] != value:
                    conflicts.add(text)
                found.setdefault(text, (value, kind if value else ""))
    return {text: v for text, v in found.items() if text not in conflicts}


def load(root: Path) -> Iterator[Example]:
    for text, (value, kind) in _inputs(root).items():
        yield make(
            NAME,
            f"input-{digest_id(text)}",
            text,
            {"prompt-attack": value},
            lang="en",
            surface="ai_prompt",
            attack=kind,
        )
    (path,) = need(root, "prompt_extraction_detection.jsonl")
    for row in read_json_lines(path):
        text = str(row["llm_output"])
        if text.strip():
            yield make(
                NAME,
                f"output-{row['sample_id']}",
                text,
                {"prompt-attack": int(bool(row["is_prompt_extraction"]))},
                lang="en",
                surface="ai_output",
            )


IMPORTER = Importer(
    name=NAME,
    licence="none stated",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Licence unclear: research use only.",
)

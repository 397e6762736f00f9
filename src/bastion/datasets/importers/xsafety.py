"""XSafety: multilingual LLM safety prompts by scenario (no per-prompt harm label)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, hash_split, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "xsafety"
MAPPING = """\
EVAL ONLY. The only label is the file's scenario; there is no harmful/benign label per
prompt, so only scenarios whose prompts are consistently one thing are used:
  Insult         -> harassment=1 (direct insults, often gendered or sexual; a few rows
                    are complaints or questions, noise)
  Goal_Hijacking -> prompt-attack=1 ("ignore the above and output ..." injections)
Left out: Prompt_Leaking (mostly benign questions ABOUT prompt leaking), Role_Play_
Instruction, Reverse_Exposure, Unsafe_Instruction_Topic, Crimes_And_Illegal_Activities,
Ethics_And_Morality, Inquiry_With_Unsafe_Opinion, Mental_Health, Physical_Harm,
Privacy_And_Property, Unfairness_And_Discrimination (benign and harmful prompts mixed;
none is guaranteed benign, so none is a negative either) and the commonsense
multiple-choice items. No negatives: every other category unknown.
Surface ai_prompt. The 200 prompts of a scenario are parallel across the 10 languages and
share the hash split of (scenario, row); the Russian Insult file has 199 rows, so some of
its rows may sit one position off. lang from the folder (sp -> es).
"""
_SCENARIOS: dict[str, dict[str, int | float]] = {
    "Insult": {"harassment": 1},
    "Goal_Hijacking": {"prompt-attack": 1},
}


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "xsafety_all.csv.gz")
    for row in read_dicts(path):
        labels = _SCENARIOS.get(row["category"])
        if labels is None or not row["text"].strip():
            continue
        yield make(
            NAME,
            f"{row['lang']}-{row['category']}-{row['row_in_file']}",
            row["text"],
            labels,
            split=hash_split(f"{row['category']}/{row['row_in_file']}"),
            lang=row["lang"],
            surface="ai_prompt",
            scenario=row["category"],
        )


IMPORTER = Importer(
    name=NAME,
    licence="Apache-2.0 (LICENSE file) vs 'RESEARCH USE ONLY' (README)",
    use="eval",
    languages=("ar", "bn", "de", "en", "es", "fr", "hi", "ja", "ru", "zh"),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Scenario labels, not per-prompt annotation; how the translations were made is not "
        "documented."
    ),
)

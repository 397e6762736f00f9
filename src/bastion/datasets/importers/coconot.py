"""CoCoNot (AI2): requests a model should decline, and benign look-alike contrast prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import BENIGN, Importer, make, negatives, text_key
from bastion.datasets.importers.readers import need, read_json_lines

NAME = "coconot"
MAPPING = """\
Surface ai_prompt. coconot_eval.jsonl (original set, every prompt should be declined):
  Requests with safety concerns / privacy violations -> privacy=1
  Requests with safety concerns / triggers for offensive language -> hate=1 (slur lists,
      sexist songs, racial superiority; noisy: 2 of 29 ask for insults at one person)
  Requests with safety concerns / dangerous or sensitive topics, wildchats (mixed harms
      in one subcategory), misinformation, copyright violations (no taxonomy key),
      incomprehensible -> left out
  Incomplete, Indeterminate, Unsupported and Humanizing requests -> BENIGN: 0 for every
      top-level text category (hate, harassment, sexual, violence, self-harm, illicit,
      extremism, spam, scam, privacy, profanity, prompt-attack). They are declined for
      reasons other than safety (false premises, modality, opinions), which the set
      guarantees by construction.
coconot_contrast_eval.jsonl and coconot_pref_prompts.jsonl (contrast sets: benign prompts
that resemble risky ones, "How can I kill time during a long flight?") -> BENIGN zeros,
the hard negatives.
A prompt repeated across or within files becomes one example (the first). slices.subset
(original / contrast / pref), slices.category, slices.subcategory.
No official split: hash split on the text.
"""
_SAFETY = "Requests with safety concerns"
_POSITIVE: dict[str, dict[str, int | float]] = {
    "privacy violations": {"privacy": 1},
    "triggers for offensive language": {"hate": 1},
}
_FILES = {
    "original": "coconot_eval.jsonl",
    "contrast": "coconot_contrast_eval.jsonl",
    "pref": "coconot_pref_prompts.jsonl",
}


def _labels(subset: str, category: str, subcategory: str) -> dict[str, int | float] | None:
    if subset != "original" or category != _SAFETY:
        return negatives(*BENIGN)
    return _POSITIVE.get(subcategory)


def load(root: Path) -> Iterator[Example]:
    seen: set[str] = set()
    for subset, name in _FILES.items():
        (path,) = need(root, name)
        for row in read_json_lines(path):
            text = str(row["prompt"])
            labels = _labels(subset, str(row["category"]), str(row["subcategory"]))
            key = text_key(text)
            if labels is None or key in seen:
                continue
            seen.add(key)
            yield make(
                NAME,
                str(row["id"]),
                text,
                labels,
                lang="en",
                surface="ai_prompt",
                subset=subset,
                category=str(row["category"]),
                subcategory=str(row["subcategory"]),
            )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Generated from seed prompts (short, clean English); categories are the "
        "generator's intent, not per-item annotation. The contrast prompts use the same "
        "homonym trick as XSTest-style over-refusal suites: decontaminate before "
        "evaluating on such a suite."
    ),
)

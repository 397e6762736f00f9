"""CategoricalHarmfulQA (CatQA): harmful questions by category in English, Chinese, Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, hash_split, make, text_key
from bastion.datasets.importers.readers import need, read_dicts

NAME = "catqa-harmfulqa"
MAPPING = """\
POSITIVES ONLY (every question is a harmful request), surface ai_prompt. CatQA
category / subcategory:
  Illegal Activity: Drug, Human Trafficking, Cybercrime, Theft and Robbery -> illicit=1;
      Weapon -> illicit/violent=1, violence=1
  Malware Viruses (all five) -> illicit=1
  Economic Harm: Financial fraud, Market manipulation, Employment scams, Investment scams
      -> illicit=1 (requests to commit fraud, not scam messages: scam unknown)
  Fraud/Deception: Identity theft, Phishing, Scamming, Counterfeiting -> illicit=1
  Child Abuse: Content Sexual exploitation, Online predation (grooming) -> sexual/minors=1;
      Physical abuse -> violence=1, illicit/violent=1
  Physical Harm: Assault and battery, Weapon making -> violence=1, illicit/violent=1;
      Self-harm -> self-harm=1 (requests to spread pro-self-harm content; children unknown)
  Hate/Harass/Violence: Racial or ethnic hate, Religious intolerance, Gender-based violence
      -> hate=1; Cyberbullying -> harassment=1; "Terrorism and extremism" -> hate=1 (its ten
      questions ask for hateful content about religious or other groups; none is about an
      extremist organisation, so extremism stays unknown)
  Adult Content: Pornography, Erotic text, Nude imagery, Sexually explicit dialogue
      -> sexual=1
  Privacy Violation Activity: Surveillance, Doxxing, Tracking and location monitoring
      -> privacy=1; Data theft -> privacy=1, illicit=1
  Left out (no honest key): Child Abuse: Emotional and psychological abuse, Neglect;
      Physical Harm: Hazardous material handling, Unsafe practices; Economic Harm:
      Intellectual property theft; Fraud/Deception: False advertising; Adult Content:
      Adult-themed humor (its questions are about drugging people for sex, not humour:
      subcategory and content disagree); Privacy: Deepfake creation; Political
      Campaigning and Tailored Financial Advice (LLM-policy categories).
HarmfulQA (academic topic / subtopic, no harm category) is left out entirely.
A question repeated within a language becomes one example (labels joined, subcategories
comma-joined in slices.subcategory). The zh and vi files follow the English order, so the
three versions of a question share the English text's hash split. slices.category.
"""
_ILLICIT: dict[str, int | float] = {"illicit": 1}
_VIOLENT: dict[str, int | float] = {"violence": 1, "illicit/violent": 1}
_MINORS: dict[str, int | float] = {"sexual/minors": 1}
_HATE: dict[str, int | float] = {"hate": 1}
_SEXUAL: dict[str, int | float] = {"sexual": 1}
_PRIVACY: dict[str, int | float] = {"privacy": 1}
_SUBCATEGORIES: dict[str, dict[str, int | float]] = {
    "Drug": _ILLICIT,
    "Weapon": _VIOLENT,
    "Human Trafficking": _ILLICIT,
    "Cybercrime": _ILLICIT,
    "Theft and Robbery": _ILLICIT,
    "Content Sexual exploitation": _MINORS,
    "Physical abuse": _VIOLENT,
    "Online predation": _MINORS,
    "Racial or ethnic hate": _HATE,
    "Religious intolerance": _HATE,
    "Gender-based violence": _HATE,
    "Cyberbullying": {"harassment": 1},
    "Terrorism and extremism": _HATE,
    "Malicious software designed to spread and damage computers": _ILLICIT,
    "Trojans": _ILLICIT,
    "Spyware": _ILLICIT,
    "Ransomware": _ILLICIT,
    "Adware": _ILLICIT,
    "Self-harm": {"self-harm": 1},
    "Assault and battery": _VIOLENT,
    "Weapon making": _VIOLENT,
    "Financial fraud": _ILLICIT,
    "Market manipulation": _ILLICIT,
    "Employment scams": _ILLICIT,
    "Investment scams": _ILLICIT,
    "Identity theft": _ILLICIT,
    "Phishing": _ILLICIT,
    "Scamming": _ILLICIT,
    "Counterfeiting": _ILLICIT,
    "Pornography": _SEXUAL,
    "Erotic text": _SEXUAL,
    "Nude imagery": _SEXUAL,
    "Sexually explicit dialogue": _SEXUAL,
    "Data theft": {"privacy": 1, "illicit": 1},
    "Surveillance": _PRIVACY,
    "Doxxing": _PRIVACY,
    "Tracking and location monitoring": _PRIVACY,
}


@dataclass
class _Question:
    number: str
    text: str
    category: str
    split: str
    labels: dict[str, int | float] = field(default_factory=dict)
    subcategories: set[str] = field(default_factory=set)


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "catqa_harmfulqa_flat.csv")
    rows = [row for row in read_dicts(path) if row["dataset"] == "CatQA"]
    positions = {
        (row["category"], row["subcategory"], row["idx_in_subcategory"]): (number, row)
        for number, row in enumerate(r for r in rows if r["lang"] == "en")
    }
    merged: dict[tuple[str, str], _Question] = {}
    for row in rows:
        labels = _SUBCATEGORIES.get(row["subcategory"])
        if labels is None:
            continue
        place = (row["category"], row["subcategory"], row["idx_in_subcategory"])
        number, english = positions[place]
        split = hash_split(text_key(english["question"]))
        key = (row["lang"], text_key(row["question"]))
        question = merged.setdefault(
            key, _Question(f"{row['lang']}-{number}", row["question"], row["category"], split)
        )
        question.labels.update(labels)
        question.subcategories.add(row["subcategory"])
    for (lang, _), question in merged.items():
        yield make(
            NAME,
            question.number,
            question.text,
            question.labels,
            split=question.split,
            lang=lang,
            surface="ai_prompt",
            category=question.category,
            subcategory=",".join(sorted(question.subcategories)),
        )


IMPORTER = Importer(
    name=NAME,
    licence="Apache-2.0",
    use="train",
    languages=("en", "zh", "vi"),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Small and formulaic ('How can I ...'), possibly model-generated; a classifier "
        "trained only on it learns the template. Positives only; pair with benign prompts."
    ),
)

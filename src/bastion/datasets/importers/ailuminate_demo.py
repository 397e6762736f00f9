"""MLCommons AILuminate v1.0 demo prompts: hazardous prompts in English and French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "ailuminate-demo"
MAPPING = """\
POSITIVES ONLY (every prompt was written to elicit a hazardous answer), surface ai_prompt.
hazard:
  vcr violent crimes               -> violence=1, illicit/violent=1 (and illicit=1)
  iwp indiscriminate weapons CBRNE -> illicit/violent=1, violence=1
  ncr non-violent crimes           -> illicit=1
  src sex-related crimes           -> illicit=1 (assault, exposure, intimate images: the
                                      prompts are about the crime, not content meant to
                                      arouse, so sexual stays unknown)
  cse child sexual exploitation    -> sexual/minors=1 (and sexual=1)
  ssh suicide & self-harm          -> self-harm=1 (children unknown: the prompts mix method
                                      requests, intent and support-seeking)
  hte hate                         -> hate=1
  prv privacy                      -> privacy=1
  sxc_prn sexual content           -> sexual=1
  ipv intellectual property, dfm defamation -> no taxonomy key: left out
  spc_ele / spc_fin / spc_hlt / spc_lgl specialised advice -> left out (ordinary
      questions whose hazard is an unqualified answer: not harmful inputs, but not
      guaranteed benign either)
Some prompts only ask about a hazard ("how was the site dismantled") and some wrap it in a
jailbreak; they keep the hazard's label. No negatives: every other category unknown.
slices.hazard, slices.persona. The en_US and fr_FR files hold different prompts.
No official split: hash split on the text.
"""
_HAZARDS: dict[str, dict[str, int | float]] = {
    "vcr": {"violence": 1, "illicit/violent": 1},
    "iwp": {"illicit/violent": 1, "violence": 1},
    "ncr": {"illicit": 1},
    "src": {"illicit": 1},
    "cse": {"sexual/minors": 1},
    "ssh": {"self-harm": 1},
    "hte": {"hate": 1},
    "prv": {"privacy": 1},
    "sxc_prn": {"sexual": 1},
}
_FILES = {"en": "en_us", "fr": "fr_fr"}


def load(root: Path) -> Iterator[Example]:
    for lang, locale in _FILES.items():
        (path,) = need(root, f"airr_official_1.0_demo_{locale}_prompt_set_release.csv")
        for row in read_dicts(path):
            labels = _HAZARDS.get(row["hazard"])
            if labels is None:
                continue
            yield make(
                NAME,
                row["release_prompt_id"],
                row["prompt_text"],
                labels,
                lang=lang,
                surface="ai_prompt",
                hazard=row["hazard"],
                persona=row["persona"],
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0 (data; repository code Apache-2.0)",
    use="train",
    languages=("en", "fr"),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "A 10% sample of AILuminate's public practice set: never report AILuminate scores "
        "for a model trained on it. Positives only; pair with benign prompts."
    ),
)

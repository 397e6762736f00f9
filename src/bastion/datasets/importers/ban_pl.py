"""BAN-PL (NASK): Polish Wykop posts banned by moderators vs neutral ones, with a hate subcorpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make, text_key
from bastion.datasets.importers.readers import need, read_dicts

NAME = "ban-pl"
MAPPING = """\
EVAL ONLY. BAN-PL_2 (24,000 rows):
  Class 0 neutral (front-page content not banned after 48 h) -> hate=0, harassment=0,
      violence=0 (what the platform bans for), slices.negatives_partial = 1 (profanity,
      sexual content and the rest were not moderated for)
  Class 1 harmful (banned for hatred or violence, drastic content or personal attacks,
      merged by the authors; Reason 2/3/4 is pseudonymised) -> NO taxonomy label: the
      reason could be hate, harassment or violence. Kept with EMPTY labels and
      slices.banned = 1, slices.reason (like toxic-spans' pre-selected posts), so a
      report can measure how much banned content is flagged at all.
HATE-WAR-PL (2,263 banned texts annotated under the UN hate-speech definition):
  HS -> hate=1
  W (war-related, not hate speech) -> hate=0, slices.negatives_partial = 1 (often violent
      or offensive talk about the war)
The 1,430 HATE-WAR-PL texts that are also in BAN-PL_2 are merged into the BAN-PL_2 example
(one example per row there, with the subcorpus label); the other 833 become their own
examples. slices.subset = ban / hate-war. Text is kept raw (whitespace, Lenny faces,
anonymisation tags). No official split: hash split on the text.
"""
_HATE_WAR: dict[str, dict[str, int | float]] = {"HS": {"hate": 1}, "W": {"hate": 0}}
_NEUTRAL: dict[str, int | float] = {"hate": 0, "harassment": 0, "violence": 0}


def load(root: Path) -> Iterator[Example]:
    ban, hate_war = need(root, "BAN-PL_2.csv.gz", "HATE-WAR-PL_1.csv")
    subcorpus = {text_key(row["Content"]): row for row in read_dicts(hate_war)}
    merged: set[str] = set()
    for row in read_dicts(ban):
        key = text_key(row["Text"])
        banned = row["Class"] == "1"
        labels: dict[str, int | float] = {} if banned else _NEUTRAL
        partial = not banned
        hate_war_label = ""
        if banned and key in subcorpus:
            merged.add(key)
            hate_war_label = subcorpus[key]["Label"]
            labels = _HATE_WAR[hate_war_label]
            partial = hate_war_label == "W"
        yield make(
            NAME,
            f"ban-{row['']}",
            row["Text"],
            labels,
            lang="pl",
            subset="ban",
            banned=str(int(banned)),
            reason=row["Reason"] if banned else "",
            hate_war=hate_war_label,
            negatives_partial="1" if partial else "",
        )
    for key, row in subcorpus.items():
        if key in merged:
            continue
        yield make(
            NAME,
            row["ID"],
            row["Content"],
            _HATE_WAR[row["Label"]],
            lang="pl",
            subset="hate-war",
            banned="1",
            reason=row["Ban_reason"],
            hate_war=row["Label"],
            negatives_partial="1" if row["Label"] == "W" else "",
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0; README: research only, no LLM training",
    use="eval",
    languages=("pl",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "'harmful' is a moderation outcome, not a category; some banned comments were "
        "multimodal and look harmless as text. Eval until NASK confirms training use."
    ),
)

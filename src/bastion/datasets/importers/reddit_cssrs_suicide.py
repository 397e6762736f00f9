"""Reddit C-SSRS Suicide Dataset (Gaur et al. 2019): 500 users, user-level risk labels."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, hash_split, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "reddit-cssrs-suicide"
MAPPING = """\
Each user row holds all their posts (a Python-list string); every post becomes one example
carrying the USER-level, clinician-adjudicated C-SSRS label (slices.cssrs):
  Ideation, Behavior, Attempt -> self-harm=1, self-harm/intent=1
  Indicator (risk signs, no ideation) -> self-harm/intent=0 (self-harm unknown),
      slices.negatives_partial = 1: the posts are not clean (added 2026-12; without the
      mark a trainer reading all-zero labels as clean would learn self-harm=0 from them)
  Supportive (supports others)        -> self-harm=0, self-harm/intent=0
This is a WEAK per-post label: not every post of an at-risk user expresses risk.
self-harm/instructions and every other category stay unknown. Splits are a hash of the
USER, so one user's posts never straddle train and test. 28 rows were cut at 32,759
characters (a spreadsheet limit); their last, truncated post is dropped.
"""
_LABELS: dict[str, dict[str, int | float]] = {
    "Ideation": {"self-harm": 1, "self-harm/intent": 1},
    "Behavior": {"self-harm": 1, "self-harm/intent": 1},
    "Attempt": {"self-harm": 1, "self-harm/intent": 1},
    "Indicator": {"self-harm/intent": 0},
    "Supportive": {"self-harm": 0, "self-harm/intent": 0},
}
_BOUNDARY = re.compile(r"""['"], ['"]""")


def split_posts(cell: str) -> list[str]:
    """The posts of a Python-list string, dropping a final post cut off mid-string."""
    try:
        posts = ast.literal_eval(cell)
    except (SyntaxError, ValueError):
        posts = []
        for match in reversed(list(_BOUNDARY.finditer(cell))):
            try:
                posts = ast.literal_eval(cell[: match.start() + 1] + "]")
                break
            except (SyntaxError, ValueError):
                continue
    return [p for p in posts if isinstance(p, str) and p.strip()]


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "500_Reddit_users_posts_labels.csv")
    for row in read_dicts(path):
        user, label = row["User"], row["Label"]
        for number, post in enumerate(split_posts(row["Post"]), start=1):
            yield make(
                NAME,
                f"{user}-{number}",
                post,
                _LABELS[label],
                split=hash_split(user),
                lang="en",
                cssrs=label,
                label_level="user",
                negatives_partial="1" if label == "Indicator" else "",
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Sensitive health data: real posts, searchable back to their authors. Keep internal,"
        " never publish excerpts, never try to re-identify anyone. Third-party mirror."
    ),
)

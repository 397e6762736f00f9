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
This is a WEAK per-post label: not every post of an at-risk user expresses risk. So a
post of an Ideation, Behavior or Attempt user is labelled only when the post itself speaks
of suicide, dying or self-harm (RISK_CUE; 1,052 of 5,274 posts); the others keep no label
(slices.risk_cue = 0), since "thank you for your kind words" from such a user is not
self-harm and taught the model to read every emotional or supportive reply as it
(changed 2026-12, stop 20).
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
RISK_CUE = re.compile(
    # die, dead, kill, ... alone already cover "want to die", "wish I was dead", "kill myself".
    r"\b(?:suicid\w*|kill(?:ing)?\s*my\s*self|end(?:ing)?\s+(?:it|my\s+life|things)"
    r"|don'?t\s+want\s+to\s+(?:live|be\s+alive|exist)|take\s+my\s+(?:own\s+)?life"
    r"|overdos\w*|pills|self[- ]?harm\w*|cut(?:ting)?\s+(?:myself|my)|hang(?:ing)?\s+myself"
    r"|jump(?:ing)?\s+off|better\s+off\s+without\s+me|no\s+reason\s+to\s+live"
    r"|can'?t\s+go\s+on|razor|blades?|slit|die|dying|dead|death|kill)\b",
    re.IGNORECASE,
)
"""Words of suicide, dying or self-harm: a post of an at-risk user without any says nothing
about its own risk (see MAPPING)."""
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
        at_risk = _LABELS[label].get("self-harm") == 1
        for number, post in enumerate(split_posts(row["Post"]), start=1):
            cue = RISK_CUE.search(post) is not None
            yield make(
                NAME,
                f"{user}-{number}",
                post,
                _LABELS[label] if cue or not at_risk else {},
                split=hash_split(user),
                lang="en",
                cssrs=label,
                label_level="user",
                negatives_partial="1" if label == "Indicator" else "",
                risk_cue="1" if cue else "0",
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

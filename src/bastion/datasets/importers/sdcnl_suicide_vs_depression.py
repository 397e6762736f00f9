"""SDCNL (ICANN 2021): Reddit posts from r/SuicideWatch vs r/depression."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "sdcnl-suicide-vs-depression"
MAPPING = """\
EVAL ONLY. is_suicide is the SUBREDDIT, not an annotation (noisy by construction):
  1 (r/SuicideWatch) -> self-harm=1, self-harm/intent=1 (posts about the writer's own
      suicidal thoughts, the set's premise; some are about a friend)
  0 (r/depression)   -> self-harm/intent=0 only, slices.negatives_partial = 1 (distress
      posts, sensitive, may mention self-harm: self-harm itself stays unknown)
self-harm/instructions and every other category unknown. Text = title + blank line +
selftext (raw, not the cleaned columns); usernames and links were removed upstream.
Official training-set -> train, testing-set -> test.
"""


def load(root: Path) -> Iterator[Example]:
    for part, split in (("training", "train"), ("testing", "test")):
        (path,) = need(root, f"{part}-set.no_author.csv")
        for number, row in enumerate(read_dicts(path), start=1):
            text = "\n\n".join(t for t in (row["title"].strip(), row["selftext"].strip()) if t)
            if not text:
                continue
            suicidal = row["is_suicide"] == "1"
            labels: dict[str, int | float] = (
                {"self-harm": 1, "self-harm/intent": 1} if suicidal else {"self-harm/intent": 0}
            )
            yield make(
                NAME,
                f"{split}-{number}",
                text,
                labels,
                split=split,
                lang="en",
                subreddit="SuicideWatch" if suicidal else "depression",
                negatives_partial="" if suicidal else "1",
            )


IMPORTER = Importer(
    name=NAME,
    licence="none stated",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "Raw, sensitive mental-health posts; labels are subreddits. All posts are "
        "distress-related: no benign negatives. Theme overlaps reddit-cssrs-suicide."
    ),
)

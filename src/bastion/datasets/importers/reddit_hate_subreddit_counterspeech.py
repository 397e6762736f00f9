"""Reddit counterspeech in 25 hate subreddits: newcomer comments and replies, with attack labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, hash_split, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "reddit-hate-subreddit-counterspeech"
MAPPING = """\
EVAL ONLY. Each of the 450 rows is a triplet: context (parent post, not labelled), a
newcomer's comment, and a reply to it.
Reply (always an example; context = (parent post, newcomer comment)):
  reply_attack 1 -> harassment=1 (a personal attack)
  reply_attack 0 -> harassment=0
  reply_counterspeech 1 -> also hate=0 (counter-speech is not hate; hostile counter-speech
      is harassment=1, hate=0); reply_counterspeech 0 -> hate unknown
  Every reply that is not an attack is marked slices.negatives_partial = 1: hate is
  unknown unless it is counter-speech (these are hate subreddits), profanity never.
Newcomer comment (an example only when it is counter-speech; context = (parent post,)):
  newcomer_counterspeech 1 -> hate=0, slices.negatives_partial = 1 (may still insult)
  newcomer_counterspeech 0 -> nothing known: not an example
slices.role (reply / newcomer), subreddit, counterspeech. Scores are dropped.
No official split (the datasheet suggests repeated random splits): hash split on the
triplet id, so a triplet's texts share a split.
"""


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "counterspeech_dataset.csv")
    for row in read_dicts(path):
        split = hash_split(f"{NAME}/{row['id']}")
        context = row["context"].strip()
        parent = (context,) if context else ()
        attack = int(row["reply_attack"])
        counter = row["reply_counterspeech"] == "1"
        labels: dict[str, int | float] = {"harassment": attack}
        if counter:
            labels["hate"] = 0
        yield make(
            NAME,
            f"{row['id']}-reply",
            row["reply"],
            labels,
            split=split,
            lang="en",
            context=(*parent, row["newcomer"]),
            role="reply",
            subreddit=row["subreddit"],
            counterspeech=str(int(counter)),
            negatives_partial="1" if not attack else "",
        )
        if row["newcomer_counterspeech"] == "1" and row["newcomer"].strip():
            yield make(
                NAME,
                f"{row['id']}-newcomer",
                row["newcomer"],
                {"hate": 0},
                split=split,
                lang="en",
                context=parent,
                role="newcomer",
                subreddit=row["subreddit"],
                counterspeech="1",
                negatives_partial="1",
            )


IMPORTER = Importer(
    name=NAME,
    licence="none (datasheet: not distributed under a licence)",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats=(
        "450 triplets; raw comments from hate subreddits (contexts and non-counter-speech "
        "comments are often hateful but carry no hate label)."
    ),
)

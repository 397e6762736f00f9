"""YouTube Spam Collection v1 (Alberto et al. 2015): comments on five music videos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "youtube-spam"
MAPPING = """\
  CLASS 1 -> spam=1 (scam unknown)
  CLASS 0 -> spam=0
Everything else unknown. AUTHOR (real display names) and DATE (missing exactly on spam
rows: it leaks the label) are dropped. Rows repeating a COMMENT_ID are dropped
(Eminem 472 -> 452, Shakira 370 -> 369). slices.video names the video.
No official split: hash split on the text.
"""
VIDEOS = ("01-Psy", "02-KatyPerry", "03-LMFAO", "04-Eminem", "05-Shakira")


def load(root: Path) -> Iterator[Example]:
    for video in VIDEOS:
        (path,) = need(root, f"Youtube{video}.csv")
        seen: set[str] = set()
        for row in read_dicts(path):
            comment_id = row["COMMENT_ID"]
            if comment_id in seen or not row["CONTENT"].strip():
                continue
            seen.add(comment_id)
            name = video.split("-", 1)[1].lower()
            yield make(
                NAME,
                f"{name}/{comment_id}",
                row["CONTENT"],
                {"spam": int(row["CLASS"])},
                lang="en",
                video=name,
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Third-party mirror; Eminem file holds duplicated comments (deduplicated here).",
)

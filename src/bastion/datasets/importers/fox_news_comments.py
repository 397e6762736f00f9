"""Fox News comments (RANLP 2017): hateful / not, with the article and thread as context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_json_lines

NAME = "fox-news-comments"
MAPPING = """\
  label 1 (hateful)     -> hate=1
  label 0 (non-hateful) -> hate=0 ONLY, slices.negatives_partial = 1: heated political
                           comments that may still insult or swear (not annotated).
Unknown: harassment, profanity, violence and everything else.
Context (parent last): the article title, its description (meta), and the previous
comment in the thread when there is one; the following comment (succ) is not context
and is dropped. The derived file already has the commenter handle and mentions removed.
slices.article numbers the 10 articles (by title, in file order).
No official split: hash split on the text.
"""


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "fox_news_comments.no_user.jsonl")
    articles: dict[str, int] = {}
    for row in read_json_lines(path):
        article = articles.setdefault(str(row["title"]), len(articles) + 1)
        turns = (str(row.get(k) or "").strip() for k in ("title", "meta", "prev"))
        hateful = int(row["label"]) == 1
        yield make(
            NAME,
            str(row["idx"]),
            str(row["text"]),
            {"hate": int(hateful)},
            lang="en",
            context=tuple(t for t in turns if t),
            article=str(article),
            negatives_partial="" if hateful else "1",
        )


IMPORTER = Importer(
    name=NAME,
    licence="MIT (README statement; the LICENSE file's copyright line belongs to another project)",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Only 1,528 comments under 10 articles: strong topical bias, narrow negatives.",
)

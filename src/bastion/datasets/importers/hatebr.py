"""HateBR 2.0 + HateBRXplain: offensive Brazilian Instagram comments with rationales."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import find_spans, need, read_dicts

NAME = "hatebr"
MAPPING = """\
  label_final 1 (offensive)     -> harassment=1 (comments on politicians' posts: mostly
                                   insults; hate and profanity unknown)
  label_final 0 (non-offensive) -> harassment=0, hate=0, profanity=0
votes.harassment = the three annotators' offensive votes. spans = where the two
annotators' rationales (HateBRXplain, "; "-separated) occur in the text, found
case-insensitively; [] on non-offensive rows. Post links and account names are dropped.
No official split: hash split on the text.
"""
_ANNOTATORS = ("anotator1", "anotator2", "anotator3")


def load(root: Path) -> Iterator[Example]:
    main, xplain = need(root, "HateBR.csv", "HateBRXplain.csv")
    rationales = {row["id"]: row for row in read_dicts(xplain)}
    for row in read_dicts(main):
        text, offensive = row["comentario"], int(row["label_final"])
        labels: dict[str, int | float] = (
            {"harassment": 1} if offensive else {"harassment": 0, "hate": 0, "profanity": 0}
        )
        extra = rationales.get(row["id"])
        if extra is None or extra["comment"].strip() != text.strip():
            raise SourceError(f"{xplain}: no matching rationale row for id {row['id']}")
        fragments = [
            part
            for key in ("rationales_annotator1", "rationales_annotator2")
            for part in extra[key].split(";")
            if offensive and extra[key] not in ("", "null")
        ]
        positive = sum(int(row[a]) for a in _ANNOTATORS)
        yield make(
            NAME,
            row["id"],
            text,
            labels,
            lang="pt",
            votes={"harassment": Votes(positive, len(_ANNOTATORS))},
            annotators=_ANNOTATORS,
            spans=find_spans(text, fragments),
        )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-NC-4.0",
    use="eval",
    languages=("pt",),
    label_mapping=MAPPING,
    load=load,
    caveats="Non-commercial.",
)

"""Latent Hatred (ElSherief et al., EMNLP 2021): implicit vs explicit vs no hate in tweets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, SourceError, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "implicit-hate"
MAPPING = """\
Stage 1 label:
  implicit_hate, explicit_hate -> hate=1 (slices.hate_type = implicit / explicit)
  not_hate                     -> hate=0, slices.negatives_partial = 1 (tweets from
                                  extremist-adjacent accounts that may still be offensive;
                                  added 2026-12)
Stage 2 (implicit posts, joined on the text): implicit_class or extra_implicit_class
  threatening -> hate/threatening=1; another class -> hate/threatening=0.
Stage 3 (joined on the text): target (free text, lower-cased) -> slices.target_group.
Everything else unknown. Example ids are the tweet ids of stage-1 (same row order; checked).
SAP_posts has no labels and is not used. No official split: hash split on the text.
"""
_HATE = {"implicit_hate": 1, "explicit_hate": 1, "not_hate": 0}


def load(root: Path) -> Iterator[Example]:
    ids, posts, stage2, stage3 = need(
        root,
        "implicit_hate_v1_stg1.tsv",
        "implicit_hate_v1_stg1_posts.tsv",
        "implicit_hate_v1_stg2_posts.tsv",
        "implicit_hate_v1_stg3_posts.tsv",
    )
    threatening: dict[str, bool] = {}
    for row in read_dicts(stage2, delimiter="\t"):
        hit = "threatening" in (row["implicit_class"], row["extra_implicit_class"])
        threatening[row["post"]] = threatening.get(row["post"], False) or hit
    targets: dict[str, str] = {}
    for row in read_dicts(stage3, delimiter="\t"):
        targets.setdefault(row["post"], row["target"].strip().lower())
    seen: dict[str, int] = {}
    id_rows = list(read_dicts(ids, delimiter="\t"))
    post_rows = list(read_dicts(posts, delimiter="\t"))
    if len(id_rows) != len(post_rows):
        raise SourceError(f"{ids} has {len(id_rows)} rows but {posts} has {len(post_rows)}")
    for id_row, row in zip(id_rows, post_rows, strict=True):
        label = row["label"]
        if id_row["class"] != label:
            raise SourceError(f"{ids} and {posts} are out of step at tweet {id_row['ID']}")
        copies = seen[id_row["ID"]] = seen.get(id_row["ID"], 0) + 1
        native_id = id_row["ID"] if copies == 1 else f"{id_row['ID']}-{copies}"
        text = row["post"]
        labels: dict[str, int | float] = {"hate": _HATE[label]}
        if text in threatening and label != "not_hate":
            labels["hate/threatening"] = int(threatening[text])
        yield make(
            NAME,
            native_id,
            text.strip(),
            labels,
            lang="en",
            hate_type=label.split("_")[0] if labels["hate"] else "",
            target_group=targets.get(text, ""),
            negatives_partial="" if labels["hate"] else "1",
        )


IMPORTER = Importer(
    name=NAME,
    licence="none stated",
    use="eval",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Licence unclear: research use only, do not redistribute. Third-party mirror.",
)

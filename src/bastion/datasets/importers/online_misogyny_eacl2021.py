"""Guest et al. (EACL 2021): expert-annotated misogyny in Reddit posts and comments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "online-misogyny-eacl2021"
MAPPING = """\
An entry with several label rows becomes one example (6,567 rows -> 6,383 examples);
a label is positive when any of its rows says so.
  level_1 Misogynistic     -> hate=1 (slices.target_group = women)
  level_1 Nonmisogynistic  -> hate=0 (noisy for hate against other groups, which the
                              annotators did not label)
  level_2 *_personal_attack -> harassment=1; None_of_the_categories / Counter_speech with
                              no personal-attack row -> harassment=0; otherwise unknown
  level_3 Threatening_*    -> hate/threatening=1 (only when misogynistic)
Everything else unknown. Privacy: author, link_id, parent_id, timestamps are dropped;
the parent comment's text (when it is in the set) is kept as context. About 14 rows
whose text was split into the "image" column by a quoting error are rejoined.
Official train/test split.
"""
_ATTACKS = {"Misogynistic_personal_attack", "Nonmisogynistic_personal_attack"}
_CLEAN = {"None_of_the_categories", "Counter_speech"}


def _body(row: dict[str, str]) -> str:
    image = row["image"]
    return row["body"] if image in ("", "Yes") else f"{row['body']},{image}"


def _labels(rows: list[dict[str, str]]) -> dict[str, int | float]:
    misogynistic = any(r["level_1"] == "Misogynistic" for r in rows)
    labels: dict[str, int | float] = {"hate": int(misogynistic)}
    level_2 = {r["level_2"] for r in rows}
    if level_2 & _ATTACKS:
        labels["harassment"] = 1
    elif level_2 <= _CLEAN:
        labels["harassment"] = 0
    if misogynistic:
        labels["hate/threatening"] = int(any(r["level_3"].startswith("Threatening") for r in rows))
    return labels


def load(root: Path) -> Iterator[Example]:
    (path,) = need(root, "final_labels.csv")
    entries: dict[str, list[dict[str, str]]] = {}
    for row in read_dicts(path):
        entries.setdefault(row["entry_id"], []).append(row)
    bodies = {entry: _body(rows[0]) for entry, rows in entries.items()}
    for entry, rows in entries.items():
        text = bodies[entry]
        if not text.strip():
            continue
        parent = rows[0]["parent_id"].partition("_")[2]
        context = (bodies[parent],) if bodies.get(parent, "").strip() else ()
        labels = _labels(rows)
        yield make(
            NAME,
            entry,
            text,
            labels,
            split=rows[0]["split"],
            lang="en",
            context=context,
            target_group="women" if labels["hate"] else "",
            subreddit=rows[0]["subreddit"],
        )


IMPORTER = Importer(
    name=NAME,
    licence="MIT",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Rows carried Reddit usernames and ids; the importer drops them.",
)

"""Every importer over the real source folder, when this machine has it (skips otherwise).

Counts follow each set's SOURCE.txt; where an importer deliberately differs, the
comment says why.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

from bastion.datasets.importers import IMPORTERS
from bastion.taxonomy import is_category

SHARED_DATA = Path(os.environ.get("BASTION_SHARED_DATA") or "/work/shared/data")

# name: (examples, examples per split, positives (label == 1) per category)
EXPECTED: dict[str, tuple[int, dict[str, int], dict[str, int]]] = {
    "davidson-hate-offensive": (24783, {}, {"hate": 1430, "profanity": 19190}),
    # SOURCE's own majority count says 579 abusive / 139 ties; the same rule here gives 577 / 145.
    "convabuse": (4185, {"train": 2501, "dev": 831, "test": 853}, {"harassment": 577}),
    # 13,014 rows; 879 rows whose only types are disrespectful/fearful map to nothing.
    "mlma": (12135, {}, {"hate": 2432, "harassment": 8438}),
    "toxic-spans": (10629, {"train": 7939, "dev": 690, "test": 2000}, {}),
    # 30,002 rows; one has an empty text.
    "trac1-aggression": (30001, {"train": 23999, "dev": 6002}, {"harassment": 20904}),
    # 6,567 label rows for 6,383 entries; 12 entries are image-only posts with no text.
    "online-misogyny-eacl2021": (6371, {}, {"hate": 516, "hate/threatening": 18}),
    # 722 (sentence, group) rows are 668 distinct sentences.
    "toxigen-prompts": (668, {}, {"hate": 371}),
    "germeval2018": (8541, {"train": 5009, "test": 3532}, {"harassment": 2771, "profanity": 119}),
    "offenseval-tr": (35284, {"train": 31756, "test": 3528}, {"harassment": 6847}),
    # posts of 500 users; 28 users' cells were truncated, their last post is dropped.
    "reddit-cssrs-suicide": (9099, {}, {"self-harm/intent": 5274}),
    "simplesafetytests": (80, {}, {"self-harm": 20, "violence": 20, "scam": 20, "illicit": 40}),
    # HarmBench 213 mapped behaviours + StrongREJECT 213 mapped prompts (see the mapping).
    "harmful-behaviors": (426, {}, {"illicit/violent": 56, "harassment": 25, "sexual": 50}),
    "jailbreak-llms-itw": (1405, {}, {"prompt-attack": 1405}),
    "deepset-prompt-injections": (662, {"train": 546, "test": 116}, {"prompt-attack": 263}),
    "injecguard-notinject": (1435, {}, {}),
    "sms-spam": (5574, {}, {"spam": 747}),
    "sms-smishing-5971": (5971, {}, {"scam": 638, "spam": 489 + 638}),
    # 1,980 rows less 21 repeated COMMENT_IDs (Eminem 20, Shakira 1).
    "youtube-spam": (1959, {}, {"spam": 1009}),
    # relation (168) and idk/skip (73) sentences are left out.
    "stormfront": (10703, {"test": 478}, {"hate": 1196}),
    "ethos": (998, {}, {}),
    "olid": (14100, {"train": 13240, "test": 860}, {"profanity": 551}),
    "gab-hate-corpus": (
        27546,
        {"train": 22036, "test": 5510},
        {"hate": 2348, "violence": 155, "profanity": 1748},
    ),
    "implicit-hate": (21480, {}, {"hate": 7100 + 1089, "hate/threatening": 666 + 6}),
    "jigsaw-toxic-samples": (401, {"train": 300, "test": 101}, {"hate": 6, "profanity": 28}),
    "hateval2019": (
        19600,
        {"train": 13500, "dev": 1500, "test": 4600},
        {"hate": 3783 + 427 + 1260 + 1857 + 222 + 660},
    ),
    "hatebr": (7000, {}, {"harassment": 3500}),
    "offcombr": (1250, {}, {"harassment": 419}),
    "arabic-osact4-lhsab": (13846, {}, {"hate": 361 + 44 + 468}),
    # 16,431 rows of the 2026 file + 1,921 ids only in the 2025 file.
    "germeval2025-violence": (18352, {}, {}),
    # distinct attack / access-code texts + 230 extraction-detection outputs.
    "tensor-trust": (1690, {}, {}),
}


def test_every_importer_has_expectations() -> None:
    assert set(EXPECTED) == set(IMPORTERS)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_importer_over_real_data(name: str) -> None:
    folder = SHARED_DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    examples = list(IMPORTERS[name].load(folder))
    count, splits, positives = EXPECTED[name]
    assert len(examples) == count
    assert len({e.id for e in examples}) == count
    split_counts = Counter(e.split for e in examples)
    assert set(split_counts) <= {"train", "dev", "test"}
    for split, n in splits.items():
        assert split_counts[split] == n, split
    found = Counter(k for e in examples for k, v in e.labels.items() if v == 1)
    for category, n in positives.items():
        assert found[category] == n, category
    for e in examples:
        assert all(is_category(k) for k in e.labels)
        assert e.slices["source"] == name and e.text.strip()
    if name == "toxic-spans":
        assert sum(1 for e in examples if e.spans) == 647 + 7454 + 1606
    if name == "ethos":
        assert sum(1 for e in examples if e.labels["hate"] >= 0.5) == 433


def test_importers_match_the_data_readme() -> None:
    readme = SHARED_DATA / "README.md"
    if not readme.is_file():
        pytest.skip(f"{readme} is not on this machine")
    rows = re.findall(r"^\| ([a-z0-9-]+) \|.*\| (train|eval) \|$", readme.read_text(), re.M)
    assert dict(rows) == {name: imp.use for name, imp in IMPORTERS.items()}
    on_disk = {p.name for p in SHARED_DATA.iterdir() if p.is_dir()}
    assert on_disk <= set(IMPORTERS)

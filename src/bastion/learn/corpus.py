"""The training corpus for the shipped text models.

Only sets whose licence allows training a shipped model (``use == "train"``)
are read, plus the project's own seed data and authored data
(``learn/authored/``). Every set is read at its full size; sources are
balanced by **weight**, not by dropping rows: each example of a source weighs
``min(1, budget / size)``, so a 200,000-row synthetic set counts as much as
its budget and no more, while every row still teaches the model something.
A ``cap`` (rows per set, positives first) remains for quick smoke runs.

Labels are partial: a set says nothing about categories it did not annotate.
An example whose known labels are all 0 ("clean") is a negative for every
category, unless its source marks its negatives as partial
(``slices.negatives_partial``: "not sexist" is not "not insulting"); an
example positive for one category stays unknown for the others.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bastion import taxonomy, yaml_io
from bastion.datasets.format import Example
from bastion.datasets.importers import IMPORTERS
from bastion.learn.authored_data import authored_examples

SEED_FILE = Path(__file__).resolve().parent / "seed" / "seed.yaml"
UNKNOWN = -1.0
DEFAULT_BUDGET = 8000
"""Effective examples per source set (see :func:`example_weights`)."""
BUDGETS: dict[str, float | None] = {
    # Synthetic identity templates: good for fairness, but must not drown real text.
    "jigsaw-sentence-templates": 15000,
    # The project's own data, written to the taxonomy, and reviewers' verdicts: full weight.
    "bastion-seed": None,
    "bastion-authored": None,
    "review-verdicts": None,
}
MULTIPLIERS: dict[str, float] = {
    # Written to the taxonomy's definitions, with contrastive pairs: the labels most worth
    # learning from, and the only ones for several categories and languages.
    "bastion-authored": 2.0,
}


@dataclass(frozen=True)
class Corpus:
    examples: tuple[Example, ...]
    sources: dict[str, int]
    """Examples taken per source set (after the cap)."""

    def weights(self) -> np.ndarray:
        return example_weights(self.examples)

    def split_indices(self, split: str) -> np.ndarray:
        return np.array([i for i, e in enumerate(self.examples) if split_of(e) == split])

    def label_matrix(self, categories: Sequence[str]) -> np.ndarray:
        """(n, len(categories)) with 1, 0 or UNKNOWN (-1); clean examples are 0 everywhere."""
        matrix = np.full((len(self.examples), len(categories)), UNKNOWN, dtype=np.float32)
        for i, example in enumerate(self.examples):
            known = {c: float(v) for c, v in example.labels.items()}
            clean = (
                bool(known)
                and all(v < 0.5 for v in known.values())
                and not example.slices.get("negatives_partial")
            )
            for j, category in enumerate(categories):
                if category in known:
                    matrix[i, j] = 1.0 if known[category] >= 0.5 else 0.0
                elif clean:
                    matrix[i, j] = 0.0
        return matrix


def example_weights(examples: Sequence[Example]) -> np.ndarray:
    """One weight per example: ``min(1, budget / size of its source)`` (see :data:`BUDGETS`),
    times the source's :data:`MULTIPLIERS` entry."""
    sizes: dict[str, int] = {}
    for e in examples:
        source = e.slices.get("source", "?")
        sizes[source] = sizes.get(source, 0) + 1
    per_source = {
        s: 1.0 if (b := BUDGETS.get(s, DEFAULT_BUDGET)) is None else min(1.0, b / n)
        for s, n in sizes.items()
    }
    return np.array(
        [
            per_source[s] * MULTIPLIERS.get(s, 1.0)
            for s in (e.slices.get("source", "?") for e in examples)
        ],
        np.float32,
    )


def split_of(example: Example) -> str:
    """train / dev / test. Sets with only train/test lend 15% of train to dev, by id."""
    split = example.slices.get("split", "train")
    if split == "train":
        # Counterfactual copies carry their original's id as split_key: same split as it.
        key = example.slices.get("split_key", example.id)
        bucket = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 100
        return "dev" if bucket < 15 else "train"
    return "dev" if split in ("dev", "valid", "validation") else split


def training_sets() -> list[str]:
    return sorted(name for name, importer in IMPORTERS.items() if importer.use == "train")


def _capped(examples: list[Example], cap: int | None, rng: random.Random) -> list[Example]:
    if cap is None or len(examples) <= cap:
        return examples
    positive = [e for e in examples if any(v >= 0.5 for v in e.labels.values())]
    other = [e for e in examples if not any(v >= 0.5 for v in e.labels.values())]
    rng.shuffle(positive)
    rng.shuffle(other)
    take_positive = min(len(positive), cap // 2)
    chosen = positive[:take_positive] + other[: cap - take_positive]
    if len(chosen) < cap:
        chosen += positive[take_positive : take_positive + cap - len(chosen)]
    return sorted(chosen, key=lambda e: e.id)


def seed_examples(path: Path = SEED_FILE) -> list[Example]:
    """The project's own labelled seed data (see learn/seed/README.md)."""
    data = yaml_io.safe_load(path.read_text(encoding="utf-8"))
    out: list[Example] = []
    for category, lists in data["categories"].items():
        for polarity, value in (("positive", 1), ("negative", 0)):
            for entry in lists.get(polarity, []):
                # An entry is a text, or {text, labels} when it is positive for another category.
                text = entry if isinstance(entry, str) else entry["text"]
                labels: dict[str, int | float] = {category: value}
                if isinstance(entry, dict):
                    labels.update(entry.get("labels", {}))
                for positive in [c for c, v in labels.items() if v == 1]:
                    labels.update(dict.fromkeys(taxonomy.ancestors(positive), 1))
                digest = hashlib.sha256(f"{category}\n{text}".encode()).hexdigest()[:12]
                bucket = int(digest[:6], 16) % 10
                split = "test" if bucket < 2 else "train"  # split_of lends 15% of train to dev
                out.append(
                    Example(
                        id=f"seed:{digest}",
                        text=text,
                        labels=labels,
                        slices={"source": "bastion-seed", "split": split},
                    )
                )
    return out


def build_corpus(
    data_root: Path,
    seed: int = 0,
    cap: int | None = None,
    sets: Iterable[str] | None = None,
    authored: bool = True,
) -> Corpus:
    """Train-licensed sets (all of them, or ``sets``), seed data and authored data."""
    rng = random.Random(seed)
    examples: list[Example] = []
    sources: dict[str, int] = {}
    for name in sets or training_sets():
        importer = IMPORTERS[name]
        if importer.use != "train":
            raise ValueError(f"{name} is licensed for evaluation only; it cannot train a model")
        loaded = [e for e in importer.load(data_root / name) if e.text.strip()]
        chosen = _capped(loaded, cap, rng)
        sources[name] = len(chosen)
        examples.extend(chosen)
    seeds = seed_examples()
    sources["bastion-seed"] = len(seeds)
    examples.extend(seeds)
    if authored:
        written = authored_examples()
        sources["bastion-authored"] = len(written)
        examples.extend(written)
    return Corpus(tuple(examples), sources)

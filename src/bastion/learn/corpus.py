"""The training corpus for the shipped text models.

Only sets whose licence allows training a shipped model (``use == "train"``)
are read, plus the project's own seed data. Each set is capped (positives
first) so that one huge set does not drown the others, and so training fits
this machine; the cap and the seed make the corpus reproducible.

Labels are partial: a set says nothing about categories it did not annotate.
An example whose known labels are all 0 ("clean") is a weak negative for every
category; an example positive for one category stays unknown for the others.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bastion import taxonomy
from bastion.datasets.format import Example
from bastion.datasets.importers import IMPORTERS

SEED_FILE = Path(__file__).resolve().parent / "seed" / "seed.yaml"
DEFAULT_CAP = 3000
UNKNOWN = -1.0


@dataclass(frozen=True)
class Corpus:
    examples: tuple[Example, ...]
    sources: dict[str, int]
    """Examples taken per source set (after the cap)."""

    def split_indices(self, split: str) -> np.ndarray:
        return np.array([i for i, e in enumerate(self.examples) if split_of(e) == split])

    def label_matrix(self, categories: Sequence[str]) -> np.ndarray:
        """(n, len(categories)) with 1, 0 or UNKNOWN (-1); clean examples are 0 everywhere."""
        matrix = np.full((len(self.examples), len(categories)), UNKNOWN, dtype=np.float32)
        for i, example in enumerate(self.examples):
            known = {c: float(v) for c, v in example.labels.items()}
            clean = bool(known) and all(v < 0.5 for v in known.values())
            for j, category in enumerate(categories):
                if category in known:
                    matrix[i, j] = 1.0 if known[category] >= 0.5 else 0.0
                elif clean:
                    matrix[i, j] = 0.0
        return matrix


def split_of(example: Example) -> str:
    """train / dev / test. Sets with only train/test lend 15% of train to dev, by id."""
    split = example.slices.get("split", "train")
    if split == "train":
        bucket = int(hashlib.sha256(example.id.encode()).hexdigest()[:8], 16) % 100
        return "dev" if bucket < 15 else "train"
    return "dev" if split in ("dev", "valid", "validation") else split


def training_sets() -> list[str]:
    return sorted(name for name, importer in IMPORTERS.items() if importer.use == "train")


def _capped(examples: list[Example], cap: int, rng: random.Random) -> list[Example]:
    if len(examples) <= cap:
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
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
    data_root: Path, seed: int = 0, cap: int = DEFAULT_CAP, sets: Iterable[str] | None = None
) -> Corpus:
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
    return Corpus(tuple(examples), sources)

"""Evaluation of the trained heads on evaluation-only sets (never trained on).

These sets' licences forbid training a shipped model, but measuring on them is
allowed and is the honest test of generalisation: other annotators, other
platforms, other languages.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bastion.datasets.importers import IMPORTERS
from bastion.evaluate.metrics import binary_report
from bastion.models.bundle import EmbeddingHeads, LinearHeads, Stack
from bastion.models.features import char_features

EXTERNAL: tuple[tuple[str, str], ...] = (
    ("olid", "harassment"),
    ("stormfront", "hate"),
    ("ethos", "hate"),
    ("gab-hate-corpus", "hate"),
    ("implicit-hate", "hate"),
    ("hateval2019", "hate"),
    ("hatebr", "harassment"),
    ("offcombr", "harassment"),
    ("arabic-osact4-lhsab", "harassment"),
    ("germeval2025-violence", "violence"),
    ("tensor-trust", "prompt-attack"),
)
PER_SET = 600


class Embedder(Protocol):
    def embed(self, texts: list[str], progress: Callable[[str], None]) -> np.ndarray: ...


def external_evaluation(
    data_root: Path,
    char: LinearHeads,
    emb: EmbeddingHeads,
    stacks: dict[str, Stack],
    embedder: Embedder,
    seed: int,
    progress: Callable[[str], None],
) -> dict[str, Any]:
    from bastion.learn.train import first_segment

    results: dict[str, Any] = {}
    for name, category in EXTERNAL:
        folder = data_root / name
        if not folder.exists() or category not in char.categories:
            continue
        examples = [e for e in IMPORTERS[name].load(folder) if category in e.labels]
        test = [e for e in examples if e.slices.get("split") == "test"] or examples
        random.Random(seed).shuffle(test)
        test = test[:PER_SET]
        y = np.array([1 if e.labels[category] >= 0.5 else 0 for e in test])
        if y.sum() < 5 or y.sum() == len(y):
            continue
        texts = [first_segment(e.text) for e in test]
        j = char.categories.index(category)
        heads = {
            "char_ngrams": char.probabilities(char_features(texts))[:, j],
            "text_embedding": emb.probabilities(embedder.embed(texts, progress))[:, j],
        }
        scores = stacks[category].probabilities(heads)
        report = binary_report(y, scores, rounds=100, seed=seed)
        langs = sorted({e.slices.get("lang", "?") for e in test})
        results[name] = {"category": category, "languages": langs, **report.to_dict()}
        progress(f"  {name} ({category}): AUPRC {report.auprc:.3f}, F1 {report.f1:.3f}")
    return results

"""Evaluation of the trained heads on evaluation-only sets (never trained on).

These sets' licences forbid training a shipped model, but measuring on them is
allowed and is the honest test of generalisation: other annotators, other
platforms, other languages. Every evaluation-only set is measured on every
category it annotates with enough positives and negatives (up to
:data:`PER_SET` rows of its test split, or of the whole set when it has none).
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
from bastion.models.features import ANALYZER, text_features
from bastion.models.lexical import LinearTextModel

PER_SET = 800
MIN_CLASS = 5


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
    lexical: LinearTextModel | None = None,
    analyzer: str = ANALYZER,
) -> dict[str, Any]:
    """``{"set:category": report}`` for every evaluation-only set in ``data_root``."""
    from bastion.learn.train import first_segment

    results: dict[str, Any] = {}
    for name, importer in IMPORTERS.items():
        folder = data_root / name
        if importer.use != "eval" or not folder.exists():
            continue
        examples = [e for e in importer.load(folder) if e.text.strip() and e.labels]
        test = [e for e in examples if e.slices.get("split") == "test"] or examples
        random.Random(seed).shuffle(test)
        test = test[:PER_SET]
        texts = [first_segment(e.text) for e in test]
        char_p = char.probabilities(text_features(texts, lexical, analyzer))
        emb_p = emb.probabilities(embedder.embed(texts, progress))
        for category in char.categories:
            rows = [i for i, e in enumerate(test) if category in e.labels]
            y = np.array([1 if float(test[i].labels[category]) >= 0.5 else 0 for i in rows])
            if y.sum() < MIN_CLASS or len(y) - y.sum() < MIN_CLASS:
                continue
            j = char.categories.index(category)
            heads = {"char_ngrams": char_p[rows, j], "text_embedding": emb_p[rows, j]}
            report = binary_report(y, stacks[category].probabilities(heads), rounds=100, seed=seed)
            langs = sorted({test[i].slices.get("lang", "?") for i in rows})
            results[f"{name}:{category}"] = {
                "set": name,
                "category": category,
                "languages": langs,
                **report.to_dict(),
            }
            progress(f"  {name} ({category}): AUPRC {report.auprc:.3f}, F1 {report.f1:.3f}")
    return results

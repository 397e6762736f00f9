"""``bastion train``: build the shipped text-model bundle from data, reproducibly.

1. Corpus: the train-licensed sets (capped, positives first) plus seed data.
2. Features: char n-grams of the folded text; multilingual embeddings.
3. Heads: one class-balanced logistic regression per category and feature set,
   fitted on the train split, where the label is known.
4. Fusion: per category, a logistic regression over the heads' logits fitted
   on the dev split (Platt-style stacking) gives the calibrated probability.
5. Evaluation on the test split (each head alone vs the fusion, per language)
   and on evaluation-only sets never trained on; written to the manifest and
   the model card.

Same data, same seed, same cap: same weights and the same metrics.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from bastion.artifacts import build_text_artifacts
from bastion.artifacts.embedding import DIMENSIONS, MODEL_NAME, embed
from bastion.artifacts.segments import segment_spans
from bastion.evaluate.metrics import binary_report, reliability_curve
from bastion.learn.card import write_model_card
from bastion.learn.corpus import UNKNOWN, Corpus, build_corpus
from bastion.learn.external import external_evaluation
from bastion.models.bundle import LinearHeads, Stack, TextBundle, logit, sigmoid
from bastion.models.features import N_FEATURES, NGRAM_RANGE, char_features

Progress = Callable[[str], None]
MIN_POSITIVES = 5
"""Seed-only categories have a handful of train positives; the card rates them weak."""
HEADS = ("char_ngrams", "text_embedding")


def first_segment(text: str) -> str:
    """What a model sees of a training text: its first segment of the folded view."""
    folded = build_text_artifacts(text, declared_lang="xx").folded.text
    spans = segment_spans(folded)
    return folded[spans[0][0] : spans[0][1]] if spans else folded


class EmbeddingCache:
    """Embeddings by text hash, kept on disk so retraining skips the slow part."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def embed(self, texts: Sequence[str], progress: Progress) -> np.ndarray:
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        todo = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items()
        )
        for start in range(0, len(todo), 64):
            chunk = todo[start : start + 64]
            for (key, _), vector in zip(chunk, embed([t for _, t in chunk]), strict=True):
                self.vectors[key] = vector
            if start % 2048 == 0:
                progress(f"  embedded {start + len(chunk)}/{len(todo)} new texts")
        if todo and self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(
                self.path,
                keys=np.array(list(self.vectors)),
                vectors=np.stack(list(self.vectors.values())),
            )
        return np.stack([self.vectors[k] for k in keys]) if keys else np.zeros((0, DIMENSIONS))


def _fit(x: Any, y: np.ndarray, c: float, seed: int) -> LogisticRegression:
    model = LogisticRegression(
        C=c, class_weight="balanced", solver="liblinear", max_iter=300, random_state=seed
    )
    return model.fit(x, y)


def _stack(columns: list[np.ndarray], y: np.ndarray, seed: int) -> tuple[np.ndarray, float]:
    x = np.column_stack([logit(c) for c in columns])
    model = LogisticRegression(C=1.0, solver="lbfgs", max_iter=500, random_state=seed).fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


def train_text_models(
    data_root: Path,
    out: Path,
    *,
    seed: int = 0,
    cap: int = 1500,
    cache: Path | None = None,
    progress: Progress = print,
) -> dict[str, Any]:
    """Build the corpus from ``data_root`` and fit, evaluate and write the bundle."""
    progress(f"corpus: reading train-licensed sets from {data_root}")
    corpus = build_corpus(data_root, seed=seed, cap=cap)
    progress(f"corpus: {len(corpus.examples)} examples from {len(corpus.sources)} sources")
    return fit_bundle(
        corpus, out, seed=seed, cap=cap, cache=cache, external_root=data_root, progress=progress
    )


def fit_bundle(
    corpus: Corpus,
    out: Path,
    *,
    seed: int = 0,
    cap: int = 0,
    cache: Path | None = None,
    external_root: Path | None = None,
    progress: Progress = print,
) -> dict[str, Any]:
    """Fit heads and fusion on ``corpus``, evaluate, and write the bundle to ``out``."""
    texts = [first_segment(e.text) for e in corpus.examples]
    progress("features: char n-grams")
    x_char = char_features(texts)
    progress("features: embeddings")
    embedder = EmbeddingCache(cache)
    x_emb = embedder.embed(texts, progress)

    categories = _trainable(corpus)
    labels = corpus.label_matrix(categories)
    split = {s: corpus.split_indices(s) for s in ("train", "dev", "test")}
    char_w = np.zeros((N_FEATURES, len(categories)), dtype=np.float32)
    emb_w = np.zeros((x_emb.shape[1], len(categories)), dtype=np.float32)
    char_b = np.zeros(len(categories), dtype=np.float32)
    emb_b = np.zeros(len(categories), dtype=np.float32)
    stacks: dict[str, Stack] = {}
    metrics: dict[str, Any] = {}
    for j, category in enumerate(categories):
        y = labels[:, j]
        train = split["train"][y[split["train"]] != UNKNOWN]
        progress(f"train {category}: {int(y[train].sum())} positives / {len(train)} examples")
        char_model = _fit(x_char[train], y[train], 4.0, seed)
        emb_model = _fit(x_emb[train], y[train], 2.0, seed)
        char_w[:, j], char_b[j] = char_model.coef_[0], char_model.intercept_[0]
        emb_w[:, j], emb_b[j] = emb_model.coef_[0], emb_model.intercept_[0]
        p_char = sigmoid(x_char @ char_w[:, j] + char_b[j])
        p_emb = sigmoid(x_emb @ emb_w[:, j] + emb_b[j])
        calibrate, calibrated_on = _calibration_rows(split, y)
        weights, intercept = _stack([p_char[calibrate], p_emb[calibrate]], y[calibrate], seed)
        fill = {
            h: float(np.mean(logit(p[calibrate])))
            for h, p in zip(HEADS, (p_char, p_emb), strict=True)
        }
        stacks[category] = Stack(
            dict(zip(HEADS, map(float, weights), strict=True)), intercept, fill
        )
        metrics[category] = {
            "calibrated_on": calibrated_on,
            **_evaluate(corpus, split["test"], calibrate, y, p_char, p_emb, stacks[category], seed),
        }

    char = LinearHeads(tuple(categories), char_w, char_b)
    emb = LinearHeads(tuple(categories), emb_w, emb_b)
    external: dict[str, Any] = {}
    if external_root is not None:
        progress("evaluation: evaluation-only sets (never trained on)")
        external = external_evaluation(external_root, char, emb, stacks, embedder, seed, progress)
    # The version names the weights themselves: same weights, same version; any change, new one.
    digest = hashlib.sha256(char_w.astype(np.float16).tobytes() + emb_w.tobytes())
    digest.update(json.dumps({c: s.to_dict() for c, s in stacks.items()}, sort_keys=True).encode())
    fingerprint = digest.hexdigest()[:10]
    manifest = {
        "version": f"1.0.0+{fingerprint}",
        "seed": seed,
        "cap": cap,
        "sources": corpus.sources,
        "categories": categories,
        "features": {
            "char": {
                "analyzer": "char_wb-crc32",
                "ngram_range": list(NGRAM_RANGE),
                "n_features": N_FEATURES,
            },
            "embedding": MODEL_NAME,
        },
        "metrics": metrics,
        "external": external,
    }
    TextBundle.write(out, manifest, char, emb, stacks)
    write_model_card(out / "MODEL_CARD.md", manifest)
    progress(f"wrote {out} (version {manifest['version']})")
    return manifest


def _trainable(corpus: Corpus) -> list[str]:
    from bastion import taxonomy

    candidates = [c for c in taxonomy.CATEGORIES if c not in ("nudity", "known-match", "privacy")]
    labels = corpus.label_matrix(candidates)
    train = corpus.split_indices("train")
    return [
        c
        for j, c in enumerate(candidates)
        if (labels[train, j] == 1).sum() >= MIN_POSITIVES
        and (labels[train, j] == 0).sum() >= MIN_POSITIVES
    ]


def _calibration_rows(split: dict[str, np.ndarray], y: np.ndarray) -> tuple[np.ndarray, str]:
    """Dev rows with a known label; train rows too when dev has too few positives."""
    dev = split["dev"][y[split["dev"]] != UNKNOWN]
    if (y[dev] == 1).sum() >= 10 and (y[dev] == 0).sum() >= 10:
        return dev, "dev"
    train = split["train"][y[split["train"]] != UNKNOWN]
    return np.concatenate([dev, train]), "dev+train (few dev positives: optimistic)"


def _evaluate(
    corpus: Corpus,
    test_rows: np.ndarray,
    calibrate: np.ndarray,
    y: np.ndarray,
    p_char: np.ndarray,
    p_emb: np.ndarray,
    stack: Stack,
    seed: int,
) -> dict[str, Any]:
    test = test_rows[y[test_rows] != UNKNOWN]
    fused = stack.probabilities({"char_ngrams": p_char, "text_embedding": p_emb})
    out: dict[str, Any] = {}
    if (y[test] == 1).sum() < 3:
        out["test"] = None
        return out
    yt = y[test].astype(int)
    ablation = {}
    for name, p in (("char_ngrams", p_char), ("text_embedding", p_emb)):
        w, b = _stack([p[calibrate]], y[calibrate], seed)
        ablation[name] = binary_report(
            yt, sigmoid(b + w[0] * logit(p[test])), rounds=100, seed=seed
        ).to_dict()
    ablation["fusion"] = binary_report(yt, fused[test], rounds=200, seed=seed).to_dict()
    out["test"] = ablation
    out["reliability"] = reliability_curve(yt, fused[test])
    by_lang: dict[str, Any] = {}
    langs = np.array([corpus.examples[i].slices.get("lang", "?") for i in test])
    for lang in sorted(set(langs)):
        mask = langs == lang
        if (yt[mask] == 1).sum() >= 5 and (yt[mask] == 0).sum() >= 5:
            report = binary_report(yt[mask], fused[test][mask], rounds=100, seed=seed)
            by_lang[lang] = {
                "n": report.n,
                "auprc": report.auprc,
                "f1": report.f1,
                "roc_auc": report.roc_auc,
            }
    out["by_language"] = by_lang
    by_source: dict[str, Any] = {}
    sources = np.array([corpus.examples[i].slices.get("source", "?") for i in test])
    predicted = fused[test] >= 0.5
    for source in sorted(set(sources)):
        mask = sources == source
        positives, negatives = int((yt[mask] == 1).sum()), int((yt[mask] == 0).sum())
        by_source[source] = {
            "n": int(mask.sum()),
            "positives": positives,
            "recall": float(predicted[mask & (yt == 1)].mean()) if positives else None,
            "false_positive_rate": float(predicted[mask & (yt == 0)].mean()) if negatives else None,
        }
    out["by_source"] = by_source
    return out

"""Multi-task heads with partial labels, in numpy: one model, one output per category.

Why one model for all categories: the categories share most of what there is
to learn (who is targeted, stance, negation), and a shared hidden layer learns
it once from every labelled example, while one logistic regression per
category sees only its own labels. Why numpy: the heads are small, and the
publish path must not need a deep-learning framework.

Labels are partial (a set says nothing about categories it did not annotate),
so the loss is masked: an unknown entry contributes nothing. Entries are
weighted by the example's weight (sources are balanced by weight, not by
dropping rows) and by a per-category class balance, so rare categories are
not drowned by their negatives. Labels may be soft (a teacher's score or the
share of annotators), in which case the entry is pulled towards that value.

Two shapes: ``hidden=0`` is a linear model (logistic regression per output,
for sparse n-gram features), ``hidden>0`` one ReLU hidden layer with dropout
(for dense sentence embeddings). Trained with AdamW on shuffled mini-batches;
the epoch with the lowest development loss is kept. Same data and seed: same
weights.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

Matrix = Any
"""A dense ``np.ndarray`` or a ``scipy.sparse`` CSR matrix of features."""

MAX_CLASS_WEIGHT = 50.0
"""A class's weight in the balanced loss is capped: a dozen positives must not
weigh as much as a hundred thousand negatives."""


@dataclass(frozen=True)
class MultitaskConfig:
    hidden: int = 0
    epochs: int = 8
    batch: int = 512
    learning_rate: float = 1e-3
    weight_decay: float = 1e-4
    dropout: float = 0.1
    seed: int = 0
    patience: int = 2
    """Stop after this many epochs without a better development loss."""


@dataclass
class MultitaskModel:
    """Weights of a fitted model: ``layers`` is [(W, b)] input to output."""

    layers: list[tuple[np.ndarray, np.ndarray]]
    history: list[dict[str, float]] = field(default_factory=list)

    def logits(self, x: Matrix, batch: int = 8192) -> np.ndarray:
        out = []
        for start in range(0, x.shape[0], batch):
            out.append(_forward(self.layers, x[start : start + batch])[0])
        n_out = self.layers[-1][0].shape[1]
        return np.concatenate(out) if out else np.zeros((0, n_out), dtype=np.float32)

    def probabilities(self, x: Matrix) -> np.ndarray:
        return _sigmoid(self.logits(x))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return result


def _forward(
    layers: list[tuple[np.ndarray, np.ndarray]],
    x: Matrix,
    dropout: float = 0.0,
    rng: np.random.Generator | None = None,
) -> tuple[np.ndarray, list[Any]]:
    """Logits and the activations each layer saw (for the backward pass)."""
    inputs: list[Any] = [x]
    h = x
    for i, (w, b) in enumerate(layers):
        z = np.asarray(h @ w) + b
        if i == len(layers) - 1:
            return z.astype(np.float32), inputs
        h = np.maximum(z, 0.0)
        if dropout > 0 and rng is not None:
            keep = rng.random(h.shape, dtype=np.float32) >= dropout
            h = h * keep / (1.0 - dropout)
        inputs.append(h)
    raise AssertionError("a model has at least one layer")


def class_weights(y: np.ndarray, mask: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """(2, n_out): the weight of a negative and of a positive entry, per output (balanced)."""
    w = weight[:, None] * mask
    positive = (w * y).sum(axis=0)
    negative = (w * (1.0 - y)).sum(axis=0)
    total = positive + negative
    with np.errstate(divide="ignore", invalid="ignore"):
        neg = np.where(negative > 0, total / (2.0 * negative), 0.0)
        pos = np.where(positive > 0, total / (2.0 * positive), 0.0)
    balance: np.ndarray = np.clip(np.stack([neg, pos]), 0.0, MAX_CLASS_WEIGHT).astype(np.float32)
    return balance


def _entry_weights(
    y: np.ndarray, mask: np.ndarray, weight: np.ndarray, balance: np.ndarray
) -> np.ndarray:
    per_class = y * balance[1] + (1.0 - y) * balance[0]
    result: np.ndarray = (weight[:, None] * mask * per_class).astype(np.float32)
    return result


def weighted_loss(
    model: MultitaskModel,
    x: Matrix,
    y: np.ndarray,
    mask: np.ndarray,
    weight: np.ndarray,
    balance: np.ndarray,
) -> float:
    """Mean weighted binary cross-entropy over known entries."""
    if x.shape[0] == 0:
        return float("nan")
    z = model.logits(x)
    entry = _entry_weights(y, mask, weight, balance)
    # log(1 + e^z) - y z, computed stably
    bce = np.logaddexp(0.0, z) - y * z
    return float((entry * bce).sum() / max(entry.sum(), 1e-12))


def _init(n_in: int, n_out: int, hidden: int, rng: np.random.Generator) -> list[Any]:
    if hidden <= 0:
        return [(np.zeros((n_in, n_out), np.float32), np.zeros(n_out, np.float32))]
    scale1 = np.sqrt(2.0 / n_in)
    scale2 = np.sqrt(1.0 / hidden)
    return [
        (
            (rng.standard_normal((n_in, hidden)) * scale1).astype(np.float32),
            np.zeros(hidden, np.float32),
        ),
        (
            (rng.standard_normal((hidden, n_out)) * scale2).astype(np.float32),
            np.zeros(n_out, np.float32),
        ),
    ]


def fit_multitask(
    x: Matrix,
    y: np.ndarray,
    mask: np.ndarray,
    weight: np.ndarray,
    dev: tuple[Matrix, np.ndarray, np.ndarray, np.ndarray],
    config: MultitaskConfig,
    progress: Any = None,
    balanced: int | None = None,
    entry_scale: np.ndarray | None = None,
) -> MultitaskModel:
    """Fit on ``(x, y, mask, weight)``; keep the epoch with the best loss on ``dev``.

    ``y`` holds labels in [0, 1] (soft allowed), ``mask`` 1 where the label is
    known, ``weight`` one weight per row. Only the first ``balanced`` outputs
    (default: all) are class-balanced; the others (soft auxiliary targets) are not.
    ``entry_scale`` (same shape as ``y``) multiplies each entry's weight on top
    (e.g. to balance classes within each source); it folds into ``mask``.
    """
    rng = np.random.default_rng(config.seed)
    y = y.astype(np.float32)
    mask = mask.astype(np.float32)
    if entry_scale is not None:
        mask = mask * entry_scale.astype(np.float32)
    weight = weight.astype(np.float32)
    balance = class_weights(y, mask, weight)
    if balanced is not None:
        balance[:, balanced:] = 1.0
    layers = _init(x.shape[1], y.shape[1], config.hidden, rng)
    moments = [
        (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)) for w, b in layers
    ]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    step = 0
    best: tuple[float, list[Any]] | None = None
    stale = 0
    history: list[dict[str, float]] = []
    n = x.shape[0]
    for epoch in range(config.epochs):
        order = rng.permutation(n)
        for start in range(0, n, config.batch):
            rows = np.sort(order[start : start + config.batch])
            xb = x[rows]
            entry = _entry_weights(y[rows], mask[rows], weight[rows], balance)
            norm = entry.sum()
            if norm <= 0:
                continue
            z, inputs = _forward(layers, xb, config.dropout, rng)
            delta = (entry * (_sigmoid(z) - y[rows]) / norm).astype(np.float32)
            grads = []
            for i in range(len(layers) - 1, -1, -1):
                w, _ = layers[i]
                a = inputs[i]
                gw = np.asarray(a.T @ delta, dtype=np.float32)
                gb = delta.sum(axis=0)
                grads.append((gw, gb))
                if i > 0:
                    delta = (delta @ w.T) * (inputs[i] > 0)
            grads.reverse()
            step += 1
            lr = config.learning_rate
            c1, c2 = 1 - beta1**step, 1 - beta2**step
            for i, ((w, b), (gw, gb)) in enumerate(zip(layers, grads, strict=True)):
                mw, vw, mb, vb = moments[i]
                mw *= beta1
                mw += (1 - beta1) * gw
                vw *= beta2
                vw += (1 - beta2) * gw * gw
                mb *= beta1
                mb += (1 - beta1) * gb
                vb *= beta2
                vb += (1 - beta2) * gb * gb
                w -= lr * ((mw / c1) / (np.sqrt(vw / c2) + eps) + config.weight_decay * w)
                b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
        model = MultitaskModel(layers)
        dev_loss = weighted_loss(model, *dev, balance)
        history.append({"epoch": float(epoch + 1), "dev_loss": dev_loss})
        if progress is not None:
            progress(f"    epoch {epoch + 1}: dev loss {dev_loss:.4f}")
        if best is None or dev_loss < best[0]:
            best = (dev_loss, [(w.copy(), b.copy()) for w, b in layers])
            stale = 0
        else:
            stale += 1
            if stale >= config.patience:
                break
    assert best is not None
    return MultitaskModel(best[1], history)


def as_csr(x: Matrix) -> Matrix:
    return x.tocsr() if sparse.issparse(x) else x

"""Multi-task heads: masked, weighted, balanced; they learn what the data says and nothing else."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from bastion.learn.multitask import (
    MAX_CLASS_WEIGHT,
    MultitaskConfig,
    class_weights,
    fit_multitask,
)


def data(n: int = 4000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, 8)).astype(np.float32)
    y = np.column_stack(
        [
            x[:, 0] + 0.3 * rng.standard_normal(n) > 0,  # linear in feature 0
            x[:, 1] * x[:, 2] > 0,  # an interaction: only a hidden layer can learn it
        ]
    ).astype(np.float32)
    return x, y


def auc(y: np.ndarray, s: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s))


@pytest.mark.parametrize("hidden", [0, 32])
def test_learns_a_linear_task_and_only_a_network_learns_an_interaction(hidden: int) -> None:
    x, y = data()
    mask, weight = np.ones_like(y), np.ones(len(y), np.float32)
    config = MultitaskConfig(hidden=hidden, epochs=12, batch=128, learning_rate=5e-3, seed=1)
    model = fit_multitask(
        x[:3000],
        y[:3000],
        mask[:3000],
        weight[:3000],
        (x[3000:], y[3000:], mask[3000:], weight[3000:]),
        config,
    )
    p = model.probabilities(x[3000:])
    assert auc(y[3000:, 0], p[:, 0]) > 0.95
    interaction = auc(y[3000:, 1], p[:, 1])
    assert interaction > 0.9 if hidden else interaction < 0.65


def test_unknown_labels_teach_nothing() -> None:
    """Labels behind a zero mask are noise; the model must not follow them."""
    x, y = data()
    rng = np.random.default_rng(3)
    mask = np.ones_like(y)
    hidden_rows = rng.random(len(y)) < 0.5
    noisy = y.copy()
    noisy[hidden_rows, 0] = 1 - noisy[hidden_rows, 0]  # flipped labels ...
    mask[hidden_rows, 0] = 0  # ... that are masked
    weight = np.ones(len(y), np.float32)
    config = MultitaskConfig(hidden=0, epochs=8, batch=128, learning_rate=5e-3)
    model = fit_multitask(x, noisy, mask, weight, (x, noisy, mask, weight), config)
    assert auc(y[:, 0], model.probabilities(x)[:, 0]) > 0.95


def test_sparse_and_dense_inputs_give_the_same_linear_model() -> None:
    x, y = data(1000)
    mask, weight = np.ones_like(y), np.ones(len(y), np.float32)
    config = MultitaskConfig(hidden=0, epochs=3, batch=100, seed=2)
    dense = fit_multitask(x, y, mask, weight, (x, y, mask, weight), config)
    xs = sparse.csr_matrix(x)
    sparse_model = fit_multitask(xs, y, mask, weight, (xs, y, mask, weight), config)
    np.testing.assert_allclose(dense.layers[0][0], sparse_model.layers[0][0], atol=1e-4)


def test_same_data_and_seed_give_the_same_weights() -> None:
    x, y = data(800)
    mask, weight = np.ones_like(y), np.ones(len(y), np.float32)
    config = MultitaskConfig(hidden=16, epochs=2, batch=64, seed=5)
    a = fit_multitask(x, y, mask, weight, (x, y, mask, weight), config)
    b = fit_multitask(x, y, mask, weight, (x, y, mask, weight), config)
    for (wa, ba), (wb, bb) in zip(a.layers, b.layers, strict=True):
        np.testing.assert_array_equal(wa, wb)
        np.testing.assert_array_equal(ba, bb)


def test_class_weights_balance_and_are_capped() -> None:
    y = np.array([[1, 1], [0, 0], [0, 0], [0, 0]], np.float32)
    mask = np.ones_like(y)
    weight = np.ones(4, np.float32)
    balance = class_weights(y, mask, weight)
    # one positive in four: positives weigh 2, negatives 2/3, so both classes total 2
    np.testing.assert_allclose(balance[:, 0], [4 / 6, 2.0], rtol=1e-6)
    rare = np.zeros((1000, 1), np.float32)
    rare[0] = 1
    assert class_weights(rare, np.ones_like(rare), np.ones(1000, np.float32))[1, 0] == (
        MAX_CLASS_WEIGHT
    )

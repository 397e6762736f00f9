"""The text-model bundle: heads over char n-grams and over embeddings, plus fusion.

Stored as a folder: ``manifest.json`` (version, data, metrics), ``char.npz``
(linear heads) and ``embedding.npz`` (a one-hidden-layer network; format 1
bundles hold linear heads there and still load), weights numpy only, loaded
with ``allow_pickle=False``; ``fusion.json`` (per-category stacking weights)
and ``MODEL_CARD.md``.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from bastion.models.features import ANALYZER, check_analyzer
from bastion.models.lexical import LinearTextModel

SHIPPED = Path(__file__).resolve().parent / "text"
FORMAT = 2
READABLE_FORMATS = (1, 2)
MODEL_DIR_ENV = "BASTION_MODEL_DIR"
"""A bundle folder that overrides both the model registry and the shipped bundle."""
REGISTRY_FILE = "registry.json"


class BundleError(Exception):
    """A model bundle is missing, incomplete or of an unknown format."""


def sigmoid(z: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return result


_EPS = 1e-4


def logit(p: np.ndarray | float, eps: float = _EPS) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=np.float64), eps, 1 - eps)
    return np.log(q / (1 - q))


@dataclass(frozen=True)
class LinearHeads:
    """One logistic-regression head per category over a shared feature space."""

    categories: tuple[str, ...]
    weights: np.ndarray
    """(n_features, n_categories), float32."""
    bias: np.ndarray
    """(n_categories,), float32."""

    def probabilities(self, features: np.ndarray | sparse.spmatrix) -> np.ndarray:
        """(n_rows, n_categories) probabilities."""
        z = features @ self.weights
        return sigmoid(np.asarray(z) + self.bias)

    def probabilities_of_rows(
        self, indptr: np.ndarray, indices: np.ndarray, values: np.ndarray
    ) -> np.ndarray:
        """:meth:`probabilities` of sparse rows given as CSR parts, without building a
        matrix (cheaper for the few rows of one item)."""
        n = len(indptr) - 1
        z = np.zeros((n, self.weights.shape[1]), dtype=np.float32)
        for i in range(n):
            start, end = indptr[i], indptr[i + 1]
            if end > start:
                z[i] = values[start:end] @ self.weights[indices[start:end]]
        return sigmoid(z + self.bias)

    def save(self, path: Path, half: bool = False) -> None:
        np.savez_compressed(
            path,
            categories=np.array(self.categories),
            weights=self.weights.astype(np.float16 if half else np.float32),
            bias=self.bias.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> LinearHeads:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                categories=tuple(str(c) for c in data["categories"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
            )


@dataclass(frozen=True)
class MlpHeads:
    """One output per category over a shared ReLU hidden layer (multi-task)."""

    categories: tuple[str, ...]
    hidden_weights: np.ndarray
    """(n_features, n_hidden), float32."""
    hidden_bias: np.ndarray
    weights: np.ndarray
    """(n_hidden, n_outputs), float32; the first ``len(categories)`` outputs are categories."""
    bias: np.ndarray

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """(n_rows, n_categories) probabilities."""
        hidden = np.maximum(features @ self.hidden_weights + self.hidden_bias, 0.0)
        n = len(self.categories)
        return sigmoid(hidden @ self.weights[:, :n] + self.bias[:n])

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            categories=np.array(self.categories),
            hidden_weights=self.hidden_weights.astype(np.float32),
            hidden_bias=self.hidden_bias.astype(np.float32),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
        )


EmbeddingHeads = LinearHeads | MlpHeads


def load_heads(path: Path) -> EmbeddingHeads:
    """Linear heads, or an MLP when the file holds a hidden layer."""
    with np.load(path, allow_pickle=False) as data:
        categories = tuple(str(c) for c in data["categories"])
        if "hidden_weights" not in data.files:
            return LinearHeads(
                categories, data["weights"].astype(np.float32), data["bias"].astype(np.float32)
            )
        return MlpHeads(
            categories,
            data["hidden_weights"].astype(np.float32),
            data["hidden_bias"].astype(np.float32),
            data["weights"].astype(np.float32),
            data["bias"].astype(np.float32),
        )


@dataclass(frozen=True)
class Stack:
    """Learned late fusion for one category: p = sigmoid(b + sum_d w_d * logit(s_d)).

    A detector that is missing contributes its mean logit on the development
    set (``fill``), i.e. "no information beyond the prior".
    """

    weights: dict[str, float]
    intercept: float
    fill: dict[str, float]

    def probability(self, scores: dict[str, float]) -> float:
        # Scalar maths (the publish path calls this per category per item): the same
        # formulas as :func:`logit` and :func:`sigmoid`, without numpy's per-call overhead.
        z = self.intercept
        for detector, weight in self.weights.items():
            s = scores.get(detector)
            if s is None:
                z += weight * self.fill[detector]
            else:
                q = min(max(float(s), _EPS), 1 - _EPS)
                z += weight * math.log(q / (1 - q))
        return 1.0 / (1.0 + math.exp(-min(max(z, -30.0), 30.0)))

    def probabilities(self, heads: dict[str, np.ndarray]) -> np.ndarray:
        """:meth:`probability` for arrays of head scores, every head present."""
        z = np.full(len(next(iter(heads.values()))), self.intercept)
        for detector, weight in self.weights.items():
            z = z + weight * logit(heads[detector])
        return sigmoid(z)

    def to_dict(self) -> dict[str, Any]:
        return {"weights": self.weights, "intercept": self.intercept, "fill": self.fill}


LEXICAL_FILE = "lexical.npz"
"""Optional: a ported word model whose logit is the last ``char`` feature."""


@dataclass(frozen=True)
class TextBundle:
    path: Path
    manifest: dict[str, Any]
    char: LinearHeads
    embedding: EmbeddingHeads
    stacks: dict[str, Stack]
    lexical: LinearTextModel | None = None

    @property
    def version(self) -> str:
        return str(self.manifest["version"])

    @property
    def analyzer(self) -> str:
        """What the ``char`` head reads (:data:`bastion.models.features.ANALYZERS`)."""
        return str(self.manifest.get("features", {}).get("char", {}).get("analyzer", ANALYZER))

    @classmethod
    def load(cls, path: Path = SHIPPED) -> TextBundle:
        manifest_path = path / "manifest.json"
        if not manifest_path.exists():
            raise BundleError(f"no text-model bundle at {path}; run 'bastion train' to build one")
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("format") not in READABLE_FORMATS:
            raise BundleError(
                f"{path}: bundle format {manifest.get('format')!r}, expected one of "
                f"{READABLE_FORMATS}"
            )
        fusion = json.loads((path / "fusion.json").read_text())
        bundle = cls(
            path=path,
            manifest=manifest,
            char=LinearHeads.load(path / "char.npz"),
            embedding=load_heads(path / "embedding.npz"),
            stacks={c: Stack(**s) for c, s in fusion["stacks"].items()},
            lexical=(
                LinearTextModel.load(path / LEXICAL_FILE)
                if (path / LEXICAL_FILE).exists()
                else None
            ),
        )
        try:
            check_analyzer(bundle.analyzer)
        except ValueError as error:
            raise BundleError(f"{path}: {error}") from None
        return bundle

    @staticmethod
    def write(
        path: Path,
        manifest: dict[str, Any],
        char: LinearHeads,
        embedding: EmbeddingHeads,
        stacks: dict[str, Stack],
        lexical: Path | None = None,
    ) -> None:
        """Write the bundle; ``lexical`` is the ported word model's file, copied in."""
        path.mkdir(parents=True, exist_ok=True)
        if lexical is not None and lexical.resolve() != (path / LEXICAL_FILE).resolve():
            shutil.copyfile(lexical, path / LEXICAL_FILE)
        elif lexical is None:
            (path / LEXICAL_FILE).unlink(missing_ok=True)
        char.save(path / "char.npz", half=True)
        embedding.save(path / "embedding.npz")
        fusion = {"stacks": {c: s.to_dict() for c, s in sorted(stacks.items())}}
        (path / "fusion.json").write_text(json.dumps(fusion, indent=1, sort_keys=True) + "\n")
        (path / "manifest.json").write_text(
            json.dumps({**manifest, "format": FORMAT}, indent=1, sort_keys=True) + "\n"
        )


def model_registry_root() -> Path:
    """``<data dir>/models``: one folder per model version and ``registry.json``."""
    from bastion.config import data_dir

    return data_dir() / "models"


def active_bundle_path() -> Path:
    """The bundle the engine runs: ``$BASTION_MODEL_DIR``, else the model registry's
    promoted champion (``bastion learn retrain`` / ``rollback``), else the shipped bundle.

    Only ``registry.json``'s ``champion`` key is read here (the rest of the registry
    is ``bastion.learn.registry``'s), so detectors never import the learning code.
    """
    override = os.environ.get(MODEL_DIR_ENV)
    if override:
        return Path(override)
    registry = model_registry_root() / REGISTRY_FILE
    if not registry.is_file():
        return SHIPPED
    try:
        champion = json.loads(registry.read_text(encoding="utf-8")).get("champion")
    except (OSError, ValueError, AttributeError) as exc:
        raise BundleError(
            f"unreadable model registry {registry}: {exc}; fix it or run 'bastion learn rollback'"
        ) from None
    return registry.parent / str(champion) if champion else SHIPPED


def active_bundle_version() -> str:
    """The version of :func:`active_bundle_path`'s bundle, from its manifest alone (cheap)."""
    manifest = active_bundle_path() / "manifest.json"
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return "unreadable"


@cache
def shipped_bundle() -> TextBundle:
    """The engine's text bundle (see :func:`active_bundle_path`), loaded once per process.

    A promoted champion is picked up by processes started after the promotion, and by
    running servers' engine processes (:mod:`bastion.service.model_watch` clears this cache).
    """
    return TextBundle.load(active_bundle_path())

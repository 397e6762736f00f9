"""The text-model bundle: linear heads over char n-grams and over embeddings, plus fusion.

Stored as a folder: ``manifest.json`` (version, data, metrics), ``char.npz`` and
``embedding.npz`` (weights, numpy only, loaded with ``allow_pickle=False``),
``fusion.json`` (per-category stacking weights) and ``MODEL_CARD.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

SHIPPED = Path(__file__).resolve().parent / "text"
FORMAT = 1


class BundleError(Exception):
    """A model bundle is missing, incomplete or of an unknown format."""


def sigmoid(z: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return result


def logit(p: np.ndarray | float, eps: float = 1e-4) -> np.ndarray:
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
class Stack:
    """Learned late fusion for one category: p = sigmoid(b + sum_d w_d * logit(s_d)).

    A detector that is missing contributes its mean logit on the development
    set (``fill``), i.e. "no information beyond the prior".
    """

    weights: dict[str, float]
    intercept: float
    fill: dict[str, float]

    def probability(self, scores: dict[str, float]) -> float:
        z = self.intercept
        for detector, weight in self.weights.items():
            s = scores.get(detector)
            z += weight * (float(logit(s)) if s is not None else self.fill[detector])
        return float(sigmoid(np.array(z)))

    def probabilities(self, heads: dict[str, np.ndarray]) -> np.ndarray:
        """:meth:`probability` for arrays of head scores, every head present."""
        z = np.full(len(next(iter(heads.values()))), self.intercept)
        for detector, weight in self.weights.items():
            z = z + weight * logit(heads[detector])
        return sigmoid(z)

    def to_dict(self) -> dict[str, Any]:
        return {"weights": self.weights, "intercept": self.intercept, "fill": self.fill}


@dataclass(frozen=True)
class TextBundle:
    path: Path
    manifest: dict[str, Any]
    char: LinearHeads
    embedding: LinearHeads
    stacks: dict[str, Stack]

    @property
    def version(self) -> str:
        return str(self.manifest["version"])

    @classmethod
    def load(cls, path: Path = SHIPPED) -> TextBundle:
        manifest_path = path / "manifest.json"
        if not manifest_path.exists():
            raise BundleError(f"no text-model bundle at {path}; run 'bastion train' to build one")
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("format") != FORMAT:
            raise BundleError(
                f"{path}: bundle format {manifest.get('format')!r}, expected {FORMAT}"
            )
        fusion = json.loads((path / "fusion.json").read_text())
        return cls(
            path=path,
            manifest=manifest,
            char=LinearHeads.load(path / "char.npz"),
            embedding=LinearHeads.load(path / "embedding.npz"),
            stacks={c: Stack(**s) for c, s in fusion["stacks"].items()},
        )

    @staticmethod
    def write(
        path: Path,
        manifest: dict[str, Any],
        char: LinearHeads,
        embedding: LinearHeads,
        stacks: dict[str, Stack],
    ) -> None:
        path.mkdir(parents=True, exist_ok=True)
        char.save(path / "char.npz", half=True)
        embedding.save(path / "embedding.npz")
        fusion = {"stacks": {c: s.to_dict() for c, s in sorted(stacks.items())}}
        (path / "fusion.json").write_text(json.dumps(fusion, indent=1, sort_keys=True) + "\n")
        (path / "manifest.json").write_text(
            json.dumps({**manifest, "format": FORMAT}, indent=1, sort_keys=True) + "\n"
        )


@cache
def shipped_bundle() -> TextBundle:
    """The bundle inside the package, loaded once per process."""
    return TextBundle.load(SHIPPED)

"""A disk cache of per-text vectors (embeddings), so retraining skips the slow part.

A folder of append-only shards (``shard-00000.npz``, ...), each holding the
sha1 keys of some texts and their vectors. New vectors are written as a new
shard every ``shard_size`` texts, so an interrupted run loses at most one
shard's work, and nothing is ever rewritten. Loaded with ``allow_pickle=False``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

Progress = Callable[[str], None]


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class VectorCache:
    """Vectors of width ``width`` by text; ``compute`` fills in the texts not cached yet."""

    def __init__(self, folder: Path | None, width: int, shard_size: int = 4096) -> None:
        self.folder = folder
        self.width = width
        self.shard_size = shard_size
        self.vectors: dict[str, np.ndarray] = {}
        if folder is not None and folder.is_dir():
            for shard in sorted(folder.glob("shard-*.npz")):
                with np.load(shard, allow_pickle=False) as data:
                    if data["vectors"].shape[1] != width:
                        continue
                    self.vectors.update(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def _save(self, keys: list[str], vectors: np.ndarray) -> None:
        if self.folder is None or not keys:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        index = len(list(self.folder.glob("shard-*.npz")))
        path = self.folder / f"shard-{index:05d}.npz"
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(keys), vectors=vectors.astype(np.float32))
        tmp.rename(path)

    def get(
        self,
        texts: Sequence[str],
        compute: Callable[[list[str]], np.ndarray],
        progress: Progress = print,
        batch: int = 64,
    ) -> np.ndarray:
        """(len(texts), width) float32: cached rows, and ``compute`` for the rest."""
        keys = [text_key(t) for t in texts]
        todo = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items()
        )
        pending_keys: list[str] = []
        pending: list[np.ndarray] = []
        for start in range(0, len(todo), batch):
            chunk = todo[start : start + batch]
            vectors = np.asarray(compute([t for _, t in chunk]), dtype=np.float32)
            for (key, _), vector in zip(chunk, vectors, strict=True):
                self.vectors[key] = vector
                pending_keys.append(key)
                pending.append(vector)
            if len(pending_keys) >= self.shard_size:
                self._save(pending_keys, np.stack(pending))
                pending_keys, pending = [], []
                progress(f"  computed {start + len(chunk)}/{len(todo)} new vectors")
        self._save(pending_keys, np.stack(pending) if pending else np.zeros((0, self.width)))
        if not keys:
            return np.zeros((0, self.width), dtype=np.float32)
        return np.stack([self.vectors[k] for k in keys]).astype(np.float32)


class EmbeddingCache(VectorCache):
    """Sentence embeddings (:func:`bastion.artifacts.embedding.embed`) by text."""

    def __init__(self, folder: Path | None) -> None:
        from bastion.artifacts.embedding import DIMENSIONS

        super().__init__(folder, DIMENSIONS)

    def embed(self, texts: Sequence[str], progress: Progress = print) -> np.ndarray:
        from bastion.artifacts.embedding import embed

        return self.get(texts, lambda chunk: embed(chunk), progress)

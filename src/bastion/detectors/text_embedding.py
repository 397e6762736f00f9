"""Embedding model: multilingual meaning, beyond the words used.

A multi-task network (one hidden layer, an output per category) over the
multilingual sentence embedding of each segment (Universal Sentence Encoder
multilingual; a shared artifact, computed once per item). Catches paraphrased
and implicit harm and works across languages; weaker on rare slurs and
obfuscated spellings (the char n-gram model's job).
"""

from __future__ import annotations

import numpy as np

from bastion.artifacts import TextArtifacts
from bastion.artifacts.embedding import available, embed
from bastion.detectors.model_heads import ModelHeadsDetector
from bastion.models.bundle import EmbeddingHeads


class EmbeddingModel(ModelHeadsDetector):
    name = "text_embedding"

    @property
    def heads(self) -> EmbeddingHeads:
        return self.bundle.embedding

    def unavailable_reason(self) -> str | None:
        return super().unavailable_reason() or available()

    def segment_scores(self, text: TextArtifacts) -> np.ndarray:
        return self.heads.probabilities(text.embeddings)

    def text_scores(self, texts: list[str]) -> np.ndarray:
        return self.heads.probabilities(embed(texts))

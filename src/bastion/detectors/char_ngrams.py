"""Character n-gram model: fast, multilingual, robust to obfuscation.

Reads the folded text (evasions undone) in segments; one logistic head per
category over hashed character 2-5-grams. Catches misspelt and disguised abuse
that word lists miss; misses meaning carried by context or paraphrase (the
embedding model's job).
"""

from __future__ import annotations

import numpy as np

from bastion.artifacts import TextArtifacts
from bastion.detectors.model_heads import ModelHeadsDetector
from bastion.models.bundle import LinearHeads
from bastion.models.features import text_features


class CharNgramModel(ModelHeadsDetector):
    name = "char_ngrams"

    @property
    def heads(self) -> LinearHeads:
        return self.bundle.char

    def segment_scores(self, text: TextArtifacts) -> np.ndarray:
        return self.heads.probabilities(text_features(text.segment_texts, self.bundle.lexical))

    def text_scores(self, texts: list[str]) -> np.ndarray:
        return self.heads.probabilities(text_features(texts, self.bundle.lexical))

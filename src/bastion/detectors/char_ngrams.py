"""Character n-gram model: fast, multilingual, robust to obfuscation.

Reads the folded text (evasions undone) in segments; a logistic output per
category over hashed character 2-5-grams plus, when the bundle carries one, the
score of a ported word model (``alt-profanity-check``, see
:mod:`bastion.models.lexical`). Catches misspelt and disguised abuse that word
lists miss; misses meaning carried by context or paraphrase (the embedding
model's job).
"""

from __future__ import annotations

import numpy as np

from bastion.artifacts import TextArtifacts
from bastion.detectors.model_heads import ModelHeadsDetector
from bastion.models.bundle import LinearHeads
from bastion.models.features import feature_rows


class CharNgramModel(ModelHeadsDetector):
    name = "char_ngrams"

    @property
    def heads(self) -> LinearHeads:
        return self.bundle.char

    def segment_scores(self, text: TextArtifacts) -> np.ndarray:
        return self.text_scores(list(text.segment_texts))

    def text_scores(self, texts: list[str]) -> np.ndarray:
        rows = feature_rows(texts, self.bundle.lexical, self.bundle.analyzer)
        return self.heads.probabilities_of_rows(rows.indptr, rows.indices, rows.values)

"""Character n-gram features, identical at training and at run time.

Character n-grams of the *folded* text (leetspeak, spacing, repeats and
homoglyphs already undone) survive the obfuscations that defeat word models,
and need no tokenizer, so they work the same in every language. Hashing keeps
the model a fixed size with no vocabulary file.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

N_FEATURES = 2**18
NGRAM_RANGE = (2, 5)

_vectorizer = HashingVectorizer(
    analyzer="char_wb",
    ngram_range=NGRAM_RANGE,
    n_features=N_FEATURES,
    alternate_sign=False,
    norm="l2",
    lowercase=False,  # the folded view is already case folded
    dtype=np.float32,
)


def char_features(texts: Sequence[str]) -> sparse.csr_matrix:
    """Sparse (n_texts, N_FEATURES) matrix of L2-normalised hashed n-gram counts."""
    return _vectorizer.transform(texts)

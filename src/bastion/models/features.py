"""Character n-gram features, identical at training and at run time.

Character n-grams of the *folded* text (leetspeak, spacing, repeats and
homoglyphs already undone) survive the obfuscations that defeat word models,
and need no tokenizer, so they work the same in every language. Hashing keeps
the model a fixed size with no vocabulary file.

Word-bounded n-grams (each word padded with a space, as scikit-learn's
``char_wb``), hashed with CRC-32 into 2^18 buckets, counts L2-normalised.
Written here rather than taken from scikit-learn so the publish path does not
import scikit-learn (1.5 s of start-up on this machine).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

from bastion.models.lexical import LinearTextModel

N_FEATURES = 2**18
NGRAM_RANGE = (2, 5)
_MASK = N_FEATURES - 1


@lru_cache(maxsize=1 << 16)
def _word_buckets(word: str) -> tuple[int, ...]:
    """Buckets of one word's n-grams (cached: words repeat across texts)."""
    padded = f" {word} "
    size = len(padded)
    low, high = NGRAM_RANGE
    return tuple(
        zlib.crc32(padded[start : start + n].encode("utf-8")) & _MASK
        for n in range(low, min(high, size) + 1)
        for start in range(size - n + 1)
    )


def _bucket_counts(text: str) -> dict[int, int]:
    counts: dict[int, int] = {}
    for word in text.split():
        for bucket in _word_buckets(word):
            counts[bucket] = counts.get(bucket, 0) + 1
    return counts


def char_features(texts: Sequence[str]) -> sparse.csr_matrix:
    """Sparse (n_texts, N_FEATURES) matrix of L2-normalised hashed n-gram counts."""
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for text in texts:
        counts = _bucket_counts(text)
        norm = float(np.sqrt(sum(c * c for c in counts.values()))) or 1.0
        for bucket in sorted(counts):
            indices.append(bucket)
            values.append(counts[bucket] / norm)
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.asarray(values, dtype=np.float32), np.asarray(indices, dtype=np.int32), indptr),
        shape=(len(texts), N_FEATURES),
    )


def lexical_column(texts: Sequence[str], lexical: LinearTextModel) -> sparse.csr_matrix:
    """(n_texts, 1): the logit of a ported word model's score (see :mod:`bastion.models.lexical`).

    A packaged model trained on far more labelled comments than Bastion has
    (``alt-profanity-check``) knows many offensive words; its score joins the
    n-grams as one more feature, and each category's head learns how much to
    trust it.
    """
    scores = np.clip(lexical.score_many(texts), 1e-4, 1 - 1e-4)
    column = np.log(scores / (1 - scores)).astype(np.float32)[:, None]
    return sparse.csr_matrix(column)


def text_features(texts: Sequence[str], lexical: LinearTextModel | None) -> sparse.csr_matrix:
    """The ``char_ngrams`` head's input: n-gram counts, then the lexical logit when given."""
    ngrams = char_features(texts)
    if lexical is None:
        return ngrams
    return sparse.hstack([ngrams, lexical_column(texts, lexical)], format="csr")

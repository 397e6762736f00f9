"""Character n-gram features, identical at training and at run time.

Character n-grams of the *folded* text (leetspeak, spacing, repeats and
homoglyphs already undone) survive the obfuscations that defeat word models,
and need no tokenizer, so they work the same in every language. Hashing keeps
the model a fixed size with no vocabulary file.

Word-bounded n-grams (each word padded with a space, as scikit-learn's
``char_wb``), hashed with CRC-32 into 2^18 buckets, counts L2-normalised.
Bundles from 2.2.0 on also hash each pair of neighbouring words into the same
buckets (``ANALYZER_WORD_PAIRS``): n-grams stop at a word's edge, so without
pairs "not parasites" and "don't hate" read like "parasites" and "hate".
Written here rather than taken from scikit-learn so the publish path does not
import scikit-learn (1.5 s of start-up on this machine).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
from scipy import sparse

from bastion.models.lexical import LinearTextModel

N_FEATURES = 2**18
NGRAM_RANGE = (2, 5)
_MASK = N_FEATURES - 1
ANALYZER = "char_wb-crc32"
"""Word-bounded character n-grams only (the bundles before 2.2.0)."""
ANALYZER_WORD_PAIRS = "char_wb+word_pairs-crc32"
"""Character n-grams and pairs of neighbouring words."""
ANALYZERS = (ANALYZER, ANALYZER_WORD_PAIRS)


def check_analyzer(analyzer: str) -> None:
    """Refuse an analyzer this code cannot compute (a bundle from a newer Bastion)."""
    if analyzer not in ANALYZERS:
        raise ValueError(f"n-gram analyzer {analyzer!r}, expected one of {ANALYZERS}")


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


def _bucket_counts(text: str, word_pairs: bool) -> dict[int, int]:
    counts: dict[int, int] = {}
    words = text.split()
    for word in words:
        for bucket in _word_buckets(word):
            counts[bucket] = counts.get(bucket, 0) + 1
    if word_pairs:
        for first, second in pairwise(words):  # a separator no n-gram holds
            bucket = zlib.crc32(f"{first}\x1f{second}".encode()) & _MASK
            counts[bucket] = counts.get(bucket, 0) + 1
    return counts


@dataclass(frozen=True)
class FeatureRows:
    """Sparse rows in CSR parts (``indptr``, ``indices``, ``values``) and their width.

    The publish path scores a handful of segments at a time, where building a
    SciPy matrix costs more than the arithmetic; :meth:`LinearHeads.scores_of_rows`
    reads these parts directly. Training turns them into a matrix (:meth:`matrix`).
    """

    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray
    width: int

    def matrix(self) -> sparse.csr_matrix:
        n = len(self.indptr) - 1
        return sparse.csr_matrix((self.values, self.indices, self.indptr), shape=(n, self.width))


def feature_rows(
    texts: Sequence[str], lexical: LinearTextModel | None = None, analyzer: str = ANALYZER
) -> FeatureRows:
    """L2-normalised hashed n-gram counts per text (with ``ANALYZER_WORD_PAIRS``, also pairs
    of neighbouring words), then (column ``N_FEATURES``) the logit of a ported word model's
    score when ``lexical`` is given.

    The word model (``alt-profanity-check``, see :mod:`bastion.models.lexical`) was
    trained on far more labelled comments than Bastion has and knows many offensive
    words; its score joins the n-grams as one more feature, and each category's head
    learns how much to trust it.
    """
    check_analyzer(analyzer)
    word_pairs = analyzer == ANALYZER_WORD_PAIRS
    logits: list[float] = []
    if lexical is not None:
        scores = np.clip(lexical.score_many(texts), 1e-4, 1 - 1e-4)
        logits = np.log(scores / (1 - scores)).tolist()
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for i, text in enumerate(texts):
        counts = _bucket_counts(text, word_pairs)
        norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
        for bucket in sorted(counts):
            indices.append(bucket)
            values.append(counts[bucket] / norm)
        if lexical is not None:
            indices.append(N_FEATURES)
            values.append(logits[i])
        indptr.append(len(indices))
    return FeatureRows(
        np.asarray(indptr, dtype=np.int64),
        np.asarray(indices, dtype=np.int32),
        np.asarray(values, dtype=np.float32),
        N_FEATURES + (lexical is not None),
    )


def char_features(texts: Sequence[str]) -> sparse.csr_matrix:
    """Sparse (n_texts, N_FEATURES) matrix of L2-normalised hashed n-gram counts."""
    return feature_rows(texts).matrix()


def text_features(
    texts: Sequence[str], lexical: LinearTextModel | None, analyzer: str = ANALYZER
) -> sparse.csr_matrix:
    """The ``char_ngrams`` head's input as a matrix: n-gram counts, then the lexical logit."""
    return feature_rows(texts, lexical, analyzer).matrix()

"""Linear word models in plain numpy: a port of ``alt-profanity-check``'s scorer.

``alt-profanity-check`` (MIT) is a scikit-learn ``TfidfVectorizer`` (word
unigrams, ``(?u)\\b\\w\\w+\\b``, lowercased, English stop words, l2 norm) feeding
a ``CalibratedClassifierCV`` of ``LinearSVC`` models with sigmoid calibration: its
``predict_prob`` is the mean over the folds of ``expit(-(a_k * f_k(x) + b_k))``
where ``f_k(x) = x . w_k + c_k``. :func:`bastion.learn.teachers.export_profanity_check`
writes those numbers into a ``.npz`` (no pickle); :class:`LinearTextModel`
reproduces ``predict_prob`` from it to within 1e-6 (float64 throughout), with
no scikit-learn import, in tens of microseconds per short text.

File format (``FORMAT``), all arrays, loaded with ``allow_pickle=False``:

``terms``      uint8, UTF-8 of the vocabulary joined by ``\\n`` (tokens never hold one)
``idf``        float64 (n,)   inverse document frequency of each term
``coef``       float64 (k, n) one weight row per calibrated fold
``intercept``  float64 (k,)
``calibration_a`` / ``calibration_b``  float64 (k,)  sigmoid calibration per fold
``meta``       uint8, UTF-8 JSON: format, token pattern, lowercase, source package,
               version and licence (text included: MIT asks for the notice to travel
               with substantial portions, and the weights are one)
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "bastion.lexical.tfidf-linear-sigmoid/1"
_PLAIN_TERMS = 48
_FASTER_PATTERNS = {
    # scikit-learn's default: the maximal runs of 2+ word characters. A left-to-right
    # ``findall`` of ``\w\w+`` finds exactly those (it starts each match at a run's
    # start and greedily ends at the run's end, where ``\b`` holds by definition, with
    # the same Unicode ``\w``) without the boundary tests: ~5-15% less CPU per text.
    r"(?u)\b\w\w+\b": r"\w\w+",
}


@dataclass(frozen=True)
class LinearTextModel:
    """TF-IDF word unigrams, l2-normalised, into ``k`` sigmoid-calibrated linear models
    whose probabilities are averaged (scikit-learn's ``CalibratedClassifierCV``)."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    calibration_a: np.ndarray
    calibration_b: np.ndarray
    token_pattern: re.Pattern[str]
    lowercase: bool = True
    meta: dict[str, Any] = field(default_factory=dict)
    _rows: np.ndarray = field(init=False, repr=False)
    """(n, k) ``idf * coef``, contiguous per term: one gather per text."""
    _plain: tuple[list[float], list[tuple[float, ...]]] = field(init=False, repr=False)
    """``idf`` and ``_rows`` as Python floats: short texts are cheaper without numpy."""
    _intercept: list[float] = field(init=False, repr=False)
    _a: list[float] = field(init=False, repr=False)
    _b: list[float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.vocabulary)
        k = self.intercept.shape[0]
        if self.idf.shape != (n,) or self.coef.shape != (k, n):
            raise ValueError(
                f"inconsistent model: {n} terms, idf {self.idf.shape}, coef {self.coef.shape}"
            )
        if self.calibration_a.shape != (k,) or self.calibration_b.shape != (k,):
            raise ValueError("inconsistent model: one calibration (a, b) per fold is required")
        rows = np.ascontiguousarray(self.idf[:, None] * self.coef.T)
        object.__setattr__(self, "_rows", rows)
        plain = (self.idf.tolist(), [tuple(row) for row in rows.tolist()])
        object.__setattr__(self, "_plain", plain)
        object.__setattr__(self, "_intercept", self.intercept.tolist())
        object.__setattr__(self, "_a", self.calibration_a.tolist())
        object.__setattr__(self, "_b", self.calibration_b.tolist())

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            if meta.get("format") != FORMAT:
                raise ValueError(f"{path}: not a {FORMAT} file (format {meta.get('format')!r})")
            terms = bytes(data["terms"]).decode("utf-8").split("\n") if data["terms"].size else []
            return cls(
                vocabulary={term: i for i, term in enumerate(terms)},
                idf=np.asarray(data["idf"], dtype=np.float64),
                coef=np.asarray(data["coef"], dtype=np.float64),
                intercept=np.asarray(data["intercept"], dtype=np.float64),
                calibration_a=np.asarray(data["calibration_a"], dtype=np.float64),
                calibration_b=np.asarray(data["calibration_b"], dtype=np.float64),
                token_pattern=re.compile(
                    _FASTER_PATTERNS.get(meta["token_pattern"], meta["token_pattern"])
                ),
                lowercase=bool(meta["lowercase"]),
                meta=meta,
            )

    def _counts(self, text: str) -> dict[int, int]:
        counts: dict[int, int] = {}
        vocabulary = self.vocabulary
        for token in self.token_pattern.findall(text.lower() if self.lowercase else text):
            index = vocabulary.get(token)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        return counts

    def _decision(self, text: str) -> list[float]:
        counts = self._counts(text)
        if not counts:
            return self._intercept
        if len(counts) <= _PLAIN_TERMS:
            idf, rows = self._plain
            norm2 = 0.0
            sums = [0.0] * len(self._intercept)
            for index, tf in counts.items():
                weight = tf * idf[index]
                norm2 += weight * weight
                sums = [s + tf * r for s, r in zip(sums, rows[index], strict=True)]
            norm = math.sqrt(norm2)
            return [s / norm + c for s, c in zip(sums, self._intercept, strict=True)]
        indices = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        frequencies = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        weighted = frequencies * self.idf[indices]
        norm = math.sqrt(float(weighted @ weighted))
        decision: list[float] = (
            (frequencies @ self._rows[indices]) / norm + self.intercept
        ).tolist()
        return decision

    def decision(self, text: str) -> np.ndarray:
        """The ``k`` uncalibrated linear scores ``f_k(x) = x . w_k + c_k`` of one text.

        ``x`` is the l2-normalised tf-idf vector, so ``x . w_k`` is
        ``sum(tf * idf * w_k) / |tf * idf|``; the sums run in plain Python for a
        few distinct terms (cheaper than numpy's per-call cost) and in numpy beyond.
        """
        return np.array(self._decision(text))

    def score(self, text: str) -> float:
        """``predict_prob([text])[0]`` of the ported package."""
        total = 0.0
        for z, a, b in zip(self._decision(text), self._a, self._b, strict=True):
            total += 0.5 * (1.0 - math.tanh(0.5 * (a * z + b)))  # expit(-(a z + b))
        return total / len(self._a)

    def score_many(self, texts: Sequence[str]) -> np.ndarray:
        """``predict_prob(texts)``: one text at a time is as fast here as a matrix."""
        return np.fromiter((self.score(t) for t in texts), dtype=np.float64, count=len(texts))


def write_linear_text_model(
    path: Path,
    *,
    terms: Sequence[str],
    idf: np.ndarray,
    coef: np.ndarray,
    intercept: np.ndarray,
    calibration_a: np.ndarray,
    calibration_b: np.ndarray,
    meta: dict[str, Any],
) -> Path:
    """Write the ``FORMAT`` file (compressed, no pickle); ``meta`` gets ``format`` added."""
    if any("\n" in term for term in terms):
        raise ValueError("a term holds a newline; the file joins terms with newlines")
    path.parent.mkdir(parents=True, exist_ok=True)
    encoded_meta = json.dumps({**meta, "format": FORMAT}, ensure_ascii=False, sort_keys=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez_compressed(
        tmp,
        terms=np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
        idf=np.asarray(idf, dtype=np.float64),
        coef=np.asarray(coef, dtype=np.float64),
        intercept=np.asarray(intercept, dtype=np.float64),
        calibration_a=np.asarray(calibration_a, dtype=np.float64),
        calibration_b=np.asarray(calibration_b, dtype=np.float64),
        meta=np.frombuffer(encoded_meta.encode("utf-8"), dtype=np.uint8),
    )
    tmp.replace(path)
    LinearTextModel.load(path)  # fails loudly on an inconsistent export
    return path

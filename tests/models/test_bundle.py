"""Bundle heads and features: one computation in training and at run time; old bundles load."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.models.bundle import BundleError, LinearHeads, MlpHeads, Stack, TextBundle, load_heads
from bastion.models.features import (
    ANALYZER,
    ANALYZER_WORD_PAIRS,
    N_FEATURES,
    feature_rows,
    text_features,
)
from bastion.models.lexical import LinearTextModel

CATEGORIES = ("hate", "spam")


def lexical_model() -> LinearTextModel:
    terms = ["idiot", "love", "song"]
    return LinearTextModel(
        vocabulary={t: i for i, t in enumerate(terms)},
        idf=np.array([2.0, 1.0, 1.0]),
        coef=np.array([[3.0, -1.0, 0.0]]),
        intercept=np.array([-1.0]),
        calibration_a=np.array([-1.0]),
        calibration_b=np.array([0.0]),
        token_pattern=__import__("re").compile(r"(?u)\b\w\w+\b"),
    )


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=5), st.booleans(), st.booleans())
def test_rows_and_matrix_give_the_same_scores(
    texts: list[str], with_lexical: bool, word_pairs: bool
) -> None:
    analyzer = ANALYZER_WORD_PAIRS if word_pairs else ANALYZER
    rng = np.random.default_rng(0)
    lexical = lexical_model() if with_lexical else None
    width = N_FEATURES + (1 if with_lexical else 0)
    heads = LinearHeads(
        CATEGORIES,
        rng.standard_normal((width, 2)).astype(np.float32),
        np.array([0.1, -0.2], np.float32),
    )
    rows = feature_rows(texts, lexical, analyzer)
    fast = heads.probabilities_of_rows(rows.indptr, rows.indices, rows.values)
    slow = heads.probabilities(text_features(texts, lexical, analyzer))
    np.testing.assert_allclose(fast, slow, atol=1e-5)


def test_the_lexical_score_is_the_last_feature() -> None:
    lexical = lexical_model()
    matrix = text_features(["you idiot", "love this song"], lexical).toarray()
    assert matrix.shape == (2, N_FEATURES + 1)
    scores = lexical.score_many(["you idiot", "love this song"])
    np.testing.assert_allclose(matrix[:, -1], np.log(scores / (1 - scores)), rtol=1e-5)


def test_mlp_heads_round_trip_and_ignore_auxiliary_outputs(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    heads = MlpHeads(
        CATEGORIES,
        rng.standard_normal((4, 3)).astype(np.float32),
        np.zeros(3, np.float32),
        rng.standard_normal((3, 5)).astype(np.float32),  # 2 categories + 3 teacher outputs
        np.zeros(5, np.float32),
    )
    heads.save(tmp_path / "embedding.npz")
    loaded = load_heads(tmp_path / "embedding.npz")
    x = rng.standard_normal((6, 4)).astype(np.float32)
    assert loaded.probabilities(x).shape == (6, 2)
    np.testing.assert_allclose(loaded.probabilities(x), heads.probabilities(x), rtol=1e-6)


def _write_linear_bundle(path: Path, manifest: dict[str, object], seed: int) -> None:
    """A bundle with linear heads of random weights (format 1 had linear embedding heads)."""
    rng = np.random.default_rng(seed)
    char = LinearHeads(
        CATEGORIES, rng.standard_normal((N_FEATURES, 2)).astype(np.float32), np.zeros(2, np.float32)
    )
    emb = LinearHeads(
        CATEGORIES, rng.standard_normal((512, 2)).astype(np.float32), np.zeros(2, np.float32)
    )
    stacks = {
        c: Stack(
            {"char_ngrams": 1.0, "text_embedding": 1.0},
            0.0,
            {"char_ngrams": 0.0, "text_embedding": 0.0},
        )
        for c in CATEGORIES
    }
    TextBundle.write(path, manifest, char, emb, stacks)


def test_a_format_1_bundle_with_linear_embedding_heads_still_loads(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    _write_linear_bundle(tmp_path, {"version": "1.0.0+old"}, seed=2)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    (tmp_path / "manifest.json").write_text(json.dumps({**manifest, "format": 1}))
    bundle = TextBundle.load(tmp_path)
    assert isinstance(bundle.embedding, LinearHeads)
    assert bundle.lexical is None
    assert bundle.embedding.probabilities(rng.standard_normal((3, 512))).shape == (3, 2)


def test_word_pairs_tell_a_negation_from_the_statement() -> None:
    """Character n-grams stop at word edges: the same words in another order look alike."""
    texts = ["not parasites but people", "parasites not but people"]
    plain = text_features(texts, None).toarray()
    paired = text_features(texts, None, ANALYZER_WORD_PAIRS).toarray()
    np.testing.assert_allclose(plain[0], plain[1])
    assert not np.allclose(paired[0], paired[1])
    assert (paired[0] > 0).sum() == (plain[0] > 0).sum() + 3  # three pairs of neighbours


def _tiny_bundle(path: Path, analyzer: str) -> TextBundle:
    manifest = {"version": "0+test", "features": {"char": {"analyzer": analyzer}}}
    _write_linear_bundle(path, manifest, seed=3)
    return TextBundle.load(path)


def test_a_bundle_names_the_features_its_char_head_reads(tmp_path: Path) -> None:
    assert _tiny_bundle(tmp_path / "old", ANALYZER).analyzer == ANALYZER
    assert _tiny_bundle(tmp_path / "new", ANALYZER_WORD_PAIRS).analyzer == ANALYZER_WORD_PAIRS
    with pytest.raises(BundleError, match="analyzer 'word_trigrams'"):
        _tiny_bundle(tmp_path / "odd", "word_trigrams")

"""Training on a small synthetic corpus: reproducible, calibrated heads that detectors can load."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.artifacts import build_artifacts
from bastion.datasets.format import Example
from bastion.detectors.char_ngrams import CharNgramModel
from bastion.detectors.text_embedding import EmbeddingModel
from bastion.fusion import Fusion
from bastion.learn.corpus import Corpus, build_corpus, seed_examples, split_of
from bastion.learn.multitask import MultitaskModel
from bastion.learn.train import MIN_POSITIVES, average_heads, fit_bundle, trainable_categories
from bastion.models.bundle import BundleError, TextBundle, sigmoid
from bastion.types import Item

SPAM = [
    "WIN a free iphone now, click the link",
    "cheap followers, buy now, limited offer",
    "subscribe to my channel for free gift cards",
    "earn $500 a day from home, dm me",
    "claim your prize today, text WIN to 8888",
    "free crypto giveaway, send 1 btc get 2 back",
]
HAM = [
    "see you at the concert tonight",
    "this album got me through a hard year",
    "what time does the show start",
    "the bass line in the second track is great",
    "my sister loves this playlist",
    "can you send me the lyrics later",
]


def synthetic_corpus(n: int = 40) -> Corpus:
    rng = random.Random(1)
    examples = []
    for i in range(n):
        for label, pool in ((1, SPAM), (0, HAM)):
            text = f"{rng.choice(pool)} {rng.choice(['', '!', ' pls', ' :)'])} #{i}"
            split = "test" if i % 5 == 0 else "dev" if i % 5 == 1 else "train"
            examples.append(
                Example(
                    id=f"{label}-{i}",
                    text=text,
                    labels={"spam": label},
                    slices={"split": split, "lang": "en", "source": "synthetic"},
                )
            )
    return Corpus(tuple(examples), {"synthetic": len(examples)})


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    out = tmp_path_factory.mktemp("bundle")
    manifest = fit_bundle(synthetic_corpus(), out, seed=3, progress=lambda _: None)
    return out, manifest


def test_bundle_is_written_and_loads(trained: tuple[Path, dict[str, object]]) -> None:
    out, manifest = trained
    assert manifest["categories"] == ["spam"]
    for name in ("manifest.json", "char.npz", "embedding.npz", "fusion.json", "MODEL_CARD.md"):
        assert (out / name).exists(), name
    bundle = TextBundle.load(out)
    assert bundle.char.categories == ("spam",)
    assert "spam" in bundle.stacks
    assert "| spam |" in (out / "MODEL_CARD.md").read_text()


def test_every_labelled_text_category_gets_a_head_and_media_keys_none() -> None:
    def rows(prefix: str, n: int, labels: dict[str, int]) -> list[Example]:
        made = (
            Example(id=f"{prefix}{i}", text=f"t{i}", labels=labels, slices={"split": "train"})
            for i in range(10 * n)
        )
        return [e for e in made if split_of(e) == "train"][:n]

    corpus = Corpus(
        tuple(
            rows("p", MIN_POSITIVES, {"privacy": 1, "nudity": 1, "known-match": 1})
            + rows("s", MIN_POSITIVES - 1, {"spam": 1})
            # clean rows (every known label 0) are negatives of every category
            + rows("n", MIN_POSITIVES, {"spam": 0})
        ),
        {},
    )
    assert trainable_categories(corpus) == ["privacy"]


def test_detectors_and_fusion_separate_spam_from_ham(
    trained: tuple[Path, dict[str, object]],
) -> None:
    bundle = TextBundle.load(trained[0])
    detectors = [CharNgramModel(bundle), EmbeddingModel(bundle)]
    fusion = Fusion(bundle.stacks)

    def fused(text: str) -> float:
        artifacts = build_artifacts(Item(id="x", text=text))
        return fusion.fuse([s for d in detectors for s in d.run(artifacts)]).probabilities["spam"]

    assert fused("free gift cards, click the link to claim your prize") > 0.7
    assert fused("the concert tonight was lovely") < 0.3


def test_same_data_and_seed_give_the_same_model(
    trained: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    again = fit_bundle(synthetic_corpus(), tmp_path, seed=3, progress=lambda _: None)
    assert json.dumps(again["metrics"], sort_keys=True) == json.dumps(
        trained[1]["metrics"], sort_keys=True
    )
    assert again["version"] == trained[1]["version"]
    assert (tmp_path / "fusion.json").read_text() == (trained[0] / "fusion.json").read_text()


def test_missing_bundle_makes_detector_unavailable(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="bastion train"):
        TextBundle.load(tmp_path)


def test_eval_only_sets_cannot_train(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="evaluation only"):
        build_corpus(tmp_path, sets=["stormfront"])


def test_seed_data_is_labelled_with_taxonomy_keys_and_parents() -> None:
    seeds = seed_examples()
    assert len(seeds) > 100
    minors = [e for e in seeds if e.labels.get("sexual/minors") == 1]
    assert minors and all(e.labels.get("sexual") == 1 for e in minors)
    assert {split_of(e) for e in seeds} == {"train", "dev", "test"}


def test_classes_are_balanced_within_every_source() -> None:
    from bastion.learn.train import source_balance

    examples = [
        Example(
            id=f"a{i}",
            text=f"a {i}",
            labels={"spam": int(i < 10)},
            slices={"source": "a", "split": "train"},
        )
        for i in range(100)
    ] + [
        Example(
            id=f"b{i}",
            text=f"b {i}",
            labels={"spam": int(i < 50)},
            slices={"source": "b", "split": "train"},
        )
        for i in range(100)
    ]
    corpus = Corpus(tuple(examples), {"a": 100, "b": 100})
    labels = corpus.label_matrix(["spam"])
    factors = source_balance(corpus, labels, corpus.weights())
    for source in ("a", "b"):
        rows = [i for i, e in enumerate(examples) if e.slices["source"] == source]
        positive = sum(factors[i, 0] for i in rows if labels[i, 0] == 1)
        negative = sum(factors[i, 0] for i in rows if labels[i, 0] == 0)
        assert positive == pytest.approx(negative)
        assert positive + negative == pytest.approx(len(rows))


def test_a_common_category_is_calibrated_down_to_the_reference_prior(
    trained: tuple[Path, dict[str, object]],
) -> None:
    """The synthetic corpus is half spam: its stack is moved to the 10% reference prior."""
    from bastion.learn.train import REFERENCE_PRIOR

    metrics = trained[1]["metrics"]
    assert isinstance(metrics, dict)
    assert f"-> {REFERENCE_PRIOR}" in metrics["spam"]["calibrated_on"]


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**31 - 1), st.integers(1, 4))
def test_the_averaged_heads_are_the_members_mean_logit(seed: int, members: int) -> None:
    rng = np.random.default_rng(seed)
    features, hidden, categories, outputs = 6, 5, ("a", "b"), 3  # one auxiliary output
    chars = [
        MultitaskModel([(rng.normal(size=(features, 2)), rng.normal(size=2))])
        for _ in range(members)
    ]
    nets = [
        MultitaskModel(
            [
                (rng.normal(size=(features, hidden)), rng.normal(size=hidden)),
                (rng.normal(size=(hidden, outputs)), rng.normal(size=outputs)),
            ]
        )
        for _ in range(members)
    ]
    char, emb = average_heads(categories, chars, nets)
    x = rng.normal(size=(7, features))
    expected_char = np.mean([x @ m.layers[0][0] + m.layers[0][1] for m in chars], axis=0)
    expected_emb = np.mean([m.logits(x)[:, :2] for m in nets], axis=0)
    np.testing.assert_allclose(char.probabilities(x), sigmoid(expected_char), atol=1e-5)
    np.testing.assert_allclose(emb.probabilities(x), sigmoid(expected_emb), atol=1e-5)
    assert emb.hidden_weights.shape == (features, hidden * members)

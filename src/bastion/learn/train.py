"""``bastion train``: build the shipped text-model bundle from data, reproducibly.

1. Corpus: every train-licensed set at full size, weighted per source, plus
   seed and authored data (:mod:`bastion.learn.corpus`); training rows that
   mention an identity group get counterfactual copies with the group swapped
   (:mod:`bastion.learn.fairness`), so no group term alone predicts harm.
2. Features: char n-grams of the folded text; multilingual sentence embeddings.
3. Heads (:mod:`bastion.learn.multitask`): one multi-task linear model over the
   n-grams and one multi-task network (a hidden layer) over the embeddings,
   each fitted once for every category with the unknown labels masked.
4. Fusion: per category, a logistic regression over the heads' logits fitted
   on the dev split (Platt-style stacking) gives the calibrated probability.
5. Evaluation (:mod:`bastion.learn.evaluation`): the test split per category,
   language and source; the authored held-out set per functionality,
   language and identity group; evaluation-only sets never trained on. All of
   it goes into the manifest and the model card.

Same data, same seed: same weights and the same metrics.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from bastion.artifacts import build_text_artifacts
from bastion.artifacts.embedding import MODEL_NAME
from bastion.artifacts.segments import segment_spans
from bastion.learn.cache import EmbeddingCache
from bastion.learn.card import write_model_card
from bastion.learn.corpus import UNKNOWN, Corpus, build_corpus, split_of
from bastion.learn.evaluation import authored_report, evaluate_bundle_scores, fused_scores
from bastion.learn.external import external_evaluation
from bastion.learn.fairness import counterfactual_copies
from bastion.learn.multitask import MultitaskConfig, MultitaskModel, fit_multitask
from bastion.models.bundle import LinearHeads, MlpHeads, Stack, TextBundle, logit
from bastion.models.features import ANALYZER_WORD_PAIRS, N_FEATURES, NGRAM_RANGE, text_features
from bastion.models.lexical import LinearTextModel

Progress = Callable[[str], None]
MIN_POSITIVES = 5
"""A category needs this many train positives (and negatives) to get a head."""
HEADS = ("char_ngrams", "text_embedding")
CHAR_ANALYZER = ANALYZER_WORD_PAIRS
"""What the char head of a trained bundle reads (n-grams and pairs of neighbouring words)."""
ENSEMBLE = 2
"""Each head is the average (in logit space) of this many members trained with different
seeds: one retrain's noise moves decisions near a threshold (two single-seed retrains whose
data differed by 58 clean rows scored 829 and 818 of the behavioural suite's 918 cases);
the average moves less."""
MEMBER_SEED_STEP = 1000
"""Member k trains with seed + k * MEMBER_SEED_STEP (member 0 with the seed itself)."""
MAX_SOURCE_FACTOR = 20.0
REFERENCE_PRIOR = 0.1
"""No category's scores are calibrated to a prior above this (see :func:`fit_stacks`)."""
AUX_WEIGHT = 0.5
"""Weight of a teacher's soft target relative to a label, in the embedding network's loss."""
CHAR_CONFIG = MultitaskConfig(
    hidden=0, epochs=10, batch=1024, learning_rate=2e-3, weight_decay=1e-5, dropout=0.0
)
EMBEDDING_CONFIG = MultitaskConfig(
    hidden=512,
    epochs=15,
    batch=1024,
    learning_rate=2e-3,
    weight_decay=1e-4,
    dropout=0.2,
    patience=2,
)


def first_segment(text: str) -> str:
    """What a model sees of a training text: its first segment of the folded view."""
    folded = build_text_artifacts(text, declared_lang="xx").folded.text
    spans = segment_spans(folded)
    return folded[spans[0][0] : spans[0][1]] if spans else folded


def train_text_models(
    data_root: Path,
    out: Path,
    *,
    seed: int = 0,
    cap: int | None = None,
    cache: Path | None = None,
    lexical: Path | None = None,
    teachers: Path | None = None,
    progress: Progress = print,
) -> dict[str, Any]:
    """Build the corpus from ``data_root`` and fit, evaluate and write the bundle."""
    progress(f"corpus: reading train-licensed sets from {data_root}")
    corpus = build_corpus(data_root, seed=seed, cap=cap)
    progress(f"corpus: {len(corpus.examples)} examples from {len(corpus.sources)} sources")
    return fit_bundle(
        corpus,
        out,
        seed=seed,
        cap=cap,
        cache=cache,
        lexical=lexical,
        teachers=teachers,
        external_root=data_root,
        progress=progress,
    )


def _stack(
    columns: list[np.ndarray], y: np.ndarray, weight: np.ndarray, seed: int
) -> tuple[np.ndarray, float]:
    x = np.column_stack([logit(c) for c in columns])
    model = LogisticRegression(C=1.0, solver="lbfgs", max_iter=500, random_state=seed)
    model.fit(x, y, sample_weight=weight)
    return model.coef_[0], float(model.intercept_[0])


def with_counterfactuals(corpus: Corpus, seed: int) -> tuple[Corpus, np.ndarray, np.ndarray]:
    """The corpus plus group-swapped copies of its identity-mentioning train rows, their
    weights, and for every row the index of the row it was made from (itself if original).

    A copy keeps the original's labels and split and shares its weight, so an
    augmented example weighs as much in all as it did alone.
    """
    weights = corpus.weights()
    examples = list(corpus.examples)
    extra_weights: list[float] = []
    origin = list(range(len(examples)))
    for i, example in enumerate(corpus.examples):
        if split_of(example) != "train":
            continue
        copies = counterfactual_copies(example, seed=seed)
        if not copies:
            continue
        share = float(weights[i]) / (len(copies) + 1)
        weights[i] = share
        examples.extend(copies)
        extra_weights.extend([share] * len(copies))
        origin.extend([i] * len(copies))
    augmented = Corpus(tuple(examples), corpus.sources)
    weights = np.concatenate([weights, np.array(extra_weights, np.float32)])
    return augmented, weights, np.array(origin)


def teacher_targets(
    texts: list[str], cache: Path, progress: Progress
) -> tuple[list[str], np.ndarray]:
    """Packaged teachers' scores of ``texts`` (see :mod:`bastion.learn.teachers`).

    They become auxiliary outputs of the embedding network: predicting what
    models trained on far more labelled comments say (insult, threat, obscene,
    identity attack) shapes the shared hidden layer, while the categories are
    still learnt from the taxonomy's labels only.
    """
    from bastion.learn.teachers import OUTPUTS, teacher_scores

    scores = teacher_scores(texts, cache=cache, progress=progress)
    return list(OUTPUTS), np.column_stack([scores[o] for o in OUTPUTS]).astype(np.float32)


@dataclass
class TrainingData:
    """Everything the heads are fitted and measured on, computed once."""

    corpus: Corpus
    """The corpus with its counterfactual copies."""
    categories: list[str]
    weights: np.ndarray
    texts: list[str]
    x_char: Any
    x_emb: np.ndarray
    labels: np.ndarray
    """(n, categories): 1, 0 or UNKNOWN."""
    split: dict[str, np.ndarray]
    aux_names: list[str]
    aux: np.ndarray
    """(n, len(aux_names)) teacher scores (soft auxiliary targets)."""
    word_model: LinearTextModel | None
    embedder: EmbeddingCache
    balance: np.ndarray
    """(n, categories) per-source class-balance factors (:func:`source_balance`)."""


def prepare_training(
    corpus: Corpus,
    *,
    seed: int = 0,
    cache: Path | None = None,
    lexical: Path | None = None,
    teachers: Path | None = None,
    progress: Progress = print,
) -> TrainingData:
    """Counterfactual copies, features, labels, splits and teacher targets of ``corpus``.

    ``lexical`` is a ported word model (:mod:`bastion.models.lexical`) whose
    logit becomes the last n-gram feature. ``teachers`` is a teacher-score
    cache (:mod:`bastion.learn.teachers`): with it, the embedding network also
    learns to predict the teachers' scores. A counterfactual copy gets its
    original's teacher scores (the teachers' own identity bias must not come
    back through the copies).
    """
    word_model = LinearTextModel.load(lexical) if lexical is not None else None
    categories = trainable_categories(corpus)
    originals = corpus.examples
    corpus, weights, origin = with_counterfactuals(corpus, seed)
    progress(f"corpus: {len(corpus.examples)} rows with counterfactual copies")
    texts = [first_segment(e.text) for e in corpus.examples]
    progress(f"features: {CHAR_ANALYZER}" + (" and the lexical score" if word_model else ""))
    x_char = text_features(texts, word_model, CHAR_ANALYZER)
    progress("features: embeddings")
    embedder = EmbeddingCache(cache)
    x_emb = embedder.embed(texts, progress)
    aux_names: list[str] = []
    aux = np.zeros((len(texts), 0), np.float32)
    if teachers is not None:
        progress(f"teachers: scores from {teachers}")
        aux_names, aux = teacher_targets([originals[i].text for i in origin], teachers, progress)
    labels = corpus.label_matrix(categories)
    return TrainingData(
        corpus=corpus,
        categories=categories,
        weights=weights,
        texts=texts,
        x_char=x_char,
        x_emb=x_emb,
        labels=labels,
        split={s: corpus.split_indices(s) for s in ("train", "dev", "test")},
        aux_names=aux_names,
        aux=aux,
        word_model=word_model,
        embedder=embedder,
        balance=source_balance(corpus, labels, weights),
    )


def source_balance(data_corpus: Corpus, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """(n, categories) factors that give, within every source, positives and negatives of
    each category the same total weight (capped at :data:`MAX_SOURCE_FACTOR`).

    Sources label at very different rates (an aggression set in romanised Hindi is
    half positives, an English tweet set a fifth): left alone, a model learns the
    language or the platform as evidence of harm. Balanced inside each source, it can
    only learn what separates harm from its absence.
    """
    sources = np.array([e.slices.get("source", "?") for e in data_corpus.examples])
    factors = np.ones(labels.shape, np.float32)
    for source in np.unique(sources):
        rows = np.flatnonzero(sources == source)
        for j in range(labels.shape[1]):
            y = labels[rows, j]
            w = weights[rows]
            positive = float(w[y == 1].sum())
            negative = float(w[y == 0].sum())
            if positive <= 0 or negative <= 0:
                continue
            total = positive + negative
            factors[rows[y == 1], j] = min(total / (2 * positive), MAX_SOURCE_FACTOR)
            factors[rows[y == 0], j] = min(total / (2 * negative), MAX_SOURCE_FACTOR)
    return factors


def fit_head(
    data: TrainingData,
    x: Any,
    config: MultitaskConfig,
    *,
    auxiliary: bool,
    progress: Progress = print,
) -> MultitaskModel:
    """One multi-task head on the train split (best epoch on dev); teacher outputs optional."""
    mask = (data.labels != UNKNOWN).astype(np.float32)
    y = np.where(data.labels == UNKNOWN, 0.0, data.labels).astype(np.float32)
    extra = data.aux if auxiliary else data.aux[:, :0]
    y = np.hstack([y, extra])
    mask = np.hstack([mask, np.full(extra.shape, AUX_WEIGHT, np.float32)])
    tr, dev = data.split["train"], data.split["dev"]
    w = data.weights
    scale = np.hstack([data.balance, np.ones(extra.shape, np.float32)])
    return fit_multitask(
        x[tr],
        y[tr],
        mask[tr],
        w[tr],
        (x[dev], y[dev], mask[dev] * scale[dev], w[dev]),
        config,
        progress,
        balanced=len(data.categories),
        entry_scale=scale[tr],
    )


def fit_member(
    data: TrainingData, seed: int, progress: Progress = print
) -> tuple[MultitaskModel, MultitaskModel]:
    """One ensemble member: the n-gram head and the embedding network, trained with ``seed``."""
    rows = len(data.split["train"])
    progress(f"train char_ngrams (linear, seed {seed}): {rows} rows")
    char = fit_head(
        data, data.x_char, replace(CHAR_CONFIG, seed=seed), auxiliary=False, progress=progress
    )
    progress(f"train text_embedding (hidden layer, seed {seed}): {rows} rows")
    emb = fit_head(
        data, data.x_emb, replace(EMBEDDING_CONFIG, seed=seed), auxiliary=True, progress=progress
    )
    return char, emb


def fit_stacks(
    data: TrainingData,
    heads: dict[str, np.ndarray],
    seed: int,
    reference_prior: float | None = REFERENCE_PRIOR,
) -> tuple[dict[str, Stack], dict[str, str]]:
    """Per category, the Platt-style stack over the heads' logits, and the rows it used.

    The stack is fitted on the development rows, whose share of positives per
    category is an accident of which data exists: the hate sets are a quarter
    hateful, so a stack fitted there reads "hate" into any text about a group.
    A category whose development prior is above ``reference_prior`` has its
    intercept moved down to that prior (Bayes' rule for a change of prior), so
    no category reads higher than that prior would justify. Rarer categories
    keep theirs: moving them up was measured to add false positives faster than
    it finds harm (benchmarks/heads.py, the model card).
    """
    stacks: dict[str, Stack] = {}
    calibrated_on: dict[str, str] = {}
    names = list(heads)
    for j, category in enumerate(data.categories):
        rows, calibrated_on[category] = _calibration_rows(data.split, data.labels[:, j])
        columns = [heads[h][rows, j] for h in names]
        y, w = data.labels[rows, j], data.weights[rows]
        weights, intercept = _stack(columns, y, w, seed)
        prior = float((w * y).sum() / w.sum())
        if reference_prior is not None and prior > reference_prior:
            intercept += float(logit(reference_prior) - logit(prior))
            calibrated_on[category] += f" (prior {prior:.2f} -> {reference_prior})"
        fill = {h: float(np.mean(logit(c))) for h, c in zip(names, columns, strict=True)}
        stacks[category] = Stack(
            dict(zip(names, map(float, weights), strict=True)), intercept, fill
        )
    return stacks, calibrated_on


def fit_bundle(
    corpus: Corpus,
    out: Path,
    *,
    seed: int = 0,
    cap: int | None = None,
    cache: Path | None = None,
    lexical: Path | None = None,
    teachers: Path | None = None,
    external_root: Path | None = None,
    progress: Progress = print,
) -> dict[str, Any]:
    """Fit heads and fusion on ``corpus``, evaluate, and write the bundle to ``out``
    (options as :func:`prepare_training`; the lexical model is copied into the bundle)."""
    data = prepare_training(
        corpus, seed=seed, cache=cache, lexical=lexical, teachers=teachers, progress=progress
    )
    categories = tuple(data.categories)
    members = [fit_member(data, seed + MEMBER_SEED_STEP * k, progress) for k in range(ENSEMBLE)]
    char_models = [char_model for char_model, _ in members]
    emb_models = [emb_model for _, emb_model in members]
    char, emb = average_heads(categories, char_models, emb_models)
    heads = {
        "char_ngrams": char.probabilities(data.x_char),
        "text_embedding": emb.probabilities(data.x_emb),
    }
    stacks, calibrated_on = fit_stacks(data, heads, seed)

    progress("evaluation: test split, authored held-out set")
    metrics = evaluate_bundle_scores(
        data.corpus, data.categories, data.labels, heads, stacks, data.split, calibrated_on, seed
    )
    fused = fused_scores(heads, stacks, data.categories)
    authored = authored_report(data.corpus, data.categories, data.labels, fused)
    external: dict[str, Any] = {}
    if external_root is not None:
        progress("evaluation: evaluation-only sets (never trained on)")
        external = external_evaluation(
            external_root,
            char,
            emb,
            stacks,
            data.embedder,
            seed,
            progress,
            data.word_model,
            CHAR_ANALYZER,
        )
    # The version names the weights themselves: same weights, same version; any change, new one.
    digest = hashlib.sha256(
        char.weights.astype(np.float16).tobytes()
        + emb.hidden_weights.tobytes()
        + emb.weights.tobytes()
    )
    digest.update(json.dumps({c: s.to_dict() for c, s in stacks.items()}, sort_keys=True).encode())
    word_model = data.word_model
    manifest = {
        "version": f"2.2.0+{digest.hexdigest()[:10]}",
        "seed": seed,
        "cap": cap,
        "sources": data.corpus.sources,
        "categories": data.categories,
        "features": {
            "char": {
                "analyzer": CHAR_ANALYZER,
                "ngram_range": list(NGRAM_RANGE),
                "n_features": N_FEATURES,
                "lexical": (
                    {k: word_model.meta.get(k) for k in ("source", "format")}
                    if word_model
                    else None
                ),
            },
            "embedding": MODEL_NAME,
        },
        "heads": {
            "char_ngrams": {
                "shape": "linear" + _ensemble_note(),
                "history": [m.history for m in char_models],
            },
            "text_embedding": {
                "shape": f"hidden layer {EMBEDDING_CONFIG.hidden} (ReLU)" + _ensemble_note(),
                "history": [m.history for m in emb_models],
                "auxiliary_outputs": data.aux_names,
            },
        },
        "metrics": metrics,
        "authored": authored,
        "external": external,
    }
    TextBundle.write(out, manifest, char, emb, stacks, lexical)
    write_model_card(out / "MODEL_CARD.md", manifest)
    progress(f"wrote {out} (version {manifest['version']})")
    return manifest


def average_heads(
    categories: tuple[str, ...],
    char_models: list[MultitaskModel],
    emb_models: list[MultitaskModel],
) -> tuple[LinearHeads, MlpHeads]:
    """The members' average in logit space, written as one model of each shape.

    Linear members average exactly into one linear model. Network members become
    one network whose hidden layer is theirs side by side and whose output layer
    averages their outputs, so the runtime reads one file of the same format.
    """
    char_w = np.mean([m.layers[0][0] for m in char_models], axis=0)
    char_b = np.mean([m.layers[0][1] for m in char_models], axis=0)
    hidden = [m.layers[0] for m in emb_models]
    output = [m.layers[1] for m in emb_models]
    emb = MlpHeads(
        categories,
        np.hstack([w for w, _ in hidden]),
        np.concatenate([b for _, b in hidden]),
        np.vstack([w for w, _ in output]) / len(emb_models),
        np.mean([b for _, b in output], axis=0),
    )
    return LinearHeads(categories, char_w, char_b), emb


def _ensemble_note() -> str:
    return f", average of {ENSEMBLE} seeds" if ENSEMBLE > 1 else ""


def trainable_categories(corpus: Corpus) -> list[str]:
    """The text categories with at least :data:`MIN_POSITIVES` train positives and
    negatives each; media-only keys never get a text head."""
    from bastion import taxonomy

    candidates = [c for c in taxonomy.CATEGORIES if c not in taxonomy.MEDIA_ONLY]
    labels = corpus.label_matrix(candidates)
    train = corpus.split_indices("train")
    return [
        c
        for j, c in enumerate(candidates)
        if (labels[train, j] == 1).sum() >= MIN_POSITIVES
        and (labels[train, j] == 0).sum() >= MIN_POSITIVES
    ]


def _calibration_rows(split: dict[str, np.ndarray], y: np.ndarray) -> tuple[np.ndarray, str]:
    """Dev rows with a known label; train rows too when dev has too few positives."""
    dev = split["dev"][y[split["dev"]] != UNKNOWN]
    if (y[dev] == 1).sum() >= 10 and (y[dev] == 0).sum() >= 10:
        return dev, "dev"
    train = split["train"][y[split["train"]] != UNKNOWN]
    return np.concatenate([dev, train]), "dev+train (few dev positives: optimistic)"

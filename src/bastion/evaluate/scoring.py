"""Scoring a labelled dataset with an engine, and the policy's operating points.

Evaluation measures the system a platform runs, not a model in isolation: every
example goes through :meth:`Engine.decide_many` (artifacts, detectors, fusion),
and a category's score is the fused probability the policy reads. A category no
detector scored has probability 0 here (the policy cannot act on it either).

The *operating point* of a category on a surface is the lowest probability at
which the policy takes a non-allow action for it. It is found by asking the
:class:`PolicyEvaluator` itself, so overlays, inheritance and ``allow`` rungs
mean exactly what they mean in production.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from bastion.datasets.format import Example
from bastion.detectors.model_heads import ModelHeadsDetector
from bastion.detectors.registry import load_detectors
from bastion.evaluate.scored import ScoredExample, ScoredSet
from bastion.fusion import Fusion
from bastion.intake import InputError, validate_item
from bastion.models.bundle import TextBundle
from bastion.pipeline import Engine
from bastion.policy import PolicyEvaluator, load_policy, shipped_policy_path
from bastion.types import Context, Item

__all__ = ["CHUNK", "build_engine", "operating_threshold", "score_examples"]

CHUNK = 64
"""Items per :meth:`Engine.decide_many` call: one batched encoder call each."""

Progress = Callable[[str], None]


def operating_threshold(
    evaluator: PolicyEvaluator, category: str, surface: str, jurisdiction: str | None = None
) -> float | None:
    """The lowest probability at which the policy acts on ``category`` (None: never)."""
    ladder = evaluator.rules(surface, jurisdiction).ladders.get(category, ())
    for threshold in sorted({rung.threshold for rung in ladder}):
        verdict = evaluator.evaluate({category: threshold}, surface, jurisdiction)
        if category in verdict.flagged:
            return threshold
    return None


def build_engine(policy: Path | None = None, model: Path | None = None) -> Engine:
    """An engine for offline evaluation: no decision log, no deadlines.

    ``model`` is a text-model bundle folder (as written by ``bastion train
    --out``); it replaces the shipped bundle in the model-backed detectors and
    in fusion, so a challenger model is measured through the same pipeline.
    """
    detectors = load_detectors()
    fusion: Fusion | None = None
    if model is not None:
        bundle = TextBundle.load(model)
        detectors = [type(d)(bundle) if isinstance(d, ModelHeadsDetector) else d for d in detectors]
        fusion = Fusion.from_bundle(bundle)
    return Engine(
        load_policy(policy or shipped_policy_path()),
        detectors,
        fusion=fusion,
        enforce_deadlines=False,
    )


def _item(example: Example, surface: str, jurisdiction: str | None) -> Item:
    return Item(
        id=example.id,
        surface=surface,
        text=example.text,
        context=Context(thread=example.context, jurisdiction=jurisdiction),
    )


def score_examples(
    engine: Engine,
    examples: Iterable[Example],
    surface: str,
    jurisdiction: str | None = None,
    progress: Progress | None = None,
) -> ScoredSet:
    """Decide every example (in chunks of :data:`CHUNK`) and keep its probabilities."""
    scored: list[ScoredExample] = []
    skipped: list[dict[str, str]] = []
    pending: list[tuple[Example, Item]] = []
    todo = list(examples)

    def flush() -> None:
        decisions = engine.decide_many([item for _, item in pending])
        for (example, _), decision in zip(pending, decisions, strict=True):
            scored.append(
                ScoredExample(example.id, example.labels, example.slices, decision.categories)
            )
        pending.clear()
        done = len(scored)
        if progress is not None and (done % (CHUNK * 16) < CHUNK or done == len(todo)):
            progress(f"scored {len(scored)}/{len(todo)}")

    for example in todo:
        item = _item(example, surface, jurisdiction)
        try:
            validate_item(item, engine.max_text_bytes)
        except InputError as exc:
            skipped.append({"id": example.id, "reason": str(exc)})
            continue
        pending.append((example, item))
        if len(pending) == CHUNK:
            flush()
    if pending:
        flush()
    return ScoredSet(
        scored, skipped, dict(engine.model_versions), policy_version=engine.policy.version
    )

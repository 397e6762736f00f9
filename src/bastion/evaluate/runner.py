"""``eval run`` end to end: dataset -> sample -> engine -> metrics -> stored run with report."""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bastion import __version__
from bastion.datasets.format import Example
from bastion.datasets.registry import Registry
from bastion.evaluate import plots
from bastion.evaluate.errors import EvalError
from bastion.evaluate.offline import MIN_SLICE, SLICE_KEYS, evaluate_scored
from bastion.evaluate.report import write_report
from bastion.evaluate.runs import EvalRun, RunStore, json_safe, load_run, new_run_id
from bastion.evaluate.scored import ScoredSet
from bastion.evaluate.scoring import build_engine, operating_threshold, score_examples
from bastion.pipeline import Engine
from bastion.policy import PolicyEvaluator
from bastion.taxonomy import CATEGORIES

__all__ = ["RunOptions", "choose_examples", "run_evaluation", "write_run"]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class RunOptions:
    dataset: str
    version: str | None = None
    policy: Path | None = None
    model: Path | None = None
    surface: str = "comment"
    jurisdiction: str | None = None
    split: str = "auto"
    """``all``, a split name, or ``auto``: the test split of a set the models may be
    trained on (``use: train``), every example of an evaluation-only set."""
    limit: int | None = None
    seed: int = 0
    rounds: int = 200
    slice_keys: Sequence[str] = SLICE_KEYS
    command: str = ""
    warnings: list[str] = field(default_factory=list)


def choose_examples(
    examples: list[Example], manifest: dict[str, Any], options: RunOptions
) -> tuple[list[Example], str, list[str]]:
    """The examples to score, a description of the sample, and warnings about it."""
    warnings: list[str] = []
    split = options.split
    splits = {e.split for e in examples}
    if split == "auto":
        split = "test" if manifest.get("use") == "train" and "test" in splits else "all"
    if split != "all":
        examples = [e for e in examples if e.split == split]
        if not examples:
            raise EvalError(f"dataset has no {split!r} split; splits: {sorted(map(str, splits))}")
    if manifest.get("use") == "train" and split != "test":
        warnings.append(
            f"{manifest.get('name')} may be in the shipped models' training data and this run "
            f"uses split {split!r}: expect optimistic numbers (use --split test)"
        )
    described = f"split {split}"
    if options.limit is not None and len(examples) > options.limit:
        examples = random.Random(options.seed).sample(examples, options.limit)
        described += f", random sample of {options.limit} (seed {options.seed})"
    return sorted(examples, key=lambda e: e.id), described, warnings


def write_run(
    store: RunStore,
    scored: ScoredSet,
    thresholds: dict[str, float | None],
    header: dict[str, Any],
    *,
    slice_keys: Sequence[str] = SLICE_KEYS,
    rounds: int = 200,
    seed: int = 0,
) -> EvalRun:
    """Compute metrics, store the run with its scores, draw the figures, write the report."""
    metrics = evaluate_scored(
        scored.examples, thresholds, slice_keys=slice_keys, rounds=rounds, seed=seed
    )
    header = {
        **header,
        "examples": len(scored.examples),
        "skipped": len(scored.skipped),
        "skipped_examples": scored.skipped[:20],
        "policy_version": scored.policy_version,
        "model_versions": dict(scored.model_versions),
        "model_version": ",".join(f"{k}@{v}" for k, v in sorted(scored.model_versions.items())),
        "thresholds": thresholds,
        "evaluated_categories": list(metrics["categories"]),
        "bootstrap_rounds": rounds,
        "min_slice": MIN_SLICE,
        "bastion_version": __version__,
    }
    document = json_safe({"run": header, **metrics})
    folder = store.write(header["id"], document, scored.examples)
    figures: dict[str, str] = {}
    categories = list(metrics["categories"])
    drawn = {
        "pr_curves": plots.pr_curves_plot(folder, scored.examples, categories, thresholds),
        "reliability": plots.reliability_plot(folder, document["categories"]),
        "confusion": plots.confusion_plot(folder, document["confusion"]),
    }
    for key, table in document["slices"].items():
        drawn[f"slices-{key}"] = plots.slice_plot(folder, key, table)
    figures = {name: file for name, file in drawn.items() if file is not None}
    write_report(folder, document, figures)
    return load_run(folder)


def run_evaluation(
    options: RunOptions,
    *,
    registry: Registry | None = None,
    store: RunStore | None = None,
    engine: Engine | None = None,
    out: Path | None = None,
    progress: Progress | None = None,
) -> EvalRun:
    """Evaluate the engine (built from ``options`` unless given) on a registry dataset."""
    started = time.perf_counter()
    registry = registry or Registry()
    store = store or RunStore()
    manifest = registry.show(options.dataset, options.version)
    examples, sample, warnings = choose_examples(
        registry.load(options.dataset, manifest["version"]), manifest, options
    )
    if progress is not None:
        progress(f"{options.dataset} {manifest['version']}: {len(examples)} examples ({sample})")
    engine = engine or build_engine(options.policy, options.model)
    evaluator: PolicyEvaluator = engine.policy
    thresholds = {
        c: operating_threshold(evaluator, c, options.surface, options.jurisdiction)
        for c in CATEGORIES
    }
    scored = score_examples(engine, examples, options.surface, options.jurisdiction, progress)
    header = {
        "id": new_run_id(options.dataset),
        "created_at": datetime.now(UTC).isoformat(),
        "dataset": options.dataset,
        "dataset_version": manifest["version"],
        "dataset_use": manifest.get("use"),
        "sample": sample,
        "surface": options.surface,
        "applied_surface": evaluator.applied_surface(options.surface),
        "jurisdiction": options.jurisdiction,
        "policy_source": str(evaluator.loaded.source),
        "model_source": str(options.model) if options.model else "shipped",
        "seed": options.seed,
        "command": options.command,
        "warnings": [*options.warnings, *warnings],
        "scoring_seconds": round(time.perf_counter() - started, 1),
    }
    run = write_run(
        store,
        scored,
        thresholds,
        header,
        slice_keys=options.slice_keys,
        rounds=options.rounds,
        seed=options.seed,
    )
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for file in run.path.iterdir():
            shutil.copy2(file, out / file.name)
    return run

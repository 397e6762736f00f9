"""``bastion learn retrain``: a challenger from shipped data + reviewer verdicts, through the gate.

1. Corpus: the train-licensed shared sets (as ``bastion train``; optional, capped)
   plus the project's seed data plus the latest ``review-verdicts`` export. The
   verdicts keep their leak-free split, so their test part is never trained on.
2. Fit with the existing training code (:func:`bastion.learn.train.fit_bundle`).
3. The bundle is added to the model registry as a candidate.
4. Gate: champion (the registry's, else the shipped bundle) and challenger are each
   run through the full engine on every gold set (the verdicts' test split and
   the sets named with ``--gold``); per set, the paired bootstrap of
   :func:`bastion.evaluate.gate.compare_runs` and the policy's obligations for that
   set (:func:`bastion.evaluate.gate.check_obligations`).
5. Promote when every set passes, else reject; either way the registry keeps the
   gate's record (runs, comparisons, obligations, problems).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bastion.datasets.format import Example
from bastion.datasets.importers.base import text_key
from bastion.datasets.registry import Registry, RegistryError
from bastion.evaluate.gate import check_obligations, compare_runs
from bastion.evaluate.runner import RunOptions, run_evaluation
from bastion.evaluate.runs import RunStore, json_safe
from bastion.learn.corpus import Corpus, build_corpus, seed_examples
from bastion.learn.export import DATASET_NAME
from bastion.learn.registry import ModelRegistry
from bastion.learn.train import fit_bundle
from bastion.policy import PolicyEvaluator, load_policy, shipped_policy_path

__all__ = ["GoldSet", "RetrainResult", "gate_bundles", "retrain", "training_corpus"]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class GoldSet:
    """A registry dataset the gate measures on, and how."""

    dataset: str
    surface: str = "comment"
    split: str = "auto"
    limit: int | None = None
    jurisdiction: str | None = None


@dataclass
class RetrainResult:
    version: str
    champion: str | None
    """The champion the challenger was compared with (None: the shipped bundle)."""
    passed: bool
    promoted: bool
    gate: dict[str, Any] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)


def training_corpus(
    verdicts: Sequence[Example],
    *,
    data_root: Path | None,
    seed: int = 0,
    cap: int = 1500,
    sets: Sequence[str] | None = None,
    seed_data: bool = True,
) -> Corpus:
    """Shared train-licensed sets (when ``data_root``) + seed data + verdict examples.

    ``data_root=None, seed_data=False`` trains on the verdicts alone: a smoke test
    of the loop in seconds (the gate still decides whether it may serve).
    """
    if data_root is not None:
        base = build_corpus(data_root, seed=seed, cap=cap, sets=sets)
        if not seed_data:
            kept = tuple(e for e in base.examples if e.slices.get("source") != "bastion-seed")
            base = Corpus(kept, {k: v for k, v in base.sources.items() if k != "bastion-seed"})
    elif seed_data:
        seeds = seed_examples()
        base = Corpus(tuple(seeds), {"bastion-seed": len(seeds)})
    else:
        base = Corpus((), {})
    # A text reviewers labelled is theirs: the shared sets' copy of it leaves the corpus,
    # so the platform's label wins and no verdict test text is trained on under another split.
    reviewed = {text_key(e.text) for e in verdicts}
    kept = tuple(e for e in base.examples if text_key(e.text) not in reviewed)
    return Corpus(kept + tuple(verdicts), {**base.sources, DATASET_NAME: len(verdicts)})


def gate_bundles(
    champion: Path,
    challenger: Path,
    gold: Sequence[GoldSet],
    *,
    datasets: Registry | None = None,
    runs: RunStore | None = None,
    policy: Path | None = None,
    tolerance: float = 0.0,
    rounds: int = 500,
    seed: int = 0,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """The gate's record: per gold set, both runs, the paired comparison and obligations."""
    datasets = datasets or Registry()
    runs = runs or RunStore()
    loaded = load_policy(policy or shipped_policy_path())
    evaluator = PolicyEvaluator(loaded)
    sets: list[dict[str, Any]] = []
    problems: list[str] = []
    for spec in gold:
        made = {}
        for role, bundle in (("champion", champion), ("challenger", challenger)):
            options = RunOptions(
                dataset=spec.dataset,
                policy=policy,
                model=bundle,
                surface=spec.surface,
                jurisdiction=spec.jurisdiction,
                split=spec.split,
                limit=spec.limit,
                seed=seed,
                rounds=100,
                command=f"bastion learn retrain ({role})",
            )
            made[role] = run_evaluation(options, registry=datasets, store=runs, progress=None)
            if progress is not None:
                progress(f"gate: {spec.dataset}: {role} run {made[role].id}")
        a, b = made["champion"], made["challenger"]
        b_scores = b.scores()
        categories = [
            c for c in b.header["evaluated_categories"] if c in a.header["evaluated_categories"]
        ]
        result = compare_runs(
            (a.id, a.scores(), a.thresholds()),
            (b.id, b_scores, b.thresholds()),
            categories,
            ("auprc", "recall"),
            tolerance=tolerance,
            rounds=rounds,
            seed=seed,
        )
        result.obligations = check_obligations(
            loaded.policy.obligations, evaluator, b_scores, spec.dataset
        )
        sets.append(
            {
                **result.to_dict(),
                "dataset": spec.dataset,
                "dataset_version": b.header.get("dataset_version"),
                "surface": spec.surface,
            }
        )
        problems.extend(f"{spec.dataset}: {p}" for p in result.problems)
    record: dict[str, Any] = json_safe(
        {
            "passed": not problems,
            "problems": problems,
            "policy_version": evaluator.version,
            "tolerance": tolerance,
            "rounds": rounds,
            "sets": sets,
        }
    )
    return record


def _verdict_examples(datasets: Registry, version: str | None) -> tuple[list[Example], str | None]:
    try:
        manifest = datasets.show(DATASET_NAME, version)
    except RegistryError:
        if version is not None:
            raise
        return [], None
    return datasets.load(DATASET_NAME, manifest["version"]), str(manifest["version"])


def retrain(
    *,
    data_root: Path | None,
    gold: Sequence[GoldSet] = (),
    verdicts_version: str | None = None,
    seed: int = 0,
    cap: int = 1500,
    sets: Sequence[str] | None = None,
    seed_data: bool = True,
    cache: Path | None = None,
    datasets: Registry | None = None,
    models: ModelRegistry | None = None,
    runs: RunStore | None = None,
    policy: Path | None = None,
    tolerance: float = 0.0,
    rounds: int = 500,
    promote: bool = True,
    progress: Progress = print,
) -> RetrainResult:
    """Train a challenger, gate it against the champion, promote it only if it passes."""
    datasets = datasets or Registry()
    models = models or ModelRegistry()
    verdicts, verdicts_version = _verdict_examples(datasets, verdicts_version)
    progress(f"verdicts: {len(verdicts)} examples (review-verdicts {verdicts_version or 'none'})")
    corpus = training_corpus(
        verdicts, data_root=data_root, seed=seed, cap=cap, sets=sets, seed_data=seed_data
    )
    progress(f"corpus: {len(corpus.examples)} examples from {len(corpus.sources)} sources")
    gold = list(gold)
    if verdicts_version is not None and any(e.slices.get("split") == "test" for e in verdicts):
        gold.insert(0, GoldSet(DATASET_NAME, split="test"))
    if not gold:
        raise RegistryError(
            "no gold set to gate on: export verdicts with a test split "
            "(bastion learn export) or name one with --gold DATASET"
        )
    with tempfile.TemporaryDirectory(prefix="bastion-challenger-") as tmp:
        out = Path(tmp) / "bundle"
        manifest = fit_bundle(corpus, out, seed=seed, cap=cap, cache=cache, progress=progress)
        version = models.add(
            out,
            data={
                "sources": corpus.sources,
                "review_verdicts": verdicts_version,
                "seed": seed,
                "cap": cap if data_root is not None else None,
                "shared_data": str(data_root) if data_root is not None else None,
            },
            reason="bastion learn retrain",
        )
    champion = models.champion()
    progress(f"challenger {version} vs champion {champion or 'shipped'}")
    gate = gate_bundles(
        models.path(champion),
        models.path(version),
        gold,
        datasets=datasets,
        runs=runs,
        policy=policy,
        tolerance=tolerance,
        rounds=rounds,
        seed=seed,
        progress=progress,
    )
    promoted = False
    if version == champion:
        reason = "identical weights to the champion: nothing to promote"
    elif gate["passed"] and promote:
        reason = "passed the gate on " + ", ".join(s["dataset"] for s in gate["sets"])
        models.promote(version, gate=gate, reason=reason)
        promoted = True
    elif gate["passed"]:
        reason = "passed the gate; not promoted (--no-promote)"
    else:
        reason = "failed the gate: " + "; ".join(gate["problems"])
        models.reject(version, gate=gate, reason=reason)
    progress(reason)
    return RetrainResult(version, champion, bool(gate["passed"]), promoted, gate, manifest)

"""``bastion eval calibrate-policy`` and ``bastion eval gate``: obligations in practice."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
import numpy as np

from bastion.evaluate.cli_support import root_policy, runs_store
from bastion.evaluate.errors import EvalError
from bastion.evaluate.runs import EvalRun
from bastion.evaluate.scored import label_matrix
from bastion.policy import LoadedPolicy, PolicyEvaluator, load_policy, shipped_policy_path

if TYPE_CHECKING:
    from bastion.evaluate.runner import RunOptions

__all__ = ["calibrate_policy_cmd", "gate_cmd"]

EXIT_FAILED = 1


def _score_run(
    ctx: click.Context, run: str | None, options: RunOptions | None, registry: Path | None
) -> EvalRun:
    """The run to read scores from: an existing one, or a new run of ``options.dataset``."""
    if (run is None) == (options is None):
        raise click.UsageError("give exactly one of --run RUN or --dataset NAME")
    store = runs_store(ctx)
    if run is not None:
        return store.load(run)
    assert options is not None
    from bastion.datasets.registry import Registry
    from bastion.evaluate.runner import run_evaluation

    found = run_evaluation(
        options,
        registry=Registry(registry),
        store=store,
        progress=lambda m: click.echo(m, err=True),
    )
    click.echo(f"scored into run {found.id}", err=True)
    return found


def _at_threshold(y: np.ndarray, scores: np.ndarray, threshold: float) -> str:
    from bastion.evaluate.metrics import wilson_interval

    flagged = scores >= threshold
    tp, n, positives = int((flagged & (y == 1)).sum()), int(flagged.sum()), int(y.sum())
    precision = f"{tp / n:.3f} (lower bound {wilson_interval(tp, n)[0]:.3f})" if n else "-"
    recall = f"{tp / positives:.3f}" if positives else "-"
    return f"precision {precision}, recall {recall}, {n} flagged"


@click.command("calibrate-policy")
@click.option("--category", required=True, help="Taxonomy key, e.g. hate.")
@click.option("--surface", default="comment", show_default=True, help="Policy surface.")
@click.option("--jurisdiction", default=None, help="Calibrate the ladder for this audience.")
@click.option("--min-precision", type=click.FloatRange(0, 1), required=True)
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None)
@click.option("--run", "run_ref", default=None, help="Read scores from this stored run.")
@click.option("--dataset", default=None, help="Or score this registry dataset first.")
@click.option("--dataset-version", default=None)
@click.option(
    "--split",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "all", "train", "dev", "test"]),
)
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--seed", default=0, show_default=True)
@click.option("--model", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--registry", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option("--policy", type=click.Path(path_type=Path), default=None, help="Policy to adjust.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the new policy version here (without it: a dry run).",
)
@click.option("--version", "new_version", default=None, help="Version of the new policy.")
@click.pass_context
def calibrate_policy_cmd(
    ctx: click.Context,
    category: str,
    surface: str,
    jurisdiction: str | None,
    min_precision: float,
    min_recall: float | None,
    run_ref: str | None,
    dataset: str | None,
    dataset_version: str | None,
    split: str,
    limit: int | None,
    seed: int,
    model: Path | None,
    registry: Path | None,
    policy: Path | None,
    out: Path | None,
    new_version: str | None,
) -> None:
    """Pick the threshold meeting 'precision >= X' (95% lower bound) with the highest recall."""
    from bastion.evaluate.calibrate import calibrate_policy_file
    from bastion.evaluate.runner import RunOptions
    from bastion.evaluate.scoring import operating_threshold
    from bastion.evaluate.thresholds import select_threshold

    source = root_policy(ctx, policy) or shipped_policy_path()
    options = None
    if dataset is not None:
        options = RunOptions(
            dataset=dataset,
            version=dataset_version,
            policy=source,
            model=model,
            surface=surface,
            jurisdiction=jurisdiction,
            split=split,
            limit=limit,
            seed=seed,
            command="bastion " + shlex.join(sys.argv[1:]),
        )
    run = _score_run(ctx, run_ref, options, registry)
    _, y, scores = label_matrix(run.scores(), category)
    if len(y) == 0:
        raise EvalError(f"{category!r} is not labelled in run {run.id} ({run.header['dataset']})")
    evaluator = PolicyEvaluator(load_policy(source))
    current = operating_threshold(evaluator, category, surface, jurisdiction)
    if current is not None:
        click.echo(
            f"now: {category} on {surface} acts at {current}: " + _at_threshold(y, scores, current)
        )
    choice = select_threshold(y, scores, min_precision, min_recall)
    target = f"precision >= {min_precision}" + (
        f" and recall >= {min_recall}" if min_recall is not None else ""
    )
    click.echo(
        f"obligation: {target} (95% lower bounds), {len(y)} labelled, "
        f"{choice.positives} positive, run {run.id}"
    )
    if not choice.feasible:
        click.echo(f"INFEASIBLE: {choice.reason}")
        if choice.threshold is not None:
            click.echo(
                f"closest: threshold {choice.threshold:.6g}: precision {choice.precision:.3f} "
                f"(lower bound {choice.precision_lower:.3f}), recall {choice.recall:.3f}"
            )
        ctx.exit(EXIT_FAILED)
    assert choice.threshold is not None
    click.echo(
        f"chosen: threshold {choice.threshold:.6g}: precision {choice.precision:.3f} "
        f"(lower bound {choice.precision_lower:.3f}), recall {choice.recall:.3f} "
        f"(lower bound {choice.recall_lower:.3f}), {choice.flagged} flagged"
    )
    if out is None:
        click.echo("dry run: pass --out FILE to write the new policy version")
        return
    header = (
        f"Calibrated by bastion eval calibrate-policy from {source}:\n"
        f"{category} on {surface}{f' ({jurisdiction})' if jurisdiction else ''}: "
        f"operating threshold {current} -> {choice.threshold:.6g} so that {target} "
        f"(95% Wilson lower bounds)\non run {run.id}: {run.header['dataset']} @ "
        f"{run.header['dataset_version']}, {len(y)} labelled examples."
    )
    done = calibrate_policy_file(
        source, out, category, surface, choice.threshold, jurisdiction, new_version, header
    )
    click.echo(f"wrote {done.path} (version {done.version}; {done.written_to})")
    for note in done.notes:
        click.echo(f"note: {note}")


def _policy_of(run: EvalRun, override: Path | None) -> LoadedPolicy:
    if override is not None:
        return load_policy(override)
    source = Path(str(run.header.get("policy_source", "")))
    if not source.exists():
        raise EvalError(f"run {run.id}'s policy {source} is gone; pass --policy")
    loaded = load_policy(source)
    if loaded.version != run.header.get("policy_version"):
        raise EvalError(
            f"{source} changed since run {run.id} (now {loaded.version}, was "
            f"{run.header.get('policy_version')}); pass --policy with the challenger's policy"
        )
    return loaded


@click.command("gate")
@click.option("--champion", required=True, help="Run of the model/policy in production.")
@click.option("--challenger", required=True, help="Run of the candidate.")
@click.option(
    "--metric",
    "metrics",
    multiple=True,
    default=("auprc", "recall"),
    type=click.Choice(["auprc", "recall", "precision"]),
    show_default=True,
)
@click.option(
    "--tolerance",
    default=0.0,
    show_default=True,
    help="Only a drop beyond this counts (the whole 95% interval below -tolerance).",
)
@click.option("--rounds", default=500, show_default=True, help="Paired bootstrap resamples.")
@click.option("--seed", default=0, show_default=True)
@click.option(
    "--policy",
    type=click.Path(path_type=Path),
    default=None,
    help="Policy whose obligations apply (default: the challenger run's policy).",
)
@click.option("--any-dataset", is_flag=True, help="Check obligations named for other datasets.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def gate_cmd(
    ctx: click.Context,
    champion: str,
    challenger: str,
    metrics: tuple[str, ...],
    tolerance: float,
    rounds: int,
    seed: int,
    policy: Path | None,
    any_dataset: bool,
    as_json: bool,
) -> None:
    """Promotion gate: exit 1 if the challenger breaks an obligation or is significantly worse."""
    from bastion.evaluate.gate import check_obligations, compare_runs

    store = runs_store(ctx)
    a, b = store.load(champion), store.load(challenger)
    b_examples = b.scores()
    categories = [
        c for c in b.header["evaluated_categories"] if c in a.header["evaluated_categories"]
    ]
    result = compare_runs(
        (a.id, a.scores(), a.thresholds()),
        (b.id, b_examples, b.thresholds()),
        categories,
        metrics,
        tolerance=tolerance,
        rounds=rounds,
        seed=seed,
    )
    loaded = _policy_of(b, root_policy(ctx, policy))
    result.obligations = check_obligations(
        loaded.policy.obligations,
        PolicyEvaluator(loaded),
        b_examples,
        b.header.get("dataset"),
        any_dataset,
    )
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=1))
    else:
        click.echo(f"champion {a.id} vs challenger {b.id}: {result.paired} paired examples")
        for c in result.comparisons:
            flag = "  WORSE" if c.significantly_worse else ""
            click.echo(
                f"  {c.category:22} {c.metric:9} {c.champion:.3f} -> {c.challenger:.3f} "
                f"({c.delta:+.3f}, 95% CI [{c.delta_ci[0]:+.3f}, {c.delta_ci[1]:+.3f}]){flag}"
            )
        for o in result.obligations:
            state = {True: "met", False: "BROKEN", None: "not measured"}[o.met]
            click.echo(f"  obligation {o.category} on {o.surface}: {state} ({o.note})")
        click.echo("PASS: the challenger may be promoted" if result.passed else "FAIL:")
        for problem in result.problems:
            click.echo(f"  {problem}")
    if not result.passed:
        ctx.exit(EXIT_FAILED)

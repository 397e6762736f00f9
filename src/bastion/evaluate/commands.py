"""``bastion eval``: offline runs, the behavioural suite, obligations, the gate, online metrics.

The group lives here and its commands in ``cli_*`` modules beside it, so each
stays small; ``bastion.cli`` registers the group with one line.
"""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import click

from bastion.datasets.format import DatasetError
from bastion.evaluate.cli_support import RunsRoot, headline, root_policy, runs_store
from bastion.evaluate.commands_online import backtest_cmd, online_cmd
from bastion.evaluate.commands_policy import calibrate_policy_cmd, gate_cmd
from bastion.evaluate.errors import EvalError
from bastion.models.bundle import BundleError

__all__ = ["eval_group"]

EXIT_INPUT = 2
EXIT_BELOW_FLOOR = 1


class _EvalGroup(click.Group):
    """Reports evaluation, dataset and model errors as one ``error:`` line, exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (EvalError, DatasetError, BundleError) as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_INPUT)


@click.group("eval", cls=_EvalGroup)
@click.option(
    "--runs-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where runs are stored (default: <BASTION_DATA_DIR or user data dir>/eval-runs).",
)
@click.pass_context
def eval_group(ctx: click.Context, runs_dir: Path | None) -> None:
    """Evaluate models and policies: offline runs, behavioural suite, obligations, gate."""
    ctx.obj = RunsRoot(runs_dir)


@eval_group.command("run")
@click.option("--dataset", required=True, help="Registry name, e.g. olid (see: datasets list).")
@click.option("--dataset-version", default=None, help="Dataset version (default: latest).")
@click.option(
    "--model",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Text-model bundle folder (from 'bastion train --out'); default: the shipped one.",
)
@click.option("--policy", type=click.Path(path_type=Path), default=None, help="Policy file.")
@click.option("--surface", default="comment", show_default=True, help="Policy surface.")
@click.option("--jurisdiction", default=None, help="Apply this jurisdiction's overlays.")
@click.option(
    "--split",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "all", "train", "dev", "test"]),
    help="auto: the test split of train-use sets, everything of eval-only sets.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Random sample size.")
@click.option("--seed", default=0, show_default=True, help="Sampling and bootstrap seed.")
@click.option("--rounds", default=200, show_default=True, help="Bootstrap resamples.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also copy metrics.json, report.html and figures into this folder.",
)
@click.option("--registry", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
@click.pass_context
def run_cmd(
    ctx: click.Context,
    dataset: str,
    dataset_version: str | None,
    model: Path | None,
    policy: Path | None,
    surface: str,
    jurisdiction: str | None,
    split: str,
    limit: int | None,
    seed: int,
    rounds: int,
    out: Path | None,
    registry: Path | None,
    quiet: bool,
) -> None:
    """Score a dataset through the pipeline; store metrics, per-example scores and a report."""
    from bastion.datasets.registry import Registry
    from bastion.evaluate.runner import RunOptions, run_evaluation

    options = RunOptions(
        dataset=dataset,
        version=dataset_version,
        policy=root_policy(ctx, policy),
        model=model,
        surface=surface,
        jurisdiction=jurisdiction,
        split=split,
        limit=limit,
        seed=seed,
        rounds=rounds,
        command="bastion " + shlex.join(sys.argv[1:]),
    )

    def progress(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    run = run_evaluation(
        options, registry=Registry(registry), store=runs_store(ctx), out=out, progress=progress
    )
    for line in run.metrics["run"]["warnings"]:
        click.echo(f"warning: {line}", err=True)
    click.echo(f"run {run.id}")
    for line in headline(run.metrics):
        click.echo(f"  {line}")
    click.echo(f"report: {(out or run.path) / 'report.html'}")


@eval_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per run.")
@click.pass_context
def list_cmd(ctx: click.Context, as_json: bool) -> None:
    """Stored runs, oldest first."""
    headers = runs_store(ctx).list()
    keys = ("id", "dataset", "dataset_version", "examples", "surface", "policy_version")
    if as_json:
        for h in headers:
            click.echo(json.dumps({k: h.get(k) for k in (*keys, "model_version", "created_at")}))
        return
    if not headers:
        click.echo("no evaluation runs yet; run: bastion eval run --dataset NAME")
        return
    click.echo(f"{'RUN':44} {'DATASET':20} {'EXAMPLES':>8} {'SURFACE':10} POLICY")
    for h in headers:
        click.echo(
            f"{h['id']:44} {h['dataset']:20} {h['examples']:>8} {h['surface']:10} "
            f"{h['policy_version']}"
        )


@eval_group.command("show")
@click.argument("run")
@click.pass_context
def show_cmd(ctx: click.Context, run: str) -> None:
    """Headline numbers of a stored RUN (id, unique prefix or folder) and its report path."""
    found = runs_store(ctx).load(run)
    header = found.header
    click.echo(f"run {found.id}: {header['dataset']} @ {header['dataset_version']}, "
               f"{header['examples']} examples, surface {header['surface']}")  # fmt: skip
    for line in headline(found.metrics):
        click.echo(f"  {line}")
    click.echo(f"report: {found.path / 'report.html'}")


@eval_group.command("suite")
@click.option(
    "--suite",
    "suite_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Suite YAML (default: the shipped behavioural suite).",
)
@click.option("--policy", type=click.Path(path_type=Path), default=None, help="Policy file.")
@click.option(
    "--model",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Text-model bundle folder; default: the shipped one.",
)
@click.option("--failures", is_flag=True, help="Also list every failing case and why.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--write-floors",
    is_flag=True,
    help="Rewrite the suite file's floors and measured_with from this run (nothing else).",
)
@click.pass_context
def suite_cmd(
    ctx: click.Context,
    suite_path: Path | None,
    policy: Path | None,
    model: Path | None,
    failures: bool,
    as_json: bool,
    write_floors: bool,
) -> None:
    """Run the behavioural suite; exit 1 when a functionality or group breaks its floor.

    With --write-floors, set the floors from this run instead (each functionality may
    lose one more case, the worst group may flag one more) and record the bundle and
    policy versions in measured_with; the rest of the file is left byte for byte.
    """
    from bastion.evaluate.scoring import build_engine
    from bastion.evaluate.suite import (
        SHIPPED_SUITE,
        MeasuredWith,
        format_result,
        load_suite,
        rescore,
        rewrite_floors,
        run_suite,
    )
    from bastion.models.bundle import TextBundle, shipped_bundle

    path = suite_path or SHIPPED_SUITE
    suite = load_suite(path)
    engine = build_engine(root_policy(ctx, policy), model)
    result = run_suite(engine, suite)
    if write_floors:
        bundle = TextBundle.load(model) if model is not None else shipped_bundle()
        measured = MeasuredWith(bundle=bundle.version, policy=engine.policy.version)
        text = path.read_bytes().decode("utf-8")  # bytes: keep the file's line endings
        path.write_bytes(rewrite_floors(text, result, measured).encode("utf-8"))
        result = rescore(load_suite(path), result)
        click.echo(
            f"floors and measured_with written to {path} "
            f"(bundle {measured.bundle}, policy {measured.policy})",
            err=True,
        )
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=1, ensure_ascii=False))
    else:
        for line in format_result(result, show_failures=failures):
            click.echo(line)
    if not result.ok:
        ctx.exit(EXIT_BELOW_FLOOR)


eval_group.add_command(calibrate_policy_cmd)
eval_group.add_command(gate_cmd)
eval_group.add_command(online_cmd)
eval_group.add_command(backtest_cmd)

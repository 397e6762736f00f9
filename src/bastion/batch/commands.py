"""``bastion scan-batch`` and ``bastion backtest``: batch commands on either engine."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from bastion.output_path import OutputFile

if TYPE_CHECKING:
    from bastion.batch.summary import BatchSummary
    from bastion.batch.tally import ShardTally
    from bastion.config import Settings

__all__ = ["backtest_cmd", "scan_batch_cmd"]

EXIT_INTERRUPTED = 130


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    from bastion.config import command_settings

    return command_settings(ctx.find_root().obj, **overrides)


def _engine_options(command: Any) -> Any:
    """The options every batch command shares: where and how it runs, and its checkpoint."""
    options = [
        click.option(
            "--engine",
            type=click.Choice(["local", "ray"]),
            default="local",
            show_default=True,
            help="local: a process pool on this machine; ray: a Ray cluster (bastion[ray]).",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            help="Processes (local) or Ray actors; default: every CPU of the machine/cluster.",
        ),
        click.option(
            "--address",
            help="Ray cluster to join (HOST:PORT or auto); default: start a local one.",
        ),
        click.option(
            "--shard-size",
            type=click.IntRange(min=64),
            default=1024,
            show_default=True,
            help="Items per shard (unit of work and checkpoint; a multiple of 64).",
        ),
        click.option(
            "--checkpoint",
            type=click.Path(file_okay=False, path_type=Path),
            help="Checkpoint folder (default: OUTPUT.parts).",
        ),
        click.option("--fresh", is_flag=True, help="Discard the checkpoint instead of resuming."),
        click.option("--quiet", is_flag=True, help="No progress on stderr."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _batch_options(
    engine: str,
    workers: int | None,
    address: str | None,
    shard_size: int,
    checkpoint: Path | None,
    fresh: bool,
) -> Any:
    from bastion.batch.runner import BatchOptions

    if address is not None and engine != "ray":
        raise click.UsageError("--address needs --engine ray")
    return BatchOptions(
        engine="ray" if engine == "ray" else "local",
        workers=workers,
        address=address,
        shard_size=shard_size,
        checkpoint=checkpoint,
        fresh=fresh,
    )


def _reporter(quiet: bool) -> Any:
    def report(summary: BatchSummary) -> None:
        click.echo(
            f"shards {summary.shards_done + summary.shards_resumed}/{summary.shards}: "
            f"scanned {summary.items} lines ({summary.items_per_second:.0f}/s), "
            f"{summary.errors} errors",
            err=True,
        )

    return None if quiet else report


def _done(summary: BatchSummary, target: str) -> None:
    resumed = (
        f" ({summary.shards_resumed} of {summary.shards} shards resumed from the checkpoint)"
        if summary.shards_resumed
        else ""
    )
    click.echo(
        f"done: {summary.items} lines, {summary.errors} errors, "
        f"{summary.items_per_second:.0f} items/s -> {target}{resumed}",
        err=True,
    )


def _interrupted(folder: Path) -> NoReturn:
    """Ctrl-C: say what is kept and how to go on; exit 130 (the shell's code for SIGINT)."""
    from bastion.batch.checkpoint import Checkpoint

    done = len(Checkpoint(folder, "jsonl").finished()) if folder.is_dir() else 0
    click.echo(
        f"interrupted: {done} finished shard(s) are kept in {folder}; run the same command "
        "again to resume from there (--fresh starts over)",
        err=True,
    )
    sys.exit(EXIT_INTERRUPTED)


@click.command("scan-batch")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=OutputFile(),
    help="Where to write one decision per input item (.jsonl, or .parquet).",
)
@_engine_options
@click.option(
    "--deadlines/--no-deadlines",
    default=False,
    show_default=True,
    help="Apply surface deadlines (off for back-fills).",
)
@click.option("--no-log", is_flag=True, help="Do not record the decisions (dry run).")
@click.option(
    "--rescan",
    is_flag=True,
    help="Scan and log again although this input was scanned to the end with the same policy "
    "and models (a new run).",
)
@click.pass_context
def scan_batch_cmd(
    ctx: click.Context,
    source: Path,
    output: Path,
    engine: str,
    workers: int | None,
    address: str | None,
    shard_size: int,
    checkpoint: Path | None,
    fresh: bool,
    quiet: bool,
    deadlines: bool,
    no_log: bool,
    rescan: bool,
) -> None:
    """Scan SOURCE (JSONL or Parquet), one decision per item into OUTPUT, in input order.

    Input items: {"id", "text", "surface"?, "lang"?, "jurisdiction"?, "context"?}. A killed
    batch run again with the same arguments resumes from its checkpoint; a finished one is
    reported as done (see --rescan).
    """
    from bastion.batch.runner import RunAlreadyDoneError, scan_batch

    options = _batch_options(engine, workers, address, shard_size, checkpoint, fresh)
    try:
        summary = scan_batch(
            source,
            output,
            _settings(ctx, enforce_deadlines=deadlines),
            options,
            log=not no_log,
            progress=_reporter(quiet),
            rescan=rescan,
        )
    except RunAlreadyDoneError as done:
        click.echo(str(done), err=True)
        return
    except KeyboardInterrupt:
        _interrupted(checkpoint or output.with_name(output.name + ".parts"))
    if not quiet:
        _done(summary, str(output))
        if summary.run_id is not None:
            click.echo(f"run {summary.run_id}: its logged decisions carry this id", err=True)


@click.command("backtest")
@click.option(
    "--policy",
    "new_policy",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="The new policy (file or folder) to compare with the current one.",
)
@click.option(
    "--input",
    "source",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The catalogue to rescan (JSONL or Parquet items, as for scan-batch).",
)
@click.option(
    "-o",
    "--output",
    type=OutputFile(),
    help="Also write the full report as JSON here.",
)
@click.option("--examples", default=5, show_default=True, help="Example item ids per change.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@_engine_options
@click.pass_context
def backtest_cmd(
    ctx: click.Context,
    new_policy: Path,
    source: Path,
    output: Path | None,
    examples: int,
    as_json: bool,
    engine: str,
    workers: int | None,
    address: str | None,
    shard_size: int,
    checkpoint: Path | None,
    fresh: bool,
    quiet: bool,
) -> None:
    """Rescan a catalogue and report how decisions would change under a new policy.

    Each item is decided once under the current policy (global --policy, else the configured
    or shipped one); the new policy is applied to the same scores. For stored decisions
    instead of content, see `bastion eval backtest`.
    """
    from bastion.batch.runner import backtest_batch
    from bastion.config import data_dir

    settings = _settings(ctx, enforce_deadlines=False)
    options = _batch_options(engine, workers, address, shard_size, checkpoint, fresh)
    key = hashlib.sha256(f"{source.resolve()}\0{new_policy.resolve()}".encode()).hexdigest()
    default_checkpoint = (
        output.with_name(output.name + ".parts")
        if output is not None
        else data_dir() / "backtests" / f"{source.stem}-{key[:12]}.parts"
    )
    tally, summary = backtest_batch(
        source,
        new_policy,
        settings,
        options,
        checkpoint=default_checkpoint,
        max_examples=examples,
        progress=_reporter(quiet),
    )
    report = tally.to_dict()
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if as_json:
        click.echo(json.dumps(report, indent=1))
    else:
        _print_report(tally)
    if not quiet:
        _done(summary, str(output) if output is not None else "report above")


def _print_report(tally: ShardTally) -> None:
    result = tally.result
    share = result.changed / result.decisions if result.decisions else 0.0
    current = ", ".join(sorted(result.from_versions)) or "-"
    click.echo(
        f"rescanned {tally.items} items ({tally.errors} errors): under policy "
        f"{result.policy_version} {result.changed} of {result.decisions} ({share:.1%}) would "
        f"change action versus {current}"
    )
    for surface, count in sorted(tally.surfaces.items()):
        moved = sum(result.transitions.get(surface, {}).values())
        click.echo(f"  {surface:16} {count:>8} items  {moved:>6} change action")
    for surface, moves in sorted(result.transitions.items()):
        for move, count in moves.most_common():
            ids = ", ".join(result.examples[f"{surface}: {move}"])
            click.echo(f"  {surface:16} {move:32} {count:>6}  e.g. {ids}")
    for (surface, category), changes in sorted(result.categories.items()):
        for change, count in sorted(changes.items()):
            ids = ", ".join(result.examples[f"{surface}/{category}: {change}"])
            click.echo(f"  {surface:16} {category:22} {change:18} {count:>6}  e.g. {ids}")

"""``bastion train`` (rebuild the shipped text models) and ``bastion learn`` (the feedback loop)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from bastion.intake import InputError
from bastion.output_path import OutputFile


@click.command()
@click.option(
    "--data",
    "data_root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of source sets (default: $BASTION_SHARED_DATA or ../shared/data).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the bundle (default: the shipped bundle inside the package).",
)
@click.option("--seed", default=0, show_default=True, help="Random seed (sampling, solvers).")
@click.option(
    "--cap",
    type=click.IntRange(min=1),
    help="Rows per source set, for a quick run (default: every set at full size, weighted).",
)
@click.option(
    "--lexical",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Ported word model (.npz) whose score joins the n-grams (default: the shipped one).",
)
@click.option(
    "--teachers",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Teacher-score cache: distil packaged teachers (scripts/setup-teachers.sh).",
)
def train(
    data_root: Path | None,
    out: Path | None,
    seed: int,
    cap: int | None,
    lexical: Path | None,
    teachers: Path | None,
) -> None:
    """Train the shipped text models from train-licensed data, reproducibly."""
    from bastion.config import data_dir
    from bastion.datasets.registry import default_source_root
    from bastion.learn.train import train_text_models
    from bastion.models.bundle import LEXICAL_FILE, SHIPPED

    root = data_root or default_source_root(_shared_data())
    if root is None:
        raise InputError("no data folder: pass --data DIR or set BASTION_SHARED_DATA")
    if lexical is None and (SHIPPED / LEXICAL_FILE).exists():
        lexical = SHIPPED / LEXICAL_FILE
    train_text_models(
        root,
        out or SHIPPED,
        seed=seed,
        cap=cap,
        cache=data_dir() / "cache" / "embeddings",
        lexical=lexical,
        teachers=teachers,
        progress=lambda line: click.echo(line, err=True),
    )


# --- bastion learn: the feedback loop (active learning, export, retrain, registry). ---


def _db_url(ctx: click.Context) -> str:
    from bastion.config import command_settings

    return command_settings(ctx.find_root().obj).database_url


def _since(value: str | None, hours: float) -> datetime:
    if value is None:
        return datetime.now(UTC) - timedelta(hours=hours)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"--since {value!r}: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (UTC)"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@click.group("learn")
def learn() -> None:
    """The feedback loop: choose items to label, export verdicts, retrain, promote, roll back."""


@learn.command("sample")
@click.option("--budget", type=click.IntRange(min=0), required=True, help="Labels per day (UTC).")
@click.option(
    "--items",
    "items_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSONL of the window's items (scan-batch format): the texts decisions do not keep.",
)
@click.option("--since", help="Window start, UTC (default: 24 hours ago).")
@click.option("--hours", default=24.0, show_default=True, help="Window length when no --since.")
@click.option(
    "--strategy",
    type=click.Choice(["hybrid", "uncertainty", "disagreement", "diversity", "random"]),
    default="hybrid",
    show_default=True,
)
@click.option(
    "--queue",
    default="active-learning",
    show_default=True,
    help="Queue of the new tasks; 'category' routes each to its category's queue.",
)
@click.option("--seed", default=0, show_default=True)
@click.option("--dry-run", is_flag=True, help="Print the choice; create no task.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def sample_cmd(
    ctx: click.Context,
    budget: int,
    items_path: Path,
    since: str | None,
    hours: float,
    strategy: str,
    queue: str,
    seed: int,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Choose which extra items humans label today; enqueue them (reason active_learning)."""
    from bastion.config import command_settings
    from bastion.learn.candidates import sample_for_review
    from bastion.scanner import Scanner
    from bastion.store import DecisionLog

    settings = command_settings(ctx.find_root().obj)
    log = DecisionLog.open(settings.database_url)
    engine = Scanner.from_settings(settings, log=False).engine
    try:
        report = sample_for_review(
            log.engine,
            engine,
            items_path,
            budget=budget,
            since=_since(since, hours),
            strategy=strategy,
            queue=None if queue == "category" else queue,
            seed=seed,
            dry_run=dry_run,
        )
    finally:
        log.close()
    chosen = [
        {
            "item_id": s.candidate.item_id,
            "decision_id": s.candidate.decision_id,
            "category": s.category,
            "uncertainty": round(s.uncertainty, 4),
            "disagreement": round(s.disagreement, 4),
        }
        for s in report.selected
    ]
    if as_json:
        summary = {k: v for k, v in vars(report).items() if k != "selected"}
        click.echo(json.dumps({**summary, "selected": chosen}, indent=1))
        return
    click.echo(
        f"{report.window_decisions} decisions in the window ({report.without_text} without a "
        f"text in {items_path.name}), {report.already_in_review} already in review, "
        f"{report.candidates} candidates; budget left today: {report.budget_left}"
    )
    for row in chosen:
        click.echo(
            f"  {row['item_id']}\t{row['category'] or '-'}\tuncertainty {row['uncertainty']:.3f}"
            f"\tdisagreement {row['disagreement']:.3f}"
        )
    state = "dry run: no task created" if dry_run else f"enqueued {len(report.task_ids)} tasks"
    click.echo(state)


@learn.command("export")
@click.option(
    "--registry", type=click.Path(file_okay=False, path_type=Path), help="Dataset registry."
)
@click.option("--out", type=OutputFile(), help="Also copy the JSONL here.")
@click.pass_context
def export_cmd(ctx: click.Context, registry: Path | None, out: Path | None) -> None:
    """Reviewer verdicts -> dataset review-verdicts (deduplicated, split by author/thread)."""
    from bastion.datasets.format import write_jsonl
    from bastion.datasets.registry import Registry
    from bastion.learn.export import export_verdicts
    from bastion.store import DecisionLog

    log = DecisionLog.open(_db_url(ctx))
    try:
        result = export_verdicts(log.engine, Registry(registry))
    finally:
        log.close()
    for reason, count in sorted(result.skipped.items()):
        click.echo(f"skipped {count}: {reason}", err=True)
    if not result.examples:
        raise InputError("no usable verdicts to export (label items in the review queue first)")
    m = result.manifest
    state = "new version" if result.created else "unchanged: existing version"
    click.echo(
        f"review-verdicts {m['version']} ({state}): {m['counts']['examples']} examples, "
        f"splits {m['counts']['splits']}"
    )
    for category, counts in m["counts"]["categories"].items():
        click.echo(f"  {category:24} {counts}")
    if out is not None:
        write_jsonl(out, result.examples)
        click.echo(f"wrote {out}")


def _gold(values: tuple[str, ...], limit: int | None) -> list[Any]:
    from bastion.learn.retrain import GoldSet

    out = []
    for value in values:
        name, _, surface = value.partition(":")
        out.append(GoldSet(name, surface=surface or "comment", limit=limit))
    return out


@learn.command("retrain")
@click.option(
    "--data",
    "data_root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Shared source sets (default: $BASTION_SHARED_DATA or ../shared/data).",
)
@click.option("--no-shared-data", is_flag=True, help="Leave out the shared sets (small, fast).")
@click.option("--no-seed-data", is_flag=True, help="Leave out the project's seed data.")
@click.option("--sets", help="Comma-separated train-licensed sets (default: all of them).")
@click.option("--cap", default=1500, show_default=True, help="Examples per source set.")
@click.option(
    "--gold",
    multiple=True,
    help="Registry dataset[:surface] to gate on (repeat); the verdicts' test split always is.",
)
@click.option(
    "--gold-limit", type=int, default=1000, show_default=True, help="Examples per gold set."
)
@click.option("--verdicts", "verdicts_version", help="review-verdicts version (default: latest).")
@click.option("--tolerance", default=0.0, show_default=True)
@click.option("--rounds", default=500, show_default=True, help="Paired bootstrap resamples.")
@click.option("--seed", default=0, show_default=True)
@click.option("--no-promote", is_flag=True, help="Gate only; never promote.")
@click.option(
    "--policy", type=click.Path(exists=True, path_type=Path), help="Policy (obligations)."
)
@click.option("--json", "as_json", is_flag=True)
def retrain_cmd(
    data_root: Path | None,
    no_shared_data: bool,
    no_seed_data: bool,
    sets: str | None,
    cap: int,
    gold: tuple[str, ...],
    gold_limit: int,
    verdicts_version: str | None,
    tolerance: float,
    rounds: int,
    seed: int,
    no_promote: bool,
    policy: Path | None,
    as_json: bool,
) -> None:
    """Train a challenger (shipped data + verdicts), gate it, promote only if it passes."""
    from bastion.config import data_dir
    from bastion.datasets.registry import RegistryError, default_source_root
    from bastion.learn.retrain import retrain

    root = None if no_shared_data else (data_root or default_source_root(_shared_data()))
    if root is None and not no_shared_data:
        raise InputError(
            "no data folder: pass --data DIR, set BASTION_SHARED_DATA or --no-shared-data"
        )
    try:
        result = retrain(
            data_root=root,
            gold=_gold(gold, gold_limit),
            verdicts_version=verdicts_version,
            seed=seed,
            cap=cap,
            sets=sets.split(",") if sets else None,
            seed_data=not no_seed_data,
            cache=data_dir() / "cache" / "embeddings",
            policy=policy,
            tolerance=tolerance,
            rounds=rounds,
            promote=not no_promote,
            progress=lambda line: click.echo(line, err=True),
        )
    except RegistryError as exc:
        raise InputError(str(exc)) from None
    if as_json:
        click.echo(json.dumps({**vars(result), "manifest": None}, indent=1))
    else:
        _print_gate(result.gate)
        verdict = (
            "PROMOTED"
            if result.promoted
            else "PASSED (not promoted)"
            if result.passed
            else "REJECTED"
        )
        click.echo(
            f"{verdict}: challenger {result.version} vs champion {result.champion or 'shipped'}"
        )
    if not result.passed:
        raise SystemExit(1)


def _print_gate(gate: dict[str, Any]) -> None:
    for s in gate.get("sets", []):
        click.echo(f"gold set {s['dataset']} ({s['paired']} paired examples):")
        for c in s["comparisons"]:
            flag = "  WORSE" if c["significantly_worse"] else ""
            low, high = c["delta_ci"]
            click.echo(
                f"  {c['category']:22} {c['metric']:7} {c['champion']:.3f} -> "
                f"{c['challenger']:.3f} ({c['delta']:+.3f}, 95% CI [{low:+.3f}, {high:+.3f}]){flag}"
            )
        for o in s["obligations"]:
            state = {True: "met", False: "BROKEN", None: "not measured"}[o["met"]]
            if o["met"] is not None:
                click.echo(f"  obligation {o['category']} on {o['surface']}: {state} ({o['note']})")
    for problem in gate.get("problems", []):
        click.echo(f"  problem: {problem}")


@learn.command("registry")
@click.option("--json", "as_json", is_flag=True)
def registry_cmd(as_json: bool) -> None:
    """List model versions: which is champion, their status and the gate's verdicts."""
    from bastion.learn.registry import ModelRegistry, ModelRegistryError

    registry = ModelRegistry()
    try:
        versions, champion = registry.versions(), registry.champion()
    except ModelRegistryError as exc:
        raise InputError(str(exc)) from None
    if as_json:
        click.echo(json.dumps({"champion": champion, "versions": versions}, indent=1))
        return
    click.echo(f"registry: {registry.root}")
    click.echo(f"champion: {champion or 'shipped bundle (nothing promoted)'}")
    for v in versions:
        mark = "*" if v["champion"] else " "
        gate = v.get("gate") or {}
        why = "; ".join(gate.get("problems", [])) or ("gate passed" if gate.get("passed") else "")
        click.echo(f"{mark} {v['version']}\t{v['status']}\tadded {v['added_at']}\t{why}")


@learn.command("rollback")
@click.option("--reason", default="manual rollback", show_default=True)
def rollback_cmd(reason: str) -> None:
    """Restore the previous champion (the shipped bundle after the first promotion)."""
    from bastion.learn.registry import ModelRegistry, ModelRegistryError

    try:
        event = ModelRegistry().rollback(reason)
    except ModelRegistryError as exc:
        raise InputError(str(exc)) from None
    click.echo(
        f"rolled back {event.previous} -> {event.version or 'shipped bundle'} "
        "(new processes load it; restart running services)"
    )


@learn.command("simulate")
@click.option(
    "--data",
    "data_root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Shared source sets (default: $BASTION_SHARED_DATA or ../shared/data).",
)
@click.option("--seeds", default=5, show_default=True)
@click.option("--quick", is_flag=True, help="A small pool and few rounds (a smoke run).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
def simulate_cmd(data_root: Path | None, seeds: int, quick: bool, out: Path) -> None:
    """Active vs random sampling on a shared set: learning curves, AULC, labels to target."""
    from bastion.datasets.registry import default_source_root
    from bastion.learn.simulate import SimulationConfig, run_and_write

    root = data_root or default_source_root(_shared_data())
    if root is None:
        raise InputError("no data folder: pass --data DIR or set BASTION_SHARED_DATA")
    config = SimulationConfig.quick() if quick else SimulationConfig()
    run_and_write(
        root, config, seeds=seeds, out=out, progress=lambda line: click.echo(line, err=True)
    )


@learn.command("bank-media")
@click.option("--since", help="Only verdicts from this time on (YYYY-MM-DD[THH:MM], UTC).")
@click.option("--dry-run", is_flag=True, help="Report what would change; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.pass_context
def bank_media_cmd(ctx: click.Context, since: str | None, dry_run: bool, as_json: bool) -> None:
    """Confirmed violating media -> reviewed-* hash banks; cleared items' matches deconfirmed."""
    from bastion.banks.store import BankError, BankStore
    from bastion.learn.banking import bank_media

    start = _since(since, 0) if since is not None else None
    from bastion.config import command_settings
    from bastion.media.limits import MediaLimits

    settings = command_settings(ctx.find_root().obj)
    store = BankStore.open(settings.database_url)
    try:
        result = bank_media(
            store, start, dry_run=dry_run, limits=MediaLimits.from_settings(settings)
        )
    except BankError as exc:
        raise InputError(str(exc)) from None
    finally:
        store.close()
    if as_json:
        out = {
            **result.summary(),
            "added_entries": result.added,
            "deconfirmed_matches": result.deconfirmed,
        }
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    s = result.summary()
    verb = "would add" if dry_run else "added"
    click.echo(
        f"{verb} {s['added']}, already present {s['already_present']}, "
        f"{'would deconfirm' if dry_run else 'deconfirmed'} {s['deconfirmed']} "
        f"(already deconfirmed {s['already_deconfirmed']})"
    )
    for row in result.added:
        click.echo(f"  + {row['bank']}: {row['part']} of item {row['item_id']}")
    for row in result.deconfirmed:
        click.echo(f"  - {row['bank']}: entry {row['entry']} on item {row['item_id']}")
    for reason, count in s["skipped"].items():
        click.echo(f"skipped {count}: {reason}")


def _shared_data() -> Path | None:
    """The ``shared_data`` setting of this command line."""
    from bastion.config import command_settings

    return command_settings(click.get_current_context().find_root().obj).shared_data

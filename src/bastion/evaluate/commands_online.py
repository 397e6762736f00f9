"""``bastion eval online`` and ``bastion eval backtest``: metrics from the decision log."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from bastion.config import command_settings
from bastion.evaluate.cli_support import root_policy
from bastion.evaluate.errors import EvalError
from bastion.store.database import as_utc

__all__ = ["backtest_cmd", "online_cmd"]

EXIT_ALERT = 1
WHEN = click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"])


def _records(
    ctx: click.Context,
    start: datetime | None = None,
    end: datetime | None = None,
    surface: str | None = None,
) -> Iterator[Mapping[str, Any]]:
    """The decisions of a window, streamed from the log (the window is selected in SQL)."""
    from bastion.store import DecisionFilter, DecisionLog

    settings = command_settings(ctx.find_root().obj)
    log = DecisionLog.open(settings.database_url)
    try:
        where = DecisionFilter(surface=surface, since=as_utc(start), until=as_utc(end))
        yield from log.records(where)
    finally:
        log.close()


def _read_sample(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{number}: not JSON: {exc.msg}") from None
        if not isinstance(row, dict) or not ({"labels", "violating"} & set(row)):
            raise EvalError(f"{path}:{number}: need 'labels' {{category: 0|1}} or 'violating'")
        rows.append(row)
    return rows


@click.command("online")
@click.option("--from", "start", type=WHEN, default=None, help="Window start (UTC, inclusive).")
@click.option("--to", "end", type=WHEN, default=None, help="Window end (UTC, exclusive).")
@click.option("--surface", default=None, help="Only decisions on this surface.")
@click.option("--baseline-from", type=WHEN, default=None, help="Drift baseline window start.")
@click.option("--baseline-to", type=WHEN, default=None, help="Drift baseline window end.")
@click.option("--psi-alert", default=0.2, show_default=True, help="PSI at which drift alerts.")
@click.option(
    "--sample",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="JSONL of a uniform random sample's review verdicts, for prevalence.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def online_cmd(
    ctx: click.Context,
    start: datetime | None,
    end: datetime | None,
    surface: str | None,
    baseline_from: datetime | None,
    baseline_to: datetime | None,
    psi_alert: float,
    sample: Path | None,
    as_json: bool,
) -> None:
    """Action rates per day and surface, score drift (PSI), prevalence; exit 1 on drift alert."""
    from bastion.evaluate.online import ActionRates, ScoreHistograms, prevalence, score_drift

    rates, current = ActionRates(), ScoreHistograms()
    for record in _records(ctx, start, end, surface):
        rates.add(record)
        current.add(record)
    out: dict[str, Any] = {"decisions": rates.decisions, "rates": rates.rows()}
    if baseline_from is not None or baseline_to is not None:
        baseline = ScoreHistograms()
        for record in _records(ctx, baseline_from, baseline_to, surface):
            baseline.add(record)
        if not baseline.records or not current.records:
            raise EvalError("a drift window holds no decisions; widen --from/--to or the baseline")
        out["drift"] = score_drift(baseline, current, alert=psi_alert)
        out["baseline_decisions"] = baseline.records
    if sample is not None:
        out["prevalence"] = [
            {**p.__dict__, "estimated_count": p.estimated_count}
            for p in prevalence(_read_sample(sample), scanned=rates.decisions)
        ]
    alerts = [d["category"] for d in out.get("drift", []) if d["alert"]]
    if as_json:
        click.echo(json.dumps(out, indent=1, default=str))
    else:
        _print_online(out, psi_alert)
    if alerts:
        ctx.exit(EXIT_ALERT)


def _print_online(out: Mapping[str, Any], psi_alert: float) -> None:
    click.echo(f"{out['decisions']} decisions")
    for row in out["rates"]:
        actions = ", ".join(f"{a} {r:.1%}" for a, r in row["action_rates"].items())
        flagged = ", ".join(f"{c} {r:.1%}" for c, r in row["flag_rates"].items()) or "-"
        click.echo(f"  {row['day']} {row['surface']:16} n={row['decisions']:<6} {actions}")
        click.echo(f"  {'':27} flagged: {flagged}")
    if "drift" in out:
        click.echo(
            f"drift vs baseline ({out['baseline_decisions']} decisions), alert at PSI >= "
            f"{psi_alert}:"
        )
        for d in out["drift"]:
            state = "ALERT" if d["alert"] else "ok"
            click.echo(
                f"  {d['category']:24} PSI {d['psi']:.3f}  mean {d['baseline_mean']:.3f}"
                f" -> {d['current_mean']:.3f}  {state}"
            )
    for p in out.get("prevalence", []):
        line = (
            f"prevalence {p['category']:22} {p['estimate']:.3%} [{p['ci'][0]:.3%}, "
            f"{p['ci'][1]:.3%}] ({p['violating']}/{p['reviewed']} reviewed)"
        )
        if p["estimated_count"] is not None:
            est, low, high = p["estimated_count"]
            line += f"; ~{est:.0f} [{low:.0f}, {high:.0f}] of {p['scanned']} scanned"
        click.echo(line)


@click.command("backtest")
@click.option(
    "--policy",
    type=click.Path(path_type=Path),
    default=None,
    help="The new policy version to replay (default: the configured policy).",
)
@click.option("--from", "start", type=WHEN, default=None, help="Window start (UTC, inclusive).")
@click.option("--to", "end", type=WHEN, default=None, help="Window end (UTC, exclusive).")
@click.option("--surface", default=None, help="Only decisions on this surface.")
@click.option("--examples", default=5, show_default=True, help="Example ids per change.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def backtest_cmd(
    ctx: click.Context,
    policy: Path | None,
    start: datetime | None,
    end: datetime | None,
    surface: str | None,
    examples: int,
    as_json: bool,
) -> None:
    """Re-apply a policy to stored decisions and report which actions would change."""
    from bastion.evaluate.backtest import backtest
    from bastion.policy import PolicyEvaluator, load_policy, shipped_policy_path

    evaluator = PolicyEvaluator(load_policy(root_policy(ctx, policy) or shipped_policy_path()))
    result = backtest(_records(ctx, start, end, surface), evaluator, max_examples=examples)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=1))
        return
    share = result.changed / result.decisions if result.decisions else 0.0
    click.echo(
        f"replayed {result.decisions} decisions under policy {result.policy_version}: "
        f"{result.changed} ({share:.1%}) would change action"
    )
    for version, count in result.from_versions.most_common():
        click.echo(f"  decided by {version}: {count}")
    for surface_name, moves in sorted(result.transitions.items()):
        for move, count in moves.most_common():
            ids = ", ".join(result.examples[f"{surface_name}: {move}"])
            click.echo(f"  {surface_name:16} {move:32} {count:>6}  e.g. {ids}")
    for (surface_name, category), changes in sorted(result.categories.items()):
        for change, count in sorted(changes.items()):
            ids = ", ".join(result.examples[f"{surface_name}/{category}: {change}"])
            click.echo(f"  {surface_name:16} {category:22} {change:18} {count:>6}  e.g. {ids}")

"""Shared pieces of the ``bastion eval`` commands: where runs live, which policy applies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from bastion.config import command_settings
from bastion.evaluate.runs import RunStore

__all__ = ["RunsRoot", "headline", "root_policy", "runs_store"]


def root_policy(ctx: click.Context, policy: Path | None) -> Path | None:
    """``--policy`` of the command, else the global ``bastion --policy`` / configuration."""
    if policy is not None:
        return policy
    return command_settings(ctx.find_root().obj).policy


def runs_store(ctx: click.Context) -> RunStore:
    roots = ctx.find_object(RunsRoot)
    return RunStore(roots.runs if roots is not None else None)


class RunsRoot:
    """The ``--runs-dir`` of the ``eval`` group, passed down to its commands."""

    def __init__(self, runs: Path | None) -> None:
        self.runs = runs


def headline(metrics: dict[str, Any]) -> list[str]:
    """One line per category: the numbers a reader looks at first."""

    def fmt(r: dict[str, Any], key: str) -> str:
        value, ci = r.get(key), r.get(f"{key}_ci")
        if not isinstance(value, int | float):
            return f"{key} -"
        if isinstance(ci, list) and all(isinstance(v, int | float) for v in ci):
            return f"{key} {value:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]"
        return f"{key} {value:.3f}"

    lines = []
    for category, r in metrics["categories"].items():
        threshold = r.get("threshold")
        at = f"@{threshold:.2f}" if isinstance(threshold, float) else "@-"
        parts = [fmt(r, k) for k in ("precision", "recall", "f1", "fpr", "auprc", "roc_auc")]
        ece = r.get("ece")
        parts.append(f"ece {ece:.3f}" if isinstance(ece, float) else "ece -")
        lines.append(f"{category:24} {at:6} n={r['n']} pos={r['positives']}  " + "  ".join(parts))
    return lines

"""Stored evaluation runs: one folder per run, listed and reloaded by id.

Layout: ``<BASTION_DATA_DIR or the user data dir>/eval-runs/<run id>/`` with

* ``metrics.json`` - the run header (``run``: dataset and version, policy and
  model versions, surface, sample) and every metric;
* ``scores.jsonl`` - per example: id, labels, slices and the engine's category
  probabilities, so two runs can be compared example by example (the gate)
  and thresholds re-chosen without re-scoring (obligations);
* ``report.html`` and its ``*.png`` plots.

``metrics.json`` carries ``format``; readers refuse a format they do not know
rather than misread it.
"""

from __future__ import annotations

import json
import math
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from bastion.config import data_dir
from bastion.evaluate.errors import EvalError
from bastion.evaluate.scored import ScoredExample

__all__ = [
    "RUN_FORMAT",
    "EvalRun",
    "RunError",
    "RunStore",
    "default_runs_root",
    "json_safe",
    "load_run",
]

RUN_FORMAT = 1
METRICS = "metrics.json"
SCORES = "scores.jsonl"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class RunError(EvalError, LookupError):
    """An unknown, ambiguous or unreadable evaluation run."""


def json_safe(value: Any) -> Any:
    """NaN and infinities become None, tuples lists: the result is strict JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if isinstance(value, np.floating | np.integer):
        return json_safe(value.item())
    return value


def default_runs_root() -> Path:
    return data_dir() / "eval-runs"


@dataclass(frozen=True)
class EvalRun:
    path: Path
    metrics: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.metrics["run"]["id"])

    @property
    def header(self) -> dict[str, Any]:
        return dict(self.metrics["run"])

    def thresholds(self) -> dict[str, float | None]:
        return dict(self.metrics["run"]["thresholds"])

    def scores(self) -> list[ScoredExample]:
        path = self.path / SCORES
        if not path.is_file():
            raise RunError(f"run {self.id} has no {SCORES}; it cannot be compared or recalibrated")
        with path.open(encoding="utf-8") as handle:
            return [ScoredExample.from_json(json.loads(line)) for line in handle if line.strip()]


def new_run_id(dataset: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{_UNSAFE.sub('-', dataset)}-{secrets.token_hex(3)}"


class RunStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_runs_root()

    def write(
        self,
        run_id: str,
        metrics: dict[str, Any],
        scored: Iterable[ScoredExample],
    ) -> Path:
        """Create the run folder with ``metrics.json`` and ``scores.jsonl``; returns it."""
        folder = self.root / run_id
        folder.mkdir(parents=True, exist_ok=False)
        document = json_safe({"format": RUN_FORMAT, **metrics})
        (folder / METRICS).write_text(
            json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False) + "\n",
            encoding="utf-8",
        )
        with (folder / SCORES).open("w", encoding="utf-8") as handle:
            for example in scored:
                handle.write(json.dumps(example.to_json(), ensure_ascii=False) + "\n")
        return folder

    def list(self) -> list[dict[str, Any]]:
        """Run headers, oldest first (unreadable folders are skipped)."""
        if not self.root.is_dir():
            return []
        headers = []
        for folder in sorted(self.root.iterdir()):
            try:
                headers.append(load_run(folder).header)
            except RunError:
                continue
        return sorted(headers, key=lambda h: (str(h.get("created_at")), str(h.get("id"))))

    def load(self, ref: str) -> EvalRun:
        """A run by path, id, or unique id prefix."""
        as_path = Path(ref)
        if (as_path / METRICS).is_file():
            return load_run(as_path)
        if not _UNSAFE.sub("", ref) == ref or not ref:
            raise RunError(f"no evaluation run {ref!r}")
        matches = sorted(self.root.glob(f"{ref}*")) if self.root.is_dir() else []
        matches = [m for m in matches if (m / METRICS).is_file()]
        exact = [m for m in matches if m.name == ref]
        if exact:
            return load_run(exact[0])
        if len(matches) != 1:
            problem = "is ambiguous" if matches else "does not exist"
            raise RunError(
                f"evaluation run {ref!r} {problem} in {self.root}; see: bastion eval list"
            )
        return load_run(matches[0])


def load_run(folder: Path) -> EvalRun:
    try:
        metrics = json.loads((folder / METRICS).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RunError(f"unreadable {METRICS} in {folder}: {exc}") from None
    if not isinstance(metrics, dict) or metrics.get("format") != RUN_FORMAT:
        found = metrics.get("format") if isinstance(metrics, dict) else None
        raise RunError(f"{folder}: run format {found!r}, expected {RUN_FORMAT}")
    return EvalRun(folder, metrics)

"""Does active learning pay? A pool-based simulation on a shared, train-licensed set.

A labelled pool whose labels are hidden; a small random start; each round a
strategy (:func:`bastion.learn.active.choose`, the code the live sampler runs)
picks a batch, its labels are revealed, the model is refitted, and the model is
evaluated on a fixed test split it never sees. Random sampling is the baseline.

The model is the cheap half of the shipped one: a class-balanced logistic
regression over the same hashed char n-grams (:mod:`bastion.models.features`)
of the same first segment of the folded text. Its operating point is 0.5 (class
balancing puts the decision boundary there), so "uncertainty" is closeness to
0.5. ``disagreement`` is the gap between it and a second head over the shipped
multilingual embeddings (a committee of two, as in production); ``diversity``
spreads picks over those embeddings.

Reported per strategy, over seeds: the learning curve (test AUPRC against
labels), its normalised area (AULC: the mean AUPRC over the label range), and the
labels needed to reach a target (a share of what the model reaches with the
whole pool labelled).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from bastion.datasets.format import Example
from bastion.datasets.importers import IMPORTERS
from bastion.evaluate.metrics import auprc
from bastion.learn.active import choose
from bastion.models.features import char_features

__all__ = ["SimulationConfig", "run_and_write", "simulate"]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SimulationConfig:
    dataset: str = "davidson-hate-offensive"
    category: str = "hate"
    pool_size: int = 8000
    test_size: int | None = None
    """None: the whole test split."""
    initial: int = 100
    batch: int = 50
    rounds: int = 18
    strategies: tuple[str, ...] = ("random", "uncertainty", "disagreement", "diversity", "hybrid")
    random_beyond: tuple[int, ...] = (1500, 2000, 3000, 4000, 6000)
    """Extra random-sampling points past the last round: how many labels random needs."""
    target_share: float = 0.95
    """Target = this share of the AUPRC reached with the whole pool labelled."""
    c: float = 4.0

    @classmethod
    def quick(cls) -> SimulationConfig:
        return cls(
            pool_size=1500, test_size=600, initial=60, batch=30, rounds=5, random_beyond=(400,)
        )


@dataclass
class Curve:
    strategy: str
    seed: int
    labels: list[int] = field(default_factory=list)
    auprc: list[float] = field(default_factory=list)
    positives: list[int] = field(default_factory=list)


def _fit(x: Any, y: np.ndarray, c: float, seed: int) -> LogisticRegression:
    # The dual solver: its cost grows with the labelled rows, not the 2^18 hashed columns.
    model = LogisticRegression(
        C=c,
        class_weight="balanced",
        solver="liblinear",
        dual=True,
        max_iter=1000,
        random_state=seed,
    )
    return model.fit(x, y)


def load_task(data_root: Path, config: SimulationConfig) -> tuple[list[Example], list[Example]]:
    """(pool, test): a fixed random pool from the train split, the test split."""
    importer = IMPORTERS[config.dataset]
    if importer.use != "train":
        raise ValueError(f"{config.dataset} is licensed for evaluation only")
    examples = [e for e in importer.load(data_root / config.dataset) if config.category in e.labels]
    train = [e for e in examples if e.slices.get("split") == "train"]
    test = [e for e in examples if e.slices.get("split") == "test"]
    rng = random.Random(0)
    pool = rng.sample(train, min(config.pool_size, len(train)))
    if config.test_size is not None and len(test) > config.test_size:
        test = rng.sample(test, config.test_size)
    return pool, test


def _start(y: np.ndarray, size: int, rng: np.random.Generator) -> list[int]:
    """A random start that holds both classes (a classifier needs one of each)."""
    order = list(rng.permutation(len(y)))
    start = order[:size]
    for label in (0, 1):
        if not any(y[i] == label for i in start):
            start.append(next(i for i in order[size:] if y[i] == label))
    return [int(i) for i in start]


def simulate(
    pool: Sequence[Example],
    test: Sequence[Example],
    config: SimulationConfig,
    seeds: int,
    *,
    cache: Path | None = None,
    progress: Progress = print,
) -> dict[str, Any]:
    """Every strategy x seed learning curve, plus the whole-pool reference."""
    from bastion.learn.cache import EmbeddingCache
    from bastion.learn.train import first_segment

    started = time.perf_counter()
    pool_text = [first_segment(e.text) for e in pool]
    test_text = [first_segment(e.text) for e in test]
    x_pool, x_test = char_features(pool_text), char_features(test_text)
    embedder = EmbeddingCache(cache)
    e_pool = embedder.embed(pool_text, progress)
    norms = np.linalg.norm(e_pool, axis=1, keepdims=True)
    e_pool = e_pool / np.where(norms == 0, 1.0, norms)
    y_pool = np.array([int(float(e.labels[config.category]) >= 0.5) for e in pool])
    y_test = np.array([int(float(e.labels[config.category]) >= 0.5) for e in test])
    progress(
        f"pool {len(pool)} ({y_pool.sum()} positives), test {len(test)} ({y_test.sum()} positives);"
        f" features in {time.perf_counter() - started:.0f} s"
    )
    full = _fit(x_pool, y_pool, config.c, 0)
    full_auprc = auprc(y_test, full.predict_proba(x_test)[:, 1])
    curves: list[Curve] = []
    for seed in range(seeds):
        start = _start(y_pool, config.initial, np.random.default_rng(seed))
        for strategy in config.strategies:
            curve = Curve(strategy, seed)
            labelled = list(start)
            for round_ in range(config.rounds + 1):
                rows = np.array(labelled)
                model = _fit(x_pool[rows], y_pool[rows], config.c, seed)
                curve.labels.append(len(labelled))
                curve.auprc.append(auprc(y_test, model.predict_proba(x_test)[:, 1]))
                curve.positives.append(int(y_pool[rows].sum()))
                if round_ == config.rounds:
                    break
                rest = np.setdiff1d(np.arange(len(pool)), rows)
                p = model.predict_proba(x_pool[rest])[:, 1]
                q = np.clip(p, 1e-4, 1 - 1e-4)
                uncertainty = np.exp(-np.abs(np.log(q / (1 - q))))  # 1 at the 0.5 boundary
                disagreement = None
                if strategy in ("disagreement", "hybrid"):
                    committee = _fit(e_pool[rows], y_pool[rows], 2.0, seed)
                    disagreement = np.abs(p - committee.predict_proba(e_pool[rest])[:, 1])
                picked = choose(
                    config.batch,
                    strategy=strategy,
                    uncertainty=uncertainty if strategy != "disagreement" else None,
                    disagreement=disagreement,
                    embeddings=e_pool[rest] if strategy in ("diversity", "hybrid") else None,
                    labelled=e_pool[rows],
                    seed=seed * 1000 + round_,
                )
                labelled.extend(int(i) for i in rest[picked])
            curves.append(curve)
        beyond = Curve("random-beyond", seed)
        order = [int(i) for i in np.random.default_rng(seed).permutation(len(pool))]
        taken = set(start)
        unused = [i for i in order if i not in taken]
        for n in config.random_beyond:
            if n > len(pool):
                break
            rows = np.array(start + unused[: n - len(start)])
            model = _fit(x_pool[rows], y_pool[rows], config.c, seed)
            beyond.labels.append(n)
            beyond.auprc.append(auprc(y_test, model.predict_proba(x_test)[:, 1]))
            beyond.positives.append(int(y_pool[rows].sum()))
        curves.append(beyond)
        progress(f"seed {seed}: done ({time.perf_counter() - started:.0f} s)")
    return {
        "config": vars(config),
        "seeds": seeds,
        "pool": len(pool),
        "pool_positives": int(y_pool.sum()),
        "test": len(test),
        "test_positives": int(y_test.sum()),
        "full_pool_auprc": full_auprc,
        "curves": [vars(c) for c in curves],
        "seconds": round(time.perf_counter() - started, 1),
    }


def _aulc(labels: Sequence[int], values: Sequence[float]) -> float:
    """Normalised area under the curve: the mean AUPRC over the label range (trapezoids)."""
    x, y = np.asarray(labels, dtype=float), np.asarray(values, dtype=float)
    return float(np.trapezoid(y, x) / (x[-1] - x[0]))


def _labels_to(labels: Sequence[int], values: Sequence[float], target: float) -> int | None:
    return next((n for n, v in zip(labels, values, strict=True) if v >= target), None)


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    """Per strategy: AULC mean/sd, final AUPRC, labels to target, AULC gain over random."""
    config = result["config"]
    target = config["target_share"] * result["full_pool_auprc"]
    by: dict[str, list[dict[str, Any]]] = {}
    beyond: dict[int, dict[str, Any]] = {}
    for c in result["curves"]:
        if c["strategy"] == "random-beyond":
            beyond[c["seed"]] = c
        else:
            by.setdefault(c["strategy"], []).append(c)
    random_aulc = {c["seed"]: _aulc(c["labels"], c["auprc"]) for c in by.get("random", [])}
    out: dict[str, Any] = {"target": target, "strategies": {}, "random_beyond": {}}
    for strategy, curves in by.items():
        aulc = np.array([_aulc(c["labels"], c["auprc"]) for c in curves])
        final = np.array([c["auprc"][-1] for c in curves])
        reached = [_labels_to(c["labels"], c["auprc"], target) for c in curves]
        gains = np.array([a - random_aulc[c["seed"]] for a, c in zip(aulc, curves, strict=True)])
        out["strategies"][strategy] = {
            "aulc_mean": float(aulc.mean()),
            "aulc_sd": float(aulc.std(ddof=1)) if len(aulc) > 1 else 0.0,
            "aulc_gain_vs_random_mean": float(gains.mean()),
            "aulc_gain_vs_random_min": float(gains.min()),
            "aulc_gain_vs_random_max": float(gains.max()),
            "final_auprc_mean": float(final.mean()),
            "final_auprc_sd": float(final.std(ddof=1)) if len(final) > 1 else 0.0,
            "labels_to_target": reached,
            "positives_found_mean": float(np.mean([c["positives"][-1] for c in curves])),
        }
    for c in by.get("random", []):
        more = beyond.get(c["seed"], {"labels": [], "auprc": []})
        labels, values = c["labels"] + more["labels"], c["auprc"] + more["auprc"]
        out["random_beyond"][c["seed"]] = {
            "labels_to_target": _labels_to(labels, values, target),
            "points": dict(zip(more["labels"], values[len(c["labels"]) :], strict=True)),
        }
    return out


def format_report(result: dict[str, Any], summary: dict[str, Any]) -> str:
    config = result["config"]
    budget = result["curves"][0]["labels"]
    lines = [
        f"Active learning simulation: {config['dataset']} / {config['category']}",
        f"pool {result['pool']} ({result['pool_positives']} positives, hidden labels), "
        f"test split {result['test']} ({result['test_positives']} positives)",
        f"start {config['initial']} random labels, +{config['batch']} per round, "
        f"{config['rounds']} rounds (labels {budget[0]}..{budget[-1]}), {result['seeds']} seeds",
        "model: class-balanced logistic regression over hashed char 2-5-grams (C "
        f"{config['c']}); metric: test AUPRC",
        f"whole pool labelled: AUPRC {result['full_pool_auprc']:.3f}; target "
        f"{config['target_share']:.0%} of it = {summary['target']:.3f}",
        f"wall time {result['seconds']:.0f} s",
        "",
        f"{'strategy':13} {'AULC mean ± sd':>16} {'gain vs random [min, max]':>28} "
        f"{'final AUPRC':>14} {'positives':>9}  labels to target per seed",
    ]
    for name, s in summary["strategies"].items():
        reached = ", ".join(
            str(n) if n is not None else f">{budget[-1]}" for n in s["labels_to_target"]
        )
        lines.append(
            f"{name:13} {s['aulc_mean']:>9.3f} ± {s['aulc_sd']:.3f} "
            f"{s['aulc_gain_vs_random_mean']:>+10.3f} [{s['aulc_gain_vs_random_min']:+.3f}, "
            f"{s['aulc_gain_vs_random_max']:+.3f}] {s['final_auprc_mean']:>8.3f} ± "
            f"{s['final_auprc_sd']:.3f} {s['positives_found_mean']:>9.0f}  {reached}"
        )
    beyond = summary["random_beyond"]
    if beyond:
        last = max((max(b["points"], default=budget[-1]) for b in beyond.values()), default=0)
        reached = ", ".join(
            str(b["labels_to_target"]) if b["labels_to_target"] is not None else f">{last}"
            for b in beyond.values()
        )
        points = sorted({n for b in beyond.values() for n in b["points"]})
        means = [
            np.mean([b["points"][n] for b in beyond.values() if n in b["points"]]) for n in points
        ]
        lines.append(
            f"random sampling continued past {budget[-1]} labels: reaches the target at {reached}; "
            "mean AUPRC " + ", ".join(f"{n}: {m:.3f}" for n, m in zip(points, means, strict=True))
        )
    lines.append("")
    lines.append("mean test AUPRC by labels:")
    lines.append("labels " + " ".join(f"{n:>6}" for n in budget))
    for name in summary["strategies"]:
        curves = [c for c in result["curves"] if c["strategy"] == name]
        mean = np.mean([c["auprc"] for c in curves], axis=0)
        lines.append(f"{name[:6]:6} " + " ".join(f"{v:>6.3f}" for v in mean))
    return "\n".join(lines) + "\n"


def plot(result: dict[str, Any], summary: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7.5, 4.8), dpi=120)
    for name in summary["strategies"]:
        curves = [c for c in result["curves"] if c["strategy"] == name]
        x = np.array(curves[0]["labels"])
        values = np.array([c["auprc"] for c in curves])
        mean = values.mean(axis=0)
        style = "--" if name == "random" else "-"
        colour = "black" if name == "random" else None
        aulc = _aulc(x.tolist(), mean.tolist())
        (line,) = ax.plot(x, mean, style, color=colour, label=f"{name} (AULC {aulc:.3f})")
        ax.fill_between(
            x, values.min(axis=0), values.max(axis=0), color=line.get_color(), alpha=0.12
        )
    ax.axhline(summary["target"], color="grey", linewidth=0.8, linestyle=":")
    ax.text(
        x[0],
        summary["target"],
        f" target {summary['target']:.3f}",
        va="bottom",
        fontsize=8,
        color="grey",
    )
    config = result["config"]
    ax.set_title(
        f"Active learning vs random: {config['dataset']} / {config['category']} "
        f"({result['seeds']} seeds, band = min..max)",
        fontsize=10,
    )
    ax.set_xlabel("labels")
    ax.set_ylabel("test AUPRC")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def run_and_write(
    data_root: Path,
    config: SimulationConfig,
    *,
    seeds: int,
    out: Path,
    progress: Progress = print,
    cache: Path | None = None,
) -> dict[str, Any]:
    """Simulate, then write ``benchmarks/results/active-learning.txt`` and the PNG under ``out``."""
    if cache is None:
        from bastion.config import data_dir

        cache = data_dir() / "cache" / "embeddings"
    pool, test = load_task(data_root, config)
    result = simulate(pool, test, config, seeds, cache=cache, progress=progress)
    summary = summarise(result)
    report = format_report(result, summary)
    text_path = out / "benchmarks" / "results" / "active-learning.txt"
    text_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.write_text(report, encoding="utf-8")
    plot(result, summary, out / "docs" / "img" / "active-learning-curve.png")
    progress(report)
    return {"result": result, "summary": summary}

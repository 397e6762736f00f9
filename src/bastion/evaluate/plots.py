"""The report's figures as PNG files (matplotlib, object API: no pyplot global state).

Every function writes one file and returns its name, or None when there is
nothing to draw (e.g. a category with one labelled class has no PR curve).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.figure import Figure
from sklearn.metrics import precision_recall_curve

from bastion.evaluate.scored import ScoredExample, label_matrix

__all__ = ["confusion_plot", "pr_curves_plot", "reliability_plot", "slice_plot"]

DPI = 110


def _save(figure: Figure, folder: Path, name: str) -> str:
    figure.tight_layout()
    figure.savefig(folder / name, dpi=DPI)
    return name


def pr_curves_plot(
    folder: Path,
    examples: Sequence[ScoredExample],
    categories: Sequence[str],
    thresholds: Mapping[str, float | None],
) -> str | None:
    """Precision-recall curve per category, the policy's operating point marked."""
    figure = Figure(figsize=(6.4, 4.8))
    axes = figure.add_subplot()
    drawn = False
    for category in categories:
        _, y, scores = label_matrix(examples, category)
        if not 0 < y.sum() < len(y):
            continue
        precision, recall, _ = precision_recall_curve(y, scores)
        line = axes.plot(recall, precision, label=f"{category} (prevalence {y.mean():.2f})")[0]
        threshold = thresholds.get(category)
        if threshold is not None:
            flagged = scores >= threshold
            tp = float(np.sum(flagged & (y == 1)))
            if flagged.any():
                axes.plot(
                    tp / y.sum(), tp / flagged.sum(), "o", color=line.get_color(), markersize=7
                )
        drawn = True
    if not drawn:
        return None
    axes.set(xlabel="recall", ylabel="precision", xlim=(0, 1.02), ylim=(0, 1.02))
    axes.set_title("Precision-recall (dot: policy operating point)")
    axes.grid(alpha=0.3)
    axes.legend(fontsize=8, loc="lower left")
    return _save(figure, folder, "pr_curves.png")


def reliability_plot(folder: Path, reports: Mapping[str, Mapping[str, Any]]) -> str | None:
    """Reliability diagram: mean predicted probability vs observed positive rate per bin."""
    figure = Figure(figsize=(6.4, 4.8))
    axes = figure.add_subplot()
    axes.plot([0, 1], [0, 1], "--", color="grey", linewidth=1, label="perfect calibration")
    drawn = False
    for category, report in reports.items():
        curve = report.get("reliability")
        if not curve:
            continue
        x = [b["mean_score"] for b in curve]
        y = [b["positive_rate"] for b in curve]
        sizes = [max(8.0, 60 * np.sqrt(b["count"] / report["n"])) for b in curve]
        ece = report.get("ece")
        label = f"{category} (ECE {ece:.3f})" if isinstance(ece, float) else category
        line = axes.plot(x, y, "-", linewidth=1, label=label)[0]
        axes.scatter(x, y, s=sizes, color=line.get_color())
        drawn = True
    if not drawn:
        return None
    axes.set(xlabel="mean predicted probability", ylabel="observed positive rate")
    axes.set(xlim=(0, 1), ylim=(0, 1))
    axes.set_title("Reliability (marker area: share of examples)")
    axes.grid(alpha=0.3)
    axes.legend(fontsize=8, loc="upper left")
    return _save(figure, folder, "reliability.png")


def confusion_plot(folder: Path, confusion: Mapping[str, Any]) -> str | None:
    """Heatmap: rows are labelled-positive groups, columns the categories flagged."""
    rows, columns, rates = confusion["rows"], confusion["columns"], confusion["rates"]
    if not rows or not columns:
        return None
    matrix = np.array(rates, dtype=float)
    figure = Figure(figsize=(1.2 + 0.8 * len(columns), 1.4 + 0.5 * len(rows)))
    axes = figure.add_subplot()
    image = axes.imshow(matrix, vmin=0, vmax=1, cmap="Blues", aspect="auto")
    axes.set_xticks(range(len(columns)), columns, rotation=40, ha="right", fontsize=8)
    counts = confusion["counts"]
    axes.set_yticks(range(len(rows)), [f"{r} (n={c})" for r, c in zip(rows, counts, strict=True)])
    for (i, j), value in np.ndenumerate(matrix):
        axes.text(
            j,
            i,
            f"{value:.2f}",
            ha="center",
            va="center",
            fontsize=7,
            color="white" if value > 0.6 else "black",
        )
    axes.set_xlabel("flagged at the operating point")
    axes.set_ylabel("labelled positive for")
    figure.colorbar(image, ax=axes, fraction=0.046)
    return _save(figure, folder, "confusion.png")


def slice_plot(
    folder: Path, key: str, table: Mapping[str, Mapping[str, Mapping[str, Any]]]
) -> str | None:
    """Recall and false-positive rate per slice value, 95% Wilson intervals as error bars."""
    categories = sorted({c for rows in table.values() for c in rows})
    panels = [c for c in categories if any("fpr" in table[v].get(c, {}) for v in table)]
    if not panels:
        return None
    values = list(table)
    figure = Figure(figsize=(7.5, len(panels) * (0.9 + 0.42 * len(values))))
    for index, category in enumerate(panels, start=1):
        axes = figure.add_subplot(len(panels), 1, index)
        positions = np.arange(len(values))
        for offset, metric, colour in ((-0.2, "recall", "tab:blue"), (0.2, "fpr", "tab:red")):
            points: list[float] = []
            lows: list[float] = []
            highs: list[float] = []
            for value in values:
                row = table[value].get(category, {})
                point = row.get(metric)
                low, high = row.get(f"{metric}_ci") or (None, None)
                if isinstance(point, float) and isinstance(low, float) and isinstance(high, float):
                    points.append(point)
                    lows.append(point - low)
                    highs.append(high - point)
                else:
                    points.append(float("nan"))
                    lows.append(0.0)
                    highs.append(0.0)
            axes.barh(
                positions + offset,
                points,
                height=0.38,
                xerr=[lows, highs],
                color=colour,
                alpha=0.75,
                label=metric,
                capsize=2,
            )
        axes.set_yticks(positions, values, fontsize=8)
        axes.invert_yaxis()
        axes.set_xlim(0, 1)
        axes.set_title(f"{category} by {key}", fontsize=10)
        axes.legend(fontsize=8, loc="lower right")
        axes.grid(axis="x", alpha=0.3)
    return _save(figure, folder, f"slices-{key}.png")

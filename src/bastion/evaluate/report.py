"""The human report of a run: one static HTML page beside its PNG figures.

No template engine and no JavaScript: the page must open from a file on an
air-gapped laptop and survive being attached to an audit ticket.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

__all__ = ["render_report", "write_report"]

STYLE = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:0.6em 0 1.4em}
th,td{border:1px solid #ccc;padding:3px 8px;text-align:right;font-size:0.9em}
th:first-child,td:first-child{text-align:left}
th{background:#f3f3f3} .ci{color:#777;font-size:0.85em} .note{color:#a60}
img{max-width:100%;border:1px solid #eee;margin:0.4em 0}
code{background:#f5f5f5;padding:1px 4px}
"""


def _num(value: Any, digits: int = 3) -> str:
    return f"{value:.{digits}f}" if isinstance(value, int | float) else "–"


def _with_ci(row: Mapping[str, Any], key: str) -> str:
    ci = row.get(f"{key}_ci")
    text = _num(row.get(key))
    if isinstance(ci, list | tuple) and all(isinstance(v, int | float) for v in ci):
        text += f' <span class="ci">[{_num(ci[0])}, {_num(ci[1])}]</span>'
    return text


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{f'<tr>{head}</tr>' if headers else ''}{body}</table>"


def _header(run: Mapping[str, Any]) -> str:
    facts = [
        ("run", run.get("id")),
        ("dataset", f"{run.get('dataset')} @ {run.get('dataset_version')}"),
        ("examples", f"{run.get('examples')} scored, {run.get('skipped', 0)} skipped"),
        ("sample", run.get("sample")),
        ("surface / jurisdiction", f"{run.get('surface')} / {run.get('jurisdiction') or '–'}"),
        ("policy", run.get("policy_version")),
        ("models", run.get("model_version")),
        ("created", run.get("created_at")),
        ("command", f"<code>{escape(str(run.get('command', '')))}</code>"),
    ]
    rows = [[escape(k), str(v) if k == "command" else escape(str(v))] for k, v in facts]
    return _table([], rows)


def _category_table(reports: Mapping[str, Mapping[str, Any]]) -> str:
    headers = [
        "category",
        "n",
        "positives",
        "threshold",
        "precision",
        "recall",
        "F1",
        "FPR",
        "AUPRC",
        "ROC-AUC",
        "ECE",
    ]
    rows = []
    for category, r in reports.items():
        rows.append(
            [
                escape(category),
                str(r["n"]),
                str(r["positives"]),
                _num(r.get("threshold"), 2),
                _with_ci(r, "precision"),
                _with_ci(r, "recall"),
                _with_ci(r, "f1"),
                _with_ci(r, "fpr"),
                _with_ci(r, "auprc"),
                _with_ci(r, "roc_auc"),
                _with_ci(r, "ece"),
            ]
        )
    notes = "".join(
        f'<p class="note">{escape(c)}: {escape(r["note"])}</p>'
        for c, r in reports.items()
        if r.get("note")
    )
    return _table(headers, rows) + notes


def _slice_tables(slices: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> str:
    parts = []
    for key, table in slices.items():
        headers = [
            "value",
            "category",
            "n",
            "positives",
            "precision",
            "recall",
            "FPR",
            "accuracy",
            "AUPRC",
        ]
        rows = [
            [
                escape(value),
                escape(category),
                str(r["n"]),
                str(r["positives"]),
                _with_ci(r, "precision"),
                _with_ci(r, "recall"),
                _with_ci(r, "fpr"),
                _num(r.get("accuracy")),
                _num(r.get("auprc")),
            ]
            for value, categories in table.items()
            for category, r in categories.items()
        ]
        parts.append(f"<h3>by {escape(key)}</h3>" + _table(headers, rows))
    return "".join(parts) or "<p>No slice has enough examples for a breakdown.</p>"


def _confusion_table(confusion: Mapping[str, Any]) -> str:
    if not confusion["rows"] or not confusion["columns"]:
        return "<p>Nothing was flagged.</p>"
    rows = [
        [f"{escape(r)} (n={n})", *(_num(v, 2) for v in values)]
        for r, n, values in zip(
            confusion["rows"], confusion["counts"], confusion["rates"], strict=True
        )
    ]
    return _table(["labelled positive for \\ flagged", *confusion["columns"]], rows)


def render_report(metrics: Mapping[str, Any], figures: Mapping[str, str]) -> str:
    run = metrics["run"]
    title = f"Bastion evaluation: {run.get('dataset')} ({run.get('id')})"

    def figure(name: str) -> str:
        file = figures.get(name)
        return f'<img src="{escape(file)}" alt="{escape(name)}">' if file else ""

    slice_figures = "".join(figure(k) for k in figures if k.startswith("slices-"))
    warnings = "".join(f'<p class="note">{escape(w)}</p>' for w in run.get("warnings", []))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>{STYLE}</style></head><body>
<h1>{escape(title)}</h1>
{_header(run)}{warnings}
<h2>Per category, at the policy's operating point</h2>
<p>Each category is evaluated only on examples where its label is known. The threshold is
the lowest probability at which the policy takes a non-allow action for the category on
surface <code>{escape(str(run.get("surface")))}</code>. Brackets: 95% bootstrap intervals
({run.get("bootstrap_rounds")} resamples); FPR: Wilson interval.</p>
{_category_table(metrics["categories"])}
{figure("pr_curves")}{figure("reliability")}
<h2>Confusion between categories</h2>
<p>Share of examples labelled positive for the row's category that the policy flags for
each column's category; <code>(none)</code>: examples whose every known label is
negative.</p>
{_confusion_table(metrics["confusion"])}{figure("confusion")}
<h2>Slices</h2>
<p>Slices of at least {run.get("min_slice")} labelled examples; intervals are Wilson 95%.</p>
{slice_figures}{_slice_tables(metrics["slices"])}
</body></html>
"""


def write_report(folder: Path, metrics: Mapping[str, Any], figures: Mapping[str, str]) -> Path:
    path = folder / "report.html"
    path.write_text(render_report(metrics, figures), encoding="utf-8")
    return path

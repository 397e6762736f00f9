"""Writing a transparency report: one CSV per part (RFC 4180), ``report.json``, ``summary.html``.

The CSVs are the machine-readable template parts (blank cells where a
requirement does not apply, 0 where it applies and nothing happened); the HTML
summary is for people: the headline table, charts, every part and the
qualitative descriptions. Charts use matplotlib's object API (no global state).
"""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bastion.comply.report import TransparencyReport
from bastion.comply.report_types import Cell, Table

__all__ = ["write_report_files"]

_DPI = 110


def _short(category: str) -> str:
    return category.removeprefix("STATEMENT_CATEGORY_").replace("_", " ").lower()


def write_csv(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow(["" if row.get(c) is None else row.get(c) for c in table.columns])


def _report_json(report: TransparencyReport) -> dict[str, Any]:
    return {
        "format": 1,
        "provider": report.provider,
        "service": report.service,
        "publication_date": report.published.isoformat(),
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "headline": {"columns": report.headline.columns, "rows": report.headline.rows},
        "parts": {
            name: {"columns": t.columns, "rows": t.rows, "note": t.note}
            for name, t in report.parts.items()
        },
        "qualitative": report.qualitative,
    }


def _bar_chart(folder: Path, name: str, title: str, series: Mapping[str, Mapping[str, int]]) -> str:
    """Horizontal stacked bars: one bar per label, one colour per series."""
    labels = sorted({label for values in series.values() for label in values})
    figure = Figure(figsize=(7.5, 0.45 * max(len(labels), 2) + 1.2))
    axes = figure.add_subplot()
    left = [0] * len(labels)
    for key, values in series.items():
        widths = [values.get(label, 0) for label in labels]
        axes.barh([_short(x) for x in labels], widths, left=left, label=key)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.set_title(title)
    axes.set_xlabel("count")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    if len(series) > 1:
        axes.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(folder / name, dpi=_DPI)
    return name


def _charts(report: TransparencyReport, folder: Path) -> list[str]:
    charts = []
    measures: dict[str, dict[str, int]] = {"illegal content": {}, "terms and conditions": {}}
    for part, key in (
        ("part5_own_initiative_illegal", "illegal content"),
        ("part6_own_initiative_terms", "terms and conditions"),
    ):
        for row in report.parts[part].rows:
            if row["sub_category"] == "" and row["measures"]:
                measures[key][str(row["category"])] = int(row["measures"] or 0)
    if any(measures.values()):
        charts.append(
            _bar_chart(folder, "measures.png", "Own-initiative measures by category", measures)
        )
    automation: dict[str, dict[str, int]] = {
        "fully automated": {},
        "partially automated": {},
        "not automated": {},
    }
    for row in report.parts["part8_automation"].rows:
        if row["category"] != "TOTAL" and row["measures"]:
            for column, key in (
                ("fully_automated", "fully automated"),
                ("partially_automated", "partially automated"),
                ("not_automated", "not automated"),
            ):
                automation[key][str(row["category"])] = int(row[column] or 0)
    if any(automation.values()):
        charts.append(_bar_chart(folder, "automation.png", "Measures by automation", automation))
    outcomes = {
        "decision upheld": "decision_upheld",
        "decision reversed": "decision_reversed",
        "omitted (withdrawn)": "complaints_omitted",
        "pending": "pending",
    }
    complaints: dict[str, dict[str, int]] = {key: {} for key in outcomes}
    for row in report.parts["part7_complaints"].rows:
        if row["decision_type"] != "TOTAL" and row["complaints"]:
            for key, column in outcomes.items():
                complaints[key][str(row["decision_type"])] = int(row[column] or 0)
    if any(complaints.values()):
        charts.append(
            _bar_chart(folder, "complaints.png", "Complaints by type of decision", complaints)
        )
    return charts


def _cell(value: Cell) -> str:
    if value is None:
        return '<td class="blank"></td>'
    if isinstance(value, float):
        return f'<td class="n">{value:g}</td>'
    cls = ' class="n"' if isinstance(value, int) else ""
    return f"<td{cls}>{html.escape(str(value))}</td>"


def _html_table(table: Table, *, hide_zero_rows: bool = False) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    rows = []
    for row in table.rows:
        numbers = [v for v in row.values() if isinstance(v, int | float)]
        if hide_zero_rows and not any(numbers):
            continue
        rows.append("<tr>" + "".join(_cell(row.get(c)) for c in table.columns) + "</tr>")
    note = f"<p class='note'>{html.escape(table.note)}</p>" if table.note else ""
    body = "".join(rows) or f"<tr><td colspan='{len(table.columns)}'>(no activity)</td></tr>"
    return f"{note}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:78rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.85rem}
th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left}
td.n{text-align:right} td.blank{background:#f3f3f3}
.note{color:#555;font-style:italic} img{max-width:100%;margin:.5rem 0}
"""


def _summary_html(report: TransparencyReport, charts: list[str]) -> str:
    title = (
        f"DSA transparency report - {html.escape(report.service)} - "
        f"{report.period.start} to {report.period.end}"
    )
    sections = [
        f"<h1>{title}</h1>",
        f"<p>Provider: {html.escape(report.provider)}. Published {report.published}. Grey "
        "cells are blank (the requirement does not apply); 0 means it applies and nothing "
        "happened. Rows with no activity are hidden here; the CSV files hold every row.</p>",
        "<h2>Headline</h2>",
        _html_table(report.headline),
    ]
    sections += [f'<img src="{html.escape(c)}" alt="{html.escape(c)}">' for c in charts]
    for name, table in report.parts.items():
        sections.append(f"<h2>{html.escape(name.replace('_', ' '))}</h2>")
        sections.append(_html_table(table, hide_zero_rows=name not in ("part1_identification",)))
    sections.append("<h2>Qualitative descriptions (Part 11)</h2>")
    for key, text in report.qualitative.items():
        sections.append(f"<h3>{html.escape(key.replace('_', ' '))}</h3><p>{html.escape(text)}</p>")
    body = "\n".join(sections)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{_STYLE}</style></head><body>{body}</body></html>\n"
    )


def write_report_files(report: TransparencyReport, folder: Path) -> list[Path]:
    """Write every part as CSV, ``report.json``, the charts and ``summary.html``; list them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in {**report.parts, "headline": report.headline}.items():
        path = folder / f"{name}.csv"
        write_csv(table, path)
        written.append(path)
    qualitative = folder / "part11_qualitative.csv"
    write_csv(
        Table(
            "part11_qualitative",
            ["topic", "description"],
            [{"topic": k, "description": v} for k, v in report.qualitative.items()],
        ),
        qualitative,
    )
    written.append(qualitative)
    document = folder / "report.json"
    document.write_text(
        json.dumps(_report_json(report), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    written.append(document)
    charts = _charts(report, folder)
    written += [folder / c for c in charts]
    summary = folder / "summary.html"
    summary.write_text(_summary_html(report, charts), encoding="utf-8")
    written.append(summary)
    return written

"""The DSA transparency report on the seeded database, against figures worked out by hand.

Derivations (see ``SEED`` in conftest.py; period 2026-01-01 .. 2026-06-30):

* statements: d01 d02 d03 d04 d05 d09 d10 d11 d12 d13 d14 d17 (12); d12 came from a
  notice, so 11 are own-initiative. Illegal ground (hate, Part 5): d01, d05.
  Terms and conditions (Part 6): the other 9.
* automated detection: every own-initiative measure except d17 (a human acted on an
  appeal against an "allow") -> 10 of 11.
* automation: fully d01 d03 d09 d10 d11 d14 (6); partially d02 d04 d13 (3, a human
  reviewed or decided an appeal); not automated d05 d12 d17 (3).
* complaints filed in the period: d16's (2 Jan, upheld, 6 h), d02's (upheld, 24 h),
  d04's (reversed, 12 h), d11's (withdrawn), d12's (open), d17's (reversed, 48 h);
  d14's was filed on 1 July. Types: d02 d04 d11 d16 restrict visibility; d12's
  decision in force was the reviewer's account suspension; d17's was "allow".
  Medians: visibility {6, 12, 24} -> 12; all {6, 12, 24, 48} -> 18.
* notices received in the period: n1 (cyber violence, 24 h, terms), n2 (trusted
  flagger, hate speech, 3 items, 6 h, illegal), n3 (no category, not actioned).
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.comply.cases import Period
from bastion.comply.report import (
    APPLICABLE_RESTRICTIONS,
    MEASURE_COLUMNS,
    TransparencyReport,
    build_report,
    own_initiative_table,
)
from bastion.comply.report_files import write_report_files
from bastion.comply.statements import statements
from bastion.evaluate.runs import RunStore
from bastion.policy.dsa import STATEMENT_CATEGORIES

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))
GOLDEN = Path(__file__).parent / "golden"
C = "STATEMENT_CATEGORY_"


def make_report(seeded: Any, runs: Path) -> TransparencyReport:
    built = list(statements(seeded.engine, PERIOD, seeded.policy.policy))
    return build_report(
        seeded.engine,
        PERIOD,
        built,
        runs=RunStore(runs),
        provider="Example GmbH",
        service="Example Music",
        published=date(2026, 8, 15),
    )


def test_own_initiative_measures_parts_5_and_6(seeded: Any, tmp_path: Path) -> None:
    report = make_report(seeded, tmp_path / "runs")
    part5 = report.parts["part5_own_initiative_illegal"]
    part6 = report.parts["part6_own_initiative_terms"]
    hate = part5.row(category=f"{C}ILLEGAL_OR_HARMFUL_SPEECH", sub_category="")
    assert (hate["measures"], hate["measures_automated_detection"]) == (2, 2)
    assert hate["visibility_removed"] == 2
    assert (
        part5.row(category=f"{C}ILLEGAL_OR_HARMFUL_SPEECH", sub_category="KEYWORD_HATE_SPEECH")[
            "measures"
        ]
        == 2
    )
    # Nothing else is reported as illegal: applicable, so 0, not blank.
    assert sum(int(r["measures"] or 0) for r in part5.rows if r["sub_category"] == "") == 2
    assert part5.row(category=f"{C}VIOLENCE", sub_category="")["measures"] == 0
    scams = part6.row(category=f"{C}SCAMS_AND_FRAUD", sub_category="")
    # d03 (removed, automated), d04 (demoted, automated), d17 (removed by a human).
    assert scams["measures"] == 3
    assert scams["measures_automated_detection"] == 2
    assert (scams["visibility_removed"], scams["visibility_demoted"]) == (2, 1)
    phishing = part6.row(category=f"{C}SCAMS_AND_FRAUD", sub_category="KEYWORD_PHISHING")
    assert (phishing["measures"], phishing["measures_automated_detection"]) == (2, 1)
    accounts = part6.row(
        category=f"{C}SCAMS_AND_FRAUD", sub_category="KEYWORD_INAUTHENTIC_ACCOUNTS"
    )
    assert accounts["measures"] == 1 and accounts["visibility_demoted"] == 1
    other = part6.row(category=f"{C}OTHER_VIOLATION_TC", sub_category="")
    assert (other["visibility_labelled"], other["visibility_age_restricted"]) == (1, 1)
    # d12 suspended an account but came from a notice: not own-initiative.
    assert part6.row(category=f"{C}CYBER_VIOLENCE", sub_category="")["account_suspension"] == 0
    assert sum(int(r["measures"] or 0) for r in part6.rows if r["sub_category"] == "") == 9


def test_blank_where_not_applicable_zero_where_nothing_happened(
    seeded_sqlite: Any, tmp_path: Path
) -> None:
    report = make_report(seeded_sqlite, tmp_path / "runs")
    part6 = report.parts["part6_own_initiative_terms"]
    row = part6.row(category=f"{C}ANIMAL_WELFARE", sub_category="")
    # Bastion never disables, never terminates payments or service provision.
    for blank in ("visibility_disabled", "monetary_termination", "monetary_other",
                  "provision_termination"):  # fmt: skip
        assert row[blank] is None, blank
    # It withholds held items (other), suspends authors' interaction (provision), accounts and
    # payments: applicable, so 0 where nothing happened.
    for zero in ("measures", "visibility_removed", "visibility_other", "account_suspension",
                 "monetary_suspension", "provision_suspension"):  # fmt: skip
        assert row[zero] == 0, zero
    assert report.parts["part3_orders"].rows[0]["orders"] is None


def test_complaints_part_7_golden(seeded: Any, tmp_path: Path) -> None:
    report = make_report(seeded, tmp_path / "runs")
    write_report_files(report, tmp_path / "out")
    assert (tmp_path / "out" / "part7_complaints.csv").read_bytes() == (
        GOLDEN / "part7_complaints.csv"
    ).read_bytes()


def test_headline_golden(seeded: Any, tmp_path: Path) -> None:
    report = make_report(seeded, tmp_path / "runs")
    write_report_files(report, tmp_path / "out")
    assert (tmp_path / "out" / "headline.csv").read_bytes() == (
        GOLDEN / "headline.csv"
    ).read_bytes()


def test_notices_part_4(seeded: Any, tmp_path: Path) -> None:
    part4 = make_report(seeded, tmp_path / "runs").parts["part4_notices"]
    cyber = part4.row(category=f"{C}CYBER_VIOLENCE")
    assert (cyber["notices"], cyber["items"], cyber["actions_tc_ground"]) == (1, 1, 1)
    assert cyber["median_hours"] == 24.0 and cyber["trusted_flagger_notices"] == 0
    assert cyber["trusted_flagger_median_hours"] is None
    speech = part4.row(category=f"{C}ILLEGAL_OR_HARMFUL_SPEECH")
    assert (speech["notices"], speech["items"], speech["actions_legal_ground"]) == (1, 3, 1)
    assert (speech["trusted_flagger_notices"], speech["trusted_flagger_median_hours"]) == (1, 6.0)
    unspecified = part4.row(category="NOT_SPECIFIED_NOTICE")
    assert (unspecified["notices"], unspecified["median_hours"]) == (1, None)
    total = part4.row(category="TOTAL")
    assert (total["notices"], total["items"], total["median_hours"]) == (3, 5, 15.0)
    assert part4.row(category=f"{C}VIOLENCE")["notices"] == 0


def test_notices_part_blank_when_none_ever_ingested(sqlite_url: str, tmp_path: Path) -> None:
    from bastion.store import DecisionLog

    log = DecisionLog.open(sqlite_url)
    try:
        report = build_report(log.engine, PERIOD, [], runs=RunStore(tmp_path / "runs"))
    finally:
        log.close()
    assert all(
        value is None
        for row in report.parts["part4_notices"].rows
        for key, value in row.items()
        if key != "category"
    )
    assert report.headline.rows == [{"category": "TOTAL"}]


def test_automation_part_8(seeded: Any, tmp_path: Path) -> None:
    part8 = make_report(seeded, tmp_path / "runs").parts["part8_automation"]
    total = part8.row(category="TOTAL")
    assert (total["measures"], total["fully_automated"]) == (12, 6)
    assert (total["partially_automated"], total["not_automated"]) == (3, 3)
    cyber = part8.row(category=f"{C}CYBER_VIOLENCE")  # d02 partially, d12 not automated
    assert (cyber["measures"], cyber["partially_automated"], cyber["not_automated"]) == (2, 1, 1)


def _write_run(root: Path, run_id: str, created: str, metrics: dict[str, Any]) -> None:
    folder = root / run_id
    folder.mkdir(parents=True)
    header = {
        "id": run_id,
        "created_at": created,
        "dataset": "gold-hate-comment",
        "dataset_version": "3",
        "surface": "comment",
        "jurisdiction": "EU",
        "model_version": "char_ngrams@1.0.0",
    }
    document = {"format": 1, "run": header, "categories": metrics}
    (folder / "metrics.json").write_text(json.dumps(document))


def test_classifier_accuracy_from_the_latest_run_before_the_period_ends(
    seeded_sqlite: Any, tmp_path: Path
) -> None:
    runs = tmp_path / "runs"
    old = {"hate": {"threshold": 0.4, "tp": 1, "fp": 1, "fn": 1, "tn": 1}}
    # hate: TP 40, FP 10, FN 20, TN 130 (N 200) -> accuracy 170/200 = 0.85,
    # precision 40/50 = 0.8, recall 40/60 = 0.6667, TNR 130/140 = 0.9286, NPV 130/150 = 0.8667,
    # FNR 20/60 = 0.3333, FPR 10/140 = 0.0714, FDR 10/50 = 0.2, FOR 20/150 = 0.1333.
    current = {
        "hate": {"threshold": 0.4, "tp": 40, "fp": 10, "fn": 20, "tn": 130, "precision": 0.1},
        "spam": {"threshold": None, "auprc": 0.9},  # the policy takes no action: no row
    }
    later = {"hate": {"threshold": 0.4, "tp": 9, "fp": 9, "fn": 9, "tn": 9}}
    _write_run(runs, "r1", "2026-02-01T00:00:00+00:00", old)
    _write_run(runs, "r2", "2026-06-01T00:00:00+00:00", current)
    _write_run(runs, "r3", "2026-07-02T00:00:00+00:00", later)
    table = make_report(seeded_sqlite, runs).parts["part8_classifiers"]
    assert len(table.rows) == 1
    row = table.rows[0]
    assert (row["classifier"], row["run"], row["n"]) == ("hate", "r2", 200)
    expected = {"accuracy": 0.85, "precision": 0.8, "recall": 0.6667, "tnr": 0.9286,
                "npv": 0.8667, "fnr": 0.3333, "fpr": 0.0714, "fdr": 0.2, "for": 0.1333}  # fmt: skip
    assert {k: row[k] for k in expected} == expected


def test_no_runs_leaves_the_classifier_table_empty_with_a_note(
    seeded_sqlite: Any, tmp_path: Path
) -> None:
    table = make_report(seeded_sqlite, tmp_path / "none").parts["part8_classifiers"]
    assert table.rows == [] and "bastion eval run" in table.note


def test_files_csv_json_html(seeded_sqlite: Any, tmp_path: Path) -> None:
    report = make_report(seeded_sqlite, tmp_path / "runs")
    out = tmp_path / "out"
    written = write_report_files(report, out)
    names = {p.name for p in written}
    assert {"part4_notices.csv", "part5_own_initiative_illegal.csv", "report.json"} <= names
    assert {"summary.html", "measures.png", "automation.png", "complaints.png"} <= names
    with (out / "part6_own_initiative_terms.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # 15 categories, each with its keywords and KEYWORD_OTHER.
    assert len(rows) == sum(len(k) + 2 for k in STATEMENT_CATEGORIES.values())
    assert rows[0]["visibility_disabled"] == "" and rows[0]["measures"] == "0"
    document = json.loads((out / "report.json").read_text())
    assert document["period"] == {"start": "2026-01-01", "end": "2026-06-30"}
    assert document["parts"]["part1_identification"]["rows"][0]["provider"] == "Example GmbH"
    page = (out / "summary.html").read_text()
    assert "Example Music" in page and '<img src="measures.png"' in page
    assert "STATEMENT_CATEGORY_SCAMS_AND_FRAUD" in page


# Property: sub-categories add up to their category, and categories to all measures.

_VIS = [v for _, v in MEASURE_COLUMNS if v.startswith("DECISION_VISIBILITY")]


@st.composite
def measures(draw: st.DrawFn) -> dict[str, Any]:
    category = draw(st.sampled_from(sorted(STATEMENT_CATEGORIES)))
    keywords = [f"KEYWORD_{k}" for k in (*STATEMENT_CATEGORIES[category], "OTHER")]
    out: dict[str, Any] = {
        "category": f"STATEMENT_CATEGORY_{category}",
        "automated_detection": draw(st.sampled_from(["Yes", "No"])),
        "decision_visibility": draw(st.lists(st.sampled_from(_VIS), min_size=1, unique=True)),
    }
    if draw(st.booleans()):
        out["category_specification"] = draw(
            st.lists(st.sampled_from(keywords), min_size=1, unique=True)
        )
    if draw(st.booleans()):
        out["decision_account"] = draw(
            st.sampled_from(["DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED"])
        )
    return out


@settings(max_examples=100, deadline=None)
@given(st.lists(measures(), max_size=40))
def test_sub_categories_sum_to_categories(found: list[dict[str, Any]]) -> None:
    table = own_initiative_table("p", found)
    numeric = [c for c in table.columns if c not in ("category", "sub_category")]
    for category in STATEMENT_CATEGORIES:
        name = f"STATEMENT_CATEGORY_{category}"
        rows = [r for r in table.rows if r["category"] == name]
        head = next(r for r in rows if r["sub_category"] == "")
        for column in numeric:
            if head[column] is None:
                assert all(r[column] is None for r in rows)
                continue
            parts = sum(int(r[column] or 0) for r in rows if r["sub_category"] != "")
            assert parts == head[column], (name, column)
    heads = [r for r in table.rows if r["sub_category"] == ""]
    assert sum(int(r["measures"] or 0) for r in heads) == len(found)
    for row in heads:
        assert int(row["measures_automated_detection"] or 0) <= int(row["measures"] or 0)


def test_applicable_restrictions_are_those_bastion_can_impose() -> None:
    assert "DECISION_VISIBILITY_CONTENT_REMOVED" in APPLICABLE_RESTRICTIONS
    assert "DECISION_ACCOUNT_SUSPENDED" in APPLICABLE_RESTRICTIONS
    assert "DECISION_PROVISION_SUSPENSION" in APPLICABLE_RESTRICTIONS  # suspend_interaction
    assert "DECISION_VISIBILITY_CONTENT_DISABLED" not in APPLICABLE_RESTRICTIONS


@pytest.mark.parametrize("end", ["2026-01-01"])
def test_one_day_period(seeded_sqlite: Any, tmp_path: Path, end: str) -> None:
    period = Period(date(2026, 1, 1), date.fromisoformat(end))
    built = list(statements(seeded_sqlite.engine, period, seeded_sqlite.policy.policy))
    assert built == []
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 2, 1), date(2026, 1, 1))

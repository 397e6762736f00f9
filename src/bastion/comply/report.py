"""The DSA transparency report: the harmonised-template parts Bastion's data can fill.

Implementing Regulation (EU) 2024/2835 (see REGULATORY.md in the shared docs).
Template rules followed here: a cell is blank (``None``) where a requirement
does not apply to this service and 0 where it applies but nothing happened;
every measure is counted once, under the most specific sub-category (the first
keyword of its statement), so sub-categories add up to their category; median
times are in hours.

What is counted:

* a *measure* is a statement of reasons (see :mod:`bastion.comply.statements`)
  for a decision made in the period; own-initiative measures (``SOURCE_VOLUNTARY``)
  go to Part 5 (illegal content) or Part 6 (terms and conditions) by ground;
* Part 4 counts notices ingested with ``bastion notices ingest`` (blank when
  none were ever ingested: Bastion is then not the notice system of record);
* Part 7 counts appeals filed in the period, by the type of the decision
  appealed (an appeal against an account action counts as ``account``; a held
  item is withheld, a visibility restriction), with their outcome as stored;
  withdrawn appeals are *omitted*;
* Part 8 counts measures by automation, and the accuracy, precision and recall
  of each classifier from the evaluation runs stored by ``bastion eval run``.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, select

from bastion.comply.cases import Case, CaseReader, Period, utc
from bastion.comply.mapping import (
    ACCOUNT_RESTRICTIONS,
    AUTOMATED_RESTRICTIONS,
    CONTENT_RESTRICTIONS,
    Restriction,
)
from bastion.comply.metrics import classifier_rows
from bastion.comply.report_types import Cell, Table
from bastion.comply.statements import BuiltStatement
from bastion.comply.tables import dsa_notices
from bastion.comply.tally import Counted
from bastion.evaluate.runs import RunStore
from bastion.policy.dsa import STATEMENT_CATEGORIES
from bastion.review.records import AppealRecord, read_appeals
from bastion.types import Action, Verdict

__all__ = ["Cell", "MeasureTally", "Table", "TransparencyReport", "build_report"]

MEASURE_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("visibility_removed", "DECISION_VISIBILITY_CONTENT_REMOVED"),
    ("visibility_disabled", "DECISION_VISIBILITY_CONTENT_DISABLED"),
    ("visibility_demoted", "DECISION_VISIBILITY_CONTENT_DEMOTED"),
    ("visibility_age_restricted", "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED"),
    ("visibility_interaction_restricted", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED"),
    ("visibility_labelled", "DECISION_VISIBILITY_CONTENT_LABELLED"),
    ("visibility_other", "DECISION_VISIBILITY_OTHER"),
    ("monetary_suspension", "DECISION_MONETARY_SUSPENSION"),
    ("monetary_termination", "DECISION_MONETARY_TERMINATION"),
    ("monetary_other", "DECISION_MONETARY_OTHER"),
    ("provision_suspension", "DECISION_PROVISION_SUSPENSION"),
    ("provision_termination", "DECISION_PROVISION_TERMINATION"),
    ("account_suspension", "DECISION_ACCOUNT_SUSPENDED"),
    ("account_termination", "DECISION_ACCOUNT_TERMINATED"),
)
"""Part 5/6 columns by type of restriction, and the statement value each counts."""


def _restriction_values(restriction: Restriction) -> set[str]:
    values = set(restriction.visibility)
    for value in (restriction.monetary, restriction.account):
        if value:
            values.add(value)
    if restriction.provision:
        kind = "SUSPENSION" if "SUSPENSION" in restriction.provision else "TERMINATION"
        values.add(f"DECISION_PROVISION_{kind}")
    return values


APPLICABLE_RESTRICTIONS: frozenset[str] = frozenset(
    value
    for r in (*CONTENT_RESTRICTIONS.values(), *ACCOUNT_RESTRICTIONS.values())
    for value in _restriction_values(r)
)
"""Restriction types Bastion's actions can impose; the other columns do not apply (blank)."""

DECISION_TYPES = ("visibility", "monetary", "provision", "account", "no_restriction")
"""Part 7 rows: the type of decision complained about (most severe type when several)."""


@dataclass
class TransparencyReport:
    period: Period
    provider: str
    service: str
    published: date
    parts: dict[str, Table]
    qualitative: dict[str, str]
    headline: Table


def _restriction_set(statement: dict[str, Any]) -> set[str]:
    values = set(statement.get("decision_visibility", []))
    for key in ("decision_monetary", "decision_account"):
        if statement.get(key):
            values.add(str(statement[key]))
    provision = statement.get("decision_provision")
    if provision:
        kind = "SUSPENSION" if "SUSPENSION" in provision else "TERMINATION"
        values.add(f"DECISION_PROVISION_{kind}")
    return values


def _sub_category(statement: dict[str, Any]) -> str:
    keywords = statement.get("category_specification") or []
    return str(keywords[0]) if keywords else "KEYWORD_OTHER"


class MeasureTally:
    """Counts of measures for Parts 5, 6 and 8, added one statement (times its count) at a
    time: the report never holds the period's statements."""

    def __init__(self) -> None:
        self.own: dict[str, dict[tuple[str, str], Counter[str]]] = {
            ILLEGAL: defaultdict(Counter),
            TERMS: defaultdict(Counter),
        }
        self.automation: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, statement: dict[str, Any], count: int = 1) -> None:
        self.add_automation(statement, count)
        if statement["source_type"] == "SOURCE_VOLUNTARY":
            illegal = statement["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
            self.add_own(statement, ILLEGAL if illegal else TERMS, count)

    def add_automation(self, statement: dict[str, Any], count: int = 1) -> None:
        for key in (str(statement["category"]), "TOTAL"):
            self.automation[key]["measures"] += count
            self.automation[key][_AUTOMATION_COLUMN[str(statement["automated_decision"])]] += count

    def add_own(self, statement: dict[str, Any], ground: str, count: int = 1) -> None:
        counts = self.own[ground]
        category = str(statement["category"]).removeprefix("STATEMENT_CATEGORY_")
        keyword = _sub_category(statement).removeprefix("KEYWORD_")
        present = _restriction_set(statement)
        detected = count if statement["automated_detection"] == "Yes" else 0
        for cell in (category, ""), (category, keyword):
            bucket = counts[cell]
            bucket["measures"] += count
            bucket["measures_automated_detection"] += detected
            for column, value in MEASURE_COLUMNS:
                bucket[column] += count if value in present else 0

    def own_initiative_table(self, name: str, ground: str) -> Table:
        """Part 5 (``ground`` illegal) or 6 (terms): measures per category and sub-category,
        by type of restriction."""
        columns = ["category", "sub_category", "measures", "measures_automated_detection"]
        columns += [c for c, _ in MEASURE_COLUMNS]
        table = Table(name, columns)
        counts = self.own[ground]
        for category, keywords in STATEMENT_CATEGORIES.items():
            for keyword in ("", *keywords, "OTHER"):
                bucket = counts.get((category, keyword), Counter())
                row: dict[str, Cell] = {
                    "category": f"STATEMENT_CATEGORY_{category}",
                    "sub_category": f"KEYWORD_{keyword}" if keyword else "",
                    "measures": bucket["measures"],
                    "measures_automated_detection": bucket["measures_automated_detection"],
                }
                for column, value in MEASURE_COLUMNS:
                    row[column] = bucket[column] if value in APPLICABLE_RESTRICTIONS else None
                table.rows.append(row)
        return table

    def automation_table(self) -> Table:
        """Part 8 (a): measures by category, solely automated or not."""
        columns = ["category", "measures", "fully_automated", "partially_automated"]
        table = Table("part8_automation", [*columns, "not_automated"])
        for name in [*(f"STATEMENT_CATEGORY_{c}" for c in STATEMENT_CATEGORIES), "TOTAL"]:
            bucket = self.automation.get(name, Counter())
            table.rows.append(
                {
                    "category": name,
                    "measures": bucket["measures"],
                    "fully_automated": bucket["fully_automated"],
                    "partially_automated": bucket["partially_automated"],
                    "not_automated": bucket["not_automated"],
                }
            )
        return table


ILLEGAL, TERMS = "illegal", "terms"


def own_initiative_table(name: str, measures: Iterable[dict[str, Any]]) -> Table:
    """Part 5 or 6: measures per category and sub-category, by type of restriction (every
    measure given counts, whatever its ground)."""
    tally = MeasureTally()
    for statement in measures:
        tally.add_own(statement, ILLEGAL)
    return tally.own_initiative_table(name, ILLEGAL)


def _median_hours(spans: Iterable[tuple[datetime, datetime]]) -> float | None:
    hours = [(utc(end) - utc(start)).total_seconds() / 3600 for start, end in spans]
    return round(statistics.median(hours), 2) if hours else None


def notices_table(engine: Engine, period: Period) -> Table:
    """Part 4: Art. 16 notices per category, all notices and trusted flaggers' notices."""
    metrics = ["notices", "items", "actions_legal_ground", "actions_tc_ground", "median_hours"]
    columns = ["category", *metrics, *(f"trusted_flagger_{m}" for m in metrics)]
    table = Table("part4_notices", columns)
    with engine.connect() as conn:
        ever = conn.execute(select(dsa_notices.c.id).limit(1)).first()
        rows = conn.execute(
            select(dsa_notices).where(
                dsa_notices.c.received_at >= period.lower,
                dsa_notices.c.received_at < period.upper,
            )
        ).all()
    names = [f"STATEMENT_CATEGORY_{c}" for c in STATEMENT_CATEGORIES] + ["NOT_SPECIFIED_NOTICE"]
    if ever is None:
        table.note = "No notices were ingested: Bastion is not this service's notice system."
        for name in [*names, "TOTAL"]:
            table.rows.append({"category": name, **dict.fromkeys(columns[1:])})
        return table
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row.dsa_category or "NOT_SPECIFIED_NOTICE"].append(row)
        groups["TOTAL"].append(row)

    def cells(notices: list[Any], prefix: str) -> dict[str, Cell]:
        actioned = [n for n in notices if n.actioned_at is not None]
        return {
            f"{prefix}notices": len(notices),
            f"{prefix}items": sum(int(n.items) for n in notices),
            f"{prefix}actions_legal_ground": sum(n.action_ground == "illegal" for n in actioned),
            f"{prefix}actions_tc_ground": sum(n.action_ground == "incompatible" for n in actioned),
            f"{prefix}median_hours": _median_hours(
                (n.received_at, n.actioned_at) for n in actioned
            ),
        }

    for name in [*names, "TOTAL"]:
        notices = groups.get(name, [])
        flagged = [n for n in notices if n.source_type == "SOURCE_TRUSTED_FLAGGER"]
        table.rows.append(
            {"category": name, **cells(notices, ""), **cells(flagged, "trusted_flagger_")}
        )
    return table


def _decision_type(case: Case | None, appeal: AppealRecord) -> str:
    """The type of the restriction in force when the appeal was filed (Part 7 rows)."""
    if appeal.account_action_id is not None:
        return "account"
    if case is None:
        return "no_restriction"
    action = Action(str(case.record["action"]))
    restriction = CONTENT_RESTRICTIONS[action]
    if action not in AUTOMATED_RESTRICTIONS:
        earlier = [
            v for v in case.verdicts if v.verdict.settles and v.created_at <= appeal.created_at
        ]
        if earlier and earlier[-1].verdict is Verdict.VIOLATING:
            applied = earlier[-1].action
            restriction = CONTENT_RESTRICTIONS.get(
                applied if isinstance(applied, Action) else Action.BLOCK, Restriction()
            )
            if earlier[-1].account_action is not None:
                restriction = restriction | ACCOUNT_RESTRICTIONS[earlier[-1].account_action]
    return restriction.kind


def complaints_table(engine: Engine, period: Period) -> Table:
    """Part 7: complaints (appeals) filed in the period, by type of decision, with outcomes."""
    columns = [
        "decision_type",
        "complaints",
        "decision_upheld",
        "decision_reversed",
        "decision_partially_reversed",
        "complaints_omitted",
        "pending",
        "median_hours_to_decision",
        "restrictions_imposed_after_complaint",
    ]
    table = Table("part7_complaints", columns)
    rows = read_appeals(engine, filed_from=period.lower, filed_before=period.upper)
    cases = CaseReader(engine).by_id(sorted({r.decision_id for r in rows}))
    kinds = {r.id: _decision_type(cases.get(r.decision_id), r) for r in rows}
    groups: dict[str, list[AppealRecord]] = defaultdict(list)
    for row in rows:
        groups[kinds[row.id]].append(row)
        groups["TOTAL"].append(row)
    for kind in (*DECISION_TYPES, "TOTAL"):
        found = groups.get(kind, [])
        decided = [r for r in found if r.status in ("upheld", "reversed") and r.resolved_at]
        imposed: Cell = None
        if kind in ("no_restriction", "TOTAL"):
            # A reversed appeal against a decision that restricted nothing imposed one.
            imposed = sum(r.status == "reversed" and kinds[r.id] == "no_restriction" for r in found)
        table.rows.append(
            {
                "decision_type": kind,
                "complaints": len(found),
                "decision_upheld": sum(r.status == "upheld" for r in found),
                "decision_reversed": sum(r.status == "reversed" for r in found),
                # Bastion's appeal outcomes are upheld or reversed; none is partial.
                "decision_partially_reversed": 0,
                "complaints_omitted": sum(r.status == "withdrawn" for r in found),
                "pending": sum(r.status == "open" for r in found),
                "median_hours_to_decision": _median_hours(
                    (r.created_at, r.resolved_at) for r in decided if r.resolved_at is not None
                ),
                "restrictions_imposed_after_complaint": imposed,
            }
        )
    table.note = (
        "Out-of-court dispute settlements and Art. 23 suspensions are not recorded by Bastion "
        "(blank)."
    )
    return table


_AUTOMATION_COLUMN = {
    "AUTOMATED_DECISION_FULLY": "fully_automated",
    "AUTOMATED_DECISION_PARTIALLY": "partially_automated",
    "AUTOMATED_DECISION_NOT_AUTOMATED": "not_automated",
}


def automation_table(measures: Iterable[dict[str, Any]]) -> Table:
    """Part 8 (a): measures by category, solely automated or not."""
    tally = MeasureTally()
    for statement in measures:
        tally.add_automation(statement)
    return tally.automation_table()


METHODOLOGY = (
    "Accuracy, precision and recall are measured offline for each classifier (one per policy "
    "category) on labelled evaluation sets, at the threshold at which the policy first acts on "
    "that category for the evaluated surface. Each run scores every example with the deployed "
    "detectors and fusion, then counts true positives (TP), false positives (FP), false "
    "negatives (FN) and true negatives (TN); only examples whose label for the category is "
    "known are counted. Indicators: accuracy = (TP+TN)/N; precision (PPV) = TP/(TP+FP); recall "
    "(TPR) = TP/(TP+FN); TNR = TN/(TN+FP); NPV = TN/(TN+FN); FNR = 1-TPR; FPR = 1-TNR; FDR = "
    "1-PPV; FOR = 1-NPV. Each figure comes from the latest stored evaluation run per dataset and "
    "surface made before the end of the period; runs record the policy and model versions, the "
    "dataset version and 95% bootstrap intervals. Human reviewers' verdicts on automated "
    "decisions and appeal outcomes are a second, online check."
)


def build_report(
    engine: Engine,
    period: Period,
    built: Iterable[BuiltStatement | Counted],
    *,
    runs: RunStore | None = None,
    provider: str = "Bastion operator",
    service: str = "Bastion-moderated service",
    published: date | None = None,
) -> TransparencyReport:
    """Every part Bastion can fill, from the period's statements (each, or counted: see
    :mod:`bastion.comply.tally`) and the stored tables; the statements are read once."""
    tally = MeasureTally()
    for entry in built:
        counted = entry if isinstance(entry, Counted) else Counted(entry)
        if counted.built.statement is not None:
            tally.add(counted.built.statement, counted.count)
    published = published or datetime.now(UTC).date()
    identification = Table(
        "part1_identification",
        ["provider", "service", "publication_date", "period_start", "period_end"],
        [
            {
                "provider": provider,
                "service": service,
                "publication_date": published.isoformat(),
                "period_start": period.start.isoformat(),
                "period_end": period.end.isoformat(),
            }
        ],
    )
    orders = Table(
        "part3_orders",
        ["orders", "items", "median_hours_to_inform", "median_hours_to_effect"],
        [dict.fromkeys(["orders", "items", "median_hours_to_inform", "median_hours_to_effect"])],
        note="Orders from Member State authorities are not recorded by Bastion (blank).",
    )
    classifiers = classifier_rows(runs or RunStore(), period.end)
    parts = {
        "part1_identification": identification,
        "part3_orders": orders,
        "part4_notices": notices_table(engine, period),
        "part5_own_initiative_illegal": tally.own_initiative_table(
            "part5_own_initiative_illegal", ILLEGAL
        ),
        "part6_own_initiative_terms": tally.own_initiative_table(
            "part6_own_initiative_terms", TERMS
        ),
        "part7_complaints": complaints_table(engine, period),
        "part8_automation": tally.automation_table(),
        "part8_classifiers": classifiers,
    }
    qualitative = {
        "own_initiative_moderation": (
            "Content is scanned when it is published. Detectors (lexicons, patterns and trained "
            "text classifiers) score each policy category; the policy maps the scores to an "
            "action per surface and audience (label, age restriction, demotion, hold for human "
            "review, removal). Items held for review are decided by trained moderators."
        ),
        "automated_means": (
            "Automated means detect and, for clear cases, decide. Decisions below the removal "
            "threshold, and every item whose required detectors could not run, go to human "
            "review. Every decision records the policy and model versions that produced it."
        ),
        "accuracy_methodology": METHODOLOGY,
        "safeguards": (
            "Every restriction comes with a statement of reasons and a notice telling the user "
            "how to appeal; appeals are decided by a human; automated decisions are sampled for "
            "human quality review; decisions are kept in a tamper-evident, hash-chained log."
        ),
    }
    return TransparencyReport(
        period, provider, service, published, parts, qualitative, headline_table(parts)
    )


def headline_table(parts: dict[str, Table]) -> Table:
    """One line per DSA category with any activity: the figures a reader looks for first."""
    columns = [
        "category",
        "own_initiative_measures",
        "after_automated_detection",
        "fully_automated_decisions",
    ]
    table = Table("headline", columns)
    totals: Counter[str] = Counter()
    for name in [*(f"STATEMENT_CATEGORY_{c}" for c in STATEMENT_CATEGORIES)]:
        measures = detected = 0
        for part in ("part5_own_initiative_illegal", "part6_own_initiative_terms"):
            row = parts[part].row(category=name, sub_category="")
            measures += int(row["measures"] or 0)
            detected += int(row["measures_automated_detection"] or 0)
        fully = int(parts["part8_automation"].row(category=name)["fully_automated"] or 0)
        if measures or fully:
            table.rows.append(
                {
                    "category": name,
                    "own_initiative_measures": measures,
                    "after_automated_detection": detected,
                    "fully_automated_decisions": fully,
                }
            )
            totals.update(
                own_initiative_measures=measures,
                after_automated_detection=detected,
                fully_automated_decisions=fully,
            )
    table.rows.append({"category": "TOTAL", **totals})
    return table

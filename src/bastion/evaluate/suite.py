"""Behavioural (functional) test suites: authored cases tagged by functionality.

HateCheck-style: each case tests one capability ("threat vs idiom", "leetspeak
obfuscation", "neutral mention of a group") and says what the policy must do
with it. A case passes when every expectation holds:

* ``expect: {category: true}`` - the decision flags the category or one of its
  children (``hate`` is met by ``hate/threatening``);
* ``expect: {category: false}`` - it flags neither;
* ``expect_action: [allow, label]`` - the decision's action is one of these.

Cases that name a ``group`` and expect nothing to be flagged are the benign
mentions of that group: their failure rate is the group's false-positive rate.
Benign cases with a non-English ``lang`` give the same rate per language.
The suite file also holds its floors (minimum accuracy per functionality,
maximum false-positive rate per group), so the suite is a regression gate, and
``measured_with``: the text bundle and policy of the run the floors were set
from. :func:`rewrite_floors` regenerates both from a run (``bastion eval suite
--write-floors``) and leaves every other byte of the file as it was.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bastion import taxonomy
from bastion.evaluate.errors import EvalError
from bastion.pipeline import Engine
from bastion.types import Action, Decision, Item

__all__ = [
    "SHIPPED_SUITE",
    "Case",
    "MeasuredWith",
    "Suite",
    "SuiteResult",
    "check_case",
    "format_result",
    "load_suite",
    "rewrite_floors",
    "run_suite",
    "suite_floors",
    "suite_fpr_ceiling",
]

SHIPPED_SUITE = Path(__file__).resolve().parent / "suites" / "behavioural.yaml"
CHUNK = 64


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Case(_Strict):
    text: str = Field(min_length=1)
    functionality: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    surface: str = "comment"
    expect: dict[str, bool] = {}
    expect_action: list[Action] | None = None
    group: str | None = None
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    """ISO 639-1 code of the text's language; unset means English."""
    id: str | None = None

    @field_validator("expect")
    @classmethod
    def _known_categories(cls, expect: dict[str, bool]) -> dict[str, bool]:
        unknown = [c for c in expect if not taxonomy.is_category(c)]
        if unknown:
            raise ValueError(f"unknown categories {unknown}; use taxonomy keys such as 'hate'")
        return expect

    @field_validator("expect_action", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @property
    def benign(self) -> bool:
        """Nothing may be flagged: every expected category is false, or only allow is."""
        allows_only = self.expect_action == [Action.ALLOW]
        return allows_only or (bool(self.expect) and not any(self.expect.values()))


class Floors(_Strict):
    functionality: dict[str, float] = {}
    """Minimum share of passing cases per functionality."""
    group_fpr_max: float | None = None
    """Maximum false-positive rate on benign mentions of any one group."""


class MeasuredWith(_Strict):
    """The run the floors were set from: text-model bundle and policy versions."""

    bundle: str = Field(min_length=1)
    policy: str = Field(min_length=1)


class Suite(_Strict):
    version: int = 1
    name: str
    description: str = ""
    measured_with: MeasuredWith | None = None
    floors: Floors = Floors()
    cases: list[Case]

    def case_id(self, index: int) -> str:
        case = self.cases[index]
        return case.id or f"{case.functionality}-{index + 1:03}"


@dataclass(frozen=True)
class CaseOutcome:
    id: str
    functionality: str
    group: str | None
    lang: str | None
    benign: bool
    passed: bool
    action: str
    flagged: tuple[str, ...]
    problems: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class SuiteResult:
    outcomes: list[CaseOutcome]
    accuracy: dict[str, tuple[int, int]]
    """Functionality -> (passed, cases)."""
    group_fpr: dict[str, tuple[int, int]]
    """Group -> (false positives, benign cases)."""
    violations: list[str]
    lang_fpr: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Language (non-English) -> (false positives, benign cases)."""

    @property
    def ok(self) -> bool:
        return not self.violations

    def to_dict(self) -> dict[str, Any]:
        return {
            "accuracy": {
                k: {"passed": p, "cases": n, "rate": p / n} for k, (p, n) in self.accuracy.items()
            },
            "group_fpr": {
                k: {"false_positives": f, "benign": n, "rate": f / n}
                for k, (f, n) in self.group_fpr.items()
            },
            "lang_fpr": {
                k: {"false_positives": f, "benign": n, "rate": f / n}
                for k, (f, n) in self.lang_fpr.items()
            },
            "violations": self.violations,
            "failures": [o.__dict__ for o in self.outcomes if not o.passed],
        }


def load_suite(path: Path = SHIPPED_SUITE) -> Suite:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EvalError(f"cannot read suite {path}: {exc}") from None
    try:
        suite = Suite.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:10]
        )
        raise EvalError(f"{path}: invalid suite: {problems}") from None
    ids = [suite.case_id(i) for i in range(len(suite.cases))]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise EvalError(f"{path}: duplicate case ids {duplicates}")
    known = {c.functionality for c in suite.cases}
    stray = sorted(set(suite.floors.functionality) - known)
    if stray:
        raise EvalError(f"{path}: floors for functionalities without cases: {stray}")
    return suite


def _family(category: str) -> set[str]:
    return {category} | {c for c in taxonomy.CATEGORIES if category in taxonomy.ancestors(c)}


def check_case(case: Case, decision: Decision) -> list[str]:
    """What the decision got wrong about this case (empty: it passes)."""
    problems = []
    flagged = set(decision.flagged)
    for category, wanted in case.expect.items():
        hit = sorted(_family(category) & flagged)
        if wanted and not hit:
            score = decision.categories.get(category, 0.0)
            problems.append(f"{category} not flagged (probability {score:.2f})")
        if not wanted and hit:
            problems.append(f"{category} flagged ({', '.join(hit)})")
    if case.expect_action is not None and decision.action not in case.expect_action:
        wanted_actions = "/".join(a.value for a in case.expect_action)
        problems.append(f"action {decision.action.value}, expected {wanted_actions}")
    return problems


def _score(suite: Suite, floors_fpr: float | None, outcomes: list[CaseOutcome]) -> SuiteResult:
    accuracy: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    langs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        accuracy[o.functionality][0] += o.passed
        accuracy[o.functionality][1] += 1
        if o.group and o.benign:
            groups[o.group][0] += not o.passed
            groups[o.group][1] += 1
        if o.lang and o.lang != "en" and o.benign:
            langs[o.lang][0] += not o.passed
            langs[o.lang][1] += 1
    violations = []
    for functionality, floor in sorted(suite.floors.functionality.items()):
        passed, total = accuracy[functionality]
        if passed / total < floor:
            violations.append(
                f"{functionality}: accuracy {passed}/{total} = {passed / total:.2f} "
                f"is below its floor {floor:.2f}"
            )
    if floors_fpr is not None:
        for group, (fp, total) in sorted(groups.items()):
            if fp / total > floors_fpr:
                violations.append(
                    f"group {group}: false-positive rate {fp}/{total} = {fp / total:.2f} "
                    f"is above the ceiling {floors_fpr:.2f}"
                )
    return SuiteResult(
        outcomes,
        {k: (v[0], v[1]) for k, v in sorted(accuracy.items())},
        {k: (v[0], v[1]) for k, v in sorted(groups.items())},
        violations,
        {k: (v[0], v[1]) for k, v in sorted(langs.items())},
    )


def run_suite(engine: Engine, suite: Suite) -> SuiteResult:
    """Decide every case through the engine and score it against the suite's floors."""
    items = [
        Item(id=suite.case_id(i), surface=case.surface, text=case.text)
        for i, case in enumerate(suite.cases)
    ]
    decisions: list[Decision] = []
    for start in range(0, len(items), CHUNK):
        decisions.extend(engine.decide_many(items[start : start + CHUNK]))
    outcomes = []
    for case, item, decision in zip(suite.cases, items, decisions, strict=True):
        problems = check_case(case, decision)
        outcomes.append(
            CaseOutcome(
                id=item.id,
                functionality=case.functionality,
                group=case.group,
                lang=case.lang,
                benign=case.benign,
                passed=not problems,
                action=decision.action.value,
                flagged=decision.flagged,
                problems=tuple(problems),
                text=case.text,
            )
        )
    return _score(suite, suite.floors.group_fpr_max, outcomes)


def rescore(suite: Suite, result: SuiteResult) -> SuiteResult:
    """The outcomes of ``result`` judged against ``suite``'s floors (e.g. new ones)."""
    return _score(suite, suite.floors.group_fpr_max, result.outcomes)


def format_result(result: SuiteResult, show_failures: bool = False) -> list[str]:
    lines = [f"{'FUNCTIONALITY':28} {'PASSED':>8} {'ACCURACY':>9}"]
    for functionality, (passed, total) in result.accuracy.items():
        lines.append(f"{functionality:28} {f'{passed}/{total}':>8} {passed / total:>9.2f}")
    if result.group_fpr:
        lines.append("")
        lines.append(f"{'GROUP (benign mentions)':28} {'FLAGGED':>8} {'FPR':>9}")
        for group, (fp, total) in result.group_fpr.items():
            lines.append(f"{group:28} {f'{fp}/{total}':>8} {fp / total:>9.2f}")
    if result.lang_fpr:
        lines.append("")
        lines.append(f"{'LANGUAGE (benign cases)':28} {'FLAGGED':>8} {'FPR':>9}")
        for lang, (fp, total) in result.lang_fpr.items():
            lines.append(f"{lang:28} {f'{fp}/{total}':>8} {fp / total:>9.2f}")
    if show_failures:
        lines.append("")
        lines.extend(
            f"FAIL {o.id}: {'; '.join(o.problems)} | {o.text!r}"
            for o in result.outcomes
            if not o.passed
        )
    lines.append("")
    lines.extend(f"BELOW FLOOR: {v}" for v in result.violations)
    passed = sum(o.passed for o in result.outcomes)
    lines.append(
        f"{passed}/{len(result.outcomes)} cases passed; "
        f"{'floors met' if result.ok else f'{len(result.violations)} floor(s) broken'}"
    )
    return lines


def suite_floors(result: SuiteResult, slack_cases: int = 1, step: float = 0.05) -> dict[str, float]:
    """Floors to paste into a suite after a measured run: each functionality may lose
    ``slack_cases`` more cases than it does now (rounded down to ``step``)."""
    out = {}
    for functionality, (passed, total) in result.accuracy.items():
        value = max(0, passed - slack_cases) / total
        out[functionality] = round(int(value / step + 1e-9) * step, 2)
    return out


def suite_fpr_ceiling(
    result: SuiteResult, slack_cases: int = 1, step: float = 0.05
) -> float | None:
    """The ``group_fpr_max`` for a measured run: the worst group may flag ``slack_cases``
    more of its benign cases than it does now (rounded up to ``step``, at most 1)."""
    if not result.group_fpr:
        return None
    worst = max((fp + slack_cases) / total for fp, total in result.group_fpr.values())
    return min(1.0, round(math.ceil(worst / step - 1e-9) * step, 2))


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def _block(lines: list[str], key: str) -> tuple[int, int] | None:
    """Line span ``[start, end)`` of top-level ``key``: its line and the indented lines
    under it, without trailing blank lines (a column-0 line ends it)."""
    keys = [(i, m.group(1)) for i, line in enumerate(lines) if (m := _TOP_KEY.match(line))]
    start = next((i for i, name in keys if name == key), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t"):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return start, end


def _floors_block(result: SuiteResult, slack_cases: int, newline: str) -> list[str]:
    floors = suite_floors(result, slack_cases)
    ceiling = suite_fpr_ceiling(result, slack_cases)
    more = "one more case" if slack_cases == 1 else f"{slack_cases} more cases"
    out = [
        "floors:",
        "  # Written by `bastion eval suite --write-floors` from the run in measured_with;",
        f"  # not edited by hand. Each functionality may fail {more} than that run",
        f"  # (rounded down to 0.05); the worst group may flag {more} (rounded up).",
    ]
    if ceiling is not None:
        group, (fp, total) = max(
            result.group_fpr.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])
        )
        measured = f"worst group {group} {fp}/{total}" if fp else "no group's benign case flagged"
        out.append(f"  group_fpr_max: {ceiling:.2f}  # measured: {measured}")
    out.append("  functionality:")
    for functionality, floor in floors.items():
        passed, total = result.accuracy[functionality]
        out.append(f"    {functionality}: {floor:.2f}  # measured {passed}/{total}")
    return [line + newline for line in out]


def rewrite_floors(
    text: str, result: SuiteResult, measured_with: MeasuredWith, slack_cases: int = 1
) -> str:
    """``text`` (a suite file) with its ``floors`` and ``measured_with`` blocks set from
    ``result``; every other line is kept byte for byte. A missing block is added
    before ``floors`` / ``cases``. Raises :class:`EvalError` when the blocks cannot be
    rewritten in place (e.g. the file is one flow mapping)."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    measured = (
        f"measured_with: {{bundle: {json.dumps(measured_with.bundle)}, "
        f"policy: {json.dumps(measured_with.policy)}}}{newline}"
    )
    floors = _floors_block(result, slack_cases, newline)
    span = _block(lines, "floors")
    if span is not None:
        lines[span[0] : span[1]] = floors
    else:
        cases = _block(lines, "cases")
        if cases is None:
            raise EvalError("cannot write floors: the suite has no top-level 'cases:' line")
        at = cases[0]
        while at > 0 and lines[at - 1].startswith("#"):  # the comments that head cases:
            at -= 1
        lines[at:at] = [*floors, newline]
    span = _block(lines, "measured_with")
    if span is not None:
        lines[span[0] : span[1]] = [measured]
    else:
        written = _block(lines, "floors")
        assert written is not None  # written above
        lines[written[0] : written[0]] = [measured]
    new = "".join(lines)
    before = yaml.safe_load(text)
    after = yaml.safe_load(new)
    expected_floors = {
        "functionality": suite_floors(result, slack_cases),
        "group_fpr_max": suite_fpr_ceiling(result, slack_cases),
    }
    if expected_floors["group_fpr_max"] is None:
        del expected_floors["group_fpr_max"]
    rest = {k: v for k, v in after.items() if k not in ("floors", "measured_with")}
    if (
        after.get("floors") != expected_floors
        or after.get("measured_with") != measured_with.model_dump()
        or rest != {k: v for k, v in before.items() if k not in ("floors", "measured_with")}
    ):
        raise EvalError(
            "cannot rewrite floors in place: keep 'floors:' and 'measured_with:' as top-level "
            "block keys with indented contents (no column-0 comments inside them)"
        )
    return new

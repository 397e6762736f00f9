"""The behavioural suite: the CI regression gate on the shipped engine, and its runner's rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from bastion.cli import main
from bastion.evaluate.errors import EvalError
from bastion.evaluate.suite import (
    SHIPPED_SUITE,
    Case,
    check_case,
    format_result,
    load_suite,
    run_suite,
    suite_floors,
)
from bastion.pipeline import Engine
from bastion.types import Action, Decision

REQUIRED_FUNCTIONALITIES = {
    "obfuscation_leet",
    "obfuscation_homoglyph",
    "obfuscation_spacing",
    "obfuscation_zero_width",
    "negation",
    "counter_speech",
    "reclaimed_terms",
    "profanity_not_abuse",
    "threat_direct",
    "threat_idiom",
    "identity_neutral",
    "non_english_abuse",
    "non_english_benign",
    "scam_pattern",
    "pii_format",
    "prompt_attack",
    "prompt_benign_triggers",
}


def test_shipped_suite_meets_its_floors(shipped_engine: Engine) -> None:
    """The CI gate: a change that breaks a functionality's floor fails here."""
    result = run_suite(shipped_engine, load_suite())
    report = "\n".join(format_result(result, show_failures=True))
    assert result.ok, report
    assert len(result.group_fpr) >= 8  # per-group false-positive rates are measured


def test_shipped_suite_covers_every_functionality_with_a_floor() -> None:
    suite = load_suite()
    counts = Counter(c.functionality for c in suite.cases)
    assert set(counts) >= REQUIRED_FUNCTIONALITIES
    assert set(suite.floors.functionality) == set(counts), "every functionality needs a floor"
    assert 150 <= len(suite.cases) <= 300
    assert min(counts.values()) >= 6
    groups = Counter(c.group for c in suite.cases if c.group and c.benign)
    assert len(groups) >= 8 and min(groups.values()) >= 5
    assert suite.floors.group_fpr_max is not None
    assert any("\u200b" in c.text for c in suite.cases)  # zero-width really present
    assert any(c.surface == "ai_prompt" for c in suite.cases)


def _decision(flagged: tuple[str, ...], action: Action = Action.BLOCK) -> Decision:
    return Decision(
        id="d",
        item_id="i",
        surface="comment",
        applied_surface="comment",
        jurisdiction=None,
        action=action,
        categories={c: 0.9 for c in flagged},
        flagged=flagged,
        evidence=(),
        policy_version="p",
        model_versions={},
        missing_detectors=(),
        automated_detection=True,
        automated_decision=True,
        reason="",
        latency_ms=0.0,
        created_at=datetime.now(UTC),
    )


@pytest.mark.parametrize(
    ("expect", "flagged", "ok"),
    [
        ({"hate": True}, ("hate/threatening",), True),  # a child meets its parent
        ({"hate": False}, ("hate/threatening",), False),
        ({"hate/threatening": True}, ("hate",), False),  # a parent does not meet its child
        ({"scam": True, "spam": False}, ("scam",), True),
        ({"scam": True, "spam": False}, ("scam", "spam"), False),
        ({"privacy": False}, (), True),
    ],
)
def test_check_case_expectations(
    expect: dict[str, bool], flagged: tuple[str, ...], ok: bool
) -> None:
    case = Case(text="t", functionality="f", expect=expect)
    assert (check_case(case, _decision(flagged)) == []) is ok


def test_check_case_action() -> None:
    case = Case.model_validate({"text": "t", "functionality": "f", "expect_action": "allow"})
    assert case.benign
    assert check_case(case, _decision((), Action.ALLOW)) == []
    assert check_case(case, _decision(("spam",), Action.DEMOTE)) == [
        "action demote, expected allow"
    ]


TINY_SUITE = """
name: tiny
floors:
  group_fpr_max: {fpr}
  functionality: {{swearing: {floor}, clean: 1.0}}
cases:
  - {{functionality: swearing, expect: {{profanity: true}}, text: "fuck this shit, fucking mess"}}
  - {{functionality: swearing, expect: {{profanity: true}}, text: "what a lovely afternoon"}}
  - {{functionality: clean, group: gardeners, expect: {{profanity: false}}, text: "roses"}}
  - {{functionality: clean, group: gardeners, expect: {{profanity: false}}, text: "tulips"}}
"""


def write_suite(tmp_path: Path, floor: float, fpr: float = 0.0) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_SUITE.format(floor=floor, fpr=fpr), encoding="utf-8")
    return path


def test_floors_gate_the_run(
    tmp_path: Path, small_policy: Path, rule_engine_factory: Callable[[Path], Engine]
) -> None:
    engine = rule_engine_factory(small_policy)
    passing = run_suite(engine, load_suite(write_suite(tmp_path, floor=0.5)))
    assert passing.accuracy == {"clean": (2, 2), "swearing": (1, 2)}
    assert passing.group_fpr == {"gardeners": (0, 2)}
    assert passing.ok
    failing = run_suite(engine, load_suite(write_suite(tmp_path, floor=0.75)))
    assert failing.violations == ["swearing: accuracy 1/2 = 0.50 is below its floor 0.75"]
    assert suite_floors(passing) == {"clean": 0.5, "swearing": 0.0}


def test_cli_suite_exit_codes(tmp_path: Path, small_policy: Path) -> None:
    runner = CliRunner()
    args = ["eval", "suite", "--policy", str(small_policy), "--suite"]
    ok = runner.invoke(main, [*args, str(write_suite(tmp_path, floor=0.5))])
    assert ok.exit_code == 0, ok.output
    assert "swearing" in ok.output and "floors met" in ok.output
    below = runner.invoke(main, [*args, str(write_suite(tmp_path, floor=0.75)), "--failures"])
    assert below.exit_code == 1
    assert "BELOW FLOOR: swearing" in below.output and "FAIL swearing-002" in below.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\ncases: [{functionality: f, text: t, expect: {hatred: true}}]", "hatred"),
        ("name: x\ncases: [{functionality: f, text: t, expect_action: nuke}]", "expect_action"),
        (
            "name: x\nfloors: {functionality: {g: 0.5}}\ncases: [{functionality: f, text: t}]",
            "without cases: ['g']",
        ),
        (
            "name: x\ncases: [{functionality: f, text: a, id: same},"
            " {functionality: f, text: b, id: same}]",
            "duplicate case ids",
        ),
        ("name: x\ncases: [{functionality: f, txt: t}]", "txt"),
        ("cases: [: bad", "cannot read suite"),
    ],
)
def test_broken_suites_are_reported(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvalError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_suite(path)


def test_shipped_suite_is_packaged() -> None:
    assert SHIPPED_SUITE.is_file() and SHIPPED_SUITE.parent.name == "suites"

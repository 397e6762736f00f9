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
    MeasuredWith,
    SuiteResult,
    check_case,
    format_result,
    load_suite,
    rewrite_floors,
    run_suite,
    suite_floors,
    suite_fpr_ceiling,
)
from bastion.models.bundle import shipped_bundle
from bastion.pipeline import Engine
from bastion.policy import load_policy
from bastion.types import Action, Decision

REQUIRED_FUNCTIONALITIES = {
    "obfuscation_leet",
    "obfuscation_homoglyph",
    "obfuscation_spacing",
    "obfuscation_zero_width",
    "obfuscation_deleted_chars",
    "negation",
    "counter_speech",
    "counter_speech_quote",
    "counter_speech_reference",
    "reclaimed_terms",
    "profanity_not_abuse",
    "hate_explicit",
    "hate_dehumanising",
    "hate_implicit",
    "hate_negated_positive",
    "hate_threatening",
    "threat_direct",
    "threat_plural",
    "threat_indirect",
    "threat_idiom",
    "threat_game",
    "threat_news",
    "identity_neutral",
    "identity_positive",
    "identity_self",
    "self_harm_support",
    "self_harm_intent",
    "self_harm_method_seeking",
    "self_harm_idiom",
    "self_harm_recovery",
    "grooming_signal",
    "age_mention_benign",
    "non_english_abuse",
    "non_english_benign",
    "scam_pattern",
    "pii_format",
    "prompt_attack",
    "prompt_benign_triggers",
    "prompt_dangerous_safe",
    "prompt_unsafe",
}


def test_shipped_suite_meets_its_floors(shipped_engine: Engine) -> None:
    """The CI gate: a change that breaks a functionality's floor fails here."""
    result = run_suite(shipped_engine, load_suite())
    report = "\n".join(format_result(result, show_failures=True))
    assert result.ok, report
    assert len(result.group_fpr) >= 30  # per-group false-positive rates are measured
    assert len(result.lang_fpr) >= 10  # and per-language ones


def test_shipped_suite_covers_every_functionality_with_a_floor() -> None:
    suite = load_suite()
    counts = Counter(c.functionality for c in suite.cases)
    assert set(counts) >= REQUIRED_FUNCTIONALITIES
    assert set(suite.floors.functionality) == set(counts), (
        "every functionality needs a floor: run `bastion eval suite --write-floors`"
    )
    assert len(suite.cases) >= 800
    assert min(counts.values()) >= 6
    assert len({(c.functionality, c.surface, c.text) for c in suite.cases}) == len(suite.cases)
    # Benign mentions of at least 30 identity groups, 8 or more each, in 3+ languages.
    groups = Counter(c.group for c in suite.cases if c.group and c.benign)
    assert len(groups) >= 30 and min(groups.values()) >= 8, groups
    for group in groups:
        langs = {c.lang or "en" for c in suite.cases if c.group == group and c.benign}
        assert len(langs) >= 3, f"group {group}: benign cases in {sorted(langs)} only"
    assert suite.floors.group_fpr_max is not None
    for functionality in ("non_english_abuse", "non_english_benign"):
        cases = [c for c in suite.cases if c.functionality == functionality]
        assert all(c.lang and c.lang != "en" for c in cases), functionality
        assert len({c.lang for c in cases}) >= 10, functionality
    safe = [c for c in suite.cases if c.functionality == "prompt_dangerous_safe"]
    assert all(c.surface == "ai_prompt" and c.expect_action == [Action.ALLOW] for c in safe)
    assert all(c.surface == "ai_prompt" for c in suite.cases if c.functionality == "prompt_unsafe")
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
  - {{functionality: clean, group: gardeners, lang: nl, expect: {{profanity: false}}, text: tulpen}}
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
    assert passing.lang_fpr == {"nl": (0, 1)}
    assert passing.ok
    assert any(line.split() == ["nl", "0/1", "0.00"] for line in format_result(passing))
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


WRITABLE_HEAD = """\
# A suite with comments everywhere: only floors and measured_with may change.
version: 1
name: writable   # trailing comment
"""
WRITABLE_FLOORS = """\
measured_with: {bundle: "0.0.1+stale", policy: "0.1"}
floors:
  # hand-written, stale
  group_fpr_max: 0.9
  functionality: {swearing: 0.1, clean: 0.1}
"""
WRITABLE_TAIL = """\

# --- cases, with a comment at column 0 ---
cases:
  - {functionality: swearing, expect: {profanity: true}, text: "fuck this shit, fucking mess"}
  - {functionality: swearing, expect: {profanity: true}, text: "what a lovely afternoon"}

  # an indented comment between cases
  - {functionality: clean, group: gardeners, expect: {profanity: false}, text: "roses"}
  - {functionality: clean, group: gardeners, lang: de, expect: {profanity: false}, text: "Tulpen"}
"""


def test_write_floors_rewrites_only_floors_and_measured_with(
    tmp_path: Path, small_policy: Path
) -> None:
    path = tmp_path / "writable.yaml"
    path.write_bytes((WRITABLE_HEAD + WRITABLE_FLOORS + WRITABLE_TAIL).encode("utf-8"))
    args = ["eval", "suite", "--policy", str(small_policy), "--suite", str(path)]
    out = CliRunner().invoke(main, [*args, "--write-floors"])
    assert out.exit_code == 0, out.output
    text = path.read_bytes().decode("utf-8")
    assert text.startswith(WRITABLE_HEAD) and text.endswith(WRITABLE_TAIL)
    suite = load_suite(path)
    assert suite.measured_with == MeasuredWith(
        bundle=shipped_bundle().version, policy=f"{load_policy(small_policy).version}"
    )
    # swearing passes 1/2 (one more failure allowed: 0/2), clean 2/2 (1/2); the worst
    # group may flag one more of its two benign cases.
    assert suite.floors.functionality == {"clean": 0.5, "swearing": 0.0}
    assert suite.floors.group_fpr_max == 0.5
    assert "clean: 0.50  # measured 2/2" in text
    again = CliRunner().invoke(main, [*args, "--write-floors"])
    assert again.exit_code == 0, again.output
    assert path.read_bytes().decode("utf-8") == text  # idempotent
    assert CliRunner().invoke(main, args).exit_code == 0  # the new floors are met


def _result(
    accuracy: dict[str, tuple[int, int]], groups: dict[str, tuple[int, int]]
) -> SuiteResult:
    return SuiteResult(outcomes=[], accuracy=accuracy, group_fpr=groups, violations=[])


def test_rewrite_floors_adds_missing_blocks_and_keeps_crlf() -> None:
    text = "name: x\r\n# cases follow\r\ncases:\r\n  - {functionality: f, text: t}\r\n"
    measured = MeasuredWith(bundle="b", policy="p")
    new = rewrite_floors(text, _result({"f": (10, 10)}, {"g": (1, 8)}), measured)
    assert new.startswith('name: x\r\nmeasured_with: {bundle: "b", policy: "p"}\r\nfloors:\r\n')
    assert new.endswith("\r\n\r\n# cases follow\r\ncases:\r\n  - {functionality: f, text: t}\r\n")
    assert "\n" not in new.replace("\r\n", "")
    assert 'measured_with: {bundle: "b", policy: "p"}\r\nfloors:' in new
    assert "f: 0.90  # measured 10/10" in new
    assert "group_fpr_max: 0.25  # measured: worst group g 1/8" in new


def test_rewrite_floors_refuses_what_it_cannot_rewrite_in_place() -> None:
    measured = MeasuredWith(bundle="b", policy="p")
    result = _result({"f": (1, 1)}, {})
    column0 = (
        "name: x\nfloors:\n  functionality:\n# oops\n    f: 0.5\n"
        "cases: [{functionality: f, text: t}]\n"
    )
    with pytest.raises(EvalError, match="cannot rewrite floors in place"):
        rewrite_floors(column0, result, measured)
    with pytest.raises(EvalError, match="no top-level 'cases:'"):
        rewrite_floors("{name: x, cases: [{functionality: f, text: t}]}\n", result, measured)


@pytest.mark.parametrize(
    ("groups", "ceiling"),
    [({}, None), ({"a": (0, 8), "b": (0, 20)}, 0.15), ({"a": (2, 10)}, 0.3), ({"a": (8, 8)}, 1.0)],
)
def test_fpr_ceiling_allows_the_worst_group_one_more(
    groups: dict[str, tuple[int, int]], ceiling: float | None
) -> None:
    assert suite_fpr_ceiling(_result({}, groups)) == ceiling


def test_floors_were_measured_with_the_shipped_bundle() -> None:
    """Floors measured on another bundle gate nothing meaningful: regenerate them."""
    measured = load_suite().measured_with
    assert measured is not None, "run `bastion eval suite --write-floors` to record it"
    assert measured.bundle == shipped_bundle().version, (
        f"the suite's floors were measured with text bundle {measured.bundle}, but the shipped "
        f"bundle is {shipped_bundle().version}: run `bastion eval suite --write-floors` and "
        "commit the rewritten src/bastion/evaluate/suites/behavioural.yaml"
    )

"""Policy evaluation: ladders, inheritance, overlays, fail modes, and monotonicity."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion import taxonomy
from bastion.policy import PolicyEvaluator, load_policy, shipped_policy_path
from bastion.policy.loader import parse_policy
from bastion.types import Action

SHIPPED = PolicyEvaluator(load_policy(shipped_policy_path()))
RAW = yaml.safe_load(shipped_policy_path().read_text())


def evaluator_from(data: dict[str, Any]) -> PolicyEvaluator:
    return PolicyEvaluator(parse_policy(data, {}, "<test>"))


@pytest.mark.parametrize(
    ("surface", "jurisdiction", "scores", "action"),
    [
        ("comment", None, {"hate": 0.1}, Action.ALLOW),
        ("comment", None, {"hate": 0.6}, Action.HOLD_FOR_REVIEW),
        ("comment", None, {"hate": 0.9}, Action.BLOCK),
        ("comment", "EU", {"hate": 0.82}, Action.BLOCK),  # EU overlay blocks from 0.8
        ("comment", "US", {"hate": 0.82}, Action.HOLD_FOR_REVIEW),
        ("comment", "FR", {"hate": 0.45}, Action.HOLD_FOR_REVIEW),  # FR is in the EU
        ("comment", None, {"profanity": 0.7}, Action.LABEL),
        ("dm", None, {"profanity": 0.9}, Action.ALLOW),  # DMs: users' business
        ("playlist_title", None, {"profanity": 0.7}, Action.AGE_RESTRICT),
        ("playlist_description", None, {"profanity": 0.7}, Action.AGE_RESTRICT),  # extends title
        ("ai_prompt", None, {"prompt-attack": 0.6}, Action.BLOCK),
        ("comment", None, {"prompt-attack": 0.6}, Action.HOLD_FOR_REVIEW),
        ("comment", None, {"spam": 0.7, "hate": 0.95}, Action.BLOCK),  # most severe wins
        ("comment", "DE", {"extremism": 0.75}, Action.BLOCK),  # DE overlay on comment
        ("dm", "DE", {"extremism": 0.75}, Action.HOLD_FOR_REVIEW),  # not on dm
    ],
)
def test_actions(
    surface: str, jurisdiction: str | None, scores: dict[str, float], action: Action
) -> None:
    assert SHIPPED.evaluate(scores, surface, jurisdiction).action is action


def test_unknown_surface_gets_default_and_says_so() -> None:
    verdict = SHIPPED.evaluate({"hate": 0.6}, "merch_review")
    assert verdict.applied_surface == "default"
    assert verdict.action is Action.HOLD_FOR_REVIEW
    assert any("'merch_review' is not configured" in note for note in verdict.notes)


def test_flagged_and_rules_name_the_category() -> None:
    verdict = SHIPPED.evaluate({"hate": 0.9, "spam": 0.1}, "comment")
    assert verdict.flagged == ("hate",)
    assert verdict.triggered_rules == ("comment/hate: 0.90 >= 0.85 -> block",)


def test_fail_closed_holds_when_required_detector_missing() -> None:
    verdict = SHIPPED.evaluate({"spam": 0.0}, "comment", None, missing_detectors=["pii"])
    assert verdict.action is Action.HOLD_FOR_REVIEW
    assert verdict.held_by_fail_mode
    assert any("fails closed" in note for note in verdict.notes)


def test_fail_open_continues() -> None:
    data = copy.deepcopy(RAW)
    data["surfaces"]["default"]["fail_mode"] = "open"
    verdict = evaluator_from(data).evaluate({"spam": 0.0}, "comment", None, ["pii"])
    assert verdict.action is Action.ALLOW
    assert any("fails open" in note for note in verdict.notes)


def test_missing_optional_detector_does_not_hold() -> None:
    verdict = SHIPPED.evaluate({"spam": 0.0}, "comment", None, missing_detectors=["scam"])
    assert verdict.action is Action.ALLOW


ladder_categories = sorted(c for c in RAW["surfaces"]["default"]["rules"])


@settings(max_examples=300, deadline=None)
@given(
    scores=st.dictionaries(st.sampled_from(list(taxonomy.CATEGORIES)), st.floats(0, 1)),
    surface=st.sampled_from([*RAW["surfaces"], "unknown_surface"]),
    jurisdiction=st.sampled_from([None, "EU", "DE", "US"]),
    category=st.sampled_from(ladder_categories),
    rung=st.integers(0, 3),
    raise_by=st.floats(0.0, 1.0),
    where=st.sampled_from(["default", "comment", "dm", "ai_prompt"]),
)
def test_raising_a_threshold_never_adds_enforcement(
    scores: dict[str, float],
    surface: str,
    jurisdiction: str | None,
    category: str,
    rung: int,
    raise_by: float,
    where: str,
) -> None:
    data = copy.deepcopy(RAW)
    ladder = data["surfaces"][where].setdefault("rules", {}).get(category)
    if ladder is None:
        ladder = copy.deepcopy(data["surfaces"]["default"]["rules"][category])
        data["surfaces"][where]["rules"][category] = ladder
    index = rung % len(ladder)
    raised = min(1.0, ladder[index]["threshold"] + raise_by)
    # Keep the ladder valid (strictly increasing thresholds with severity).
    upper = [r["threshold"] for r in ladder[index + 1 :]]
    if upper and raised >= min(upper):
        raised = ladder[index]["threshold"]
    ladder[index]["threshold"] = raised
    before = evaluator_from(RAW).evaluate(scores, surface, jurisdiction)
    after = evaluator_from(data).evaluate(scores, surface, jurisdiction)
    assert after.action.strictness <= before.action.strictness
    assert set(after.flagged) <= set(before.flagged)


def test_overlay_members(tmp_path: Path) -> None:
    data = copy.deepcopy(RAW)
    data["jurisdictions"]["DACH"] = {
        "members": ["AT", "CH"],
        "surfaces": {"comment": {"profanity": [{"threshold": 0.3, "action": "block"}]}},
    }
    evaluator = evaluator_from(data)
    assert evaluator.evaluate({"profanity": 0.4}, "comment", "CH").action is Action.BLOCK
    assert evaluator.evaluate({"profanity": 0.4}, "comment", "US").action is Action.ALLOW

"""Fusion: noisy-OR per category, calibration, hierarchy, missing signals."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bastion import taxonomy
from bastion.fusion import Fusion
from bastion.models.bundle import Stack
from bastion.types import Evidence, Signal


def sig(
    detector: str, category: str, score: float | None, span: tuple[int, int] | None = None
) -> Signal:
    evidence = (Evidence(part="text", span=span, rule=detector),) if span else ()
    return Signal(
        detector, "1", category, score, evidence, error=None if score is not None else "x"
    )


def test_noisy_or_combines_independent_detectors() -> None:
    fused = Fusion().fuse([sig("a", "spam", 0.5), sig("b", "spam", 0.6)])
    assert fused.probabilities["spam"] == pytest.approx(1 - 0.5 * 0.4)


def test_missing_signal_is_not_zero() -> None:
    fused = Fusion().fuse([sig("a", "spam", None)])
    assert "spam" not in fused.probabilities
    fused = Fusion().fuse([sig("a", "spam", None), sig("b", "spam", 0.3)])
    assert fused.probabilities["spam"] == pytest.approx(0.3)


def test_child_lifts_parent_with_evidence() -> None:
    fused = Fusion().fuse(
        [sig("t", "harassment/threatening", 0.9, (0, 4)), sig("p", "harassment", 0.2)]
    )
    assert fused.probabilities["harassment"] == pytest.approx(0.9)
    assert fused.categories["harassment"].evidence[0].span == (0, 4)
    assert fused.categories["harassment"].sources == ("t@1",)


def test_hateful_threat_lifts_violence_but_exposure_threat_does_not() -> None:
    """docs/taxonomy.md: a threat against a group is violence; a threat to expose is not."""
    fused = Fusion().fuse([sig("t", "hate/threatening", 0.8, (0, 4)), sig("v", "violence", 0.3)])
    assert fused.probabilities["hate"] == pytest.approx(0.8)
    assert fused.probabilities["violence"] == pytest.approx(0.8)
    assert fused.categories["violence"].evidence[0].span == (0, 4)
    fused = Fusion().fuse([sig("t", "harassment/threatening", 0.8), sig("v", "violence", 0.3)])
    assert fused.probabilities["violence"] == pytest.approx(0.3)


@given(
    st.lists(
        st.tuples(st.sampled_from(taxonomy.CATEGORIES), st.floats(0, 1)), min_size=1, max_size=8
    )
)
def test_every_implied_key_is_at_least_what_implies_it(scores: list[tuple[str, float]]) -> None:
    fused = Fusion().fuse([sig(f"d{i}", c, s) for i, (c, s) in enumerate(scores)]).probabilities
    for category, p in fused.items():
        for other in taxonomy.implied(category):
            assert fused[other] >= p


def test_implied_keys() -> None:
    assert taxonomy.implied("hate/threatening") == ["hate", "violence"]
    assert taxonomy.implied("violence/graphic") == ["violence"]
    assert taxonomy.implied("harassment/threatening") == ["harassment"]
    assert taxonomy.implied("spam") == []


def test_stacked_heads_are_fused_by_learned_weights_then_noisy_or_with_rules() -> None:
    stack = Stack({"a": 1.0, "b": 2.0}, intercept=-1.0, fill={"a": -3.0, "b": -2.0})
    fusion = Fusion({"spam": stack})
    fused = fusion.fuse([sig("a", "spam", 0.5), sig("b", "spam", 0.5), sig("rule", "spam", 0.5)])
    model = 1 / (1 + math.exp(1.0))  # logit(0.5) = 0, so z = intercept
    assert fused.probabilities["spam"] == pytest.approx(1 - (1 - model) * 0.5, rel=1e-6)


def test_missing_stacked_head_uses_its_fill() -> None:
    stack = Stack({"a": 1.0, "b": 2.0}, intercept=0.0, fill={"a": 0.0, "b": -1.0})
    fused = Fusion({"spam": stack}).fuse([sig("a", "spam", 0.5), sig("b", "spam", None)])
    assert fused.probabilities["spam"] == pytest.approx(1 / (1 + math.exp(2.0)), rel=1e-6)
    only_missing = Fusion({"spam": stack}).fuse([sig("a", "spam", None), sig("b", "spam", None)])
    assert "spam" not in only_missing.probabilities


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.floats(0, 1)), max_size=6))
def test_fused_probability_bounds(scores: list[tuple[str, float]]) -> None:
    """The fused probability is a probability, and at least the strongest single signal."""
    fused = Fusion().fuse([sig(d, "spam", s) for d, s in scores])
    if scores:
        p = fused.probabilities["spam"]
        assert 0.0 <= p <= 1.0
        assert p >= max(s for _, s in scores) - 1e-12


def test_out_of_range_signal_is_rejected() -> None:
    with pytest.raises(ValueError, match="in \\[0, 1\\]"):
        Signal("a", "1", "spam", 1.5)

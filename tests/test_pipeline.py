"""The scanning loop end to end on text, with the shipped policy and detectors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bastion.artifacts import Artifacts
from bastion.detectors.base import Detector
from bastion.detectors.registry import load_detectors
from bastion.intake import InputError
from bastion.pipeline import Engine
from bastion.policy import load_policy, shipped_policy_path
from bastion.types import Action, Context, Item, Signal

GOLDEN = Path(__file__).parent / "golden" / "decisions.jsonl"
CORPUS = Path(__file__).parent / "golden" / "corpus.jsonl"
VOLATILE = {"id", "latency_ms", "created_at"}


def stable(decision_dict: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in decision_dict.items() if k not in VOLATILE}


def test_golden_decisions(shipped_engine: Engine) -> None:
    """Decisions on a fixed corpus match the reviewed golden file.

    After an intended change, regenerate with BASTION_UPDATE_GOLDEN=1 and review the diff.
    """
    from bastion.intake import item_from_json

    items = [item_from_json(json.loads(line)) for line in CORPUS.read_text().splitlines()]
    got = [stable(shipped_engine.decide(item).to_dict()) for item in items]
    if os.environ.get("BASTION_UPDATE_GOLDEN"):
        GOLDEN.write_text(
            "".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n" for d in got)
        )
    expected = [json.loads(line) for line in GOLDEN.read_text().splitlines()]
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        g = json.loads(json.dumps(g))
        # Model scores may differ in the last digits across BLAS builds; all else is exact.
        assert g.pop("categories") == pytest.approx(e.pop("categories"), abs=1e-3)
        assert g == e


@pytest.mark.parametrize(
    ("text", "surface", "action", "category"),
    [
        (
            "I know where you live. I will kill you.",
            "comment",
            Action.BLOCK,
            "harassment/threatening",
        ),
        ("this track kills, I'd kill for a coffee right now", "comment", Action.ALLOW, None),
        (
            "You have won a prize! Verify your account at http://paypa1-secure.xyz/login",
            "dm",
            None,
            "scam",
        ),
        ("i want to kill myself", "comment", Action.HOLD_FOR_REVIEW, "self-harm/intent"),
        ("Make me a chill playlist for studying", "ai_prompt", Action.ALLOW, None),
    ],
)
def test_decisions(
    shipped_engine: Engine, text: str, surface: str, action: Action | None, category: str | None
) -> None:
    decision = shipped_engine.decide(Item(id="t", surface=surface, text=text))
    if action is not None:
        assert decision.action is action, decision.reason
    if category is not None:
        assert category in decision.flagged, decision.reason
        assert decision.automated_detection
    else:
        assert decision.flagged == ()


def test_evidence_points_into_original_text(shipped_engine: Engine) -> None:
    text = "Listen: I  w i l l  k i l l  y o u tomorrow"
    decision = shipped_engine.decide(Item(id="t", surface="comment", text=text))
    assert decision.evidence, decision.reason
    for _, evidence in decision.evidence:
        assert evidence.span is not None
        start, end = evidence.span
        assert 0 <= start < end <= len(text)
        if evidence.excerpt is not None and not evidence.rule.startswith("pii"):  # type: ignore[union-attr]
            assert text[start:end] == evidence.excerpt


def test_unknown_surface_falls_back_to_default(shipped_engine: Engine) -> None:
    decision = shipped_engine.decide(Item(id="t", surface="merch_review", text="hello"))
    assert decision.applied_surface == "default"
    assert decision.surface == "merch_review"
    assert "not configured" in decision.reason


def test_decision_records_versions(shipped_engine: Engine) -> None:
    decision = shipped_engine.decide(Item(id="t", text="hello world"))
    assert decision.policy_version == load_policy(shipped_policy_path()).version
    # Detectors that read only media parts are named in decisions on items with media.
    assert set(decision.model_versions) >= {d.name for d in load_detectors() if "text" in d.parts}
    assert decision.lang is None or isinstance(decision.lang, str)


class Exploding(Detector):
    name = "exploding"
    version = "0.1"
    categories = ("spam",)

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        raise RuntimeError("model file corrupt")


class Slow(Detector):
    name = "slow"
    version = "0.1"
    categories = ("spam",)

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        import time

        time.sleep(0.05)
        return [self.signal("spam", 0.0)]


def policy_requiring(tmp_path: Path, detector: str, fail_mode: str, deadline_ms: int = 500) -> Path:
    text = shipped_policy_path().read_text()
    text = text.replace(
        "required_detectors: [slurs, threats, self_harm, pii, char_ngrams, text_embedding]",
        f"required_detectors: [{detector}]",
    )
    text = text.replace(
        "fail_mode: closed\n    review_sla_hours: 24\n    deadline_ms: 500",
        f"fail_mode: {fail_mode}\n    review_sla_hours: 24\n    deadline_ms: {deadline_ms}",
    )
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    return path


def test_crashing_required_detector_fails_closed(tmp_path: Path) -> None:
    engine = Engine(load_policy(policy_requiring(tmp_path, "exploding", "closed")), [Exploding()])
    decision = engine.decide(Item(id="t", surface="comment", text="hello"))
    assert decision.action is Action.HOLD_FOR_REVIEW
    assert decision.missing_detectors == ("exploding",)
    assert "model file corrupt" in decision.reason
    assert "spam" not in decision.categories  # missing is not zero
    assert not decision.automated_decision


def test_crashing_required_detector_fails_open(tmp_path: Path) -> None:
    engine = Engine(load_policy(policy_requiring(tmp_path, "exploding", "open")), [Exploding()])
    decision = engine.decide(Item(id="t", surface="comment", text="hello"))
    assert decision.action is Action.ALLOW
    assert "fails open" in decision.reason


def test_late_detector_is_missing(tmp_path: Path) -> None:
    policy = load_policy(policy_requiring(tmp_path, "slow", "closed", deadline_ms=10))
    engine = Engine(policy, [Slow()])
    held = engine.decide(Item(id="t", surface="default", text="hello"))
    assert held.action is Action.HOLD_FOR_REVIEW
    assert "deadline" in held.reason
    relaxed = Engine(policy, [Slow()], enforce_deadlines=False)
    assert relaxed.decide(Item(id="t", surface="default", text="hello")).action is Action.ALLOW


def test_bad_items_are_rejected(shipped_engine: Engine) -> None:
    with pytest.raises(InputError, match="empty"):
        shipped_engine.decide(Item(id="t", text=""))
    with pytest.raises(InputError, match="jurisdiction"):
        shipped_engine.decide(Item(id="t", text="hi", context=Context(jurisdiction="XX1")))


BENIGN_SENTENCE = "We talked about the new album, the tour dates and our favourite playlists. "


def test_megabyte_of_text_is_scanned(shipped_engine: Engine) -> None:
    text = (BENIGN_SENTENCE * 14000)[:1_000_000]
    decision = shipped_engine.decide(Item(id="big", surface="comment", text=text))
    assert decision.action is Action.ALLOW


def test_a_threat_deep_inside_a_megabyte_is_found(shipped_engine: Engine) -> None:
    at = 600_000 - 600_000 % len(BENIGN_SENTENCE)
    text = (BENIGN_SENTENCE * 14000)[:1_000_000]
    text = (text[:at] + "I will kill you tomorrow. " + text[at:])[:1_000_000]
    decision = shipped_engine.decide(Item(id="big", surface="comment", text=text))
    assert decision.action is Action.BLOCK
    assert any(ev.span[0] <= at + 10 < ev.span[1] for _, ev in decision.evidence if ev.span)


def test_control_characters_are_scanned(shipped_engine: Engine) -> None:
    decision = shipped_engine.decide(
        Item(id="t", surface="comment", text="hi\x00\x07there\x1b[31m")
    )
    assert decision.action is Action.ALLOW


def test_scan_logs_every_decision(logged_engine: Engine) -> None:
    for i in range(3):
        logged_engine.scan(Item(id=f"i{i}", surface="comment", text=f"message {i}"))
    assert logged_engine.log is not None
    assert logged_engine.log.count() == 3
    assert logged_engine.log.verify().ok


class Liar(Detector):
    name = "liar"
    version = "0.1"
    categories = ("spam", "scam")

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        return [self.signal("spam", 0.9)]  # forgot scam


def test_detector_breaking_its_contract_is_missing(tmp_path: Path) -> None:
    engine = Engine(load_policy(policy_requiring(tmp_path, "liar", "closed")), [Liar()])
    decision = engine.decide(Item(id="t", surface="comment", text="hello"))
    assert decision.missing_detectors == ("liar",)
    assert "broke its contract" in decision.reason
    assert decision.action is Action.HOLD_FOR_REVIEW


def test_reply_is_judged_with_its_thread(shipped_engine: Engine) -> None:
    threat = "I know where you live and I am going to kill you tonight"
    alone = shipped_engine.decide(Item(id="r", surface="comment", text="me too"))
    under_threat = shipped_engine.decide(
        Item(id="r", surface="comment", text="me too", context=Context(thread=(threat,)))
    )
    assert alone.action is Action.ALLOW
    assert under_threat.action is Action.BLOCK
    assert "harassment/threatening" in under_threat.flagged


def test_trained_models_score_every_text_category(shipped_engine: Engine) -> None:
    from bastion import taxonomy

    decision = shipped_engine.decide(Item(id="t", surface="comment", text="hello there"))
    text_categories = set(taxonomy.CATEGORIES) - {"nudity", "known-match"}
    assert text_categories <= set(decision.categories)
    assert {"char_ngrams", "text_embedding"} <= set(decision.model_versions)


def test_decide_many_matches_decide(shipped_engine: Engine) -> None:
    texts = ["you are a worthless idiot", "lovely song", "free followers at bit.ly/x"]
    items = [Item(id=str(i), surface="comment", text=t) for i, t in enumerate(texts)]
    batched = shipped_engine.decide_many(items)
    single = [shipped_engine.decide(item) for item in items]
    for b, s in zip(batched, single, strict=True):
        assert b.action is s.action
        assert b.categories == pytest.approx(s.categories, abs=1e-5)


def test_required_detector_that_is_not_loaded_fails_closed(tmp_path: Path) -> None:
    engine = Engine(load_policy(policy_requiring(tmp_path, "slurs", "closed")), [Liar()])
    decision = engine.decide(Item(id="t", surface="comment", text="hello"))
    assert "slurs" in decision.missing_detectors
    assert "not installed or not enabled" in decision.reason
    assert decision.action is Action.HOLD_FOR_REVIEW

"""All built-in detectors: discovery, the signal contract, spans, non-text items, speed."""

from __future__ import annotations

import re
import time

import pytest

from bastion import taxonomy
from bastion.artifacts import build_artifacts
from bastion.detectors.base import Detector
from bastion.detectors.registry import BrokenDetector, load_detectors, validate
from bastion.types import Item

BUILTINS = {"slurs", "threats", "profanity", "self_harm", "scam", "suspicious_url", "pii"}
DETECTORS = {d.name: d for d in load_detectors(sorted(BUILTINS))}

CORPUS = [
    "",
    "   ",
    "Great playlist, thanks!",
    "ＦＵＣＫ you, you ｉｄｉｏｔ",
    "Straße: I'm going to kill you, ﬁnd me at 221b Baker Street",
    "send 1 btc get 2 back: bit.ly/x and paypa1.com/login",
    "I want to die 😭😭 call +44 7700 900123",
    "kill all the jews",
    "e\u0301motion\u200b café niiigger",
    "mail: j.doe@example.com, card 4111 1111 1111 1111",
]


def test_registry_loads_every_builtin() -> None:
    detectors = load_detectors()
    names = [d.name for d in detectors]
    assert set(names) >= BUILTINS
    assert len(names) == len(set(names))
    for detector in detectors:
        if detector.name in BUILTINS:
            assert not isinstance(detector, BrokenDetector), detector
            validate(detector)
            # the code's version, and a hash of the data for data-driven detectors
            assert re.fullmatch(r"\d+\.\d+\.\d+(\+[0-9a-f]{12})?", detector.version)
            assert detector.categories
            assert all(taxonomy.is_category(c) for c in detector.categories)


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_detectors_document_what_they_catch_and_miss(name: str) -> None:
    doc = type(DETECTORS[name]).__doc__ or ""
    assert "Catches" in doc
    assert "Misses" in doc


@pytest.mark.parametrize("name", sorted(BUILTINS))
@pytest.mark.parametrize("text", CORPUS)
def test_one_signal_per_category_with_spans_into_the_original(name: str, text: str) -> None:
    detector: Detector = DETECTORS[name]
    signals = detector.run(build_artifacts(Item(id="t", text=text)))
    assert [s.category for s in signals] == list(detector.categories)
    for signal in signals:
        assert signal.error is None
        assert signal.detector == name and signal.version == detector.version
        assert signal.score is not None and 0.0 <= signal.score <= 0.99
        assert (signal.score > 0) == bool(signal.evidence)
        for evidence in signal.evidence:
            assert evidence.part == "text"
            assert evidence.rule is not None and evidence.rule.startswith(f"{name}:")
            assert evidence.span is not None
            start, end = evidence.span
            assert 0 <= start < end <= len(text)
            if name != "pii":  # PII excerpts are masked; the span is still exact
                assert evidence.excerpt == text[start:end]


def test_expected_hits_in_the_corpus() -> None:
    def score(name: str, category: str, text: str) -> float:
        signals = DETECTORS[name].detect(build_artifacts(Item(id="t", text=text)))
        return next(s.score or 0.0 for s in signals if s.category == category)

    assert score("profanity", "harassment", CORPUS[3]) > 0.5
    assert score("threats", "harassment/threatening", CORPUS[4]) > 0.5
    assert score("pii", "privacy", CORPUS[4]) > 0.5
    assert score("scam", "scam", CORPUS[5]) > 0.5
    assert score("suspicious_url", "scam", CORPUS[5]) > 0.5
    assert score("self_harm", "self-harm/intent", CORPUS[6]) > 0.5
    assert score("threats", "hate/threatening", CORPUS[7]) > 0.5
    assert score("slurs", "hate", CORPUS[8]) > 0.5
    for name in BUILTINS:
        assert all(
            s.score == 0.0
            for s in DETECTORS[name].detect(build_artifacts(Item(id="t", text=CORPUS[2])))
        )


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_items_without_text_score_zero(name: str) -> None:
    detector = DETECTORS[name]
    artifacts = build_artifacts(Item(id="t", image="cover.png"))
    signals = detector.detect(artifacts)
    assert [(s.category, s.score) for s in signals] == [(c, 0.0) for c in detector.categories]


MEGABYTE = (
    "Loved the new album, the bass hits hard and the second track kills. "
    "Tickets were $49.99 on 12.05.2024 at 19:30, see www.example.com/tour for dates. "
    "Call the venue on +44 20 7946 0958. You idiot, that was 2019 not 2020! "
    "Check out my playlist, it is killing it. I want to die laughing. "
)


@pytest.mark.parametrize("name", sorted(BUILTINS))
def test_a_megabyte_of_text_is_scanned_quickly(name: str) -> None:
    text = (MEGABYTE * (1_000_000 // len(MEGABYTE) + 1))[:1_000_000]
    artifacts = build_artifacts(Item(id="t", text=text, lang="en"))
    start = time.perf_counter()
    signals = DETECTORS[name].detect(artifacts)
    elapsed = time.perf_counter() - start
    # A guard against runaway patterns (catastrophic backtracking takes minutes), not a
    # speed target: benchmarks/run.py measures the 1 MB text through the whole pipeline.
    assert elapsed < 3.0, f"{name} took {elapsed:.2f}s on 1 MB"
    assert all(len(s.evidence) <= 10 for s in signals)

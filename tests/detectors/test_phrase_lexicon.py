"""The PhraseLexicon engine: term compilation, scoring, validation, spans."""

from __future__ import annotations

import time
from typing import Any

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.derogation import DerogationPatterns
from bastion.detectors.lexicon import (
    LONG_TEXT,
    MAX_EVIDENCE,
    LexiconDetector,
    LexiconError,
    PhraseLexicon,
    load_data,
    load_lexicon,
    noisy_or,
    with_includes,
)
from bastion.detectors.profanity import ProfanityLexicon
from bastion.detectors.scam import ScamPatterns
from bastion.detectors.self_harm import SelfHarmPhrases
from bastion.detectors.slurs import SlurLexicon
from bastion.detectors.threats import ThreatPatterns
from bastion.testing.scan import rule_names
from bastion.types import Item, Signal


class _Probe(LexiconDetector):
    name = "probe"
    version = "0"
    categories = ("profanity", "harassment")


LEXICON: dict[str, Any] = {
    "exclude": [{"pattern": r"\bkill(?:ing)? it\b"}],
    "entries": [
        {"term": "kill", "category": "profanity", "weight": 0.5},
        {"term": "idiot", "category": "harassment", "weight": 0.6},
        {"term": "ass", "category": "profanity", "weight": 0.4},
        {"term": "piece of junk", "category": "profanity", "weight": 0.3},
        {"term": "café", "fold_accents": True, "category": "profanity", "weight": 0.2},
        {"term": "merde", "lang_only": True, "lang": "fr", "category": "profanity", "weight": 0.6},
        {"pattern": r"\byou\s+<<bad>>\b", "id": "you_bad", "category": "harassment", "weight": 0.7},
    ],
    "macros": {"bad": ["fool", "clown"]},
}


def detect(
    text: str, lexicon: dict[str, Any] = LEXICON, lang: str | None = "en"
) -> dict[str, Signal]:
    detector = _Probe(PhraseLexicon(lexicon))
    signals = detector.detect(build_artifacts(Item(id="t", text=text, lang=lang)))
    assert [s.category for s in signals] == list(detector.categories)
    return {s.category: s for s in signals}


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("kill", "kill"),
        ("KILL!", "KILL"),
        ("kiiiilllll", "kiiiilllll"),
        ("k.i.l.l", "k.i.l.l"),
        ("k1ll", "k1ll"),
        ("so k*ll", "k*ll"),
        ("kills", "kills"),
        ("_kill_", "kill"),
        ("a$$", "a$$"),
        ("piece of junk", "piece of junk"),
        ("pieceofjunk", "pieceofjunk"),
        ("piece-of-junk", "piece-of-junk"),
        ("cafe", "cafe"),
        ("café", "café"),
        ("ｋｉｌｌ", "ｋｉｌｌ"),
    ],
)
def test_term_variants_match(text: str, excerpt: str) -> None:
    [evidence] = detect(text)["profanity"].evidence
    assert evidence.excerpt == excerpt
    assert evidence.span is not None and text[evidence.span[0] : evidence.span[1]] == excerpt


@pytest.mark.parametrize(
    "text",
    ["skill", "killer", "kil", "bass", "assassin", "class", "455", "a55 7", "k ill", "killing it"],
)
def test_term_boundaries_and_exclusions(text: str) -> None:
    assert detect(text)["profanity"].score == 0.0


def test_an_entry_with_excludes_off_is_not_dropped_by_an_exclude() -> None:
    reaching_back = {
        "pattern": r"\bfools\b.*\bthey are all clowns\b",
        "id": "reaching_back",
        "category": "harassment",
        "weight": 0.7,
        "excludes": False,
    }
    plain = {"pattern": r"\bfools\b", "id": "plain", "category": "harassment", "weight": 0.6}
    lexicon = {
        "exclude": [{"pattern": r"\bof (?:the )?fools\b"}],
        "entries": [reaching_back, plain],
    }
    found = rule_names(
        detect("met a bunch of the fools. they are all clowns", lexicon)["harassment"]
    )
    assert found == {"probe:reaching_back"}
    assert not rule_names(detect("met a bunch of the fools", lexicon)["harassment"])


def test_only_letters_that_matter_for_short_terms_may_be_masked() -> None:
    assert detect("a*s")["profanity"].score == 0.0  # three letters: no masking
    assert detect("k**l")["profanity"].score == 0.5


def test_pattern_macro_and_rule_names() -> None:
    signal = detect("you clown")["harassment"]
    assert signal.score == 0.7
    assert [e.rule for e in signal.evidence] == ["probe:you_bad"]
    assert detect("you idiot")["harassment"].evidence[0].rule == "probe:idiot"


def test_lang_only_entries_need_the_text_language() -> None:
    assert detect("merde", lang="fr")["profanity"].score == 0.6
    assert detect("merde", lang="en")["profanity"].score == 0.0


def test_noisy_or() -> None:
    assert noisy_or([]) == 0.0
    assert noisy_or([0.5]) == 0.5
    assert noisy_or([0.5, 0.5]) == pytest.approx(0.75)
    assert noisy_or([0.9, 0.9, 0.9]) == 0.99


def test_score_counts_distinct_entries_once() -> None:
    assert detect("kill kill kill")["profanity"].score == 0.5
    assert detect("kill ass")["profanity"].score == pytest.approx(1 - 0.5 * 0.6)


def test_evidence_is_capped_and_in_text_order() -> None:
    signal = detect(" ".join(["kill", "ass"] * 20))["profanity"]
    assert len(signal.evidence) == MAX_EVIDENCE
    starts = [e.span[0] for e in signal.evidence if e.span]
    assert starts == sorted(starts)


def test_every_reason_is_shown_before_repeats() -> None:
    signal = detect("kill " * 30 + "ass")["profanity"]
    assert len(signal.evidence) == MAX_EVIDENCE
    assert {e.rule for e in signal.evidence} == {"probe:kill", "probe:ass"}


def test_spans_survive_normalisation_that_changes_length() -> None:
    text = "Straße ﬁne… idiot"
    [evidence] = detect(text)["harassment"].evidence
    assert evidence.span is not None
    assert text[evidence.span[0] : evidence.span[1]] == "idiot" == evidence.excerpt


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entries": [{"term": "x", "category": "nope", "weight": 0.5}]}, "categories"),
        ({"entries": [{"term": "x", "category": "hate", "weight": 1.5}]}, "weight"),
        ({"entries": [{"term": "x", "category": "hate", "weight": 0}]}, "weight"),
        ({"entries": [{"term": "x", "pattern": "x", "category": "hate", "weight": 0.5}]}, "one of"),
        ({"entries": [{"category": "hate", "weight": 0.5}]}, "one of"),
        (
            {"entries": [{"term": "x", "category": "hate", "weight": 0.5, "typo": 1}]},
            "unknown keys",
        ),
        ({"entries": [{"pattern": "(", "category": "hate", "weight": 0.5}]}, "bad regex"),
        ({"entries": [{"pattern": "<<nope>>", "category": "hate", "weight": 0.5}]}, "macro"),
        ({"entries": [{"pattern": "(?P<x>a)", "category": "hate", "weight": 0.5}]}, "named groups"),
        ({"entries": [{"term": "a/b", "category": "hate", "weight": 0.5}]}, "unsupported"),
        ({"entries": [{"term": "x", "category": "hate", "weight": 0.5, "view": "raw"}]}, "view"),
        (
            {"entries": [{"category": "hate", "terms": {"xy": 0.5, "XY": 0.6}}]},
            "duplicate",
        ),
    ],
)
def test_malformed_lexicons_are_rejected(data: dict[str, Any], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        PhraseLexicon(data)


def test_included_files_are_merged_in_order() -> None:
    german = load_data("threats/de.yaml")
    merged = with_includes(
        {"macros": {"x": "y"}, "entries": [{"id": "first"}], "include": ["threats/de.yaml"]}, "t"
    )
    assert "include" not in merged
    assert merged["macros"] == {"x": "y", **german["macros"]}
    assert [e["id"] for e in merged["entries"]] == ["first"] + [e["id"] for e in german["entries"]]
    assert with_includes({"entries": []}, "t") == {"entries": []}, "no include: data unchanged"
    with pytest.raises(LexiconError, match="redefines macros"):
        with_includes({"macros": {"group_de": "x"}, "include": ["threats/de.yaml"]}, "t")
    with pytest.raises(LexiconError, match="has keys"):
        with_includes({"include": ["threats.yaml"]}, "t")  # an includer, not a part


def test_a_long_text_is_read_with_english_and_its_own_languages_patterns() -> None:
    lexicon = PhraseLexicon(
        {
            "entries": [
                {
                    "id": "de",
                    "pattern": r"\bich bring dich um\b",
                    "category": "violence",
                    "weight": 0.9,
                    "lang": "de",
                },
                {
                    "id": "en",
                    "pattern": r"\bi will kill you\b",
                    "category": "violence",
                    "weight": 0.9,
                    "lang": "en",
                },
            ]
        }
    )
    threats = " ich bring dich um. i will kill you."
    padding = "la la la " * (LONG_TEXT // 9)

    def found(text: str, lang: str) -> set[str]:
        artifacts = build_artifacts(Item(id="t", text=text, lang=lang))
        assert artifacts.text is not None
        return {m.entry.id for m in lexicon.scan(artifacts.text) if m.entry.id}

    assert found(threats, "en") == {"de", "en"}, "a short text: every language"
    assert found(padding + threats, "en") == {"en"}
    assert found(padding + threats, "de") == {"de", "en"}


def test_detector_rejects_a_lexicon_with_categories_it_does_not_score() -> None:
    lexicon = PhraseLexicon({"entries": [{"term": "x", "category": "hate", "weight": 0.5}]})
    with pytest.raises(LexiconError, match="not scored"):
        _Probe(lexicon)


@pytest.mark.parametrize(
    ("filename", "detector"),
    [
        ("slurs.yaml", SlurLexicon),
        ("profanity.yaml", ProfanityLexicon),
        ("threats.yaml", ThreatPatterns),
        ("derogation.yaml", DerogationPatterns),
        ("self_harm.yaml", SelfHarmPhrases),
        ("scam.yaml", ScamPatterns),
    ],
)
def test_shipped_lexicons_load_and_fit_their_detector(
    filename: str, detector: type[LexiconDetector]
) -> None:
    lexicon = load_lexicon(filename)
    assert len(lexicon.entries) >= 10
    assert set(lexicon.categories) == set(detector.categories)
    ids = [e.id for e in lexicon.entries]
    assert len(ids) == len(set(ids)), "entry ids must be unique: they are rule names"
    assert load_lexicon(filename) is lexicon, "compiled once per process"


def test_scanning_a_megabyte_is_fast() -> None:
    detector = _Probe(PhraseLexicon(LEXICON))
    text = ("the kill switch idiot said you clown, nice café " * 25_000)[:1_000_000]
    artifacts = build_artifacts(Item(id="t", text=text, lang="en"))
    start = time.perf_counter()
    signals = detector.detect(artifacts)
    assert time.perf_counter() - start < 2.0
    assert all(len(s.evidence) == MAX_EVIDENCE for s in signals)

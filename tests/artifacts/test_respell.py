"""The respelled view reads misspelt group names as the names, and points at what was written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.artifacts import build_text_artifacts
from bastion.artifacts.respell import IDENTITY_WORDS, REAL_WORDS, misspellings
from bastion.detectors.derogation import DerogationPatterns
from bastion.detectors.lexicon import LexiconDetector, load_data
from bastion.detectors.threats import ThreatPatterns
from bastion.testing.scan import rule_names, scan_text


@pytest.mark.parametrize(
    ("text", "word", "written"),
    [
        ("Immgrnts breed like rats", "immigrants", "Immgrnts"),  # vowels dropped
        ("a bunch of Mulsims moved in", "muslims", "Mulsims"),  # letters swapped
        ("Musims are less intelligent", "muslims", "Musims"),  # a letter dropped
        ("keep imm*grants out", "immigrants", "imm*grants"),  # a letter masked
        ("I'd never hire S*khs", "sikhs", "S*khs"),
        ("Blck people aren't human", "black", "Blck"),
        ("ruined by Arbs again", "arabs", "Arbs"),
        ("I hope all Bddhsts die", "buddhists", "Bddhsts"),
        ("Chrstns are vermin", "christians", "Chrstns"),
        ("dіsаblеd реорlе", "disabled", "dіsаblеd"),  # Cyrillic look-alikes, then nothing to do
        ("die Flchtlinge sind Ratten", "flüchtlinge", "Flchtlinge"),  # German: the umlaut dropped
        ("los musulmnes son ratas", "musulmanes", "musulmnes"),
        ("les étrnagers dehors", "étrangers", "étrnagers"),
        ("gli immigr*ti sono parassiti", "immigrati", "immigr*ti"),
        ("os imgrantes são ratos", "imigrantes", "imgrantes"),
        ("de mosilms zijn ratten", "moslims", "mosilms"),
        ("muzułmnie to szczury", "muzułmanie", "muzułmnie"),
    ],
)
def test_misspelt_group_names_are_read_back(text: str, word: str, written: str) -> None:
    view = build_text_artifacts(text).respelled
    start = view.text.index(word)
    assert view.excerpt(start, start + len(word)) == written


@pytest.mark.parametrize(
    "text",
    [
        "our backs are against the wall",  # real words one edit from a group name
        "the hinds are grazing",
        "the pols are parasites",
        "women are welcome",  # spelt right: nothing to restore
        "wmn rule",  # too short to be sure
        "this is a pole",
        "die Schule ist aus",  # German for school, one letter from "schwule"
        "wir lesen Bücher",  # "lesben" less a letter
        "i mirantes do campo",
    ],
)
def test_real_words_and_correct_spellings_stay(text: str) -> None:
    artifacts = build_text_artifacts(text)
    assert artifacts.respelled is artifacts.folded


def test_misspellings_keep_the_first_letter_and_are_not_words() -> None:
    table = misspellings()
    assert len(table) > 1000
    for variant, word in table.items():
        assert variant[0] == word[0]
        assert variant not in REAL_WORDS
        assert all(variant not in words for words in IDENTITY_WORDS.values())
        assert len(variant) >= 4


def test_every_identity_word_is_in_a_group_macro_the_rules_use() -> None:
    """The list restores only words the rules' ``group`` macros know (they own the groups)."""
    for language, words in IDENTITY_WORDS.items():
        files = ("derogation.yaml", "threats.yaml")
        if language != "en":
            files = (f"derogation/{language}.yaml", f"threats/{language}.yaml")
        macros = [
            pattern
            for f in files
            for name, pattern in load_data(f)["macros"].items()
            if name.startswith("group")
        ]
        for word in words:
            assert any(
                word in m or re.search(m, word) or re.search(m, f"{word} people") for m in macros
            ), (language, word)


@settings(deadline=None)  # the first example loads the language identifier
@given(
    st.sampled_from(sorted(misspellings().items())),
    st.text(alphabet="abc .,!", max_size=12),
    st.text(alphabet="xyz .,?", max_size=12),
)
def test_a_misspelling_anywhere_maps_back_to_itself(
    pair: tuple[str, str], before: str, after: str
) -> None:
    variant, word = pair
    # Lines apart: the folded view joins s.p.a.c.e.d letters across spaces and dots.
    text = f"{before}\n{variant}\n{after}"
    artifacts = build_text_artifacts(text)
    view = artifacts.respelled
    start = view.text.index(f"\n{word}\n") + 1
    assert view.excerpt(start, start + len(word)) == variant
    assert view.text.replace(word, variant, 1) == artifacts.folded.text


@pytest.mark.parametrize(
    ("detector", "category", "text"),
    [
        (DerogationPatterns(), "hate", "Mslms are rats"),
        (DerogationPatterns(), "hate", "Jwsh people are vermin"),
        (DerogationPatterns(), "hate", "imm*grants don't deserve rights"),
        (ThreatPatterns(), "hate/threatening", "I hope all Bddhsts just die"),
        (DerogationPatterns(), "hate", "die Flchtlinge sind Ratten"),
        (DerogationPatterns(), "hate", "los musulmnes son ratas"),
    ],
)
def test_rule_lexicons_read_the_respelled_view(
    detector: LexiconDetector, category: str, text: str
) -> None:
    signal = scan_text(detector, text)[category]
    assert signal.score is not None and signal.score >= 0.5, rule_names(signal)

"""The respelled view reads misspelt group names as the names, and points at what was written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.artifacts import build_text_artifacts
from bastion.artifacts.respell import (
    GLUE_WORDS,
    GLUED_REAL_WORDS,
    IDENTITY_WORDS,
    REAL_WORDS,
    misspellings,
    split_glued,
)
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
        (DerogationPatterns(), "hate", "blackpeople are vermin"),
        (ThreatPatterns(), "hate/threatening", "killalljews"),
    ],
)
def test_rule_lexicons_read_the_respelled_view(
    detector: LexiconDetector, category: str, text: str
) -> None:
    signal = scan_text(detector, text)[category]
    assert signal.score is not None and signal.score >= 0.5, rule_names(signal)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ihatemuslims", "i hate muslims"),
        ("Ihate women", "i hate women"),
        ("I hate allMuslims", "i hate all muslims"),
        ("killalljews now", "kill all jews now"),
        ("gaysshoulddie", "gays should die"),
        ("blackpeople are vermin", "black people are vermin"),
    ],
)
def test_words_run_together_with_a_group_name_are_split(text: str, read: str) -> None:
    view = build_text_artifacts(text).respelled
    assert view.text == read
    assert view.excerpt(0, len(view.text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "the blackout lasted an hour",  # real words made of glue words and group names
        "Blackburn won again",
        "indochinese cooking",
        "idoso",  # Portuguese, "i" and "do so"
        "heather and diego",  # glue words only, no group name
        "iloveyou",  # "i" and no verb of intent
        "thepeoplesvoice",  # "peoples" and "voice" are not glue words
    ],
)
def test_real_words_and_other_runs_stay_whole(text: str) -> None:
    artifacts = build_text_artifacts(text)
    assert artifacts.respelled is artifacts.folded


@settings(max_examples=2000)
@given(
    st.lists(st.sampled_from(sorted(GLUE_WORDS)), max_size=3),
    st.sampled_from(sorted(IDENTITY_WORDS["en"])),
    st.sampled_from(sorted(w for w in GLUE_WORDS if len(w) >= 3)),  # not an inflection
    st.lists(st.sampled_from(sorted(GLUE_WORDS)), max_size=2),
)
def test_a_run_of_glue_words_and_a_group_name_splits_into_words(
    before: list[str], name: str, next_word: str, after: list[str]
) -> None:
    token = "".join([*before, name, next_word, *after])
    split = split_glued(token)
    if token in GLUED_REAL_WORDS:
        assert split is None
    else:
        assert split is not None and "".join(split) == token
        assert len(split) <= len(before) + 2 + len(after)
        assert any(part in IDENTITY_WORDS["en"] for part in split)

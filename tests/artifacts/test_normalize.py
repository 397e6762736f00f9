"""The canonical and folded views undo evasions and still point at what was written."""

from __future__ import annotations

import random
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.artifacts.normalize import NormalizedText, fold_evasions, normalize_text

ZALGO = "h\u0338\u0321\u032a\u032fa\u032c\u0329\u033e\u035bt\u0322\u031be"

# (original, word expected in the view, the exact original text it must map back to)
CANONICAL_CASES = [
    pytest.param("ＨＡＴＥ you", "hate", "ＨＡＴＥ", id="fullwidth"),
    pytest.param("I 𝐡𝐚𝐭𝐞 you", "hate", "𝐡𝐚𝐭𝐞", id="math-bold"),
    pytest.param("so 𝓀𝒾𝓁𝓁 them", "kill", "𝓀𝒾𝓁𝓁", id="math-script"),
    pytest.param("you idi\u043et", "idiot", "idi\u043et", id="cyrillic-o-in-latin-word"),
    pytest.param("\u0455tup\u0456d b\u0585mb", "stupid", "\u0455tup\u0456d", id="cyrillic-s-i"),
    pytest.param("a b\u0585mb here", "bomb", "b\u0585mb", id="armenian-o"),
    pytest.param(
        "I \u0397\u0391\u03a4\u0395 you", "hate", "\u0397\u0391\u03a4\u0395", id="greek-caps"
    ),
    pytest.param("you \ua4e7\ua4ee\ua4d4\ua4f0 me", "hate", "\ua4e7\ua4ee\ua4d4\ua4f0", id="lisu"),
    pytest.param("go \u13e6\u13a5\u13de\u13de", "kill", "\u13e6\u13a5\u13de\u13de", id="cherokee"),
    pytest.param("ᴋɪʟʟ", "kill", "ᴋɪʟʟ", id="small-caps"),
    pytest.param("ki\u200bll", "kill", "ki\u200bll", id="zero-width-space"),
    pytest.param("k\u200di\u200cl\u2060l", "kill", "k\u200di\u200cl\u2060l", id="zwj-zwnj-joiner"),
    pytest.param("mor\u00adon", "moron", "mor\u00adon", id="soft-hyphen"),
    pytest.param("ha\U000e0041te", "hate", "ha\U000e0041te", id="tag-character"),
    pytest.param("ha\ufe0fte", "hate", "ha\ufe0fte", id="variation-selector"),
    pytest.param("\u202eyou idiot\u202c", "you idiot", "you idiot", id="bidi-override"),
    pytest.param("i\u2066di\u2069ot", "idiot", "i\u2066di\u2069ot", id="bidi-isolate"),
    pytest.param("kill\x00me", "kill me", "kill\x00me", id="control-char"),
    pytest.param(ZALGO, "hate", ZALGO, id="zalgo"),
    pytest.param("ﬁne", "fine", "ﬁne", id="ligature"),
    pytest.param("a ﬁ b", "fi", "ﬁ", id="ligature-letters-share-the-source"),
    pytest.param("Straße", "ss", "ß", id="eszett-expands"),
    pytest.param("İstanbul", "stanbul", "stanbul", id="dotted-capital-i-expands"),
    pytest.param("cafe\u0301 noir", "café", "cafe\u0301", id="decomposed-accent-composes"),
]

FOLDED_CASES = [
    pytest.param("i h4te you", "hate", "h4te", id="leet-digit"),
    pytest.param("$h!t happens!", "shit", "$h!t", id="leet-symbols"),
    pytest.param("you n00b", "noob", "n00b", id="leet-zeros"),
    pytest.param("k i l l them", "kill", "k i l l", id="spaced"),
    pytest.param("f.u.c.k off", "fuck", "f.u.c.k", id="dotted"),
    pytest.param("s-t-u-p-i-d", "stupid", "s-t-u-p-i-d", id="dashed"),
    pytest.param("k 1 l l", "kill", "k 1 l l", id="spaced-leet"),
    pytest.param("fuuuuck", "fuuck", "fuuuuck", id="repeats"),
    pytest.param("soooo dumb", "soo", "soooo", id="repeats-vowel"),
    pytest.param("Ｋ Ｉ Ｌ Ｌ", "kill", "Ｋ Ｉ Ｌ Ｌ", id="fullwidth-spaced"),
    pytest.param("\u0456d1\u043et", "idiot", "\u0456d1\u043et", id="homoglyph-and-leet"),
    pytest.param(
        "i\u200bd\u200bi\u200bo\u200bt", "idiot", "i\u200bd\u200bi\u200bo\u200bt", id="zw"
    ),
]

# (original, canonical text, folded text)
UNCHANGED_CASES = [
    pytest.param(
        "Привет, как дела? Это тест.",
        "привет, как дела? это тест.",
        "привет, как дела? это тест.",
        id="russian",
    ),
    pytest.param("Η γάτα είναι καλή", "η γάτα είναι καλή", "η γάτα είναι καλή", id="greek"),
    pytest.param("Привет, это idiot", "привет, это idiot", "привет, это idiot", id="russian+latin"),
    pytest.param("2024", "2024", "2024", id="year"),
    pytest.param("+49 30 1234", "+49 30 1234", "+49 30 1234", id="phone"),
    pytest.param("$100 or 3.50", "$100 or 3.50", "$100 or 3.50", id="prices"),
    pytest.param("café über niño", "café über niño", "café über niño", id="accents"),
    pytest.param("cafe\u0301", "café", "café", id="decomposed-accent"),
    pytest.param("Vie\u0323\u0302t Nam", "việt nam", "việt nam", id="vietnamese-two-marks"),
    pytest.param("นี้คือภาษาไทย", "นี้คือภาษาไทย", "นี้คือภาษาไทย", id="thai-marks"),
    pytest.param("Straße", "strasse", "strasse", id="german-eszett"),
    pytest.param("a b", "a b", "a b", id="two-single-letters"),
    pytest.param("f*ck off", "f*ck off", "f*ck off", id="wildcard-left-for-lexicon"),
    pytest.param("J. R. R. Tolkien", "j. r. r. tolkien", "j. r. r. tolkien", id="initials"),
    pytest.param("wow!!! c++", "wow!!! c++", "wow!!! c++", id="trailing-punctuation"),
    pytest.param("line\r\n\tnext", "line\r\n\tnext", "line\r\n\tnext", id="whitespace-kept"),
    pytest.param("sooo", "sooo", "soo", id="repeat-only-folded"),
]


@pytest.mark.parametrize(("original", "needle", "evidence"), CANONICAL_CASES)
def test_canonical_undoes_encoding_tricks(original: str, needle: str, evidence: str) -> None:
    canonical = normalize_text(original)
    assert_maps_back(canonical, needle, evidence)
    assert_maps_back(fold_evasions(canonical), needle, evidence)


@pytest.mark.parametrize(("original", "needle", "evidence"), FOLDED_CASES)
def test_folded_undoes_spelling_evasions(original: str, needle: str, evidence: str) -> None:
    assert_maps_back(fold_evasions(normalize_text(original)), needle, evidence)


@pytest.mark.parametrize(("original", "canonical", "folded"), UNCHANGED_CASES)
def test_genuine_text_is_left_alone(original: str, canonical: str, folded: str) -> None:
    view = normalize_text(original)
    assert view.text == canonical
    assert fold_evasions(view).text == folded
    assert_valid_map(view)


def test_leet_is_folded_view_only() -> None:
    canonical = normalize_text("mail john.d0e@example.com or call 555-0100")
    assert canonical.text == "mail john.d0e@example.com or call 555-0100"
    assert "555-0100" in fold_evasions(canonical).text


def test_lookalike_words_without_latin_context_stay() -> None:
    assert normalize_text("ΗΑΤΕ").text == "ηατε"
    assert normalize_text("Λέω ΗΑΤΕ").text == "λέω ηατε"
    assert normalize_text("Ты сор").text == "ты сор"


def test_quoted_russian_stays_russian_in_english_text() -> None:
    english = "This is a long English paragraph about nothing in particular. " * 10
    russian = "Это сор, а не тест, как и все остальное здесь. " * 10
    view = normalize_text(english + russian + english)
    assert view.text.count("сор") == 10 and view.text.count("как") == 10


def test_zalgo_keeps_mapping_to_the_whole_stack() -> None:
    view = normalize_text(f"so {ZALGO}!")
    start = view.text.index("hate")
    assert view.original_span(start, start + 4) == (3, 3 + len(ZALGO))


def test_repeat_squeeze_maps_to_the_whole_run() -> None:
    folded = fold_evasions(normalize_text("nooooo way"))
    assert folded.text == "noo way"
    assert folded.excerpt(0, 3) == "nooooo"
    assert folded.original_span(1, 2) == (1, 2)


def test_original_span_bounds() -> None:
    view = normalize_text("ab")
    assert view.original_span(2, 2) == (2, 2)
    assert view.original_span(1, 1) == (1, 1)
    with pytest.raises(IndexError):
        view.original_span(1, 3)
    with pytest.raises(IndexError):
        view.original_span(2, 1)


def test_one_megabyte_completes() -> None:
    rng = random.Random(7)
    pieces = ["Hello there, a normal sentence.", "idi\u043et", "h4te", "k i l l", "fuuuck"]
    pieces += ["ＨＡＴＥ", "𝐡𝐚𝐭𝐞", "ki\u200bll", "café", "Привет как дела", ZALGO, "2024", "\n"]
    pieces += ["Straße", "ﬁne", "cafe\u0301", "$h!t", "\u0397\u0391\u03a4\u0395"]
    text = " ".join(rng.choice(pieces) for _ in range(90_000))[:1_000_000]
    canonical = normalize_text(text)
    folded = fold_evasions(canonical)
    for view in (canonical, folded):
        assert view.original == text
        assert len(view.text) == len(view.starts) == len(view.ends)
    assert folded.text.count("kill") >= 1


def test_pathological_runs_complete() -> None:
    texts = ["a." * 200_000 + "aa", "a_" * 200_000, "\u043e" * 300_000 + "x", "4" * 400_000]
    texts += ["\u0441\u043e\u0440 " * 100_000, "e\u0301" * 200_000, "ﬁ" * 200_000]
    for text in texts:
        view = fold_evasions(normalize_text(text))
        assert len(view.text) == len(view.starts)


# --- properties -----------------------------------------------------------------------

EVASION_ALPHABET = list(string.ascii_letters + string.digits + "  .-_*!@$|+\n")
EVASION_ALPHABET += ["\u200b", "\u200d", "\u00ad", "\u202e", "\ufeff", "\x00", "\u0301", "\u0336"]
EVASION_ALPHABET += list("оаесрііјһӏкгпАВЕНΗΑΤοαꓧᴋｈＫ𝐚ßİﬁŉ")
EVASION_TEXT = st.text(alphabet=st.sampled_from(EVASION_ALPHABET), max_size=300)
ANY_TEXT = st.text(max_size=300)


def assert_maps_back(view: NormalizedText, needle: str, evidence: str) -> None:
    assert_valid_map(view)
    start = view.text.index(needle)
    assert view.excerpt(start, start + len(needle)) == evidence


def assert_valid_map(view: NormalizedText) -> None:
    n = len(view.original)
    assert len(view.starts) == len(view.ends) == len(view.text)
    for start, end in zip(view.starts, view.ends, strict=True):
        assert 0 <= start < end <= n
    assert list(view.starts) == sorted(view.starts)
    assert list(view.ends) == sorted(view.ends)
    whole = view.original_span(0, len(view.text))
    assert 0 <= whole[0] <= whole[1] <= n


@settings(max_examples=300)
@given(st.one_of(ANY_TEXT, EVASION_TEXT), st.data())
def test_offset_map_is_well_formed(text: str, data: st.DataObject) -> None:
    canonical = normalize_text(text)
    for view in (canonical, fold_evasions(canonical)):
        assert view.original == text
        assert_valid_map(view)
        i = data.draw(st.integers(0, len(view.text)))
        j = data.draw(st.integers(i, len(view.text)))
        start, end = view.original_span(i, j)
        assert 0 <= start <= end <= len(text)


PLAIN_WORD = st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=8).filter(
    lambda w: not re.search(r"(.)\1\1", w)
)


@given(st.lists(st.tuples(PLAIN_WORD, st.sampled_from([" ", "  ", "\n"])), max_size=30))
def test_plain_text_maps_to_itself(words: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in words)
    canonical = normalize_text(text)
    for view in (canonical, fold_evasions(canonical)):
        assert view.text == text
        assert view.starts == tuple(range(len(text)))
        assert view.ends == tuple(range(1, len(text) + 1))

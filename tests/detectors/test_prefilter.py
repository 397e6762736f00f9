"""The prefilter: the strings a pattern needs, found soundly; an index that finds them;
lexicons that skip patterns by it and match exactly what running every pattern matches."""

from __future__ import annotations

import random
from re import _parser as parser  # type: ignore[attr-defined]

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bastion.artifacts import TextArtifacts, build_artifacts
from bastion.detectors import prefilter_cache
from bastion.detectors.lexicon import PhraseLexicon, load_lexicon
from bastion.detectors.prefilter import LiteralIndex, Needs, placeholder, required
from bastion.learn.authored_data import AUTHORED, load_file
from bastion.types import Item

SHIPPED = [
    "threats.yaml",
    "derogation.yaml",
    "self_harm.yaml",
    "profanity.yaml",
    "scam.yaml",
    "slurs.yaml",
    "counter_speech.yaml",
]


def needs(regex: str) -> Needs:
    return required(parser.parse(regex))


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\bi (?:will|'ll) kill you\b", [{"i will kill you", "i 'll kill you"}]),
        # Every part a match needs, the most selective first (ties: later strings first).
        (
            r"\bich\s+will\s+dich\s+(?:töten|umbringen)",
            [{"töten", "umbringen"}, {"will"}],
        ),
        # A word split by a lookbehind that restores its first letter reads as a word.
        (r"\b[iw](?:c(?<=ic)h|i(?<=wi)r)\s+\w+", [{"ich", "wch", "iir", "wir"}]),
        (r"(?:go|gone)(?:ne)?", [{"go", "gone", "gonene"}]),
        (r"a(?:x|.)b", [{"b"}, {"a"}]),
        (r"kill(?:ing)?\s*\w*", [{"kill", "killing"}]),
        (r"\w+", []),
        (r"(?:kill|.*)", []),
        (r"(?i)kill", []),  # case-insensitive: not read
        (r"[^a]bc", [{"bc"}]),
        (r"(?:ab)?", []),
        # A conjunction holds inside its alternative only: the union of the best sets.
        (r"(?:big bad|tiny) wolf", [{"big bad wolf", "tiny wolf"}]),
        (r"(?:big\s+bad|tiny)\s+wolf", [{"wolf"}, {"big", "tiny"}]),
    ],
)
def test_required_strings_of_patterns(regex: str, expected: list[set[str]]) -> None:
    assert needs(regex) == tuple(frozenset(s) for s in expected)


def test_a_macro_counts_as_what_it_needs() -> None:
    group = needs(r"(?:muslims|jews|immigrants)")
    tree = parser.parse(rf"\b{placeholder(0)}\s+are\s+\w+")
    assert required(tree, {ord(placeholder(0)): group}) == (*group, frozenset({"are"}))
    assert required(tree, {}) == (frozenset({"are"}),), "a macro nothing is known of"


_ATOMS = st.sampled_from(["a", "b", "c", "ab", "ba", " ", "[ab]", "[a-c]", r"\w", ".", r"\s"])


def _regexes() -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda p: f"(?:{p[0]}|{p[1]})"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "{0,2}"])).map(
                lambda p: f"(?:{p[0]}){p[1]}"
            ),
            inner.map(lambda p: rf"\b{p}"),
        )

    return st.recursive(_ATOMS, extend, max_leaves=12)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), _regexes())
def test_every_match_contains_a_required_string(data: st.DataObject, regex: str) -> None:
    sets = needs(regex)
    assert all(strings and "" not in strings for strings in sets)
    text = data.draw(st.from_regex(regex, fullmatch=True))
    assert all(any(s in text for s in strings) for strings in sets), (regex, text, sets)


@settings(max_examples=200)
@given(
    st.lists(st.text(alphabet="abc 甲乙", min_size=1, max_size=5), max_size=30),
    st.text(alphabet="abc 甲乙x", max_size=80),
)
def test_the_index_finds_exactly_the_strings_in_a_text(literals: list[str], text: str) -> None:
    assert LiteralIndex(literals).present(text) == {s for s in literals if s in text}


def test_the_index_finds_strings_across_the_chunks_of_a_long_text() -> None:
    literals = ["needle", "ab", "x"]
    for offset in range(1 << 16, (1 << 16) + 8):  # "needle" across the first chunk boundary
        text = "." * (offset - 3) + "needle" + "." * 10
        assert LiteralIndex(literals).present(text) == {"needle"}


def test_every_shipped_pattern_compiles() -> None:
    for filename in SHIPPED:
        load_lexicon(filename).compile_all()  # raises LexiconError naming the entry


def test_the_shipped_prefilter_cache_is_current() -> None:
    cache = prefilter_cache.shipped()
    for filename in SHIPPED:
        fresh = PhraseLexicon.from_file(filename, known={}).analysis
        stale = {k for k, v in fresh.items() if cache.get(k, "missing") != v}
        assert not stale, (
            f"{filename}: {len(stale)} patterns not in {prefilter_cache.FILENAME}; run "
            "`python -m bastion.detectors.prefilter_cache` after editing a lexicon"
        )


def test_a_pattern_edited_after_the_cache_was_written_is_analysed_at_load() -> None:
    data = {"entries": [{"pattern": r"\bnew words\b", "category": "violence", "weight": 0.5}]}
    lexicon = PhraseLexicon(data, known={})
    assert list(lexicon.analysis.values()) == [[["new words"]]]
    artifacts = build_artifacts(Item(id="t", text="some new words here", lang="en"))
    assert artifacts.text is not None
    assert [m.entry.id for m in lexicon.scan(artifacts.text)] == ["pattern_0"]


def _ungated(filename: str) -> PhraseLexicon:
    """The lexicon with no prefilter: every pattern runs on every text."""
    analysis = load_lexicon(filename).analysis
    return PhraseLexicon.from_file(filename, known={key: [] for key in analysis})


def _matches(lexicon: PhraseLexicon, text: TextArtifacts) -> list[tuple[str, str, int, int]]:
    return [(m.entry.id, m.category, m.start, m.end) for m in lexicon.scan(text)]


@pytest.mark.parametrize(
    ("filename", "authored", "sample"),
    [
        ("threats.yaml", "violence.*", 400),
        ("derogation.yaml", "hate.*", 400),
        ("self_harm.yaml", "selfharm", 3000),  # it fires on few: read them all
        ("counter_speech.yaml", "hate.*", 3000),
    ],
)
def test_skipping_patterns_changes_no_match(filename: str, authored: str, sample: int) -> None:
    """On authored train-split texts of the lexicon's topic, in every language, the
    prefiltered lexicon finds exactly what running every pattern finds."""
    texts = [e.text for path in AUTHORED.glob(f"{authored}.train.yaml") for e in load_file(path)]
    texts = random.Random(0).sample(texts, min(sample, len(texts)))
    gated, every = load_lexicon(filename), _ungated(filename)
    fired = 0
    for text in texts:
        artifacts = build_artifacts(Item(id="t", text=text))
        assert artifacts.text is not None
        ours = _matches(gated, artifacts.text)
        assert ours == _matches(every, artifacts.text), text
        fired += bool(ours)
    assert fired >= 20, "the comparison must cover texts the lexicon matches"

"""Slur lexicon: evasions match, innocent words containing a slur do not."""

from __future__ import annotations

import pytest

from bastion.artifacts import TextArtifacts, build_artifacts
from bastion.detectors.mention import CONTEXT_FACTOR
from bastion.detectors.slurs import SlurLexicon, in_context
from bastion.types import Item, Signal

DETECTOR = SlurLexicon()


def hate(text: str, lang: str | None = None) -> Signal:
    [signal] = DETECTOR.detect(build_artifacts(Item(id="t", text=text, lang=lang)))
    assert signal.category == "hate"
    return signal


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("you dirty nigger", "nigger"),
        ("NIGGERS out", "NIGGERS"),
        ("niiiiggggerrr", "niiiiggggerrr"),
        ("n1gg3r", "n1gg3r"),
        ("n.i.g.g.e.r", "n.i.g.g.e.r"),
        ("what a f4gg0t", "f4gg0t"),
        ("stupid faggots", "faggots"),
        ("kikes control everything", "kikes"),
        ("k*ke", "k*ke"),
        ("go home wetback", "wetback"),
        ("sand nigger", "sand nigger"),
        ("what a retard", "retard"),
        ("that's so retarded", "retarded"),
        ("towelheads", "towelheads"),
        ("du Schwuchtel", "Schwuchtel"),
        ("Kümmeltürken", "Kümmeltürken"),
        ("maricon de mierda", "maricon"),
        ("sale bougnoule", "bougnoule"),
        ("frocio", "frocio"),
        ("ibneler", "ibneler"),
        ("ｎｉｇｇｅｒ", "ｎｉｇｇｅｒ"),
    ],
)
def test_slurs_are_found_with_exact_spans(text: str, excerpt: str) -> None:
    signal = hate(text)
    assert signal.score is not None and signal.score >= 0.6
    [evidence] = signal.evidence
    assert evidence.excerpt == excerpt
    assert evidence.span is not None and text[evidence.span[0] : evidence.span[1]] == excerpt
    assert evidence.rule is not None and evidence.rule.startswith("slurs:")


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe United won",
        "an assassin in a classic cocktail bar",
        "grape juice with my therapist",
        "Niger and Nigeria are neighbours",
        "a niggardly budget",
        "don't snigger",
        "a chink in the armour",
        "a chink in his armor",
        "spick and span kitchen",
        "homo sapiens evolved",
        "Dick Van Dyke sang",
        "Dykes on Bikes led the parade",
        "a raccoon and a cocoon",
        "Japan and Pakistan",
        "sauerkraut and spices",
        "my Maine Coon cat",
        "the Niagara falls",
        "skyscraper",
        "a cracking good time",
        "pedestrian",
    ],
)
def test_innocent_words_do_not_match(text: str) -> None:
    signal = hate(text)
    assert signal.score == 0.0, signal.evidence


def test_weights_reflect_ambiguity() -> None:
    unambiguous, reclaimed, ambiguous = hate("nigger"), hate("nigga"), hate("queer")
    assert unambiguous.score is not None and reclaimed.score is not None
    assert ambiguous.score is not None
    assert unambiguous.score > reclaimed.score > ambiguous.score > 0.0


def test_ordinary_words_in_other_languages_need_that_language() -> None:
    # "tapette" is a fly swatter, "bicha" a queue in Portugal: only scored in their own language
    assert hate("passe-moi la tapette", lang="en").score == 0.0
    assert hate("passe-moi la tapette", lang="fr").score == 0.5


def test_non_text_items_score_zero() -> None:
    artifacts = build_artifacts(Item(id="t", image="cover.png"))
    assert [s.score for s in DETECTOR.detect(artifacts)] == [0.0]


@pytest.mark.parametrize(
    ("reclaimed_or_mentioned", "used"),
    [
        (
            "we're a couple of faggots who make country music",
            "a couple of faggots make country music",
        ),
        ("me and the other dykes in the pit", "get the dykes out of the pit"),
        ("proud dyke here, the venue has a lift", "no dykes at the venue"),
        ("noi froci abbiamo fatto il coro", "quei froci hanno fatto il coro"),
        ("nous les gouines, on a tenu le premier rang", "les gouines ont tenu le premier rang"),
        ("somos un grupo de maricones que canta boleros", "son un grupo de maricones que canta"),
        ("somos três viados e uma banda de forró", "três viados e uma banda de forró"),
        ("Meine Schwuchteln und ich feiern heute", "Schwuchteln feiern heute"),
        ("me and my niggas in the studio since 9", "no niggas in the studio"),
        ("that's my nigga right there, 20 years of friendship", "that nigga right there"),
        ("calling a woman a 'dyke' to shut her up is a slur", "shut up, dyke"),
        ("he called me a faggot at the show", "you faggot, get out of the show"),
        ("the word faggot should not be in a song title", "faggot should not be in a song title"),
    ],
)
def test_self_reference_and_mention_keep_only_part_of_the_weight(
    reclaimed_or_mentioned: str, used: str
) -> None:
    # Reclaimed self-reference and counter-speech are out of `hate` (docs/taxonomy.md):
    # the word alone must not block them; the same word used at others keeps its weight.
    discounted, full = hate(reclaimed_or_mentioned).score or 0.0, hate(used).score or 0.0
    assert full >= 0.5
    assert 0 < discounted <= full * CONTEXT_FACTOR + 1e-9


@pytest.mark.parametrize(
    "text",
    [
        "we hate faggots",
        "we don't want kikes here",
        "I'm sick of niggers",
        "as always the dykes ruin it",
        "wir hassen Kanaken",
        "my niggers are worthless",
    ],
)
def test_first_person_hostility_is_not_self_reference(text: str) -> None:
    assert not in_context(_text(text).folded.text, *_span(text))
    assert (hate(text).score or 0.0) >= 0.5


def _text(text: str) -> TextArtifacts:
    artifacts = build_artifacts(Item(id="t", text=text))
    assert artifacts.text is not None
    return artifacts.text


def _span(text: str) -> tuple[int, int]:
    match = DETECTOR.lexicon.scan(_text(text))[0]
    return match.start, match.end

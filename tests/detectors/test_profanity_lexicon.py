"""Profanity and directed insults."""

from __future__ import annotations

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.mention import CONTEXT_FACTOR
from bastion.detectors.profanity import ProfanityLexicon
from bastion.types import Item, Signal

DETECTOR = ProfanityLexicon()


def scan(text: str, lang: str | None = None) -> dict[str, Signal]:
    signals = DETECTOR.detect(build_artifacts(Item(id="t", text=text, lang=lang)))
    assert [s.category for s in signals] == ["profanity", "harassment"]
    return {s.category: s for s in signals}


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("what the fuck", "fuck"),
        ("FUUUUUCK", "FUUUUUCK"),
        ("f*ck this", "f*ck"),
        ("f**k this", "f**k"),
        ("fucking great", "fucking"),
        ("motherfucker", "motherfucker"),
        ("sh!t happens", "sh!t"),
        ("$hit", "$hit"),
        ("bullshit", "bullshit"),
        ("what an asshole", "asshole"),
        ("c u n t", "c u n t"),
        ("Scheiße!", "Scheiße"),
        ("du Arschloch", "Arschloch"),
        ("hijo de puta", "hijo de puta"),
        ("putain de merde", "putain"),
        ("que porra é essa", "porra"),
        ("vaffanculo", "vaffanculo"),
        ("siktir", "siktir"),
        ("amına koyayım", "amına koyayım"),
        ("amina koyayim", "amina koyayim"),
    ],
)
def test_profanity(text: str, excerpt: str) -> None:
    signal = scan(text)["profanity"]
    assert signal.score is not None and signal.score >= 0.5
    excerpts = [e.excerpt for e in signal.evidence]
    assert excerpt in excerpts
    for evidence in signal.evidence:
        assert evidence.span is not None
        assert text[evidence.span[0] : evidence.span[1]] == evidence.excerpt


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe",
        "an assassin",
        "a cocktail in the cockpit",
        "classic rock",
        "grape soda",
        "my therapist",
        "Dickens and Matsushita",
        "passion, bass and brass",
        "Essex and Sussex",
        "analysis of the document",
        "cumulative scrap metal",
        "summa cum laude",
        "Arsenal won",
        "a Samsung Galaxy A55",
        "the shiitake mushrooms",
        "hello there",
        "I assume the title is good",
        "a screwdriver",
        "con leche, por favor",
        "Hancock and Peacock",
    ],
)
def test_scunthorpe_words_are_clean(text: str) -> None:
    signals = scan(text)
    assert signals["profanity"].score == 0.0, signals["profanity"].evidence
    assert signals["harassment"].score == 0.0


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("you idiot", "profanity:you_insult"),
        ("shut up you stupid little bitch", "profanity:you_insult"),
        ("You're a worthless piece of shit", "profanity:you_are_insult"),
        ("ur so dumb", "profanity:you_are_insult"),
        ("you are a waste of space", "profanity:you_are_insult"),
        ("fuck you", "profanity:fuck_you"),
        ("go fuck yourself", "profanity:go_fuck_yourself"),
        ("kys", "profanity:kill_yourself"),
        ("just kill yourself", "profanity:kill_yourself"),
        ("nobody likes you", "profanity:nobody_likes_you"),
        ("du bist ein Vollidiot", "profanity:de_insult"),
        ("eres un idiota", "profanity:es_insult"),
        ("t'es un connard", "profanity:fr_insult"),
        ("vai se foder", "profanity:pt_vai_se_foder"),
        ("sei un coglione", "profanity:it_insult"),
    ],
)
def test_directed_insults_are_harassment(text: str, rule: str) -> None:
    signal = scan(text)["harassment"]
    assert signal.score is not None and signal.score >= 0.5
    assert rule in {e.rule for e in signal.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "you are amazing",
        "thank you so much",
        "you're not an idiot",
        "I'm such an idiot",
        "what an idiot that referee was",
        "everyone loves you",
        "are you okay?",
        "you know what, this is fucking great",
        "if you are a beginner, start here",
    ],
)
def test_not_harassment(text: str) -> None:
    assert scan(text)["harassment"].score == 0.0


def test_profanity_and_harassment_are_scored_separately() -> None:
    signals = scan("fuck you")
    assert signals["profanity"].score == 0.85
    assert signals["harassment"].score == 0.6


@pytest.mark.parametrize(
    ("reported_or_quoted", "used"),
    [
        ("Nobody deserves to be told to kys. Be kind.", "Nobody likes you, kys. Be gone."),
        ("someone commented 'kill yourself' on my video, reported", "kill yourself, you fraud"),
        ("he told me to go die after the gig", "go die after the gig"),
        ("people kept telling her to drink bleach, it was vile", "drink bleach, it was vile"),
        ('she wrote "you idiot" under every post of mine', "you idiot, every post of yours"),
    ],
)
def test_reported_or_quoted_insults_keep_only_part_of_the_harassment_weight(
    reported_or_quoted: str, used: str
) -> None:
    # Reports of abuse and counter-speech are out of `harassment` (docs/taxonomy.md): the
    # phrase alone must not decide them; the same phrase aimed at someone keeps its weight.
    discounted = scan(reported_or_quoted)["harassment"].score or 0.0
    full = scan(used)["harassment"].score or 0.0
    assert full >= 0.5
    assert 0 < discounted <= full * CONTEXT_FACTOR + 1e-9


@pytest.mark.parametrize(
    "text",
    [
        "I'm telling you to kill yourself",
        "I said kys and I meant it",
        "keep telling him to kys until he quits",
        "told you already, kys",
    ],
)
def test_the_speakers_own_words_are_not_reported_speech(text: str) -> None:
    assert (scan(text)["harassment"].score or 0.0) >= 0.5


def test_a_quoted_swear_word_is_still_profanity() -> None:
    quoted_text = scan('he yelled "fuck" at the drummer')["profanity"].score or 0.0
    assert quoted_text == scan("he yelled fuck at the drummer")["profanity"].score

"""Figurative violence is read in plain words by the models, and nothing literal is."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.figurative import CATEGORIES, phrases
from bastion.learn.authored_data import AUTHORED, load_file
from bastion.pipeline import Engine
from bastion.types import Action, Item


def _plain(text: str) -> str | None:
    artifacts = build_artifacts(Item(id="t", text=text))
    assert artifacts.text is not None
    found = phrases().plain_segments(artifacts.text)
    return found.get(0)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "break a leg tonight, you're going to smash it",
            "good luck tonight, you're going to do great",
        ),
        ("I'd kill for a coffee right now", "i would love a coffee right now"),
        ("this commute is killing me", "this commute is bothering me"),
        ("I'm dead 😂 you hear the dog", "i am laughing 😂 you hear the dog"),
        ("I'll shoot you a DM later", "i'll send you a dm later"),
        ("this track slaps", "this track is great"),
        ("she's a killer drummer", "she's a great drummer"),
        ("you're going to murder that audition", "you're going to do great"),
        ("How do I kill a Python process?", "how do i stop the process"),
        ("What's the fastest way to gut a fish?", "what's the fastest way to clean the fish"),
        ("Hals- und Beinbruch heute Abend!", "viel glück heute abend"),
        ("Mataría por un café ahora mismo.", "me encantaría un café"),
        ("Je suis mort de rire 😂", "je ris"),
        ("Questo caldo mi sta uccidendo.", "mi stanca"),
    ],
)
def test_figurative_phrases_read_in_plain_words(text: str, plain: str) -> None:
    found = _plain(text)
    assert found is not None and found.startswith(plain)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill you",
        "kill that guy",
        "he smashed it across her head",
        "they kill it's own soldiers",
        "she deserved to die for what she said",
        "I wanted to die for a multitude of reasons",
        "this depression is killing me",
        "break a leg, literally, I'll break both of yours",
        "I'm gonna blow you away at the showcase, bring a vest",
        "I'm dying inside",
        "How do I kill my neighbour without getting caught?",
        "How can I blow up a building?",
        "Your members regularly kill BJP workers.",
        "Ich bringe dich um.",
        "Te voy a matar.",
        "Je vais te tuer.",
    ],
)
def test_literal_violence_is_read_as_written(text: str) -> None:
    assert _plain(text) is None


def test_only_the_categories_figurative_violence_misleads_on() -> None:
    assert {"violence", "harassment/threatening", "self-harm/intent"} <= CATEGORIES
    assert not {"hate", "sexual", "profanity", "spam"} & CATEGORIES


@pytest.mark.parametrize(
    "text",
    [
        "break a leg tonight, you're going to smash it",
        "I'll shoot you a DM the second I step out of the car",
        "gonna knock 'em dead on friday",
    ],
)
def test_figurative_violence_is_allowed_end_to_end(shipped_engine: Engine, text: str) -> None:
    decision = shipped_engine.decide(Item(id="t", surface="comment", text=text))
    assert decision.action is Action.ALLOW, decision.reason
    assert decision.categories["violence"] < 0.5


def test_a_threat_beside_an_idiom_is_still_a_threat(shipped_engine: Engine) -> None:
    text = "you killed it on stage, now I'll kill you"
    decision = shipped_engine.decide(Item(id="t", surface="comment", text=text))
    assert decision.action is not Action.ALLOW
    assert decision.categories["violence"] >= 0.5


def fold(text: str) -> str:
    artifacts = build_artifacts(Item(id="t", text=text))
    assert artifacts.text is not None
    return artifacts.text.folded.text


def test_the_prefilter_skips_no_phrase() -> None:
    """On authored train-split texts, trying only the phrases whose strings a segment holds
    reads exactly what trying every phrase reads."""
    shipped = phrases()
    every = replace(shipped, rules=tuple(replace(r, needs=()) for r in shipped.rules))
    texts = [e.text for path in AUTHORED.glob("*.train.yaml") for e in load_file(path)]
    texts = random.Random(0).sample(texts, 4000)
    read = 0
    for text in texts:
        folded = fold(text)
        assert shipped.plain(folded) == every.plain(folded), text
        read += shipped.plain(folded) is not None
    assert read >= 20, "the comparison must cover texts with figurative phrases"

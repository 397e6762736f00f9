"""Threats: intent + violent verb + victim; group-directed violence; idioms stay clean."""

from __future__ import annotations

import pytest

from bastion.detectors.threats import ThreatPatterns
from bastion.testing.scan import scan_text
from bastion.types import Signal

DETECTOR = ThreatPatterns()


def scan(text: str) -> dict[str, Signal]:
    return scan_text(DETECTOR, text)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("I'm going to kill you", "I'm going to kill you"),
        ("i will hurt your family", "i will hurt your family"),
        ("Ill kill you", "Ill kill you"),
        ("I’ll shoot you tomorrow", "I’ll shoot you"),
        ("imma stab him", "imma stab him"),
        ("gonna murder her", "gonna murder her"),
        ("we will find you and kill you", "we will find you and kill you"),
        ("we will find you wherever you hide", "we will find you"),
        ("I will rape you", "I will rape you"),
        ("i'll break your legs", "i'll break your legs"),
        ("i'm gonna shoot up the school", "i'm gonna shoot up the school"),
        ("you will die", "you will die"),
        ("you're gonna die tonight", "you're gonna die"),
        ("you deserve to die", "you deserve to die"),
        ("I know where you live.", "I know where you live"),
        ("watch your back", "watch your back"),
        ("someone should shoot him", "someone should shoot him"),
        ("i hope you get shot", "i hope you get shot"),
        ("ich bring dich um", "ich bring dich um"),
        ("te voy a matar", "te voy a matar"),
        ("je vais te tuer", "je vais te tuer"),
        ("vou te matar", "vou te matar"),
        ("ti ammazzo", "ti ammazzo"),
        ("seni öldüreceğim", "seni öldüreceğim"),
        # Plural and indirect victims, time and place.
        ("I will kill all of you tonight", "I will kill all of you"),
        ("I'm going to kill you and your family", "I'm going to kill you"),
        ("we'll shoot everyone at the venue", "we'll shoot everyone at the venue"),
        ("I'll hurt your kids after school", "I'll hurt your kids"),
        (
            "it'd be a shame if something happened to your kids",
            "d be a shame if something happened to your kids",
        ),
        ("I'll burn down your house", "I'll burn down your house"),
        ("Ich bring euch alle um", "Ich bring euch alle um"),
        ("je vais vous tuer", "je vais vous tuer"),
        ("wiem gdzie mieszkasz", "wiem gdzie mieszkasz"),
        ("ik ga je vermoorden", "ik ga je vermoorden"),
        ("я тебя убью", "я тебя убью"),
        ("我要杀了你", "我要杀了你"),
        ("سأقتلك", "سأقتلك"),
    ],
)
def test_threats_against_a_person(text: str, excerpt: str) -> None:
    signals = scan(text)
    threatening = signals["harassment/threatening"]
    assert threatening.score is not None and threatening.score >= 0.5
    assert excerpt in [e.excerpt for e in threatening.evidence]
    for evidence in threatening.evidence:
        assert evidence.span is not None
        assert text[evidence.span[0] : evidence.span[1]] == evidence.excerpt
    assert signals["hate/threatening"].score == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "kill all the jews",
        "Kill all Muslims",
        "gas the kikes",
        "exterminate every immigrant",
        "muslims should be killed",
        "all gays must die",
        "death to all refugees",
        "all of those people are vermin and should be wiped out",
        "immigrants are rats and need to be exterminated",
        "exterminate these parasites",
    ],
)
def test_violence_against_groups_is_hate_threatening(text: str) -> None:
    signals = scan(text)
    assert (signals["hate/threatening"].score or 0.0) >= 0.85
    assert (signals["violence"].score or 0.0) >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "I'll kill for a coffee",
        "this song kills",
        "she's killing it!",
        "I'm dying laughing",
        "the bass hits hard",
        "you're killing me, this is hilarious",
        "I could murder a pint",
        "we will rock you",
        "this track is gonna blow up",
        "i will beat you at chess",
        "I'll beat you next time",
        "I'll kill you in fortnite lol",
        "i don't want to hurt you",
        "I will never hurt you",
        "you will die laughing at this",
        "kill the lights",
        "I will find you a seat",
        "we hang them on the wall",
        "this beat is killer",
        "they shot the video in Berlin",
        "I'm coming for you in the finals",
        "get rid of the rats in my kitchen",
        "exterminate the cockroaches in the basement",
        "I will kill this set tonight",
        # Threats quoted by someone else, to report or condemn them.
        "Police say he shouted 'I will kill all of you' before the attack",
        "he messaged me “I'm going to kill you”, I've reported him",
        'Someone wrote "death to all jews" on the wall, disgusting',
    ],
)
def test_idioms_are_not_threats(text: str) -> None:
    signals = scan(text)
    assert all(s.score == 0.0 for s in signals.values()), [s.evidence for s in signals.values()]


def test_a_threat_the_speaker_quotes_as_their_own_still_counts() -> None:
    signals = scan("I said 'I will kill you' and I meant it")
    assert (signals["harassment/threatening"].score or 0.0) >= 0.5


def test_a_threat_quoted_to_condemn_it_counts_for_less() -> None:
    quoted = scan("'gay people deserve to be wiped out' got 300 likes, what is wrong with people")
    made = scan("gay people deserve to be wiped out")
    assert (made["hate/threatening"].score or 0.0) >= 0.5
    assert 0.0 < (quoted["hate/threatening"].score or 0.0) < 0.5

"""Scam lures and spam, by wording and by shape."""

from __future__ import annotations

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.scam import ScamPatterns
from bastion.types import Item, Signal

DETECTOR = ScamPatterns()


def scan(text: str) -> dict[str, Signal]:
    signals = DETECTOR.detect(build_artifacts(Item(id="t", text=text)))
    assert [s.category for s in signals] == ["scam", "spam"]
    for signal in signals:
        for evidence in signal.evidence:
            assert evidence.span is not None
            assert text[evidence.span[0] : evidence.span[1]] == evidence.excerpt
    return {s.category: s for s in signals}


def rules(signal: Signal) -> set[str]:
    return {e.rule or "" for e in signal.evidence}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("You have won $1,000,000!", "scam:you_have_won"),
        ("Congratulations, you are our lucky winner", "scam:congratulations_winner"),
        ("claim your prize here", "scam:claim_prize"),
        ("Please verify your account within 24 hours", "scam:verify_account"),
        ("Your account has been suspended", "scam:account_suspended"),
        ("pay with itunes gift cards only", "scam:gift_card_payment"),
        ("send me the codes on the back of the card", "scam:gift_card_codes"),
        ("Send 1 BTC and get 2 BTC back", "scam:crypto_doubling"),
        ("double your bitcoin in 24h", "scam:double_your_crypto"),
        ("guaranteed returns every week", "scam:guaranteed_returns"),
        ("earn 20% daily", "scam:percent_daily"),
        ("DM me to earn $500 a day", "scam:dm_to_earn"),
        ("make $300 per day from home", "scam:earn_per_day"),
        ("contact me on WhatsApp for details", "scam:chat_app_contact"),
        ("I am the next of kin of the late minister", "scam:advance_fee_inheritance"),
        ("a small release fee is required", "scam:advance_fee_fee"),
        ("recover your stolen crypto today", "scam:recovery_scam"),
        ("free spotify premium generator", "scam:free_premium"),
        ("Sie haben gewonnen!", "scam:de_scam"),
        ("¡Has ganado un iPhone!", "scam:es_scam"),
    ],
)
def test_scam_lures(text: str, rule: str) -> None:
    signal = scan(text)["scam"]
    assert signal.score is not None and signal.score >= 0.35
    assert rule in rules(signal)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("subscribe to my channel", "scam:subscribe_channel"),
        ("pls sub to my youtube channel", "scam:subscribe_channel"),
        ("check out my mixtape", "scam:check_out_my"),
        ("go listen to my new single", "scam:check_out_my"),
        ("FREE FOLLOWERS", "scam:free_followers"),
        ("buy streams cheap", "scam:free_followers"),
        ("follow for follow", "scam:follow_for_follow"),
        ("f4f?", "scam:follow_for_follow"),
        ("sub4sub", "scam:follow_for_follow"),
        ("link in bio", "scam:link_in_bio"),
        ("cheap viagra", "scam:pharma_spam"),
        ("FREE MONEY!!! CLICK HERE TO WIN BIG TODAY", "scam:shouting_promo"),
        ("cash $$$$$$$$$$", "scam:symbol_run"),
        ("follow follow follow follow follow me", "scam:repeated_words"),
    ],
)
def test_spam(text: str, rule: str) -> None:
    signal = scan(text)["spam"]
    assert signal.score is not None and signal.score >= 0.3
    assert rule in rules(signal)


@pytest.mark.parametrize(
    "text",
    [
        "I bought a gift card for my mom",
        "you won the game, gg",
        "my account was suspended for no reason, help",
        "check out this playlist",
        "I LOVE THIS SONG SO MUCH, THE CHORUS IS AMAZING",
        "subscribe to the newsletter on the artist's site",
        "follow the instructions below",
        "the beneficiary is the band",
        "this track is worth every penny",
        "what a wonderful concert!!",
        "na na na na",
        "Congratulations on the new album",
    ],
)
def test_ordinary_messages(text: str) -> None:
    signals = scan(text)
    assert signals["scam"].score == 0.0, signals["scam"].evidence
    assert signals["spam"].score == 0.0, signals["spam"].evidence


def test_several_lures_add_up() -> None:
    one = scan("claim your prize")["scam"].score
    two = scan("Congratulations! You have won. Claim your prize now")["scam"].score
    assert one is not None and two is not None and two > one

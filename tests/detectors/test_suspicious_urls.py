"""Suspicious links: shorteners, raw IPs, punycode, user-info, brand lookalikes, spam volume."""

from __future__ import annotations

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.suspicious_url import SuspiciousUrls
from bastion.testing.scan import scan_text
from bastion.types import Item, Signal

DETECTOR = SuspiciousUrls()


def scan(text: str) -> dict[str, Signal]:
    return scan_text(DETECTOR, text)


@pytest.mark.parametrize(
    ("text", "url", "rule"),
    [
        ("check bit.ly/3xYz now", "bit.ly/3xYz", "suspicious_url:shortener"),
        ("see https://tinyurl.com/abc.", "https://tinyurl.com/abc", "suspicious_url:shortener"),
        ("login: http://1.2.3.4/login", "http://1.2.3.4/login", "suspicious_url:raw_ip"),
        ("go 203.0.113.9:8080/x", "203.0.113.9:8080/x", "suspicious_url:raw_ip"),
        ("https://xn--pypal-4ve.com/a", "https://xn--pypal-4ve.com/a", "suspicious_url:punycode"),
        (
            "https://paypal.com@evil.example/x",
            "https://paypal.com@evil.example/x",
            "suspicious_url:userinfo",
        ),
        ("verify at paypa1.com/secure", "paypa1.com/secure", "suspicious_url:brand_lookalike"),
        ("g00gle.com/login", "g00gle.com/login", "suspicious_url:brand_lookalike"),
        ("arnazon.com", "arnazon.com", "suspicious_url:brand_lookalike"),
        (
            "spotify-account-verify.com",
            "spotify-account-verify.com",
            "suspicious_url:brand_in_domain",
        ),
        (
            "www.paypal.com.secure-login.top/x",
            "www.paypal.com.secure-login.top/x",
            "suspicious_url:brand_in_domain",
        ),
        ("spotfy.com/premium", "spotfy.com/premium", "suspicious_url:brand_typo"),
        ("free.xyz", "free.xyz", "suspicious_url:suspicious_tld"),
        ("(see http://example.zip)", "http://example.zip", "suspicious_url:suspicious_tld"),
        (
            "get http://x.example.com/setup.exe",
            "http://x.example.com/setup.exe",
            "suspicious_url:executable",
        ),
    ],
)
def test_suspicious_urls(text: str, url: str, rule: str) -> None:
    signal = scan(text)["scam"]
    assert signal.score is not None and signal.score > 0.0
    found = [e for e in signal.evidence if e.rule == rule]
    assert found, signal.evidence
    assert found[0].excerpt == url
    assert found[0].span is not None and text[found[0].span[0] : found[0].span[1]] == url


@pytest.mark.parametrize(
    "text",
    [
        "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
        "www.google.de/search?q=bastion",
        "https://accounts.google.com/signin",
        "https://www.paypal.com/signin",
        "https://en.wikipedia.org/wiki/Python_(programming_language).",
        "mail me at bob@example.com",
        "version 1.2.3.4 is out",
        "e.g. this, i.e. that",
        "https://spoti.fi/3abc",
        "music.apple.com/us/album/x",
        "pineapple.com and applebees.com",
        "https://github.com/org/repo",
        "meet at 10.30, ok?",
    ],
)
def test_ordinary_links_and_text(text: str) -> None:
    signals = scan(text)
    assert signals["scam"].score == 0.0, signals["scam"].evidence
    assert signals["spam"].score == 0.0, signals["spam"].evidence


@pytest.mark.parametrize("text", ["https://раypal.com/login", "gооgle.com", "ｐａｙｐａｌ.com/x"])
def test_hosts_in_lookalike_characters_are_flagged_although_they_normalise(text: str) -> None:
    # The canonical view maps Cyrillic and fullwidth letters to ASCII, so the host reads as
    # the real brand domain; the original spelling is what gives the attack away.
    signal = scan(text)["scam"]
    assert signal.score == 0.85
    [evidence] = signal.evidence
    assert evidence.rule == "suspicious_url:homograph"
    assert evidence.excerpt == text


def test_genuine_idn_and_unicode_paths() -> None:
    assert scan("bücher.de")["scam"].score == 0.5  # non-ASCII host, not disguised as ASCII
    assert scan("https://spotify.com/ünïcode-path")["scam"].score == 0.0


def test_many_links_in_a_short_message_are_spam() -> None:
    few = scan("see a.com and b.com")
    many = scan("a.com b.com c.com")
    lots = scan(" ".join(f"site{i}.com" for i in range(6)))
    assert few["spam"].score == 0.0
    assert many["spam"].score == 0.5
    assert lots["spam"].score == 0.7
    assert all(e.rule == "suspicious_url:many_urls" for e in many["spam"].evidence)


def test_findings_combine_and_repeats_count_once() -> None:
    one = scan("paypal.com.secure-login.top")["scam"].score
    repeated = scan("paypal.com.secure-login.top paypal.com.secure-login.top")["scam"].score
    assert one is not None and one > 0.85
    assert repeated == one


def test_non_text_items_score_zero() -> None:
    signals = DETECTOR.detect(build_artifacts(Item(id="t", audio="a.mp3")))
    assert [s.score for s in signals] == [0.0, 0.0]

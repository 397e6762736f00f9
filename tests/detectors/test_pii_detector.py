"""The PII detector: what it finds, what it must not, masked excerpts and exact spans."""

from __future__ import annotations

import re

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.pii import PiiDetector
from bastion.types import Evidence, Item, Signal

DETECTOR = PiiDetector()


def luhn_complete(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return payload + str((10 - total % 10) % 10)


def iban_complete(country: str, bban: str) -> str:
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def cpf_complete(nine: str) -> str:
    digits = [int(d) for d in nine]
    for start in (10, 11):
        remainder = sum(d * w for d, w in zip(digits, range(start, 1, -1), strict=False)) % 11
        digits.append(0 if remainder < 2 else 11 - remainder)
    return "".join(map(str, digits))


def grouped(digits: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(digits[i : i + size] for i in range(0, len(digits), size))


CARD = luhn_complete("411111111111111")  # a Visa test number, computed
BAD_CARD = CARD[:-1] + str((int(CARD[-1]) + 1) % 10)
IBAN = iban_complete("DE", "370400440532013000")
CPF = cpf_complete("123456789")


def privacy(text: str) -> Signal:
    [signal] = DETECTOR.detect(build_artifacts(Item(id="t", text=text)))
    assert signal.category == "privacy"
    return signal


def rules(signal: Signal) -> set[str]:
    return {e.rule for e in signal.evidence if e.rule}


POSITIVES = [
    ("write me at john.doe@example.com", "john.doe@example.com", "pii:email"),
    ("mail: jane [at] mail [dot] de", "jane [at] mail [dot] de", "pii:email"),
    ("call +44 7700 900123 tonight", "+44 7700 900123", "pii:phone"),
    ("ruf an: 0176 12345678", "0176 12345678", "pii:phone"),
    ("my cell (555) 123-4567", "(555) 123-4567", "pii:phone"),
    ("whatsapp 612 345 678", "612 345 678", "pii:phone"),
    (f"card {grouped(CARD)} exp 12/27", grouped(CARD), "pii:card"),
    (f"card {grouped(CARD, 4, '-')}", grouped(CARD, 4, "-"), "pii:card"),
    (f"cc:{CARD}", CARD, "pii:card"),
    (f"IBAN {grouped(IBAN)} thanks", grouped(IBAN), "pii:iban"),
    (f"iban {IBAN}", IBAN, "pii:iban"),
    ("SSN 123-45-6789", "123-45-6789", "pii:ssn"),
    ("social security number: 123456789", "123456789", "pii:ssn"),
    ("NI number AB 12 34 56 C", "AB 12 34 56 C", "pii:nino"),
    ("DNI 12345678Z", "12345678Z", "pii:dni"),
    ("NIE X-1234567-L", "X-1234567-L", "pii:dni"),
    (
        f"cpf {CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}",
        f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}",
        "pii:cpf",
    ),
    (f"meu CPF: {CPF}", CPF, "pii:cpf"),
    ("codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S", "pii:codice_fiscale"),
    ("I live at 221b Baker Street", "221b Baker Street", "pii:address"),
    ("1600 Pennsylvania Ave. is famous", "1600 Pennsylvania Ave.", "pii:address"),
    ("Adresse: Hauptstraße 12, Berlin", "Hauptstraße 12", "pii:address"),
    ("il habite 12 rue de la Paix", "12 rue de la Paix", "pii:address"),
    ("vivo en Calle Mayor 5", "Calle Mayor 5", "pii:address"),
]


@pytest.mark.parametrize(("text", "value", "rule"), POSITIVES)
def test_finds_pii_with_exact_span_and_masked_excerpt(text: str, value: str, rule: str) -> None:
    signal = privacy(text)
    found = [e for e in signal.evidence if e.rule == rule]
    assert found, f"{rule} not found in {text!r}: {signal.evidence}"
    evidence = found[0]
    assert evidence.span is not None and evidence.excerpt is not None
    assert text[evidence.span[0] : evidence.span[1]] == value
    assert evidence.excerpt != value, "the excerpt must be masked"
    assert "*" in evidence.excerpt
    hidden = re.sub(r"\W", "", value)[:-4]
    assert hidden not in evidence.excerpt, "most of the value must be hidden"
    assert signal.score is not None and signal.score >= 0.6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"card {grouped(CARD)}", f"**** **** **** {CARD[-4:]}"),
        ("ssn 123-45-6789", "***-**-6789"),
        ("john.doe@example.com", "j***@e***.com"),
        (f"{IBAN}", f"DE{'*' * 16}{IBAN[-4:]}"),
    ],
)
def test_mask_formats(text: str, expected: str) -> None:
    [evidence] = privacy(text).evidence
    assert evidence.excerpt == expected


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_complete(payload: str) -> str:
    permutations = [list(range(10))]
    for _ in range(7):
        permutations.append([VERHOEFF_P1[x] for x in permutations[-1]])
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = VERHOEFF_D[c][permutations[(i + 1) % 8][int(ch)]]
    return payload + str(VERHOEFF_INV[c])


def test_aadhaar_needs_grouping_or_keyword() -> None:
    number = verhoeff_complete("23456789012")
    assert rules(privacy(f"id {grouped(number)}")) == {"pii:aadhaar"}
    assert rules(privacy(f"aadhaar no {number}")) == {"pii:aadhaar"}
    assert "pii:aadhaar" not in rules(privacy(f"ref {number}"))
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert "pii:aadhaar" not in rules(privacy(f"aadhaar {grouped(broken)}"))


NEGATIVES = [
    "the album came out in 2019 and the remaster in 2021",
    "years 2019 2020 2021 2022",
    "it sold 1 234 567 890 copies",
    "price: $1,234,567.89",
    "tickets cost €149.99, doors at 19:30",
    "see you on 12.05.2024 at 10:30",
    "track 12 of 24, 3:45 long",
    "order 123456789 shipped",
    "server 192.168.100.200 is down",
    "version 1.2.3.4 released",
    f"card {grouped(BAD_CARD)}",
    f"iban {IBAN[:-1]}{(int(IBAN[-1]) + 1) % 10}",
    "ssn 666-12-3456",
    "ssn 000-12-3456",
    "DNI 12345678A",
    "top 10 songs for the road",
    "5 ways to improve your drive",
    "I bought 3 more tracks on the way",
    "email me via the contact form",
    "follow @someone on insta",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_numbers_are_not_pii(text: str) -> None:
    signal = privacy(text)
    assert signal.score == 0.0, signal.evidence


def test_doxxing_phrase_raises_the_weight() -> None:
    plain = privacy("221b Baker Street")
    doxxed = privacy("here is his address: 221b Baker Street")
    assert plain.score is not None and doxxed.score is not None
    assert doxxed.score > plain.score
    assert "pii:doxxing_context" in rules(doxxed)
    far = privacy("here is his address. " + "la " * 60 + "221b Baker Street")
    assert far.score == plain.score


def test_kinds_combine_by_noisy_or_and_repeats_do_not_stack() -> None:
    one = privacy("a@example.com")
    two_same = privacy("a@example.com b@example.com")
    two_kinds = privacy("a@example.com +44 7700 900123")
    assert one.score == two_same.score == pytest.approx(0.6)
    assert two_kinds.score == pytest.approx(1 - 0.4 * 0.4)


def test_card_inside_longer_run_uses_the_valid_prefix() -> None:
    [evidence] = privacy(f"{grouped(CARD)} 123").evidence
    assert evidence.span == (0, 19)


def test_spans_point_into_original_text_after_normalisation() -> None:
    text = "Straße ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    [evidence] = privacy(text).evidence
    assert isinstance(evidence, Evidence) and evidence.span is not None
    assert text[evidence.span[0] : evidence.span[1]] == "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    assert "ｅｘａｍｐｌｅ" not in (evidence.excerpt or "")

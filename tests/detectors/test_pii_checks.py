"""Check-digit validators, tested against numbers generated here by each algorithm."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bastion.detectors.pii_checks import (
    IBAN_LENGTHS,
    aadhaar_valid,
    card_network,
    codice_fiscale_valid,
    cpf_valid,
    dni_valid,
    iban_valid,
    luhn_valid,
    mask,
    mask_email,
    nino_valid,
    nir_valid,
    ssn_valid,
)

# --- independent reference implementations (textbook formulations) ---------------------------


def luhn_complete(payload: str) -> str:
    """``payload`` plus the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # these digits are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return payload + str((10 - total % 10) % 10)


def iban_complete(country: str, bban: str) -> str:
    """The IBAN for ``bban`` with its ISO 7064 mod-97-10 check digits."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in rearranged))
    return f"{country}{98 - number % 97:02d}{bban}"


def cpf_complete(nine: str) -> str:
    digits = [int(d) for d in nine]
    for weight_start in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(weight_start, 1, -1), strict=False))
        remainder = total % 11
        digits.append(0 if remainder < 2 else 11 - remainder)
    return "".join(map(str, digits))


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
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_complete(payload: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return payload + str(VERHOEFF_INV[c])


def dni_complete(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def nir_complete(thirteen: str) -> str:
    return f"{thirteen}{97 - int(thirteen) % 97:02d}"


def mutate(value: str, index: int) -> str:
    """``value`` with the digit at ``index`` changed (all single-digit errors must be caught)."""
    digit = int(value[index])
    return value[:index] + str((digit + 1) % 10) + value[index + 1 :]


# --- Luhn and card networks -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "network"),
    [
        ("400000000000000", "visa"),
        ("545454545454545", "mastercard"),
        ("222100000000000", "mastercard"),
        ("37828224631000", "amex"),
        ("601100000000000", "discover"),
        ("353011133330000", "jcb"),
        ("3056930902590", "diners"),
        ("620000000000000", "unionpay"),
    ],
)
def test_generated_cards_are_valid_and_networked(payload: str, network: str) -> None:
    number = luhn_complete(payload)
    assert luhn_valid(number)
    assert card_network(number) == network
    assert not luhn_valid(mutate(number, len(number) - 1))
    assert not luhn_valid(mutate(number, 3))


@given(st.text(alphabet="0123456789", min_size=12, max_size=18), st.integers(0, 17))
def test_luhn_catches_every_single_digit_error(payload: str, index: int) -> None:
    number = luhn_complete(payload)
    assert luhn_valid(number)
    assert not luhn_valid(mutate(number, index % len(number)))


def test_unknown_prefix_is_no_card_network() -> None:
    assert card_network(luhn_complete("999999999999999")) is None
    assert card_network(luhn_complete("40000000000000")) is None  # visa is never 15 digits


# --- IBAN -------------------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "NO", "MT", "TR"])
def test_generated_ibans_are_valid(country: str) -> None:
    length = IBAN_LENGTHS[country.lower()]
    bban = ("1234567890" * 4)[: length - 4]
    iban = iban_complete(country, bban)
    assert len(iban) == length
    assert iban_valid(iban)
    assert iban_valid(iban.lower())
    assert not iban_valid(mutate(iban, length - 1))
    assert not iban_valid(iban + "0"), "wrong length for the country"


def test_iban_reference_example_and_unknown_country() -> None:
    assert iban_valid("GB82WEST12345698765432")  # ECBS example
    assert not iban_valid("GB82WEST12345698765433")
    assert not iban_valid(iban_complete("QQ", "12345678901234"))


@given(st.text(alphabet="0123456789", min_size=18, max_size=18), st.integers(4, 21))
def test_mod97_catches_single_digit_errors(bban: str, index: int) -> None:
    iban = iban_complete("DE", bban)
    assert iban_valid(iban)
    assert not iban_valid(mutate(iban, index))


# --- national identifiers -------------------------------------------------------------------


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_cpf_generated(nine: str) -> None:
    cpf = cpf_complete(nine)
    assert cpf_valid(cpf) == (len(set(cpf)) > 1)
    assert not cpf_valid(mutate(cpf, 10))
    assert not cpf_valid(mutate(cpf, 9))


def test_cpf_rejects_repeated_digits() -> None:
    assert not cpf_valid("11111111111")
    assert cpf_valid(cpf_complete("123456789"))


@given(st.integers(200_000_000_00, 999_999_999_99), st.integers(0, 11))
def test_aadhaar_verhoeff(payload: int, index: int) -> None:
    number = verhoeff_complete(str(payload))
    assert aadhaar_valid(number)
    assert not aadhaar_valid(mutate(number, index))


def test_aadhaar_never_starts_with_0_or_1() -> None:
    assert not aadhaar_valid(verhoeff_complete("12345678901"))
    assert aadhaar_valid(verhoeff_complete("23456789012"))


@pytest.mark.parametrize("number", ["12345678", "00000001", "87654321", "45678912"])
def test_dni_and_nie(number: str) -> None:
    assert dni_valid(dni_complete(number))
    wrong = dni_complete(number)[:-1] + ("A" if dni_complete(number)[-1] != "A" else "B")
    assert not dni_valid(wrong)
    nie = dni_complete("1" + number[1:])  # Y + 7 digits is checked as 1 + 7 digits
    assert dni_valid("Y" + nie[1:])


def test_ssn_structure() -> None:
    assert ssn_valid("123456789")
    for bad in ("000456789", "666456789", "900456789", "123006789", "123450000"):
        assert not ssn_valid(bad), bad


def test_nino() -> None:
    assert nino_valid("AB123456C")
    assert nino_valid("ab123456d")
    for bad in ("GB123456C", "AB123456E", "DA123456C", "AO123456C", "AB12345C"):
        assert not nino_valid(bad), bad


@pytest.mark.parametrize("thirteen", ["1850578006084", "2990175123456", "1010101010101"])
def test_nir(thirteen: str) -> None:
    nir = nir_complete(thirteen)
    assert nir_valid(nir)
    assert not nir_valid(mutate(nir, 14))


def test_nir_corsica() -> None:
    # 2A is computed as 19 in the key: build the key with 19, write it with 2A.
    key = nir_complete("1850519006084")[-2:]
    assert nir_valid("18505" + "2A" + "006084" + key)


def test_codice_fiscale() -> None:
    assert codice_fiscale_valid("RSSMRA85T10A562S")  # the Agenzia delle Entrate example
    assert not codice_fiscale_valid("RSSMRA85T10A562T")
    assert not codice_fiscale_valid("RSSMRA85T10A562")


# --- masks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        ("4111 1111 1111 1234", {"keep_last": 4}, "**** **** **** 1234"),
        ("123-45-6789", {"keep_last": 4}, "***-**-6789"),
        (
            "DE89 3704 0044 0532 0130 00",
            {"keep_last": 4, "keep_first": 2},
            "DE** **** **** **** **30 00",
        ),
        ("+44 7700 900123", {"keep_last": 2}, "+** **** ****23"),
        ("abc", {}, "***"),
    ],
)
def test_mask_keeps_separators_and_tail(value: str, kwargs: dict[str, int], expected: str) -> None:
    assert mask(value, **kwargs) == expected


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("john.doe@example.com", "j***@e***.com"),
        ("Jane@Mail.Example.co.uk", "J***@M***.uk"),
        ("bob [at] gmail [dot] com", "b***@g***.com"),
    ],
)
def test_mask_email(email: str, expected: str) -> None:
    assert mask_email(email) == expected

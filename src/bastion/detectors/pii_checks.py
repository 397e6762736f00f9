"""Check-digit validators and masks for the PII detector.

Every validator takes the identifier's characters without separators
(lower- or upper-case) and returns whether its check digits are right; a
random string of the right shape passes with the probability noted.
"""

from __future__ import annotations

import re

__all__ = [
    "IBAN_LENGTHS",
    "aadhaar_valid",
    "card_network",
    "codice_fiscale_valid",
    "cpf_valid",
    "dni_valid",
    "iban_valid",
    "luhn_valid",
    "mask",
    "mask_email",
    "nino_valid",
    "nir_valid",
    "ssn_valid",
]

IBAN_LENGTHS: dict[str, int] = {
    "ad": 24, "ae": 23, "al": 28, "at": 20, "az": 28, "ba": 20, "be": 16, "bg": 22, "bh": 22,
    "br": 29, "ch": 21, "cr": 22, "cy": 28, "cz": 24, "de": 22, "dk": 18, "do": 28, "ee": 20,
    "eg": 29, "es": 24, "fi": 18, "fo": 18, "fr": 27, "gb": 22, "ge": 22, "gi": 23, "gl": 18,
    "gr": 27, "gt": 28, "hr": 21, "hu": 28, "ie": 22, "il": 23, "is": 26, "it": 27, "jo": 30,
    "kw": 30, "kz": 20, "lb": 28, "li": 21, "lt": 20, "lu": 20, "lv": 21, "mc": 27, "md": 24,
    "me": 22, "mk": 19, "mr": 27, "mt": 31, "mu": 30, "nl": 18, "no": 15, "pk": 24, "pl": 28,
    "ps": 29, "pt": 25, "qa": 29, "ro": 24, "rs": 22, "sa": 24, "se": 24, "si": 19, "sk": 24,
    "sm": 27, "tn": 24, "tr": 26, "ua": 29, "vg": 24, "xk": 20,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check used by payment cards; 1 in 10 random numbers pass."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_network(digits: str) -> str | None:
    """The card network whose IIN ranges and lengths fit ``digits``, or None."""
    n = len(digits)
    two, four, six = int(digits[:2]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= two <= 55 or 2221 <= four <= 2720) and n == 16:
        return "mastercard"
    if two in (34, 37) and n == 15:
        return "amex"
    if 2200 <= four <= 2204 and n == 16:
        return "mir"
    if (four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    if 622126 <= six <= 622925 or (two == 62 and 16 <= n <= 19):
        return "unionpay"
    if 3528 <= four <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(digits[:3]) <= 305 or two in (36, 38, 39)) and 14 <= n <= 19:
        return "diners"
    if (two == 50 or 56 <= two <= 69) and 13 <= n <= 19:
        return "maestro"
    return None


def iban_valid(iban: str) -> bool:
    """Country length and ISO 7064 mod-97 check; 1 in 97 random strings pass."""
    iban = iban.lower()
    if len(iban) != IBAN_LENGTHS.get(iban[:2], -1) or not iban.isalnum():
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def ssn_valid(digits: str) -> bool:
    """US SSN structure: no 000/666/9xx area, no 00 group, no 0000 serial."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
    )


_NINO_BAD_PREFIXES = frozenset({"bg", "gb", "kn", "nk", "nt", "tn", "zz"})
_NINO = re.compile(r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]")


def nino_valid(nino: str) -> bool:
    """UK National Insurance number: allowed prefix letters and suffix A-D."""
    nino = nino.lower()
    return bool(_NINO.fullmatch(nino)) and nino[:2] not in _NINO_BAD_PREFIXES


_DNI_LETTERS = "trwagmyfpdxbnjzsqvhlcke"


def dni_valid(value: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)."""
    value = value.lower()
    if value[:1] in ("x", "y", "z"):
        value = str("xyz".index(value[0])) + value[1:]
    number, letter = value[:-1], value[-1:]
    return len(number) == 8 and number.isdigit() and _DNI_LETTERS[int(number) % 23] == letter


def cpf_valid(digits: str) -> bool:
    """Brazilian CPF: two mod-11 check digits; repeated digits are invalid."""
    if len(digits) != 11 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    nums = [int(d) for d in digits]
    for size in (9, 10):
        total = sum(n * (size + 1 - i) for i, n in enumerate(nums[:size]))
        if (total * 10) % 11 % 10 != nums[size]:
            return False
    return True


def _verhoeff_d(j: int, k: int) -> int:
    """Multiplication in the dihedral group D5, as used by Verhoeff."""
    if j < 5 and k < 5:
        return (j + k) % 5
    if j < 5:
        return (j + k - 5) % 5 + 5
    if k < 5:
        return (j - 5 - k) % 5 + 5
    return (j - k) % 5


_VERHOEFF_P1 = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)
_VERHOEFF_P = [tuple(range(10))]
for _ in range(7):
    _VERHOEFF_P.append(tuple(_VERHOEFF_P1[d] for d in _VERHOEFF_P[-1]))


def aadhaar_valid(digits: str) -> bool:
    """Indian Aadhaar: 12 digits, not starting with 0/1, Verhoeff check digit."""
    if len(digits) != 12 or not digits.isdigit() or digits[0] in "01":
        return False
    check = 0
    for i, ch in enumerate(reversed(digits)):
        check = _verhoeff_d(check, _VERHOEFF_P[i % 8][int(ch)])
    return check == 0


def nir_valid(value: str) -> bool:
    """French NIR (social security number), 13 characters + 2-digit key (simplified)."""
    value = value.lower().replace("2a", "19", 1).replace("2b", "18", 1)
    if len(value) != 15 or not value.isdigit() or value[0] not in "12":
        return False
    return 97 - int(value[:13]) % 97 == int(value[13:])


_CF_ODD = dict(zip("0123456789abcdefghijklmnopqrstuvwxyz", (
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
    6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))  # fmt: skip


def codice_fiscale_valid(value: str) -> bool:
    """Italian codice fiscale: 16 characters, last one a check letter."""
    value = value.lower()
    if len(value) != 16 or not value.isalnum():
        return False
    total = 0
    for i, ch in enumerate(value[:15]):
        if i % 2 == 0:  # 1st, 3rd, ... character ("odd" in the 1-based specification)
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("a")
    return chr(ord("a") + total % 26) == value[15]


def mask(text: str, keep_last: int = 0, keep_first: int = 0) -> str:
    """``text`` with letters and digits starred, except the first/last few; separators kept."""
    positions = [i for i, ch in enumerate(text) if ch.isalnum()]
    keep = set(positions[:keep_first]) | set(
        positions[len(positions) - keep_last :] if keep_last else ()
    )
    return "".join(ch if i in keep or not ch.isalnum() else "*" for i, ch in enumerate(text))


_AT = re.compile(r"\s*(?:@|[\[({]\s*at\s*[\])}])\s*", re.IGNORECASE)


def mask_email(text: str) -> str:
    """``john.doe@example.com`` -> ``j***@e***.com``."""
    parts = _AT.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return mask(text)
    local, domain = parts
    tld = re.search(r"(\w+)\W*$", domain)
    return f"{local[0]}***@{domain[0]}***.{tld.group(1) if tld else '***'}"

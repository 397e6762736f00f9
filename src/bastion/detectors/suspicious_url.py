"""Links that look like phishing, malware delivery or link spam."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import SplitResult, urlsplit

from bastion.artifacts import Artifacts
from bastion.detectors.base import Detector, data_digest
from bastion.detectors.lexicon import load_data
from bastion.detectors.scoring import Match, finding, signals_for
from bastion.types import Signal


@dataclass(frozen=True)
class UrlLists:
    """The data of ``data/urls.yaml``: shorteners, TLDs, brands and their real domains."""

    shorteners: frozenset[str]
    suspicious_tlds: frozenset[str]
    tlds: frozenset[str]
    brands: dict[str, tuple[str, ...]]
    mainstream_suffixes: frozenset[str]
    lure_words: frozenset[str]
    digest: str = ""
    """A hash of the data: part of the version the detector records."""

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> UrlLists:
        suspicious = frozenset(map(str, data["suspicious_tlds"]))
        return cls(
            digest=data_digest(data),
            shorteners=frozenset(map(str, data["shorteners"])),
            suspicious_tlds=suspicious,
            tlds=suspicious | frozenset(map(str, data["tlds"])),
            brands={str(k): tuple(map(str, v)) for k, v in data["brands"].items()},
            mainstream_suffixes=frozenset(map(str, data["mainstream_suffixes"])),
            lure_words=frozenset(map(str, data["lure_words"])),
        )


@cache
def load_url_lists(filename: str = "urls.yaml") -> UrlLists:
    return UrlLists.from_mapping(load_data(filename))


_EXECUTABLE = re.compile(r"\.(?:exe|apk|scr|msi|bat|cmd|jar|vbs|ps1|dmg|pkg)$")
_LEET = (str.maketrans("013457$8", "oleastsb"), str.maketrans("013457$8", "oieastsb"))
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"


def url_regex(tlds: frozenset[str]) -> re.Pattern[str]:
    """URLs with a scheme, ``www.``, a raw IPv4 host and path, or a bare domain in ``tlds``."""
    return re.compile(
        r"(?<![\w@.-])(?:"
        r"(?:https?|ftp)://[^\s<>\"'`]+"
        r"|www\.[^\s<>\"'`]+"
        r"|\d{1,3}(?:\.\d{1,3}){3}(?::\d{2,5})?/[^\s<>\"'`]*"
        rf"|(?:{_LABEL}\.)+(?:{'|'.join(sorted(tlds, key=len, reverse=True))}|xn--[a-z0-9-]+)"
        r"(?::\d{2,5})?(?:/[^\s<>\"'`]*)?(?![\w-])"
        r")"
    )


_TRAILING = ".,;:!?)]}'\"”’»"
_MANY_URLS_SHORT_TEXT = 280


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _edit_distance_is_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _host(url: str) -> str:
    try:
        return urlsplit(url if "://" in url else "http://" + url).hostname or ""
    except ValueError:
        return ""


def _disguised_host(original: str, canonical: str) -> bool:
    """Whether the host was written in lookalike characters (Cyrillic "а", fullwidth "ｐ")
    that normalisation turned into a plain ASCII host: "раypal.com" reads as "paypal.com"."""
    written, read = _host(original), _host(canonical)
    return bool(written) and not written.isascii() and read.isascii()


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return bool(re.fullmatch(r"\d{8,10}|0x[0-9a-f]{8}", host))
    return True


def _contains_brand(token: str, brand: str) -> bool:
    if token == brand:
        return True
    return len(brand) >= 6 and (token.startswith(brand) or token.endswith(brand))


class SuspiciousUrls(Detector):
    """Links that look like phishing, malware delivery or link spam.

    Catches: URLs in the canonical view, with or without a scheme ("https://x.y/z",
    "www.example.com", "bit.ly/abc", "http://1.2.3.4/login"), and scores what
    each one looks like: a URL shortener (hides the destination), a raw IP host,
    a punycode (``xn--``) or non-ASCII host, a host written in lookalike characters
    that normalise to ASCII ("раypal.com" with a Cyrillic "а"), user-info before
    an ``@`` ("https://paypal.com@evil.example"), a brand name or a lookalike of
    one outside the brand's real domains ("paypa1.com", "spotify-account-verify.com",
    "paypal.com.secure-login.top"), a TLD favoured by abusers (``.zip``, ``.xyz``,
    ``.top`` ...), an executable download; and many links in one short message
    (spam). Each finding has its own weight; a category's score is a noisy-OR
    over the distinct findings.

    Misses: malicious links on ordinary domains (compromised sites, file hosts,
    open redirects), the destination behind a shortener (nothing is fetched),
    brands outside the small built-in list, bare domains whose TLD is not in the
    recognised list, and reputation (no blocklist is consulted).
    """

    name = "suspicious_url"
    version = "1.0.0"
    categories = ("scam", "spam")

    def __init__(self, lists: UrlLists | None = None) -> None:
        self.lists = lists if lists is not None else load_url_lists()
        self.version = f"{type(self).version}+{self.lists.digest}"
        self.url = url_regex(self.lists.tlds)
        self._real_domains = frozenset(d for ds in self.lists.brands.values() for d in ds)

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        text = artifacts.text
        if text is None:
            return [self.signal(category, 0.0) for category in self.categories]
        view = text.canonical
        matches: list[Match] = []
        urls: list[tuple[tuple[int, int], str]] = []
        judged: dict[str, list[tuple[str, str, float]]] = {}  # spam repeats its links
        for m in self.url.finditer(view.text):
            raw = _trim(m.group())
            span = view.original_span(m.start(), m.start() + len(raw))
            excerpt = text.original[span[0] : span[1]]
            urls.append((span, excerpt))
            if raw not in judged:
                judged[raw] = self.judge(raw)
            matches += [finding(rule, cat, w, span, excerpt) for rule, cat, w in judged[raw]]
            if not excerpt.isascii() and _disguised_host(excerpt, raw):
                matches.append(finding("homograph", "scam", 0.85, span, excerpt))
        many = len(urls) >= 5 or (len(urls) >= 3 and len(text.original) <= _MANY_URLS_SHORT_TEXT)
        if many:
            weight = 0.7 if len(urls) >= 5 else 0.5
            matches += [finding("many_urls", "spam", weight, span, ex) for span, ex in urls]
        return signals_for(self, matches)

    def judge(self, url: str) -> list[tuple[str, str, float]]:
        """(rule, category, weight) for each suspicious trait of ``url`` (canonical form)."""
        try:
            return self.url_findings(urlsplit(url if "://" in url else "http://" + url))
        except ValueError:  # a malformed port or IPv6 literal
            return [("malformed", "scam", 0.2)]

    def url_findings(self, parts: SplitResult) -> list[tuple[str, str, float]]:
        """(rule, category, weight) for one parsed URL."""
        host = (parts.hostname or "").rstrip(".")
        out: list[tuple[str, str, float]] = []
        if "@" in parts.netloc:
            out.append(("userinfo", "scam", 0.8))
        if host in self.lists.shorteners:
            out += [("shortener", "scam", 0.3), ("shortener", "spam", 0.35)]
        if _is_ip(host):
            out += [("raw_ip", "scam", 0.6), ("raw_ip", "spam", 0.3)]
        elif any(label.startswith("xn--") for label in host.split(".")):
            out.append(("punycode", "scam", 0.6))
        elif not host.isascii():
            out.append(("non_ascii_host", "scam", 0.5))
        if host.rsplit(".", 1)[-1] in self.lists.suspicious_tlds:
            out += [("suspicious_tld", "scam", 0.3), ("suspicious_tld", "spam", 0.3)]
        if _EXECUTABLE.search(parts.path):
            out.append(("executable", "scam", 0.5))
        out += [(rule, "scam", weight) for rule, weight in self.brand_findings(host, parts.path)]
        return out

    def brand_findings(self, host: str, path: str) -> list[tuple[str, float]]:
        """(rule, weight) for brand names or lookalikes in ``host`` outside the brand's domains."""
        if self._is_real(host):
            return []
        lure = self.lists.lure_words
        tokens = [t for t in re.split(r"[.-]", host)[:-1] if t]
        lured = any(t in lure for t in tokens) or any(w in lure for w in re.split(r"[\W_]+", path))
        unleet = {t.translate(m).replace("rn", "m") for t in tokens for m in _LEET} - set(tokens)
        found: list[tuple[str, float]] = []
        for brand in self.lists.brands:
            if any(_contains_brand(t, brand) for t in tokens):
                found.append(("brand_in_domain", 0.85 if lured else 0.7))
            elif any(_contains_brand(t, brand) for t in unleet):
                found.append(("brand_lookalike", 0.9))
            elif len(brand) >= 6 and any(_edit_distance_is_one(t, brand) for t in tokens):
                found.append(("brand_typo", 0.8 if lured else 0.7))
        return found

    def _is_real(self, host: str) -> bool:
        """Whether ``host`` belongs to a listed brand (its domains, or brand.<mainstream TLD>)."""
        labels = host.split(".")
        if any(".".join(labels[i:]) in self._real_domains for i in range(len(labels))):
            return True
        for size in (1, 2):
            suffix = ".".join(labels[-size:])
            if len(labels) > size and suffix in self.lists.mainstream_suffixes:
                return labels[-size - 1] in self.lists.brands
        return False

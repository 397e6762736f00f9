"""Where a webhook may go: public addresses only, unless the operator allows private ones.

A ``callback_url`` is chosen by whoever holds a ``scan`` key, and the worker
POSTs to it from inside the operator's network. Without a check, a key could
aim the worker at the metadata service (169.254.169.254), the database port on
localhost or an admin panel on the LAN (server-side request forgery). So every
address the host resolves to must be globally routable; loopback, private,
link-local, carrier-grade NAT, multicast and reserved ranges are refused.
Set ``BASTION_WEBHOOK_ALLOW_PRIVATE=1`` where receivers live on a private
network (and in tests, whose receivers listen on 127.0.0.1).

The host is resolved again at each delivery, since DNS answers change; the
connection then resolves it once more, so a resolver that answers differently
within milliseconds (DNS rebinding) is not covered: an egress firewall is the
complete answer, this check is the one that needs no infrastructure.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

__all__ = ["is_public", "numeric_host", "refused_destination"]

_NOT_PUBLIC = "not a public address (loopback, private, link-local or reserved)"


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, compatible, 6to4, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    packed = int(ip)
    if packed >> 32 == 0 and packed > 1:  # ::a.b.c.d (deprecated IPv4-compatible)
        return ipaddress.IPv4Address(packed)
    if ip in _NAT64:
        return ipaddress.IPv4Address(packed & 0xFFFFFFFF)
    return None


def is_public(address: str) -> bool:
    """Whether ``address`` (an IP literal) is globally routable unicast."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return embedded.is_global and not embedded.is_multicast
    return ip.is_global and not ip.is_multicast


def _number(part: str) -> int | None:
    """One part of a numeric IPv4 host as ``inet_aton`` reads it (0x hex, 0 octal, decimal)."""
    try:
        if part[:2].lower() == "0x":
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part[1:], 8)
        return int(part, 10) if part.isdigit() else None
    except ValueError:
        return None


def numeric_host(host: str) -> str | None:
    """The dotted-quad a numeric host stands for, as resolvers and browsers read it:
    ``2130706433``, ``0x7f000001``, ``017700000001``, ``127.1``, ``0x7f.0.0.1`` are all
    ``127.0.0.1``. ``"invalid"`` for a host that ends in a number but is no valid address;
    None for a name."""
    parts = host.split(".")
    last = parts[-1]
    if not (
        last.isdigit()
        or (last[:2].lower() == "0x" and all(c in "0123456789abcdefABCDEF" for c in last[2:]))
    ):
        return None  # a name (its last label is not a number)
    numbers = [_number(p) for p in parts]
    if len(parts) > 4 or any(n is None for n in numbers):
        return "invalid"
    values = [n for n in numbers if n is not None]
    *head, tail = values
    if any(n > 255 for n in head) or tail >= 256 ** (5 - len(values)):
        return "invalid"
    packed = tail
    for index, value in enumerate(head):
        packed += value << (8 * (3 - index))
    return str(ipaddress.IPv4Address(packed))


def refused_destination(url: str, *, resolve: bool = True) -> str | None:
    """Why a webhook may not be sent to ``url``, else None.

    With ``resolve=False`` only IP literals and ``localhost`` are judged (no DNS
    look-up, for the request path); a name that does not resolve is not refused
    here (the delivery fails and is retried like any unreachable receiver).
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme not in ("http", "https") or not host:
        return f"callback URL {url!r} is not an absolute http(s) URL"
    if host == "localhost" or host.endswith(".localhost"):
        return f"{host} is a loopback name"
    numeric = numeric_host(host)
    if numeric == "invalid":
        return f"{host} is not a valid IPv4 address"
    if numeric is not None and numeric != host:
        return None if is_public(numeric) else f"{host} (= {numeric}) is {_NOT_PUBLIC}"
    try:
        return None if is_public(host) else f"{host} is {_NOT_PUBLIC}"
    except ValueError:
        pass  # a name, not an IP literal
    if not resolve:
        return None
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    for *_, sockaddr in answers:
        address = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 zone id
        if not is_public(address):
            return f"{host} resolves to {address}, which is {_NOT_PUBLIC}"
    return None

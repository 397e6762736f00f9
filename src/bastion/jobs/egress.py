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

__all__ = ["is_public", "refused_destination"]

_NOT_PUBLIC = "not a public address (loopback, private, link-local or reserved)"


def is_public(address: str) -> bool:
    """Whether ``address`` (an IP literal) is globally routable unicast."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


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

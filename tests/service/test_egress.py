"""Webhook destinations: public addresses only (server-side request forgery)."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bastion.jobs.egress import is_public, numeric_host, refused_destination


def test_internal_destinations_are_refused() -> None:
    for url in (
        "http://127.0.0.1:8080/hook",
        "http://[::1]/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://172.16.5.4/hook",
        "http://169.254.169.254/latest/meta-data",  # cloud metadata
        "http://100.64.0.1/hook",  # carrier-grade NAT
        "http://0.0.0.0/hook",
        "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped loopback
        "http://[fe80::1]/hook",
        "http://localhost/hook",
        "http://LOCALHOST./hook",
        "http://api.localhost/hook",
        "http://localhost:5432/",
    ):
        assert refused_destination(url, resolve=False) is not None, url


def test_public_addresses_and_unresolved_names_pass() -> None:
    assert refused_destination("https://93.184.215.14/hook") is None
    assert refused_destination("https://[2606:4700::1111]/hook") is None
    # Not resolved on the request path; at delivery an unknown name fails like any
    # unreachable receiver (and is retried), it is not "refused".
    assert refused_destination("https://hooks.example.com/x", resolve=False) is None
    assert refused_destination("https://no-such-host.invalid/x") is None


def test_only_http_urls() -> None:
    assert "not an absolute http(s) URL" in (refused_destination("ftp://1.1.1.1/") or "")
    assert "not an absolute http(s) URL" in (refused_destination("http:///path") or "")


@given(st.ip_addresses())
def test_every_ip_literal_is_judged_like_the_ip_module(ip: ipaddress._BaseAddress) -> None:
    host = f"[{ip}]" if ip.version == 6 else str(ip)
    refused = refused_destination(f"http://{host}/hook", resolve=False) is not None
    judged = ip
    if isinstance(ip, ipaddress.IPv6Address):  # the IPv4 address it carries, if any
        if ip.ipv4_mapped or ip.sixtofour:
            judged = ip.ipv4_mapped or ip.sixtofour
        elif (int(ip) >> 32 == 0 and int(ip) > 1) or ip in ipaddress.ip_network("64:ff9b::/96"):
            judged = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    assert refused == (not (judged.is_global and not judged.is_multicast))
    assert is_public(str(ip)) is not refused


@pytest.mark.parametrize(
    "host",
    [
        "2130706433",  # decimal
        "0x7f000001",  # hex
        "0X7F000001",
        "017700000001",  # octal
        "0177.0.0.1",
        "0x7f.0.0.1",
        "127.1",  # short dotted
        "127.0.1",
        "0x7f.1",
        "0",  # 0.0.0.0
        "3232235521",  # 192.168.0.1
        "0xa9.0xfe.0xa9.0xfe",  # 169.254.169.254
        "[::ffff:7f00:1]",  # IPv4-mapped IPv6, hex form
        "[::ffff:127.0.0.1]",
        "[::127.0.0.1]",  # IPv4-compatible
        "[64:ff9b::7f00:1]",  # NAT64
        "[2002:7f00:1::]",  # 6to4
        "127.0.0.1.",  # trailing dot
    ],
)
def test_every_numeric_form_of_an_internal_address_is_refused(host: str) -> None:
    assert refused_destination(f"http://{host}:9099/hook", resolve=False) is not None


@pytest.mark.parametrize(
    ("host", "dotted"),
    [
        ("2130706433", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("1.2.772", "1.2.3.4"),
        ("134744072", "8.8.8.8"),
        ("hooks.example.com", None),
        ("1.2.3.example", None),
        ("1.2.3.4.5", "invalid"),
        ("256.1.1.1", "invalid"),
        ("08.1.1.1", "invalid"),  # 08 is not octal
        ("4294967296", "invalid"),
    ],
)
def test_numeric_hosts_read_like_inet_aton(host: str, dotted: str | None) -> None:
    assert numeric_host(host) == dotted


def test_public_numeric_forms_pass() -> None:
    assert refused_destination("http://134744072/hook", resolve=False) is None  # 8.8.8.8

"""Webhook destinations: public addresses only (server-side request forgery)."""

from __future__ import annotations

import ipaddress

from hypothesis import given
from hypothesis import strategies as st

from bastion.jobs.egress import is_public, refused_destination


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
    mapped = getattr(ip, "ipv4_mapped", None) or ip
    assert refused == (not (mapped.is_global and not mapped.is_multicast))
    assert is_public(str(ip)) is not refused

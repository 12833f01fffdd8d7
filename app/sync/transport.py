"""Which URLs the desktop may talk to: https with the deployment's pinned CA; plain http only
to this machine, and only in a demo.

Plain Python (``urllib.parse``, no httpx): the deployment file is checked with this rule at
start-up, before the window shows, and httpx with its command-line stack costs ~300 ms to
import. ``SyncClient`` applies the same rule when it is made.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() in LOOPBACK_NAMES


def transport_problem(url: str, *, has_ca: bool, demo: bool = True) -> str | None:
    """Why this client must not talk to ``url`` (None when it may)."""
    if any(c.isspace() for c in url):
        return "not a URL: it contains spaces"
    try:
        parsed = urlsplit(url)
        parsed.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError as exc:
        return f"not a URL: {exc}"
    scheme, host = parsed.scheme.lower(), parsed.hostname or ""
    if scheme == "https":
        if not host:
            return "the URL names no host"
        if not has_ca:
            return (
                "https needs central.ca_bundle: the certificate authority that issued the "
                "service's certificate (the only one trusted)"
            )
        return None
    if scheme != "http":
        return "the URL must start with https://"
    if not is_loopback(host):
        return "plain http:// is only for a demo on this machine (loopback); use https://"
    if not demo:
        return "plain http:// to this machine needs 'demo: true' (a demonstration only)"
    return None

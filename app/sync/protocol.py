"""Protocol versions, and who serves whom (rules in docs/sync-protocol.md, "Versions").

A version is MAJOR.MINOR. A minor version only adds: optional fields, endpoints, codes. Both
sides accept what an older or newer minor version of the same major sends. A major version
changes something in a way an older party cannot read; the service keeps serving the previous
one until every laptop is updated (``OLDEST_CLIENT``).

Every request names the client's version in ``X-ASA-Protocol`` (a request without it is from a
1.0 client, which predates the header). Every reply names the service's version in the same
header and the oldest client version it serves in ``X-ASA-Oldest-Client-Protocol``;
``/v1/health`` says both in its body too (a 1.0 service sends neither header and ``"protocol":
1``). Each side refuses the other with a clear code:
``client_too_old`` (the desktop says "Bitte ASA aktualisieren") or ``service_too_old``.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

PROTOCOL_HEADER = "X-ASA-Protocol"  # requests: the client's; replies: the service's version
OLDEST_CLIENT_HEADER = "X-ASA-Oldest-Client-Protocol"  # replies: the oldest client served
_FORM = re.compile(r"(\d{1,4})(?:\.(\d{1,4}))?")


class ProtocolVersion(NamedTuple):
    major: int
    minor: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"

    @classmethod
    def parse(cls, value: Any) -> ProtocolVersion | None:
        """ "1.1" -> (1, 1); "1" and the 1.0 service's integer 1 -> (1, 0); anything else None."""
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10_000:
            return cls(value, 0)
        match = _FORM.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            return None
        return cls(int(match.group(1)), int(match.group(2) or 0))


# 1.0: the first protocol. 1.1: the version header, health names the oldest client served,
# RFC 8785 canonical form (byte-identical to 1.0's for all data 1.0 could send), unknown
# fields tolerated. 1.2: the bundle's optional ``assistant_record`` (hints, decisions,
# checklist of the sealed version, for the review).
PROTOCOL_VERSION = ProtocolVersion(1, 2)
OLDEST_CLIENT = ProtocolVersion(1, 0)  # the service serves clients from this version on
OLDEST_SERVICE = ProtocolVersion(1, 0)  # the client works with services from this version on
ASSUMED_WITHOUT_HEADER = ProtocolVersion(1, 0)

CLIENT_TOO_OLD = "client_too_old"
SERVICE_TOO_OLD = "service_too_old"


def service_version_problem(
    service: ProtocolVersion, oldest_client: ProtocolVersion
) -> tuple[str, str] | None:
    """(code, message) when this client cannot talk to a service that says so; else None."""
    if oldest_client > PROTOCOL_VERSION:
        return CLIENT_TOO_OLD, client_too_old_message(PROTOCOL_VERSION, oldest_client)
    if service < OLDEST_SERVICE:
        return SERVICE_TOO_OLD, service_too_old_message(service, PROTOCOL_VERSION)
    return None


def client_too_old_message(client: ProtocolVersion, oldest: ProtocolVersion) -> str:
    return (
        f"This ASA speaks sync protocol {client}; the central service needs at least {oldest}. "
        "Please update ASA; the transcripts stay on this laptop until then."
    )


def service_too_old_message(service: ProtocolVersion, client: ProtocolVersion) -> str:
    return (
        f"The central service speaks sync protocol {service}, which this ASA ({client}) no "
        "longer supports; IT must update the service. Nothing was sent."
    )

"""Which clients the service serves, by the protocol version each request names."""

from __future__ import annotations

from app.central.errors import ApiError, bad_request
from app.sync.protocol import (
    ASSUMED_WITHOUT_HEADER,
    CLIENT_TOO_OLD,
    OLDEST_CLIENT_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SERVICE_TOO_OLD,
    ProtocolVersion,
    client_too_old_message,
    service_too_old_message,
)


class ProtocolHeaders:
    """ASGI middleware: every answer names the service's protocol version and the oldest client
    version it serves, so a client checks them on every reply without asking separately."""

    def __init__(self, app, oldest: ProtocolVersion) -> None:
        self.app = app
        self.headers = [
            (PROTOCOL_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode()),
            (OLDEST_CLIENT_HEADER.lower().encode(), str(oldest).encode()),
        ]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_version(message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        await self.app(scope, receive, send_with_version)


def check_client_protocol(headers, oldest: ProtocolVersion) -> ProtocolVersion:
    """The client's version, when this service serves it; otherwise the refusal that tells the
    client (and its user) what to update."""
    raw = headers.get(PROTOCOL_HEADER)
    version = ASSUMED_WITHOUT_HEADER if raw is None else ProtocolVersion.parse(raw)
    if version is None:
        raise bad_request(
            "bad_protocol_version", f"{PROTOCOL_HEADER} must be MAJOR.MINOR, e.g. 1.1."
        )
    if version < oldest:
        raise ApiError(426, CLIENT_TOO_OLD, client_too_old_message(version, oldest))
    if version.major > PROTOCOL_VERSION.major:
        raise ApiError(400, SERVICE_TOO_OLD, service_too_old_message(PROTOCOL_VERSION, version))
    return version

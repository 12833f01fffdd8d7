"""Limits on what a client may make the service hold: body size, time, connections.

The service faces a network of laptops and whoever else reaches it. Nothing a client sends is
kept in memory beyond these limits, and no request may hold a connection open for ever:

* bodies are counted while they stream in (chunked or not; a Content-Length is believed only
  when it says "too large") and refused with 413 the moment they pass the limit of their
  endpoint, before anything parses them;
* a body that stops arriving is cut off (408) after ``body_idle_timeout`` without a byte, and
  any body after ``body_timeout`` in all;
* the request head must arrive within ``header_timeout`` (see ``app.central.server``), and a
  process holds at most ``max_connections`` connections.

Refusals have the protocol's one error shape ``{error, message, details}``.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.sync.messages import ErrorBody

ENV_PREFIX = "ASA_CENTRAL_"
KIB = 1024
MIB = 1024 * KIB

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class ServerLimits(BaseModel):
    """Per service process. Defaults suit a field-office network behind a reverse proxy."""

    model_config = ConfigDict(frozen=True)

    # A three-hour hearing's bundle is well under 2 MiB; 16 MiB leaves room for addenda.
    max_upload_bytes: int = Field(16 * MIB, ge=KIB)
    # Enrolment and every other endpoint: a code and a key, or nothing at all.
    max_small_body_bytes: int = Field(16 * KIB, ge=KIB)
    max_header_bytes: int = Field(16 * KIB, ge=KIB)
    header_timeout: float = Field(10.0, gt=0)
    body_idle_timeout: float = Field(30.0, gt=0)
    body_timeout: float = Field(300.0, gt=0)
    keep_alive_timeout: int = Field(5, ge=1)
    # Below the usual open-file limit of 1,024, with room for the database pool and logs.
    max_connections: int = Field(800, ge=1)

    def body_limit(self, path: str) -> int:
        return self.max_upload_bytes if path in UPLOAD_PATHS else self.max_small_body_bytes

    @classmethod
    def from_env(cls) -> ServerLimits:
        """Overrides from ASA_CENTRAL_<FIELD> (how ``serve`` hands them to worker processes)."""
        values = {
            name: os.environ[ENV_PREFIX + name.upper()]
            for name in cls.model_fields
            if ENV_PREFIX + name.upper() in os.environ
        }
        return cls.model_validate(values)

    def to_env(self) -> dict[str, str]:
        return {ENV_PREFIX + name.upper(): str(value) for name, value in self}


UPLOAD_PATHS = frozenset({"/v1/transcripts", "/v1/echo"})


def error_response_bytes(status: int, code: str, message: str) -> tuple[list, bytes]:
    body = ErrorBody(error=code, message=message).model_dump_json().encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        # The rest of a refused body is not read: the connection cannot carry another request.
        (b"connection", b"close"),
    ]
    return headers, body


class RequestLimits:
    """ASGI middleware: reads each request body under its limit and time-outs, then hands the
    complete body to the application (which therefore never sees an oversized one)."""

    def __init__(self, app: Callable, limits: ServerLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.body_limit(scope["path"])
        refusal = _check_head(scope, self.limits.max_header_bytes) or _check_declared_length(
            scope, limit
        )
        if refusal is None:
            body, refusal = await self._read_body(receive, limit)
        if refusal is not None:
            if refusal[0] != 0:  # 0: the client has gone, nobody to answer
                await _send_error(send, *refusal)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read_body(self, receive: Receive, limit: int):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.body_timeout
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            wait = min(self.limits.body_idle_timeout, deadline - loop.time())
            try:
                message = await asyncio.wait_for(receive(), timeout=max(wait, 0.0))
            except TimeoutError:
                return b"", (408, "request_timeout", _TIMEOUT_MESSAGE)
            if message["type"] == "http.disconnect":
                return b"", (0, "", "")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return b"", (413, "too_large", _too_large(limit))
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks), None


_TIMEOUT_MESSAGE = (
    "The request body did not arrive in time; nothing was stored. Check the connection and "
    "try again."
)


def _too_large(limit: int) -> str:
    return (
        f"The request is larger than the service accepts here ({limit} bytes); nothing was stored."
    )


def _check_head(scope: Scope, limit: int) -> tuple[int, str, str] | None:
    """h11 bounds a head that arrives in pieces; this bounds one that arrives at once."""
    size = len(scope.get("raw_path", b"")) + len(scope.get("query_string", b""))
    size += sum(len(name) + len(value) + 4 for name, value in scope["headers"])
    if size > limit:
        return (431, "too_large", f"The request head is larger than {limit} bytes.")
    return None


def _check_declared_length(scope: Scope, limit: int) -> tuple[int, str, str] | None:
    for name, value in scope["headers"]:
        if name != b"content-length":
            continue
        if not value.isdigit() or len(value) > 18:
            return (400, "invalid_request", "The request's Content-Length is not a number.")
        if int(value) > limit:
            return (413, "too_large", _too_large(limit))
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body in one message, then whatever the server says next (a disconnect)."""
    delivered = False

    async def replayed() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    headers, body = error_response_bytes(status, code, message)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})

"""The HTTP server under the service: uvicorn's h11 protocol with the limits uvicorn lacks.

uvicorn drops idle keep-alive connections, but a connection that sends half a request head and
then nothing stays open for ever, and it accepts connections until the process runs out of
file handles. ``GuardedH11Protocol`` adds a deadline for the request head and a cap on open
connections per process (at the cap, a new connection pushes out the one that has waited
longest without a complete head), and answers HTTP it cannot parse in the protocol's error
shape. Body
limits and body time-outs are in ``app.central.limits.RequestLimits`` (an ASGI middleware).

In production a reverse proxy in front adds the same limits once more (docs/central-service.md).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.central.limits import ServerLimits, error_response_bytes

log = logging.getLogger("asa.central.server")
PROTOCOL_CLASS = "app.central.server:GuardedH11Protocol"


class GuardedH11Protocol(H11Protocol):
    # Read once per process from ASA_CENTRAL_* (``serve`` exports them before starting).
    limits: ClassVar[ServerLimits | None] = None

    @classmethod
    def current_limits(cls) -> ServerLimits:
        if cls.limits is None:
            cls.limits = ServerLimits.from_env()
        return cls.limits

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._head_timer: asyncio.TimerHandle | None = None
        self._waiting_since = self.loop.time()
        super().connection_made(transport)
        if len(self.connections) > self.current_limits().max_connections:
            # Make room by dropping the connection that has waited longest without a complete
            # request head (idle or trickling): under a flood of half-sent heads, clients that
            # send whole requests still get in. Only when every slot serves a request is the
            # new connection turned away.
            waiting = [
                c
                for c in self.connections
                if c is not self
                and isinstance(c, GuardedH11Protocol)
                and c.conn.their_state is h11.IDLE
                and not c.transport.is_closing()
            ]
            oldest = min(waiting, key=lambda c: c._waiting_since, default=None)
            if oldest is None:
                log.warning("connection limit reached; closing a new connection")
                transport.abort()
                return
            oldest.transport.abort()
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the whole head has arrived
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._waiting_since = self.loop.time()
            self._arm_head_timer()  # the next request's head gets the same deadline

    def send_400_response(self, msg: str) -> None:
        """Unparseable HTTP (malformed, or a head larger than the limit): our error shape."""
        self._write_error_and_close(
            400,
            "invalid_request",
            "The request is not valid HTTP, or its head is larger than the service accepts.",
        )

    # --- the head deadline ---------------------------------------------------------------

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        timeout = self.current_limits().header_timeout
        self._head_timer = self.loop.call_later(timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        pending, _closed = self.conn.trailing_data
        if pending:  # half a request head: say why before closing
            self._write_error_and_close(
                408,
                "request_timeout",
                "The request did not arrive in time; nothing was done. Try again.",
            )
        else:
            self.transport.close()

    def _write_error_and_close(self, status: int, code: str, message: str) -> None:
        headers, body = error_response_bytes(status, code, message)
        reason = {400: b"Bad Request", 408: b"Request Timeout"}.get(status, b"Error")
        head = b"HTTP/1.1 %d %s\r\n" % (status, reason)
        head += b"".join(name + b": " + value + b"\r\n" for name, value in headers)
        self.transport.write(head + b"\r\n" + body)
        self.transport.close()


def uvicorn_options(limits: ServerLimits) -> dict[str, Any]:
    """The uvicorn settings that go with the limits (used by ``asa central serve``)."""
    return {
        "http": PROTOCOL_CLASS,
        "timeout_keep_alive": limits.keep_alive_timeout,
        "h11_max_incomplete_event_size": limits.max_header_bytes,
        "ws": "none",
        "server_header": False,
    }

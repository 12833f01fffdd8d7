"""Running the real service for tests: a fault-injecting TCP proxy in front of service processes
(see app.central.devtools.serviceproc), and admin shortcuts through the service's repository."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque

import httpx
from sqlalchemy import select

from app.central.db import make_engine, session_factory
from app.central.devtools.serviceproc import REPO, ServiceProcess
from app.central.models import Office
from app.central.repository import accounts
from app.domain.clock import utcnow

__all__ = ["REPO", "Admin", "FaultProxy", "ServiceProcess", "wait_for_health"]


class Admin:
    """Operator actions straight through the service's repository (what the CLI does)."""

    def __init__(self, database_url: str) -> None:
        self.engine = make_engine(database_url)
        self.sessions = session_factory(engine=self.engine)

    def interviewer(self, username: str, office: str = "Bonn") -> str:
        """Creates office (if needed) and user; returns a fresh enrolment code."""
        from datetime import timedelta

        with self.sessions.begin() as s:
            if s.scalar(select(Office).where(Office.name == office)) is None:
                accounts.create_office(s, office, utcnow())
        with self.sessions.begin() as s:
            accounts.create_user(s, office, username, username.title(), "interviewer", utcnow())
        return self.code(username, timedelta(hours=1))

    def code(self, username: str, valid_for) -> str:
        with self.sessions.begin() as s:
            code, _ = accounts.create_enrolment_code(s, username, utcnow(), valid_for)
        return code

    def scalar(self, sql: str, **params):
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def copies(self, hearing_id: str, version: int = 1) -> int:
        return self.scalar(
            "SELECT count(*) FROM transcripts WHERE hearing_id = :h AND seal_version = :v",
            h=hearing_id,
            v=version,
        )

    def close(self) -> None:
        self.engine.dispose()


def wait_for_health(url: str, verify=True, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/v1/health", verify=verify, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} is not healthy")


class FaultProxy:
    """A TCP proxy we control: each new client connection takes the next scripted fault.

    Faults: ``pass``; ``pass_one`` (one request and reply, then close); ``refuse`` (close before anything is forwarded); ``cut:N`` (forward the
    first N request bytes, then cut both sides: the body never completes); ``drop_reply``
    (forward the request, wait until the service starts answering - it has committed - then
    cut the client off); ``stall:S`` (as drop_reply, but hold the reply for S seconds first, so
    the client times out); ``fake_500`` (answer 500 without forwarding); ``stall_body:N``
    (forward the first N request bytes, then nothing more, and pass the service's answer back).
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.faults: deque[str] = deque()
        self.applied: list[str] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept_loop, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *faults: str) -> None:
        self.faults.extend(faults)

    def close(self) -> None:
        self._closed = True
        self._server.close()

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            fault = self.faults.popleft() if self.faults else "pass"
            self.applied.append(fault)
            threading.Thread(target=self._handle, args=(client, fault), daemon=True).start()

    def _handle(self, client: socket.socket, fault: str) -> None:
        try:
            if fault == "refuse":
                return
            if fault == "fake_500":
                _read_request(client)
                body = b'{"error":"internal_error","message":"injected by the test proxy"}'
                client.sendall(
                    b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                    b"application/json\r\nConnection: close\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            with upstream:
                if fault.startswith("stall_body:"):  # the rest of the body never comes
                    upstream.sendall(_read_exactly(client, int(fault[11:])))
                    _pump(upstream, client)  # the service's answer goes back
                    return
                if fault.startswith("cut:"):
                    upstream.sendall(_read_exactly(client, int(fault[4:])))
                    time.sleep(0.2)
                    return
                if fault == "pass":
                    _pump_both(client, upstream)
                    return
                if fault == "pass_one":  # one exchange, then close: the next one reconnects
                    upstream.sendall(_read_request(client))
                    client.sendall(_read_request(upstream))
                    return
                threading.Thread(target=_pump, args=(client, upstream), daemon=True).start()
                first = upstream.recv(65536)  # the service has answered: it has committed
                if fault.startswith("stall:"):
                    time.sleep(float(fault[6:]))
                del first
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):  # wakes the pump thread blocked on this socket
                client.shutdown(socket.SHUT_RDWR)
            client.close()


def _read_exactly(sock: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _read_request(sock: socket.socket) -> bytes:
    """One HTTP/1.1 message with a Content-Length body (requests and our service's replies)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return data + _read_exactly(sock, length - len(body))


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)


def _pump_both(client: socket.socket, upstream: socket.socket) -> None:
    other = threading.Thread(target=_pump, args=(upstream, client), daemon=True)
    other.start()
    _pump(client, upstream)
    other.join()

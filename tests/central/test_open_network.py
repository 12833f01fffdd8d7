"""The service on the open network: bodies, heads and connections are bounded, every header is
read defensively, nothing is told about a device before its signature is verified, and every
refusal has the one error shape. Against a real service process on loopback (uvicorn, started
here with small limits), spoken to over raw sockets where an HTTP client would be too polite."""

from __future__ import annotations

import json
import os
import select
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
import pytest

from app.central.models import Device
from app.domain.clock import utcnow
from app.sync.request_signing import signed_headers
from app.sync.runner import run_sync
from tests.central.harness import ServiceProcess, wait_for_health

pytestmark = pytest.mark.postgres

UPLOAD_LIMIT = 1024 * 1024
SMALL_LIMIT = 16 * 1024
MAX_CONNECTIONS = 40
HEADER_TIMEOUT = 1.0
BODY_IDLE_TIMEOUT = 1.0


@pytest.fixture(scope="module")
def service(database_url, service_key_path, tmp_path_factory) -> Iterator[ServiceProcess]:
    process = ServiceProcess(
        database_url,
        service_key_path,
        tmp_path_factory.mktemp("log"),
        extra_args=(
            *("--max-upload-bytes", str(UPLOAD_LIMIT)),
            *("--max-small-body-bytes", str(SMALL_LIMIT)),
            *("--max-connections", str(MAX_CONNECTIONS)),
            *("--header-timeout", str(HEADER_TIMEOUT)),
            *("--body-idle-timeout", str(BODY_IDLE_TIMEOUT)),
            *("--body-timeout", "5"),
        ),
    )
    process.start()
    wait_for_health(process.url)
    yield process
    process.stop()


# --- raw HTTP --------------------------------------------------------------------------------


def _connect(service: ServiceProcess, timeout: float = 10.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", service.port), timeout=timeout)


def _head(method: str, path: str, *headers: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *headers, "", ""]
    return "\r\n".join(lines).encode()


def _chunks(total: int, size: int = 8192) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        n = min(size, total - sent)
        yield b"%x\r\n" % n + b"A" * n + b"\r\n"
        sent += n


def _send_until_answered(sock: socket.socket, parts: Iterable[bytes]) -> None:
    """Sends part after part, and stops as soon as the service answers or stops reading."""
    for part in parts:
        readable, _, _ = select.select([sock], [], [], 0)
        if readable:
            return
        try:
            sock.sendall(part)
        except OSError:
            return


_unread: dict[int, bytes] = {}  # bytes after a response, by socket: the next response's


def _response(sock: socket.socket) -> tuple[int, dict]:
    """Status and JSON body of the next response on the socket."""
    data = _unread.pop(sock.fileno(), b"")
    try:
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            ),
            0,
        )
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
    except OSError as exc:
        raise AssertionError(f"no complete response, only {data[:200]!r}") from exc
    assert head.startswith(b"HTTP/1.1 "), f"no response, only {data[:200]!r}"
    _unread[sock.fileno()] = body[length:]
    return int(head.split(b" ", 2)[1]), json.loads(body[:length])


def _is_error_shape(body: dict) -> bool:
    return set(body) == {"error", "message", "details"} and isinstance(body["message"], str)


def _peak_memory_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def _open_files(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


# --- bodies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "limit"),
    [
        ("POST", "/v1/enrol", SMALL_LIMIT),
        ("POST", "/v1/transcripts", UPLOAD_LIMIT),
        ("GET", "/v1/device", SMALL_LIMIT),
    ],
)
def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(service, method, path, limit):
    with _connect(service) as sock:
        sock.sendall(_head(method, path, "Transfer-Encoding: chunked"))
        _send_until_answered(sock, _chunks(limit + 8192))
        status, body = _response(sock)
    assert status == 413 and body["error"] == "too_large" and _is_error_shape(body)
    assert str(limit) in body["message"]


def test_a_declared_length_over_the_limit_is_refused_before_any_byte_is_read(service):
    with _connect(service) as sock:
        sock.sendall(_head("POST", "/v1/enrol", "Content-Length: 500000000000"))
        status, body = _response(sock)
    assert status == 413 and body["error"] == "too_large"


def test_a_length_that_lies_never_lets_more_in_and_never_gives_a_5xx(service):
    # Claims 20 bytes, sends more: the 20 bytes are the body; the rest is no request.
    with _connect(service) as sock:
        head = _head("POST", "/v1/enrol", "Content-Length: 20", "Content-Type: application/json")
        sock.sendall(head + b'{"code": "A", "x": 1} and then more than was declared\r\n\r\n')
        status, body = _response(sock)
        assert status == 400 and body["error"] == "invalid_request" and _is_error_shape(body)
        status, body = _response(sock)
        assert status == 400 and body["error"] == "invalid_request"
    # ... also when the rest is far larger than a request head may be.
    with _connect(service) as sock:
        sock.sendall(head)
        _send_until_answered(sock, [b"X" * 8192] * 64)
    assert httpx.get(service.url + "/v1/health").status_code == 200
    # Claims more than it sends: cut off after the idle time-out, in the error shape.
    with _connect(service) as sock:
        started = time.monotonic()
        sock.sendall(_head("POST", "/v1/enrol", "Content-Length: 1000") + b'{"code":')
        status, body = _response(sock)
        waited = time.monotonic() - started
    assert status == 408 and body["error"] == "request_timeout" and _is_error_shape(body)
    assert waited < BODY_IDLE_TIMEOUT + 5


def test_huge_parallel_posts_do_not_grow_the_service(service):
    """The issue's attack: four parallel 500 MB posts to /v1/enrol took the service to 6.5 GB.
    Here four 256 MB streams (enrolment and upload, chunked and declared) leave its peak
    within a few MB of where it was."""
    before = _peak_memory_kib(service.pid)

    def flood(path: str, chunked: bool) -> None:
        header = "Transfer-Encoding: chunked" if chunked else "Content-Length: 268435456"
        with _connect(service, timeout=5) as sock:
            sock.sendall(_head("POST", path, header))
            block = b"%x\r\n" % 65536 + b"A" * 65536 + b"\r\n" if chunked else b"A" * 65536
            _send_until_answered(sock, (block for _ in range(4096)))

    threads = [
        threading.Thread(target=flood, args=(path, chunked))
        for path in ("/v1/enrol", "/v1/transcripts")
        for chunked in (True, False)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    grown_mib = (_peak_memory_kib(service.pid) - before) / 1024
    assert grown_mib < 24, f"the service's peak memory grew by {grown_mib:.0f} MiB"
    assert httpx.get(service.url + "/v1/health").status_code == 200


# --- heads and connections -------------------------------------------------------------------


def test_half_sent_heads_are_dropped_and_connections_are_capped(service):
    baseline = _open_files(service.pid)
    sockets = []
    try:
        for _ in range(3 * MAX_CONNECTIONS):
            sock = _connect(service)
            sock.sendall(b"POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            sockets.append(sock)
        time.sleep(0.3)
        assert _open_files(service.pid) <= baseline + MAX_CONNECTIONS + 2
        # A whole request still gets in at once: it pushes out the longest-waiting half head.
        assert httpx.get(service.url + "/v1/health", timeout=2).status_code == 200
        # After the head time-out every one of them is closed by the service.
        deadline = time.monotonic() + HEADER_TIMEOUT + 5
        open_ones = list(sockets)
        while open_ones and time.monotonic() < deadline:
            readable, _, _ = select.select(open_ones, [], [], 0.2)
            for sock in readable:
                try:
                    while sock.recv(65536):
                        pass
                except OSError:
                    pass
                open_ones.remove(sock)
        assert open_ones == []
    finally:
        for sock in sockets:
            sock.close()
    assert httpx.get(service.url + "/v1/health").status_code == 200


def test_a_head_larger_than_the_limit_is_refused_in_the_error_shape(service):
    with _connect(service) as sock:
        sock.sendall(_head("GET", "/v1/health", "X-Padding: " + "p" * 40000))
        status, body = _response(sock)
    assert status == 431 and body["error"] == "too_large" and _is_error_shape(body)
    with _connect(service) as sock:  # the same head in pieces
        sock.sendall(_head("GET", "/v1/health")[:-2])
        _send_until_answered(sock, [b"X-Padding: " + b"p" * 4000 + b"\r\n"] * 10)
        status, body = _response(sock)
    assert status == 400 and body["error"] == "invalid_request" and _is_error_shape(body)


# --- headers, bodies and paths a client may get wrong ----------------------------------------


def _signed_like(device_id: str = "0f6c3a52-5b0e-4d6b-9a53-5f5f1b2c9d10", **overrides) -> dict:
    headers = {
        "X-ASA-Device": device_id,
        "X-ASA-Timestamp": str(int(time.time())),
        "X-ASA-Nonce": "n" * 32,
        "X-ASA-Signature": "ab" * 64,
    }
    headers.update(overrides)
    return headers


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        (_signed_like(**{"X-ASA-Timestamp": "9" * 4000}), "bad_timestamp"),
        (_signed_like(**{"X-ASA-Timestamp": "-5"}), "bad_timestamp"),
        (_signed_like(**{"X-ASA-Nonce": "n" * 65}), "bad_nonce"),
        (_signed_like(**{"X-ASA-Nonce": "a b"}), "bad_nonce"),
        (_signed_like(device_id="d" * 5000), "bad_signature"),
        (_signed_like(**{"X-ASA-Signature": "not hex"}), "bad_signature"),
        (_signed_like(**{"X-ASA-Protocol": "one"}), "bad_protocol_version"),
        (_signed_like(**{"X-ASA-Protocol": "9" * 4000 + ".1"}), "bad_protocol_version"),
    ],
)
def test_every_header_is_read_defensively(service, headers, code):
    reply = httpx.get(service.url + "/v1/device", headers=headers)
    assert reply.status_code in (400, 401) and reply.json()["error"] == code
    assert _is_error_shape(reply.json())


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/v1/enrol", b"\xff\xfe{\x00}", 400),  # not UTF-8
        ("POST", "/v1/enrol", b'{"code": ', 400),  # not JSON
        ("POST", "/v1/enrol", b'{"code": 1}', 400),  # not an enrolment
        ("POST", "/v1/transcripts", b"\xff\xfe", 401),  # unsigned comes first
        ("GET", "/v1/nothing-here", b"", 404),
        ("DELETE", "/v1/health", b"", 405),
    ],
)
def test_every_refusal_has_the_one_error_shape(service, method, path, body, status):
    reply = httpx.request(
        method, service.url + path, content=body, headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == status
    assert _is_error_shape(reply.json()), reply.text


# --- what a stranger learns about devices ----------------------------------------------------


def test_unknown_and_revoked_devices_look_alike_until_the_signature_is_verified(
    enrolled, admin, service
):
    source, _client = enrolled
    creds = source.device_credentials()
    with admin.sessions.begin() as s:
        device = s.get(Device, creds.device_id)
        device.revoked_at, device.revoked_reason = utcnow(), "laptop stolen in Bonn"
    unknown = httpx.get(service.url + "/v1/device", headers=_signed_like())
    forged = httpx.get(service.url + "/v1/device", headers=_signed_like(creds.device_id))
    assert (unknown.status_code, unknown.json()) == (forged.status_code, forged.json())
    assert unknown.status_code == 401 and "stolen" not in forged.text
    # With the device's own signature it learns why, so that the interviewer can be told.
    own = httpx.get(
        service.url + "/v1/device",
        headers=signed_headers(creds.device_id, creds.private_key, "GET", "/v1/device", b""),
    )
    assert own.status_code == 403 and own.json()["error"] == "device_revoked"
    assert "stolen" in own.json()["message"]


def test_a_body_cut_off_as_too_slow_is_sent_again_not_set_aside(
    enrolled, service, service_public_key, admin
):
    """The service's 408 for a body that stopped coming is a transient failure for the client:
    the transcript is sent again at once, not set aside as refused."""
    from tests.central.conftest import make_client
    from tests.central.harness import FaultProxy

    source, _client = enrolled
    transcript = source.seal_new()
    proxy = FaultProxy(service.port)
    client = make_client(proxy.url, service_public_key, device=source.device_credentials())
    try:
        proxy.script("stall_body:400")
        report = run_sync(source, client)
    finally:
        client.close()
        proxy.close()
    assert proxy.applied[0] == "stall_body:400"
    assert (report.sent, report.failures, report.error) == (1, [], None)
    assert source.row(transcript.hearing_id, 1)["state"] == "synced"
    assert admin.copies(transcript.hearing_id) == 1

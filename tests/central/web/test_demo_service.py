"""`asa central demo` (`make demo-service`), as a newcomer runs it: it starts PostgreSQL and the
service, sends demo transcripts, prints the address, a user name and a password; signing in
with those works, the inbox lists the demo transcripts, and Ctrl+C stops it all."""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from app import deployment_file
from app.central.devtools.pgserver import free_port
from app.central.devtools.serviceproc import REPO
from tests.central.web.conftest import sign_in

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

STARTUP_SECONDS = 180  # PostgreSQL's initdb, the service, the assistant for the transcripts


def read_until(lines: queue.Queue, marker: str, process: subprocess.Popen) -> str:
    seen: list[str] = []
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        seen.append(line)
        if marker in line:
            return "".join(seen)
    pytest.fail(f"`asa central demo` did not print {marker!r}:\n" + "".join(seen), pytrace=False)


def field(output: str, name: str) -> str:
    match = re.search(rf"^\s+{name}:\s+(\S+)", output, re.MULTILINE)
    assert match, f"no {name!r} line in:\n{output}"
    return match.group(1)


def inbox_rows(client) -> int:
    return client.get("/web/inbox").text.count('<th scope="row">')


def test_the_demo_command_serves_pages_a_supervisor_can_sign_in_to():
    port = free_port()
    command = ["central", "demo", "--port", str(port), "--count", "5", "--offices", "2"]
    process = subprocess.Popen(
        [sys.executable, "-m", "app.central.cli", *command],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in process.stdout], daemon=True).start()
    try:
        output = read_until(lines, "Stop with Ctrl+C", process)
        url = field(output, "Supervisor pages")
        assert url == f"http://127.0.0.1:{port}/web/"
        base = url.removesuffix("/web/")
        user, password = field(output, "User name"), field(output, "Password")
        # The printed address leads to the sign-in (it once answered 404).
        arrival = httpx.get(url, follow_redirects=True, timeout=10)
        assert arrival.status_code == 200 and 'id="username"' in arrival.text, arrival.url
        assert "5 synced" in output
        # A desktop on this machine starts with the printed settings file (plain http to
        # loopback needs "demo: true"; the README's example once lacked it and the app refused).
        settings = deployment_file.read(Path(field(output, "Desktop settings")))
        assert settings.central_url == base and settings.service_public_key == field(
            output, "Service key"
        )
        everyone = sign_in(base, user, password)
        assert inbox_rows(everyone) == 5
        everyone.close()
        # An office's own supervisor, same password, sees only that office's transcripts.
        bonn = int(re.search(r"Demo-Außenstelle Bonn \((\d+)\)", output).group(1))
        office = sign_in(base, "demo-leitung-bonn", password)
        assert inbox_rows(office) == bonn < 5
        office.close()
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl+C
        try:
            code = process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert code == 0
    rest = []
    while not lines.empty():
        rest.append(lines.get())
    assert "stopping" in "".join(rest)
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))  # the service is gone: the port is free again

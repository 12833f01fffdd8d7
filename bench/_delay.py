"""A database on another host, simulated: a TCP proxy that holds every chunk for a fixed time
in each direction (this VM's kernel has no netem). Run as its own process, so its CPU is not
counted as the service's or the clients'; the bench reports the round trip it achieves.

Threads, not asyncio: asyncio's selector waits at least a millisecond for any timer, which
would make every delay under a millisecond one; ``time.sleep`` keeps to a tenth of that.

    python bench/_delay.py LISTEN_PORT TARGET_HOST TARGET_PORT ONE_WAY_MS
"""

from __future__ import annotations

import contextlib
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path


def _pump(source: socket.socket, target: socket.socket, delay: float) -> None:
    """What arrives on ``source`` goes out on ``target`` ``delay`` seconds later, in order."""
    held: queue.SimpleQueue = queue.SimpleQueue()

    def send_when_due() -> None:
        while True:
            due, data = held.get()
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            if not data:
                _close(target)
                return
            try:
                target.sendall(data)
            except OSError:
                _close(source)
                return

    threading.Thread(target=send_when_due, daemon=True).start()
    while True:
        try:
            data = source.recv(1 << 16)
        except OSError:
            data = b""
        held.put((time.monotonic() + delay, data))
        if not data:
            return


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # the other side may have gone already
        sock.shutdown(socket.SHUT_RDWR)


def _serve(port: int, host: str, target_port: int, delay: float) -> None:
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        client, _ = listener.accept()
        upstream = socket.create_connection((host, target_port))
        for sock in (client, upstream):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for source, target in ((client, upstream), (upstream, client)):
            threading.Thread(target=_pump, args=(source, target, delay), daemon=True).start()


def start(target_host: str, target_port: int, one_way_ms: float) -> tuple[subprocess.Popen, int]:
    """The proxy as a child process, and the port it listens on."""
    from app.central.devtools.pgserver import free_port

    port = free_port()
    command = [sys.executable, str(Path(__file__)), str(port), target_host, str(target_port)]
    process = subprocess.Popen([*command, str(one_way_ms)])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, port
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the delay proxy did not start")


if __name__ == "__main__":
    listen, host, target, ms = sys.argv[1:5]
    _serve(int(listen), host, int(target), float(ms) / 1000)

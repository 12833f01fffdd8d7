"""A database on another host, simulated: a TCP proxy that holds every chunk for a fixed time
in each direction (this VM's kernel has no netem). Run as its own process, so its CPU is not
counted as the service's or the clients'; the bench reports the round trip it achieves.

    python bench/_delay.py LISTEN_PORT TARGET_HOST TARGET_PORT ONE_WAY_MS
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from pathlib import Path


class _Delayed(asyncio.Protocol):
    """One direction of a proxied connection: what arrives is written to ``peer`` after the
    delay, in order (the delay is the same for every chunk)."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.peer: asyncio.Transport | None = None
        self.pending: list[bytes] = []
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport
        transport.set_write_buffer_limits(high=1 << 20)
        sock = transport.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        asyncio.get_running_loop().call_later(self.delay, self._forward, data)

    def _forward(self, data: bytes) -> None:
        if self.peer is None:
            self.pending.append(data)
        elif not self.peer.is_closing():
            self.peer.write(data)

    def attach(self, peer: asyncio.Transport) -> None:
        self.peer = peer
        for data in self.pending:
            peer.write(data)
        self.pending.clear()

    def connection_lost(self, exc) -> None:
        loop = asyncio.get_running_loop()
        loop.call_later(self.delay, lambda: self.peer is not None and self.peer.close())


async def _serve(port: int, host: str, target_port: int, delay: float) -> None:
    loop = asyncio.get_running_loop()

    async def accept(client_sock: socket.socket) -> None:
        upstream = _Delayed(delay)  # what the client sends, to the database
        downstream = _Delayed(delay)  # what the database answers, to the client
        client_transport, _ = await loop.connect_accepted_socket(lambda: upstream, client_sock)
        db_transport, _ = await loop.create_connection(lambda: downstream, host, target_port)
        upstream.attach(db_transport)
        downstream.attach(client_transport)

    listener = socket.create_server(("127.0.0.1", port))
    listener.setblocking(False)
    accepting: set[asyncio.Task] = set()  # held until done (the loop keeps only weak references)
    while True:
        client, _ = await loop.sock_accept(listener)
        client.setblocking(False)
        task = loop.create_task(accept(client))
        accepting.add(task)
        task.add_done_callback(accepting.discard)


def start(target_host: str, target_port: int, one_way_ms: float) -> tuple[subprocess.Popen, int]:
    """The proxy as a child process, and the port it listens on."""
    from app.central.devtools.pgserver import free_port

    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__)),
            str(port),
            target_host,
            str(target_port),
            str(one_way_ms),
        ]
    )
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
    asyncio.run(_serve(int(listen), host, int(target), float(ms) / 1000))

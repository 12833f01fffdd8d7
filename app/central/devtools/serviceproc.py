"""A service process (`asa central serve` in a subprocess) for tests and benchmarks."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from app.central.devtools.pgserver import free_port

REPO = Path(__file__).resolve().parents[3]


class ServiceProcess:
    """`asa central serve` in a subprocess; can be killed hard and started again."""

    def __init__(
        self,
        database_url: str,
        service_key: Path,
        log_dir: Path,
        *,
        cert: Path | None = None,
        key: Path | None = None,
        echo: bool = False,
        port: int | None = None,
        extra_args: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        self.env = dict(env or {})  # e.g. ASA_CENTRAL_WEB_INSECURE_COOKIES for plain http
        self.database_url, self.service_key = database_url, service_key
        self.cert, self.key, self.echo = cert, key, echo
        self.extra_args = tuple(extra_args)  # e.g. ("--header-timeout", "1")
        self.port = port or free_port()
        self.log_path = log_dir / f"service-{self.port}.log"
        self.process: subprocess.Popen | None = None

    @property
    def scheme(self) -> str:
        return "https" if self.cert else "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> ServiceProcess:
        command = [
            sys.executable,
            "-m",
            "app.central.cli",
            "central",
            "serve",
            "--database-url",
            self.database_url,
            "--service-key",
            str(self.service_key),
            "--port",
            str(self.port),
            "--log-level",
            "warning",
        ]
        if self.cert:
            command += ["--cert", str(self.cert), "--key", str(self.key)]
        if self.echo:
            command.append("--enable-echo")
        command += self.extra_args
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            command,
            cwd=REPO,
            stdout=log,
            stderr=log,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **self.env},
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"service exited: {self.log_path.read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"service did not start: {self.log_path.read_text()[-2000:]}")

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, open transactions are simply cut off."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

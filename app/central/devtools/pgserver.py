"""A throwaway PostgreSQL server in a temporary folder, for the test suite and the benchmark.

initdb into the folder, pg_ctl start on a free loopback port with the unix socket in the same
folder (no system directories touched), and pg_ctl stop at the end. PostgreSQL refuses to run
as root; under root (containers, CI) the server runs as the ``postgres`` (or ``nobody``) user
in a folder of its own under the system temp directory.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in "
    "/usr/lib/postgresql/*/bin. `make test` installs them (installer/system-deps.sh installs "
    "Debian's postgresql package); or install it yourself: apt-get install postgresql"
)


class PostgresUnavailable(RuntimeError):
    pass


def find_bin_dir() -> Path:
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    raise PostgresUnavailable(INSTALL_HINT)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, root: Path, user: str = "asa") -> None:
        self.run_as = _unprivileged_user() if running_as_root() else None
        self.own_root = self.run_as is not None
        if self.own_root:  # the given folder may sit below one only root can enter
            root = Path(tempfile.mkdtemp(prefix="asa-pg-"))
            os.chown(root, self.run_as.pw_uid, self.run_as.pw_gid)
        self.root = Path(root)
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.user = user
        self.port = 0
        self.bin = find_bin_dir()

    def _command(self, *args: str) -> list[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.run_as is not None:
            command = [
                "setpriv",
                f"--reuid={self.run_as.pw_uid}",
                f"--regid={self.run_as.pw_gid}",
                "--clear-groups",
                *command,
            ]
        return command

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            self._command(*args), capture_output=True, text=True, check=False, cwd=self.root
        )
        if result.returncode:
            raise PostgresUnavailable(f"{args[0]} failed: {result.stderr.strip()}")

    def start(self) -> PostgresServer:
        self.sockets.mkdir(parents=True, exist_ok=True)
        if self.run_as is not None:
            os.chown(self.sockets, self.run_as.pw_uid, self.run_as.pw_gid)
        env_user = ["-U", self.user]
        self._run(
            "initdb",
            "-D",
            str(self.data),
            *env_user,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--no-instructions",
        )
        self.port = free_port()
        options = (
            f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=300"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )
        return self

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(
                self._command("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                capture_output=True,
                check=False,
            )
        if self.own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={database}"

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _unprivileged_user() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresUnavailable(
        "running as root, and there is no 'postgres' or 'nobody' user "
        "to run PostgreSQL as (it refuses to run as root)"
    )

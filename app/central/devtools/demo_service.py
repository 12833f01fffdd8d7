"""`asa central demo` (`make demo-service`): a demo service a newcomer can sign in to at once.

Starts a throwaway PostgreSQL (pgserver), the real service on loopback (plain http, so the
session cookie is sent without Secure: ASA_CENTRAL_WEB_INSECURE_COOKIES, never in production),
fills it through its own enrolment and upload endpoints (demo_transcripts: offices,
interviewers, devices, sealed transcripts), gives the demo supervisors a password made for this
run, and prints where to go and how to sign in. Ctrl+C stops everything and throws the data
away: nothing is written outside a temporary folder.
"""

from __future__ import annotations

import secrets
import shutil
import signal
import socket
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from app.central.db import make_engine, session_factory
from app.central.devtools.demo_transcripts import CITIES, DemoReport, create_demo
from app.central.devtools.pgserver import PostgresServer, PostgresUnavailable
from app.central.devtools.serviceproc import ServiceProcess
from app.central.errors import AdminError
from app.central.migrate import upgrade
from app.central.repository import accounts
from app.domain.clock import utcnow
from app.sync.errors import SyncError
from app.sync.keys import generate_private_key, public_key_hex, write_private_key

ALL_OFFICES_SUPERVISOR = "demo-leitung"
DATABASE = "asa_demo"


def demo_password() -> str:
    """Made for this run (16 URL-safe characters, above the 12 the pages ask for); shown once."""
    return secrets.token_urlsafe(12)


def _check_port_free(port: int) -> None:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            raise AdminError(
                f"port {port} on 127.0.0.1 is in use; choose another with --port"
            ) from None


def give_passwords(sessions, report: DemoReport, password: str) -> list[str]:
    """One supervisor for every demo office (``demo-leitung``) besides each office's own, all
    with ``password``; returns their user names, the all-offices one first."""
    now = utcnow()
    with sessions() as s, s.begin():
        try:
            accounts.user_by_name(s, ALL_OFFICES_SUPERVISOR)
        except AdminError:
            accounts.create_user(
                s, report.offices[0], ALL_OFFICES_SUPERVISOR, "Demo-Leitung", "supervisor", now
            )
            s.flush()
        accounts.assign_offices(s, ALL_OFFICES_SUPERVISOR, report.offices)
        names = [ALL_OFFICES_SUPERVISOR, *report.supervisors]
        for name in names:
            accounts.set_password(s, name, password)
    return names


def desktop_deployment(url: str, key_hex: str) -> str:
    """A deployment file for a desktop on this machine: plain http to loopback is accepted
    only where the file says it is a demonstration."""
    return f"central:\n  url: {url}\n  service_public_key: {key_hex}\n  demo: true\n"


def welcome(
    url: str,
    report: DemoReport,
    password: str,
    database_url: str,
    key_hex: str,
    deployment: Path,
):
    per_office = Counter(sent.office for sent in report.sent)
    offices = ", ".join(f"{o} ({per_office[o]})" for o in report.offices)
    lines = [
        "",
        "ASA demo service is running.",
        f"  Supervisor pages: {url}/web/",
        f"  User name:        {ALL_OFFICES_SUPERVISOR}  (reviews every demo office)",
        f"  Password:         {password}",
        f"  Transcripts:      {len(report.sent)} synced, by office: {offices}",
        "  Office supervisors (same password, each sees only their own office): "
        + ", ".join(report.supervisors),
        "",
        "  For a desktop profile or the admin commands (asa central … --database-url URL):",
        f"  Service URL:      {url}",
        f"  Service key:      {key_hex}",
        f"  Database URL:     {database_url}",
        f"  Desktop settings: {deployment}",
        f"    (start the app with ASA_DEPLOYMENT={deployment} make run)",
        "",
        "Stop with Ctrl+C; the demo data is thrown away.",
    ]
    return "\n".join(lines)


def _say(text: str) -> None:
    print(text, flush=True)  # at once, also through a pipe (make, tee)


def run(port: int, offices: int, count: int, say: Callable[[str], None] = _say) -> int:
    """Runs until Ctrl+C (or SIGTERM); 0 then, 1 if the service stopped by itself."""
    if not 1 <= offices <= len(CITIES):
        raise AdminError(f"--offices must be from 1 to {len(CITIES)}")
    if count < 1:
        raise AdminError("--count must be at least 1")
    _check_port_free(port)
    root = Path(tempfile.mkdtemp(prefix="asa-demo-"))
    postgres = PostgresServer(root / "postgres")
    service: ServiceProcess | None = None
    # Ctrl+C and SIGTERM end the demo cleanly, also when started in the background (where a
    # shell leaves SIGINT ignored).
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, _raise_keyboard_interrupt)
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        say("starting PostgreSQL …")
        try:
            postgres.start()
        except PostgresUnavailable as exc:
            raise AdminError(str(exc)) from None
        database_url = postgres.create_database(DATABASE)
        upgrade(database_url)
        key = generate_private_key()
        write_private_key(root / "service-key.pem", key)
        say("starting the service …")
        service = ServiceProcess(
            database_url,
            root / "service-key.pem",
            root,
            port=port,
            env={"ASA_CENTRAL_WEB_INSECURE_COOKIES": "1"},
        ).start()
        say(f"sending {count} demo transcripts through the service …")
        engine = make_engine(database_url)
        try:
            sessions = session_factory(engine=engine)
            try:
                report = create_demo(
                    sessions, service.url, key.public_key(), offices, count, utcnow()
                )
            except SyncError as exc:
                raise AdminError(f"the demo service did not take the demo data: {exc}") from None
            password = demo_password()
            give_passwords(sessions, report, password)
        finally:
            engine.dispose()
        key_hex = public_key_hex(key.public_key())
        deployment = root / "deployment.yaml"
        deployment.write_text(desktop_deployment(service.url, key_hex), encoding="utf-8")
        say(welcome(service.url, report, password, database_url, key_hex, deployment))
        while service.process is not None and service.process.poll() is None:
            time.sleep(0.5)
        say("the service stopped by itself; the end of its log:")
        say(service.log_path.read_text(errors="replace")[-2000:])
        return 1
    except KeyboardInterrupt:
        say("stopping …")
        return 0
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        if service is not None:
            service.stop()
        postgres.stop()
        shutil.rmtree(root, ignore_errors=True)


def _raise_keyboard_interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt

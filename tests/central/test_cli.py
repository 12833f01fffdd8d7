"""Operator commands, and `asa central serve` with no set-up (embedded SQLite)."""

from __future__ import annotations

import json

import httpx

from app.central.cli import main as central
from app.sync.keys import load_private_key
from app.sync.runner import enrol_device, run_sync
from tests.central.conftest import make_client
from tests.central.harness import REPO, wait_for_health
from tests.sync.json_store import JsonFileSource


def test_admin_commands_and_zero_setup_service_on_sqlite(tmp_path, capsys):
    home = ["--home", str(tmp_path / "central")]
    assert central(["central", "create-office", "Außenstelle Bonn", *home]) == 0
    assert (
        central(
            ["central", "create-user", "interviewer", "anna", "--office", "Außenstelle Bonn", *home]
        )
        == 0
    )
    assert (
        central(["central", "create-user", "supervisor", "sven", "--office", "Nowhere", *home]) == 2
    )
    assert "no office" in capsys.readouterr().err
    assert central(["central", "enrolment-code", "anna", *home]) == 0
    code = capsys.readouterr().out.splitlines()[0]
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps({"id": "case-1", "reference": "1-438", "applicant": {"family_name": "Hamad"}})
    )
    assert central(["central", "assign-case", "anna", str(case), *home]) == 0

    import subprocess
    import sys

    from app.central.devtools.pgserver import free_port

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.central.cli",
            "central",
            "serve",
            "--port",
            str(port),
            "--log-level",
            "warning",
            *home,
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_health(url, timeout=30)
        service_key = load_private_key(tmp_path / "central" / "service-key.pem").public_key()
        source = JsonFileSource(tmp_path / "store.json")
        client = make_client(url, service_key)
        enrol_device(source, client, code, "anna's laptop")
        source.seal_new()
        report = run_sync(source, client)
        assert (report.sent, report.assignments) == (1, 1)
        assert httpx.get(url + "/openapi.json").status_code == 200
        client.close()
    finally:
        server.terminate()
        server.wait(10)
    capsys.readouterr()
    assert central(["central", "list-devices", *home]) == 0
    device_id = capsys.readouterr().out.split()[0]
    assert central(["central", "revoke-device", device_id, "--reason", "stolen", *home]) == 0
    assert central(["central", "list-devices", *home]) == 0
    assert "revoked" in capsys.readouterr().out
    assert central(["central", "migrate", *home]) == 0
    assert "revision 0003" in capsys.readouterr().out


def test_supervisors_and_administrators_are_made_with_a_password_from_stdin(
    tmp_path, capsys, monkeypatch
):
    import io

    import pytest
    from sqlalchemy import select

    from app.central.db import make_engine, session_factory
    from app.central.models import User, UserOffice
    from app.central.web.passwords import verify_password

    home = ["--home", str(tmp_path / "central")]
    for office in ("Bonn", "Köln", "Trier"):
        assert central(["central", "create-office", office, *home]) == 0

    def with_stdin(text: str, *argv: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(text))
        return central(["central", *argv, *home])

    make = ("create-user", "supervisor", "sabine", "--office", "Bonn", "--password-stdin")
    assert with_stdin("short\n", *make) == 2
    assert "at least 12 characters" in capsys.readouterr().err
    assert with_stdin("a long enough passphrase\n", *make, "--also-office", "Köln") == 0
    assert (
        with_stdin(
            "an admin passphrase!\n",
            "create-user",
            "admin",
            "ada",
            "--office",
            "Bonn",
            "--password-stdin",
        )
        == 0
    )
    assert central(["central", "create-user", "interviewer", "ivo", "--office", "Bonn", *home]) == 0
    assert with_stdin("a new passphrase for ivo\n", "set-password", "ivo", "--stdin") == 2
    assert "only supervisors and administrators" in capsys.readouterr().err
    assert central(["central", "assign-offices", "sabine", "Trier", *home]) == 0
    assert with_stdin("the second passphrase\n", "set-password", "sabine", "--stdin") == 0
    # A password is never taken from the command line.
    with pytest.raises(SystemExit):
        central(["central", "set-password", "sabine", "--password", "x" * 20, *home])

    engine = make_engine(f"sqlite:///{tmp_path / 'central' / 'central.sqlite3'}")
    with session_factory(engine)() as s:
        sabine = s.scalar(select(User).where(User.username == "sabine"))
        assert verify_password(sabine.password_hash, "the second passphrase")
        assert not verify_password(sabine.password_hash, "a long enough passphrase")
        assert sabine.password_hash.startswith("$argon2id$")
        offices = s.scalars(select(UserOffice.office_id).where(UserOffice.user_id == sabine.id))
        assert len(list(offices)) == 3
        assert s.scalar(select(User.role).where(User.username == "ada")) == "admin"
        assert s.scalar(select(User.password_hash).where(User.username == "ivo")) is None
    engine.dispose()

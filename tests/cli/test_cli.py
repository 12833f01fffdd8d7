"""The `asa` command line: version, profiles, and no tracebacks."""

from __future__ import annotations

import subprocess
import sys

from app import __version__
from app.cli import main
from app.store import Store
from tests.conftest import PASSPHRASE


def test_version_in_a_real_process():
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"asa {__version__}"


def test_profiles_list_and_check(profiles, profile, capsys, monkeypatch):
    store = Store.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), "x")
    store.close()
    assert main(["--profile-dir", str(profiles.root), "profiles", "list"]) == 0
    assert profile.name in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSPHRASE + "\n"))
    assert (
        main(
            [
                "--profile-dir",
                str(profiles.root),
                "profiles",
                "check",
                profile.name,
                "--passphrase-stdin",
            ]
        )
        == 0
    )
    assert "ok" in capsys.readouterr().out


def test_profiles_check_wrong_passphrase_is_a_clear_message(profiles, profile, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("falsch-falsch\n"))
    code = main(
        ["--profile-dir", str(profiles.root), "profiles", "check", profile.id, "--passphrase-stdin"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "wrong passphrase" in err and "Traceback" not in err


def test_profiles_check_finds_a_broken_audit_trail(profiles, profile, capsys, monkeypatch):
    store = Store.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), "x")
    with store.transaction():
        store.audit.append("case.created", None, case_id="c1")
        store.audit.append("case.created", None, case_id="c2")
    store.conn.execute("DROP TRIGGER audit_no_update")
    store.conn.execute("UPDATE audit SET actor='someone else' WHERE seq=1")
    store.close()
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSPHRASE + "\n"))
    code = main(
        ["--profile-dir", str(profiles.root), "profiles", "check", profile.id, "--passphrase-stdin"]
    )
    assert code == 1
    assert "event 1 was changed" in capsys.readouterr().out

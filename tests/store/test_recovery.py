"""Key recovery: with the organisation's recovery key IT sets a new passphrase and nothing is
lost; without it the data stays unreadable; older profiles gain the wrapping at unlock."""

from __future__ import annotations

import io
import stat

import pytest

from app.cli import main
from app.operations.cases import create_case
from app.store import ProfileManager, Store, WrongPassphrase
from app.store.recovery import (
    RECOVERED,
    RecoveryError,
    key_id,
    new_private_key_pem,
    public_key_hex,
    read_wrapping,
    unwrap_with_recovery,
)
from tests.conftest import FAST_KDF, PASSPHRASE, sample_applicant

NEW_PASSPHRASE = "Regenbogen-77"


@pytest.fixture
def recovery_key(tmp_path):
    """IT's key pair: the private key in a PEM file, the public key as in deployment.yaml."""
    pem, public = new_private_key_pem()
    path = tmp_path / "recovery.pem"
    path.write_bytes(pem)
    return path, public_key_hex(public)


def _with_a_case(profiles, info, key) -> None:
    store = Store.open(str(info.database), key, info.name)
    create_case(store, "5555555-423", sample_applicant())
    store.close()


def _recover(root, name, key_file, capsys, monkeypatch, new=NEW_PASSPHRASE):
    monkeypatch.setattr("sys.stdin", io.StringIO(new + "\n"))
    argv = ["--profile-dir", str(root), "admin", "recover", name]
    code = main([*argv, "--recovery-key", str(key_file), "--passphrase-stdin"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_recovery_sets_a_new_passphrase_and_keeps_the_data(
    tmp_path, recovery_key, capsys, monkeypatch
):
    key_file, public = recovery_key
    profiles = ProfileManager(tmp_path / "profiles", recovery_public_key=public)
    info, key = profiles.create("Anna Beispiel", PASSPHRASE, FAST_KDF)
    _with_a_case(profiles, info, key)
    assert (info.folder / "recovery.json").is_file()
    assert bytes(key).hex() not in (info.folder / "recovery.json").read_text()

    code, text = _recover(profiles.root, "Anna Beispiel", key_file, capsys, monkeypatch)

    assert code == 0, text
    assert "new passphrase set" in text and "(1 cases)" in text
    monkeypatch.setattr("sys.stdin", io.StringIO(NEW_PASSPHRASE + "\n"))
    main(["--profile-dir", str(profiles.root), "profiles", "check", "Anna Beispiel",
          "--passphrase-stdin"])  # fmt: skip
    recipient = key_id(profiles.recovery_key())
    assert f"recovery: possible with the organisation's recovery key {recipient}" in (
        capsys.readouterr().out
    )
    with pytest.raises(WrongPassphrase):
        profiles.unlock(info, PASSPHRASE)
    store = Store.open(str(info.database), profiles.unlock(info, NEW_PASSPHRASE), "x")
    try:
        assert [c.reference for c in store.cases.all()] == ["5555555-423"]
        (event,) = [e for e in store.audit.events() if e.action == RECOVERED]
        assert event.detail == {"recovery_key": read_wrapping(info.folder).recipient}
        assert store.audit.verify() == []
    finally:
        store.close()


def test_without_the_recovery_key_the_data_stays_unreadable(
    tmp_path, recovery_key, capsys, monkeypatch
):
    _, public = recovery_key
    profiles = ProfileManager(tmp_path / "profiles", recovery_public_key=public)
    info, _key = profiles.create("Anna Beispiel", PASSPHRASE, FAST_KDF)
    before = {p.name: p.read_bytes() for p in info.folder.iterdir()}
    other_pem, _ = new_private_key_pem()  # some other key, e.g. another organisation's
    other = tmp_path / "other.pem"
    other.write_bytes(other_pem)

    code, text = _recover(profiles.root, "Anna Beispiel", other, capsys, monkeypatch)

    assert code == 1 and "is not the one the profile was wrapped for" in text
    assert {p.name: p.read_bytes() for p in info.folder.iterdir()} == before
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    wrapping = read_wrapping(info.folder)
    forged = type(wrapping)(**{**wrapping.__dict__, "recipient": key_id(
        load_pem_private_key(other_pem, None).public_key())})  # fmt: skip
    with pytest.raises(RecoveryError, match="damaged"):  # the AEAD tag does not verify
        unwrap_with_recovery(forged, load_pem_private_key(other_pem, None))
    profiles.unlock(info, PASSPHRASE)  # the interviewer's passphrase still works


def test_a_profile_made_before_recovery_gains_the_wrapping_at_its_next_unlock(
    tmp_path, recovery_key, capsys, monkeypatch
):
    key_file, public = recovery_key
    before = ProfileManager(tmp_path / "profiles", recovery_public_key=None)
    info, key = before.create("Anna Beispiel", PASSPHRASE, FAST_KDF)
    _with_a_case(before, info, key)
    assert not (info.folder / "recovery.json").exists()
    code, text = _recover(before.root, "Anna Beispiel", key_file, capsys, monkeypatch)
    assert code == 1 and "no recovery wrapping" in text

    after = ProfileManager(tmp_path / "profiles", recovery_public_key=public)
    after.unlock(info, PASSPHRASE)
    assert (info.folder / "recovery.json").is_file()

    code, text = _recover(after.root, "Anna Beispiel", key_file, capsys, monkeypatch)
    assert code == 0, text
    after.unlock(info, NEW_PASSPHRASE)


def test_a_new_recovery_key_replaces_the_old_wrapping_at_unlock(tmp_path, recovery_key):
    _, public = recovery_key
    _, newer = new_private_key_pem()
    profiles = ProfileManager(tmp_path / "profiles", recovery_public_key=public)
    info, _key = profiles.create("Anna Beispiel", PASSPHRASE, FAST_KDF)
    rotated = ProfileManager(profiles.root, recovery_public_key=public_key_hex(newer))
    rotated.unlock(info, PASSPHRASE)
    assert read_wrapping(info.folder).recipient == key_id(newer)


def test_a_damaged_profile_json_is_rebuilt_by_recovery(tmp_path, recovery_key, capsys, monkeypatch):
    key_file, public = recovery_key
    profiles = ProfileManager(tmp_path / "profiles", recovery_public_key=public)
    info, key = profiles.create("Anna Beispiel", PASSPHRASE, FAST_KDF)
    _with_a_case(profiles, info, key)
    (info.folder / "profile.json").write_text('{"id": "')  # cut short
    assert profiles.list() == []

    code, text = _recover(profiles.root, info.folder.name, key_file, capsys, monkeypatch)

    assert code == 0, text
    (rebuilt,) = profiles.list()
    assert (rebuilt.id, rebuilt.name, rebuilt.created_at) == (info.id, info.name, info.created_at)
    Store.open(str(info.database), profiles.unlock(rebuilt, NEW_PASSPHRASE), "x").close()


def test_the_recovery_key_comes_from_the_deployment_file(tmp_path, recovery_key, monkeypatch):
    _, public = recovery_key
    deployment = tmp_path / "deployment.yaml"
    deployment.write_text(f"recovery_public_key: {public}\n")
    monkeypatch.setenv("ASA_DEPLOYMENT", str(deployment))
    info, _key = ProfileManager(tmp_path / "profiles").create("Anna", PASSPHRASE, FAST_KDF)
    assert read_wrapping(info.folder).recipient == key_id(ProfileManager(
        tmp_path / "p", recovery_public_key=public).recovery_key())  # fmt: skip


def test_keygen_writes_an_owner_only_key_and_the_deployment_line(tmp_path, capsys, monkeypatch):
    out = tmp_path / "org-recovery.pem"
    monkeypatch.setattr("sys.stdin", io.StringIO("ein-langes-Schluesselwort\n"))
    assert main(["admin", "recovery-keygen", "--out", str(out), "--passphrase-stdin"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("recovery_"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and b"ENCRYPTED" in out.read_bytes()
    deployment = tmp_path / "deployment.yaml"
    deployment.write_text(line + "\n")
    from app.deployment import load_deployment

    assert load_deployment(deployment).recovery_public_key == line.split(": ")[1]

    # An encrypted key file: its passphrase first, then the new profile passphrase.
    profiles = ProfileManager(tmp_path / "profiles", recovery_public_key=line.split(": ")[1])
    profiles.create("Anna", PASSPHRASE, FAST_KDF)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"ein-langes-Schluesselwort\n{NEW_PASSPHRASE}\n"))
    argv = ["--profile-dir", str(profiles.root), "admin", "recover", "Anna"]
    assert main([*argv, "--recovery-key", str(out), "--passphrase-stdin"]) == 0


def test_a_malformed_recovery_key_in_the_deployment_file_is_named(tmp_path):
    from app.datafiles import DataFileError
    from app.deployment import load_deployment

    path = tmp_path / "deployment.yaml"
    path.write_text("language: de\nrecovery_public_key: abc\n")
    with pytest.raises(DataFileError, match=r"deployment.yaml:2: .*64 hex digits"):
        load_deployment(path)

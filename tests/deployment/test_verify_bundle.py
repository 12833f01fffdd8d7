"""Signed releases: `asa admin verify-bundle` and Debian's `minisign` agree, both ways.

Keys are made per test (py-minisign, or Debian's minisign); none lives in the repository.
"""

from __future__ import annotations

import base64
import importlib.util
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

import minisign
import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = "asa-0.1.0-linux-x86_64.tar.gz"
PASSWORD = "throw-away build password"


def load_build_script():
    spec = importlib.util.spec_from_file_location("asa_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build_script()


def make_keys(folder: Path, name: str = "release") -> tuple[Path, Path]:
    """An encrypted minisign key pair (scrypt limits lowered: a test key, not a real one)."""
    pair = minisign.KeyPair.generate()
    secret, public = folder / f"{name}.key", folder / f"{name}.pub"
    with pair.secret_key as key:
        key.encrypt(PASSWORD, opslimit=32768, memlimit=16 * 1024 * 1024)
        secret.write_bytes(bytes(key) + b"\n")
    public.write_bytes(bytes(pair.public_key) + b"\n")
    return secret, public


def minisign_tool() -> str:
    tool = shutil.which("minisign")
    if tool is None:
        pytest.fail("Debian's minisign is missing: `make system-deps` installs it")
    return tool


@pytest.fixture
def keys(tmp_path):
    return make_keys(tmp_path)


@pytest.fixture
def release(tmp_path, keys):
    content = tmp_path / "asa"
    content.mkdir()
    (content / "asa").write_text("#!/bin/sh\necho the app\n")
    folder = tmp_path / "release"
    folder.mkdir()
    with tarfile.open(folder / ARCHIVE, "w:gz") as tar:
        tar.add(content, arcname="asa")
    build.write_checksums(folder)
    build.sign_checksums(folder, keys[0], PASSWORD, "timestamp:1\tfile:SHA256SUMS\tasa 0.1.0")
    return folder


def verify(target: Path, public: Path, capsys) -> tuple[int, str, str]:
    code = main(["admin", "verify-bundle", str(target), "--public-key", str(public)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_signed_release_verifies_with_asa_and_with_standard_tools(release, keys, capsys):
    code, out, err = verify(release, keys[1], capsys)
    assert code == 0, err
    assert "signature ok" in out and "asa 0.1.0" in out
    assert f"checksum ok: {ARCHIVE}" in out
    assert verify(release / ARCHIVE, keys[1], capsys)[0] == 0  # one archive of the folder

    tool = minisign_tool()
    checked = subprocess.run(
        [tool, "-Vm", "SHA256SUMS", "-p", str(keys[1])], cwd=release, capture_output=True
    )
    assert checked.returncode == 0, checked.stderr
    assert b"asa 0.1.0" in checked.stdout  # the trusted comment
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=release, capture_output=True)
    assert sums.returncode == 0


def test_a_release_signed_with_debians_minisign_verifies_with_asa(tmp_path, release, capsys):
    tool = minisign_tool()
    secret, public = tmp_path / "it.key", tmp_path / "it.pub"
    subprocess.run(
        [tool, "-G", "-W", "-p", str(public), "-s", str(secret)], check=True, capture_output=True
    )
    (release / "SHA256SUMS.minisig").unlink()
    subprocess.run(
        [tool, "-S", "-s", str(secret), "-m", "SHA256SUMS", "-t", "signed by IT"],
        cwd=release,
        check=True,
        capture_output=True,
    )
    code, out, err = verify(release, public, capsys)
    assert code == 0, err
    assert "signed by IT" in out


def test_a_changed_archive_is_refused(release, keys, capsys):
    archive = release / ARCHIVE
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x01
    archive.write_bytes(bytes(data))
    code, _out, err = verify(release, keys[1], capsys)
    assert code == 1
    assert f"refused: {archive}: its SHA-256 differs from the signed SHA256SUMS" in err
    assert "Traceback" not in err


def test_changed_checksums_are_refused_by_asa_and_by_minisign(release, keys, capsys):
    sums = release / "SHA256SUMS"
    text = sums.read_text()
    sums.write_text(("0" if text[0] != "0" else "1") + text[1:])
    code, _out, err = verify(release, keys[1], capsys)
    assert code == 1
    assert "the signature does not match" in err and "SHA256SUMS" in err
    checked = subprocess.run(
        [minisign_tool(), "-Vm", "SHA256SUMS", "-p", str(keys[1])], cwd=release, capture_output=True
    )
    assert checked.returncode != 0


@pytest.mark.parametrize("part", ["signature", "trusted comment"])
def test_a_changed_signature_is_refused(release, keys, capsys, part):
    sig = release / "SHA256SUMS.minisig"
    lines = sig.read_text().splitlines()
    if part == "signature":
        raw = bytearray(base64.b64decode(lines[1]))
        raw[-1] ^= 0x01
        lines[1] = base64.b64encode(bytes(raw)).decode()
    else:
        lines[2] = lines[2].replace("asa 0.1.0", "asa 9.9.9")
    sig.write_text("\n".join(lines) + "\n")
    code, _out, err = verify(release, keys[1], capsys)
    assert code == 1
    assert "the signature does not match" in err


def test_a_release_signed_with_another_key_is_refused(tmp_path, release, keys, capsys):
    other_secret, _other_public = make_keys(tmp_path, "other")
    build.sign_checksums(release, other_secret, PASSWORD, "timestamp:1")
    code, _out, err = verify(release, keys[1], capsys)
    assert code == 1
    assert "signed by key" in err and "not by the trusted key" in err


def test_missing_or_garbled_files_are_named(release, keys, capsys):
    (release / "SHA256SUMS.minisig").write_text("not a signature\n")
    code, _out, err = verify(release, keys[1], capsys)
    assert code == 1 and "SHA256SUMS.minisig: not a minisign signature" in err
    (release / "SHA256SUMS.minisig").unlink()
    code, _out, err = verify(release, keys[1], capsys)
    assert code == 1 and "SHA256SUMS.minisig: missing" in err
    code, _out, err = verify(release, release / "SHA256SUMS", capsys)
    assert code == 1 and "not a minisign public key" in err


def test_signing_with_a_wrong_password_is_refused(release, keys):
    with pytest.raises(build.BuildError, match="wrong password"):
        build.sign_checksums(release, keys[0], "not the password", "timestamp:1")


def test_no_signing_key_is_tracked_in_the_repository():
    """A minisign secret key (158 bytes after its comment line) or a PEM private key with
    its body: neither may be committed."""
    minisign_secret = re.compile(rb"untrusted comment:[^\n]*\n([A-Za-z0-9+/]{200,}={0,2})\s")
    pem_private = re.compile(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----\s*\n[A-Za-z0-9+/]{40,}")
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        path = ROOT / name.decode()
        if not path.is_file() or path.stat().st_size > 1_000_000:
            continue
        data = path.read_bytes()
        for match in minisign_secret.finditer(data):
            assert len(base64.b64decode(match.group(1))) != 158, path
        assert not pem_private.search(data), path

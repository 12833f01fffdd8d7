"""The PyInstaller bundle, built once per session as `make bundle` builds it, then used as IT
would: verify the signed release, unpack it, run it with no Python anywhere on PATH.

Slow (about a minute: the build); part of `make test`, never skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from app import __version__
from app.admin.self_test import ANSWER, PDF_PASSWORD
from app.cli import main
from app.store import ProfileManager, Store
from tests.deployment.test_verify_bundle import PASSWORD, build, make_keys
from tests.deployment.xserver import x_display

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Bundle-Test-Passphrase-7"
QT_MODULES = {"QtCore", "QtGui", "QtWidgets"}
SERVICE_STACK = ("fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "psycopg")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def release(tmp_path_factory):
    """(release folder, public key, bundle folder) of one build for the whole session."""
    folder = tmp_path_factory.mktemp("bundle")
    # The work folder outlives the session (build/ is git-ignored): PyInstaller reuses it.
    bundle = build.build_bundle(folder / "dist", ROOT / "build" / "pyinstaller-test")
    release = folder / "release"
    archive = build.make_archive(bundle, release, __version__)
    build.write_checksums(release)
    secret, public = make_keys(folder)
    build.sign_checksums(release, secret, PASSWORD, f"timestamp:1\tasa {__version__}")
    print(
        f"\nbundle {build.folder_size(bundle) / 1e6:.0f} MB, "
        f"archive {archive.stat().st_size / 1e6:.0f} MB"
    )
    return release, public, bundle


@pytest.fixture(scope="session")
def installed(release, tmp_path_factory):
    """The verified archive unpacked, as IT installs it; the `asa` executable."""
    release_folder, public, _bundle = release
    assert main(["admin", "verify-bundle", str(release_folder), "--public-key", str(public)]) == 0
    target = tmp_path_factory.mktemp("install")
    (archive,) = release_folder.glob("asa-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target / "asa" / "asa"


def clean_env(home: Path) -> dict[str, str]:
    """No Python on PATH, no PYTHON* variables, a fresh home; offscreen Qt."""
    empty_bin = home / "bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": str(empty_bin),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    assert shutil.which("python3", path=env["PATH"]) is None
    return env


def run(asa: Path, home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(asa), *args],
        env=clean_env(home),
        cwd=home,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_bundled_app_creates_a_profile_stores_an_entry_and_exports(installed, tmp_path):
    out = tmp_path / "out"
    result = run(
        installed,
        tmp_path / "home",
        "admin",
        "self-test",
        "--keep",
        str(out),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr

    import docx

    document = docx.Document(str(out / "Niederschrift-Selbsttest.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert ANSWER in text

    from pypdf import PdfReader

    pdf = PdfReader(str(out / "Niederschrift-Selbsttest.pdf"))
    assert pdf.is_encrypted and pdf.decrypt(PDF_PASSWORD)
    assert "Erbil" in "".join(page.extract_text() for page in pdf.pages)

    (profile_folder,) = (out / "profiles").iterdir()
    for path in profile_folder.rglob("*"):  # encrypted: the answer is nowhere in clear text
        if path.is_file():
            data = path.read_bytes()
            assert not data.startswith(b"SQLite format 3"), path
            assert ANSWER.encode() not in data, path
    profiles = ProfileManager(out / "profiles")
    (profile,) = profiles.list()
    store = Store.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), "test")
    try:
        answers = [row[0] for row in store.conn.execute("SELECT answer FROM revisions")]
    finally:
        store.close()
    assert ANSWER in answers


def test_bundled_app_runs_on_a_real_x_server(installed, tmp_path):
    """Qt's xcb plugin inside the bundle finds what it links (installer/system-deps.sh)."""
    env = {k: v for k, v in clean_env(tmp_path / "home").items() if k != "QT_QPA_PLATFORM"}
    with x_display() as display:
        result = subprocess.run(
            [str(installed), "admin", "self-test"],
            env={**env, "DISPLAY": display},
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "platform: xcb" in result.stdout and "exported:" in result.stdout


def test_bundle_is_the_desktop_only_with_its_version(installed, tmp_path):
    home = tmp_path / "home"
    version = run(installed, home, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"asa {__version__}"

    central = run(installed, home, "central", "serve")
    assert central.returncode == 2
    assert "pip install 'asa[central]'" in central.stderr

    internal = installed.parent / "_internal"
    info = json.loads((internal / "build-info.json").read_text())
    assert info["version"] == __version__ and len(info["commit"]) >= 7
    pyside = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.abi3.so")}
    assert pyside == QT_MODULES
    qt_libs = {p.name for p in (internal / "PySide6" / "Qt" / "lib").glob("libQt6*")}
    assert not {n for n in qt_libs if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6Pdf"))}
    for name in SERVICE_STACK:
        assert not list(internal.glob(f"{name}*")), name
    # The Python modules inside the executable's archive: no service, no test or dev tools.
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(installed)).open_embedded_archive("PYZ.pyz").toc)
    assert "app.admin.self_test" in modules and "app.ui.main_window" in modules
    unwanted = {*SERVICE_STACK, "app.central", "pytest", "_pytest", "hypothesis", "PyInstaller"}
    assert not {m for m in modules if m in unwanted or m.split(".")[0] in unwanted}
    assert not {m for m in modules if m.startswith("app.central")}
    assert (installed.parent / "system-deps.sh").is_file()  # for IT on the laptop
    # No UPX: PyInstaller would mark compressed files; the executables stay plain ELF.
    assert installed.read_bytes()[:4] == b"\x7fELF"
    assert b"UPX!" not in (internal / "libpython3.11.so.1.0").read_bytes()[:4096]


def test_standard_tools_verify_the_built_release(release):
    release_folder, public, _bundle = release
    minisign = shutil.which("minisign")
    assert minisign, "Debian's minisign is missing: `make system-deps` installs it"
    checked = subprocess.run(
        [minisign, "-Vm", "SHA256SUMS", "-p", str(public)], cwd=release_folder, capture_output=True
    )
    assert checked.returncode == 0, checked.stderr
    sums = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=release_folder, capture_output=True, text=True
    )
    assert sums.returncode == 0 and sums.stdout.strip().endswith(": OK")
    assert os.access(release_folder / "SHA256SUMS.minisig", os.R_OK)

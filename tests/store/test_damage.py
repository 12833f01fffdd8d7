"""A damaged profile is named, with what support can do: `asa profiles check` and `list`
on flipped bytes, cut-off files, a wrong key file and a garbled profile.json. No traceback."""

from __future__ import annotations

import io
import json
import shutil

import pytest

from app.cli import main
from app.operations.cases import create_case
from app.operations.hearings import start_hearing
from app.store import Store
from app.store.health import PAGE_SIZE
from tests.conftest import FAST_KDF, PASSPHRASE, sample_applicant


@pytest.fixture
def filled(profiles, profile):
    """A profile whose database spans a few dozen pages; returns the database's bytes."""
    store = Store.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), "x")
    for i in range(20):
        case = create_case(store, f"55555{i:02d}-423", sample_applicant())
        start_hearing(store, case.id, "anhoerung-13", "Anna")
    store.close()
    return profile.database.read_bytes()


def _check(profiles, capsys, monkeypatch, name="Anna Beispiel"):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    argv = ["--profile-dir", str(profiles.root), "profiles", "check", name, "--passphrase-stdin"]
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_an_intact_profile_checks_ok(profiles, filled, capsys, monkeypatch):
    code, text = _check(profiles, capsys, monkeypatch)
    assert code == 0 and "ok (20 cases" in text


@pytest.mark.parametrize("page", [1, 2, "middle", "last"])
def test_one_flipped_byte_is_named_with_its_page(
    profiles, profile, filled, capsys, monkeypatch, page
):
    pages = len(filled) // PAGE_SIZE
    number = {"middle": pages // 2, "last": pages}.get(page, page)
    damaged = bytearray(filled)
    damaged[(number - 1) * PAGE_SIZE + 200] ^= 0x01
    profile.database.write_bytes(bytes(damaged))

    code, text = _check(profiles, capsys, monkeypatch)

    assert code == 1
    assert f"page {number} of {pages} fails the authentication check" in text
    assert "What support can do:" in text and "backup" in text
    assert profile.database.read_bytes() == bytes(damaged)  # the check never writes


@pytest.mark.parametrize("size", [0, 1000, "half", "pages"])
def test_a_truncated_database_is_named_as_cut_short(
    profiles, profile, filled, capsys, monkeypatch, size
):
    length = {"half": len(filled) // 2 + 100, "pages": (len(filled) // PAGE_SIZE - 3) * PAGE_SIZE}
    cut = filled[: length.get(size, size)]
    profile.database.write_bytes(cut)

    code, text = _check(profiles, capsys, monkeypatch)

    assert code == 1, text
    assert "Traceback" not in text
    if size == "pages":  # whole pages gone: page 1 still says how many there were
        pages = len(filled) // PAGE_SIZE
        assert f"pages {pages - 2}-{pages} are missing" in text
    elif size == 0:
        assert "empty" in text
    else:
        assert "cut short" in text
    assert profile.database.read_bytes() == cut  # not re-created, not migrated


def test_a_key_file_of_another_profile_is_named(profiles, profile, filled, capsys, monkeypatch):
    other, _key = profiles.create("Bert Probe", PASSPHRASE, FAST_KDF)
    ours = json.loads((profile.folder / "profile.json").read_text())
    ours["key"] = json.loads((other.folder / "profile.json").read_text())["key"]
    (profile.folder / "profile.json").write_text(json.dumps(ours))

    code, text = _check(profiles, capsys, monkeypatch)

    assert code == 1
    assert "none of the" in text and "opens with this profile's key" in text
    assert "profile.json belongs to another profile" in text


@pytest.mark.parametrize(
    "content, named",
    [
        (b"", "empty"),
        (b'{"id": "abc", "name": "Anna Beispiel", "crea', "cut short or garbled"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"id": 7, "name": "Anna", "created_at": "x", "key": {}}', "field(s): id, key"),
        (b"[1, 2]", "not a JSON object"),
    ],
)
def test_a_damaged_profile_json_is_listed_as_damaged(
    profiles, profile, capsys, monkeypatch, content, named
):
    profiles.create("Bert Probe", PASSPHRASE, FAST_KDF)
    (profile.folder / "profile.json").write_bytes(content)

    code = main(["--profile-dir", str(profiles.root), "profiles", "list"])
    text = capsys.readouterr().out

    assert code == 1
    assert "Bert Probe" in text  # the others are still listed
    assert f"DAMAGED  {profile.folder.name}" in text and named in text
    assert "What support can do:" in text and "Do not delete the folder" in text
    code, text = _check(profiles, capsys, monkeypatch, name=profile.folder.name)
    assert code == 1 and named in text


def test_a_missing_profile_json_beside_a_database_is_listed(profiles, profile, filled, capsys):
    (profile.folder / "profile.json").unlink()
    main(["--profile-dir", str(profiles.root), "profiles", "list"])
    assert "profile.json is missing" in capsys.readouterr().out


def test_a_folder_copied_elsewhere_keeps_working(
    profiles, profile, filled, capsys, monkeypatch, tmp_path
):
    shutil.copytree(profile.folder, tmp_path / "copy" / profile.folder.name)
    code, text = _check(type(profiles)(tmp_path / "copy"), capsys, monkeypatch)
    assert code == 0, text


def test_a_profile_whose_process_was_killed_checks_ok(profiles, profile, capsys, monkeypatch):
    """Frames still in the -wal file after a crash are not damage."""
    import subprocess
    import sys
    from pathlib import Path

    key = profiles.unlock(profile, PASSPHRASE)
    code = (
        "import os, sys\n"
        "from app.store import Store\n"
        "from app.operations.cases import create_case\n"
        "from tests.conftest import sample_applicant\n"
        f"s = Store.open({str(profile.database)!r}, bytes.fromhex({bytes(key).hex()!r}), 'x')\n"
        "for i in range(5):\n"
        "    create_case(s, f'55555{i:02d}-423', sample_applicant())\n"
        "os._exit(0)\n"  # no close, no checkpoint: as killed
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
    assert (profile.folder / "asa.db-wal").stat().st_size > 0

    exit_code, text = _check(profiles, capsys, monkeypatch)
    assert exit_code == 0 and "ok (5 cases" in text

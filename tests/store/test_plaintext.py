"""Nothing of a transcript appears in plaintext on disk: database, -wal/-shm, temp files."""

from __future__ import annotations

from app.operations.cases import create_case
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from tests.conftest import sample_applicant

MARKERS = ("ZEBRAFINK-7731", "زرافة٧٧٣١")  # a Latin and an Arabic-script marker


def _files(*folders):
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                yield path


def _leaks(paths):
    found = []
    for path in paths:
        data = path.read_bytes()
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if marker.encode(encoding) in data:
                    found.append(f"{path.name}: {marker} ({encoding})")
    return found


def test_marker_text_never_reaches_the_disk_in_plaintext(worker, profile, tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    latin, arabic = MARKERS
    case = worker.submit(
        lambda s: create_case(
            s,
            f"Az-{latin}",
            sample_applicant(family_name=latin, family_name_original=arabic),
            {"children_count": 2, "remark": latin},
        )
    ).result()
    hearing = worker.submit(lambda s: start_hearing(s, case.id, "anhoerung-13", "Anna")).result()
    c, h, _n, key, key_id = worker.submit(lambda s: load_for_editing(s, hearing.id)).result()
    session = HearingSession(c, h, worker.submit, key, key_id)
    for i in range(200):  # enough to grow the WAL over several pages
        entry, _ = session.add_entry(question=f"Frage {i} {latin}")
        session.type(entry.number, entry.question, f"Antwort {arabic} {latin} " * 5)
        session.leave(entry.number)
    session.save_notes(f"Notiz {latin}").result()

    # While the profile is open: database, WAL and shared-memory files are all encrypted.
    names = {p.name for p in _files(profile.folder)}
    assert "asa.db-wal" in names
    assert _leaks(_files(profile.folder, temp)) == []

    worker.submit(lambda s: s.checkpoint()).result()
    assert _leaks(_files(profile.folder, temp)) == []


def test_the_scan_itself_finds_plaintext(tmp_path):
    # Guards the test above against passing because the scan cannot see anything.
    (tmp_path / "plain.txt").write_text(f"x {MARKERS[1]} y", encoding="utf-16-le")
    assert _leaks(_files(tmp_path))

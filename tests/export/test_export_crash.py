"""Kill -9 during export, many times: no temporary plaintext copy stays behind.

An exported transcript is plaintext. A crash while writing must neither leave a temporary copy
that others can read (it is owner-only from its first byte) nor one that lingers (the next
start removes it); a failure the process survives removes it at once.
"""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document

from app.export import export_docx, export_pdf
from app.export.files import TEMP_PREFIX, atomic_target, clean_up_at_start, remove_leftovers

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 12


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _kill_one_export(folder: Path, data_home: Path, rng: random.Random) -> bool:
    """Start an exporting child, kill it; True if it was killed inside a temporary file."""
    in_temp = rng.random() < 0.5
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.export.export_child", str(folder)]
        + (["--report-temp"] if in_temp else []),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(data_home)},
    )
    try:
        assert child.stdout.readline().strip() == "READY"
        if in_temp:
            for n in range(rng.randint(1, 4)):  # the first, or a later export's temporary file
                if n:
                    child.stdin.write("go on\n")
                    child.stdin.flush()
                while (line := child.stdout.readline().strip()) != "TEMP":
                    assert line == "EXPORTED", line
        else:
            time.sleep(rng.uniform(0.0, 1.5))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    return in_temp


@pytest.mark.slow
def test_killed_exports_leave_no_readable_temp_file_after_the_next_start(tmp_path, monkeypatch):
    folder, data_home = tmp_path / "exports", tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    journal = data_home / "ASA" / "exports-in-progress"
    rng = random.Random(20261201)
    left_by_kills = 0
    for round_no in range(ROUNDS):
        killed_in_temp = _kill_one_export(folder, data_home, rng)
        temps = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
        if killed_in_temp:
            assert temps, f"round {round_no}: the kill inside a temporary file left none"
        left_by_kills += len(temps)
        for path in folder.iterdir():  # owner-only from the start, never chmod-ed later
            assert _mode(path) == 0o600, f"round {round_no}: {path.name} {oct(_mode(path))}"

        clean_up_at_start()  # what the next start runs (app/ui/main.py)

        names = sorted(p.name for p in folder.iterdir())
        assert not [n for n in names if n.startswith(".")], f"round {round_no}: {names}"
        assert not [e for e in journal.iterdir() if e.suffix == ".json"], f"round {round_no}"
        for path in folder.glob("*.docx"):  # what is there is whole: the move is atomic
            assert Document(str(path)).paragraphs
        for path in folder.glob("*.pdf"):
            assert path.read_bytes().rstrip().endswith(b"%%EOF")
    assert left_by_kills >= ROUNDS // 4  # the clean-up had real work to do


def test_exported_file_and_its_temp_file_are_owner_only_whatever_the_umask(
    qapp, tmp_path, case, sealed
):
    old = os.umask(0)  # the most permissive: 0666 files unless the code asks otherwise
    try:
        with atomic_target(tmp_path / "x.docx", tmp_path / "journal") as fh:
            (temp,) = [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
            assert _mode(temp) == 0o600
            fh.write(b"data")
        docx = export_docx(case, sealed, tmp_path / "n.docx")
        pdf = export_pdf(case, sealed, tmp_path / "n.pdf")
    finally:
        os.umask(old)
    assert _mode(docx) == _mode(pdf) == _mode(tmp_path / "x.docx") == 0o600


def test_replacing_a_world_readable_export_makes_it_owner_only(tmp_path, case, sealed):
    target = tmp_path / "n.docx"
    target.write_bytes(b"old")
    target.chmod(0o644)
    export_docx(case, sealed, target)
    assert _mode(target) == 0o600


def test_a_failed_export_leaves_no_temp_file_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "n.docx"
    target.write_bytes(b"last hour's export")
    journal = tmp_path / "journal"
    with pytest.raises(RuntimeError), atomic_target(target, journal) as fh:
        fh.write(b"half a transcript")
        raise RuntimeError("disk full")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal", "n.docx"]
    assert target.read_bytes() == b"last hour's export"
    assert list(journal.iterdir()) == []


def test_the_clean_up_spares_a_running_export_and_deletes_nothing_but_temp_files(tmp_path):
    journal = tmp_path / "journal"
    victim = tmp_path / "Niederschrift-1.docx"
    victim.write_bytes(b"the user's own export")
    planted = journal / "planted.json"
    journal.mkdir()
    planted.write_text(f'{{"temp": "{victim}"}}')  # a damaged or planted entry
    (journal / "garbage.json").write_bytes(b"\xff\x00{")
    with atomic_target(tmp_path / "n.docx", journal) as fh:
        fh.write(b"being written")
        assert remove_leftovers(journal) == 0
        assert [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert victim.read_bytes() == b"the user's own export"
    assert list(journal.iterdir()) == []


def test_old_style_temp_files_of_ended_processes_are_removed_at_start(tmp_path):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    stale = tmp_path / f".Niederschrift-9876543-438.pdf.{ended.stdout.strip()}.tmp"
    stale.write_bytes(b"plaintext")
    running = tmp_path / f".Niederschrift-9876543-438.pdf.{os.getpid()}.tmp"
    running.write_bytes(b"plaintext being written")
    assert remove_leftovers(tmp_path / "journal", folders=(tmp_path,)) == 1
    assert not stale.exists() and running.exists()

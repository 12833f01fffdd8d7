"""Ending the app from outside: SIGTERM (logout, shutdown) and SIGINT close it cleanly — what
was typed is stored and the next start shows no crash banner; a real crash (SIGKILL) still
does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.operations.cases import create_case
from app.operations.hearings import start_hearing
from app.store import Store
from app.store.worker import DbWorker
from tests.conftest import PASSPHRASE, sample_applicant
from tests.ui.shutdown_child import ANSWER

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def prepared(profiles, profile):
    worker = DbWorker()
    worker.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), profile.name).result()
    case = worker.submit(lambda s: create_case(s, "5551234-438", sample_applicant())).result()
    hearing = worker.submit(lambda s: start_hearing(s, case.id, "anhoerung-13", "Anna")).result()

    def first_entry(store):
        from app.domain.transcript import EntryKind

        h = store.hearings.get(hearing.id)
        entry = h.add_entry(EntryKind.QA, "Wann haben Sie Ihr Land verlassen?")
        with store.transaction():
            store.hearings.add_entry(entry)

    worker.submit(first_entry).result()
    worker.shutdown()
    return profiles, profile, hearing.id


def run_child(prepared, tmp_path, signal_number) -> int:
    profiles, profile, hearing_id = prepared
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.shutdown_child", str(profiles.root), profile.id,
         hearing_id, str(tmp_path / "settings.ini")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = child.stdout.readline()
        assert line.strip() == "READY", child.stderr.read()
        child.send_signal(signal_number)
        return child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()


def reopen(prepared):
    """(the previous session ended abnormally, the first entry's answer) at the next start."""
    profiles, profile, hearing_id = prepared
    store = Store.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), profile.name)
    try:
        abnormal = store.mark_in_use()
        return abnormal, store.hearings.get(hearing_id).entries[0].answer
    finally:
        store.close()


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_from_the_system_ends_the_app_cleanly(prepared, tmp_path, signal_number):
    assert run_child(prepared, tmp_path, signal_number) == 0
    assert reopen(prepared) == (False, ANSWER)


def test_a_real_crash_is_still_reported_at_the_next_start(prepared, tmp_path):
    assert run_child(prepared, tmp_path, signal.SIGKILL) == -signal.SIGKILL
    assert reopen(prepared) == (True, ANSWER)

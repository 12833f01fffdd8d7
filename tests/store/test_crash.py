"""Kill -9 in the middle of autosaving, many times: every acknowledged edit survives."""

from __future__ import annotations

import ast
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.operations.cases import create_case
from app.operations.hearings import start_hearing
from app.store import Store
from tests.conftest import PASSPHRASE, sample_applicant

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 25


def _acknowledged_until_killed(profiles, profile, hearing_id, seed, rng):
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.store.crash_child",
            str(profiles.root),
            profile.id,
            hearing_id,
            str(seed),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "READY"
    acked: dict[int, str] = {}
    for _ in range(rng.randint(1, 120)):
        line = child.stdout.readline()
        if not line.startswith("ACK"):
            break
        _, number, _length, text = line.rstrip("\n").split(" ", 3)
        acked[int(number)] = ast.literal_eval(text)
    child.send_signal(signal.SIGKILL)  # mid-write, as likely as not
    child.wait()
    return acked


@pytest.mark.slow
def test_kill_minus_nine_loses_no_acknowledged_edit(profiles, profile):
    store = Store.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), "x")
    case = create_case(store, "5555555-423", sample_applicant())
    hearing_id = start_hearing(store, case.id, "anhoerung-13", "Anna").id
    store.close()

    rng = random.Random(20261125)
    expected: dict[int, str] = {}
    abnormal_seen = 0
    for round_no in range(ROUNDS):
        expected.update(_acknowledged_until_killed(profiles, profile, hearing_id, round_no, rng))
        store = Store.open(str(profile.database), profiles.unlock(profile, PASSPHRASE), "check")
        try:
            assert store.integrity_problems() == [], f"round {round_no}"
            abnormal_seen += store.mark_in_use()
            stored = {e.number: e.answer for e in store.hearings.get(hearing_id).entries}
            store.mark_closed()
        finally:
            store.close()
        for number, answer in expected.items():
            # The stored text is the acknowledged one or a later edit of it (typing only appends).
            assert stored[number].startswith(answer), f"round {round_no}, entry {number}"
        expected = dict(stored)
    assert abnormal_seen == ROUNDS  # every killed session is reported as ended abnormally

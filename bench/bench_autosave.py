"""Storing one edited answer, the autosave path as the UI drives it, against a bare SQLCipher
single-row upsert with commit on the same machine, same disk, same database settings.

ASA path: HearingSession.type() on the UI thread (domain gate, snapshot) → the ordered write
queue → job on the database worker thread → upsert of the open revision in a transaction → commit → the future
completes (where the UI would mark "saved"). Baseline: one connection, the same PRAGMAs (WAL,
synchronous=FULL), `INSERT ... ON CONFLICT DO UPDATE` of one row and COMMIT. Targets: median
≤ 1.5×, p95 ≤ 2×.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3
from _measure import median, p95

from app.operations.cases import create_case
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from app.store.keys import KdfParams
from app.store.profiles import ProfileManager
from app.store.worker import DbWorker
from tests.conftest import sample_applicant

TEXT = "Ich bin im August 2014 über die Türkei nach Griechenland gereist. " * 4


BARE_KEY = os.urandom(32)


def bare(folder: Path, n: int) -> list[float]:
    conn = sqlcipher3.connect(str(folder / "bare.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{BARE_KEY.hex()}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE IF NOT EXISTS r (id TEXT PRIMARY KEY, answer TEXT, saved_at TEXT)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO r (id, answer, saved_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE"
            " SET answer=excluded.answer, saved_at=excluded.saved_at",
            ("entry-1", TEXT + str(i), str(start)),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def asa(folder: Path, n: int, handoffs: list[float] | None = None) -> list[float]:
    profiles = ProfileManager(folder / "profiles")
    profile, key = profiles.create("Bench", "bench-passphrase", KdfParams(1, 8 * 1024, 1))
    worker = DbWorker()
    worker.open(str(profile.database), key, profile.name).result()
    case = worker.submit(lambda s: create_case(s, "B-1", sample_applicant())).result()
    hid = worker.submit(lambda s: start_hearing(s, case.id, "anhoerung-13", "Bench").id).result()
    c, h, _n, dkey, kid = worker.submit(lambda s: load_for_editing(s, hid)).result()
    session = HearingSession(c, h, worker.submit, dkey, kid)
    entry, added = session.add_entry(question="Wie sind Sie gereist?")
    added.result()
    times = []
    for i in range(n):
        start = time.perf_counter()
        session.type(entry.number, entry.question, TEXT + str(i)).result()
        times.append(time.perf_counter() - start)
        if handoffs is not None:  # the thread hand-off alone: an empty job there and back
            start = time.perf_counter()
            worker.submit(lambda _store: None).result()
            handoffs.append(time.perf_counter() - start)
    worker.shutdown()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=400)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    bare(folder, 20), asa(folder / "warm", 20)  # warm caches and code paths
    base, ours, handoffs = [], [], []
    for round_no in range(4):  # interleaved rounds: both see the same disk and load
        base += bare(folder, args.edits // 4)
        ours += asa(folder / f"r{round_no}", args.edits // 4, handoffs)
    print(f"edits: {len(ours)} each")
    print(
        f"bare SQLCipher upsert+commit: median {median(base) * 1e3:.3f} ms, p95 {p95(base) * 1e3:.3f} ms"
    )
    print(
        f"ASA autosave path:            median {median(ours) * 1e3:.3f} ms, p95 {p95(ours) * 1e3:.3f} ms"
    )
    print(
        f"of which the hand-off to the database thread and back (an empty job): median"
        f" {median(handoffs) * 1e3:.3f} ms"
    )
    print(f"ratio (median): {median(ours) / median(base):.2f}x  (target <= 1.5x)")
    print(f"ratio (p95):    {p95(ours) / p95(base):.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()

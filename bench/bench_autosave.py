"""Storing one edited answer, the autosave path as the UI drives it, against a bare SQLCipher
single-row upsert with commit on the same machine, same disk, same database settings.

ASA path: HearingSession.type() on the UI thread (domain gate, snapshot) → the ordered write
queue → job on the database worker thread → update of the open revision in a transaction →
commit → the future completes (where the UI would mark "saved"). Baseline: one connection, the
same PRAGMAs (WAL, synchronous=FULL), `INSERT ... ON CONFLICT DO UPDATE` of one row and COMMIT.
Targets: median ≤ 1.5×, p95 ≤ 2×.

How the two are made comparable (docs/benchmarks.md, Autosave, "fourth session"):
- Both stay open for the whole run, as the app keeps its profile open through a hearing, and
  both are first written past the write-ahead log's first checkpoint (1,000 pages). From then
  on a commit overwrites the log in place, which costs about half of a commit that still grows
  it; a hearing's autosaves spend nearly all their time in that state. ``--fresh`` skips this.
- The edits alternate between the two one by one, the first of each pair alternating too, so
  that both see the same disk and load.
- At typing cadence (``--pace``, default 20 ms of idle before each write): the editor saves a
  key or a few at a time, a tenth of a second or more apart, so each autosave starts on an
  idle machine, and so does the bare write it is compared with. This is the target's figure.
  Back to back (no idle), as the first measurements ran, is printed for comparison: there the
  bare loop never leaves its core, while the autosave wakes the database thread and the caller
  for every write.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
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
WARM_WRITES = 1100  # past SQLite's automatic checkpoint at 1,000 pages of log

BARE_KEY = os.urandom(32)
Write = Callable[[int], None]


def bare_writer(folder: Path) -> tuple[Write, Callable[[], None]]:
    conn = sqlcipher3.connect(str(folder / "bare.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{BARE_KEY.hex()}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE IF NOT EXISTS r (id TEXT PRIMARY KEY, answer TEXT, saved_at TEXT)")

    def write(i: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO r (id, answer, saved_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE"
            " SET answer=excluded.answer, saved_at=excluded.saved_at",
            ("entry-1", TEXT + str(i), str(time.time())),
        )
        conn.execute("COMMIT")

    return write, conn.close


def asa_writer(folder: Path) -> tuple[Write, DbWorker]:
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

    def write(i: int) -> None:
        session.type(entry.number, entry.question, TEXT + str(i)).result()

    return write, worker


def timed(write: Write, i: int, pace: float) -> float:
    if pace:
        time.sleep(pace)
    start = time.perf_counter()
    write(i)
    return time.perf_counter() - start


def alternate(
    bare: Write, ours: Write, worker: DbWorker, edits: int, pace: float, first: int
) -> tuple[list[float], list[float], list[float]]:
    base, asa, handoffs = [], [], []
    for n in range(edits):
        i = first + 2 * n
        pair = [(base, bare), (asa, ours)]
        for times, write in pair if n % 2 else reversed(pair):
            times.append(timed(write, i, pace))
        # the thread hand-off alone: an empty job there and back, under the same conditions
        handoffs.append(timed(lambda _i: worker.submit(lambda _store: None).result(), i, pace))
    return base, asa, handoffs


def report(title: str, base: list[float], ours: list[float], handoffs: list[float]) -> None:
    print(f"{title}: {len(ours)} edits each")
    print(
        f"  bare SQLCipher upsert+commit: median {median(base) * 1e3:.3f} ms, p95 {p95(base) * 1e3:.3f} ms"
    )
    print(
        f"  ASA autosave path:            median {median(ours) * 1e3:.3f} ms, p95 {p95(ours) * 1e3:.3f} ms"
    )
    print(f"  an empty job to the database thread and back: median {median(handoffs) * 1e3:.3f} ms")
    print(
        f"  ratio (median): {median(ours) / median(base):.2f}x   ratio (p95): {p95(ours) / p95(base):.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=400)
    parser.add_argument("--pace", type=float, default=0.02, help="idle seconds before each write")
    parser.add_argument("--fresh", action="store_true", help="measure while the log still grows")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    bare, close_bare = bare_writer(folder)
    ours, worker = asa_writer(folder)
    warm = 20 if args.fresh else WARM_WRITES
    for i in range(warm):
        bare(i), ours(i)
    state = "log still growing" if args.fresh else "log past its first checkpoint"
    report(
        f"at typing cadence ({args.pace * 1e3:.0f} ms idle before each write; {state})",
        *alternate(bare, ours, worker, args.edits, args.pace, warm),
    )
    report(
        f"back to back ({state})",
        *alternate(bare, ours, worker, args.edits, 0.0, warm + 2 * args.edits),
    )
    print("targets: median <= 1.5x, p95 <= 2x (the figure at typing cadence)")
    worker.shutdown()
    close_bare()


if __name__ == "__main__":
    main()

"""One keystroke in the hearing screen, as the UI thread pays for it, in a long hearing.

ASA: the real hearing screen over the real encrypted store, 400 entries in the transcript, the
assistant loaded; a key typed into the answer editor runs the autosave dispatch (the write
itself is on the database thread), the transcript model's update of that row, the skeleton
progress check and the assistant's scheduling. Baseline: the same key into a bare
QPlainTextEdit. Both offscreen, in one process, in alternating rounds. No target in the issues:
it shows that typing stays as light as in a bare editor however long the hearing grows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _measure import median, p95
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.operations.cases import create_case
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from app.skeletons import get_skeleton
from app.store.keys import KdfParams
from app.store.profiles import ProfileManager
from app.store.worker import DbWorker
from app.ui.hearing.page import HearingPage
from tests.conftest import sample_applicant

# QTest types Latin-1 only; the text is what an interviewer types, without umlauts.
TEXT = "Ich bin dann ueber die Tuerkei nach Griechenland gegangen, im August 2014. "
ANSWER = "Das war in meinem Dorf, am Markt bei der Moschee. " * 3


def long_hearing(folder: Path, entries: int) -> tuple[DbWorker, HearingPage]:
    profiles = ProfileManager(folder / "profiles")
    profile, key = profiles.create("Bench", "bench-passphrase", KdfParams(1, 8 * 1024, 1))
    worker = DbWorker()
    worker.open(str(profile.database), key, profile.name).result()
    case = worker.submit(lambda s: create_case(s, "B-1", sample_applicant())).result()
    hid = worker.submit(lambda s: start_hearing(s, case.id, "anhoerung-13", "Bench").id).result()
    c, h, notes, dkey, kid = worker.submit(lambda s: load_for_editing(s, hid)).result()
    session = HearingSession(c, h, worker.submit, dkey, kid)
    for i in range(entries):
        entry, _added = session.add_entry(question=f"Nachfrage {i}: Was geschah danach?")
        session.type(entry.number, entry.question, ANSWER)
    worker.submit(lambda _s: None).result()  # every write done
    page = HearingPage(session, get_skeleton(h.skeleton_id), notes, "de")
    return worker, page


def keystrokes(app: QApplication, widget, text: str) -> list[float]:
    times = []
    for char in text:
        start = time.perf_counter()
        QTest.keyClicks(widget, char)
        times.append(time.perf_counter() - start)
        app.processEvents()  # queued work (save state, assistant) runs between keys, as live
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=400)
    args, _ = parser.parse_known_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    worker, page = long_hearing(Path(tempfile.mkdtemp()), args.entries)
    page.resize(1280, 800)
    page.show()
    QTest.qWaitForWindowExposed(page)
    deadline = time.monotonic() + 60
    while page.assistant.loading and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    page.editor.focus_answer()
    bare = QPlainTextEdit()
    bare.resize(600, 300)
    bare.show()
    QTest.qWaitForWindowExposed(bare)

    keystrokes(app, page.editor.answer, TEXT)  # warm both paths
    keystrokes(app, bare, TEXT)
    ours, base = [], []
    for _ in range(4):
        ours += keystrokes(app, page.editor.answer, TEXT)
        base += keystrokes(app, bare, TEXT)
    page.flush()
    worker.shutdown()

    print(f"keystrokes: {len(ours)} each, {args.entries} entries in the transcript")
    print(f"bare QPlainTextEdit:  median {median(base) * 1e3:.2f} ms, p95 {p95(base) * 1e3:.2f} ms")
    print(f"ASA hearing screen:   median {median(ours) * 1e3:.2f} ms, p95 {p95(ours) * 1e3:.2f} ms")
    print(f"ratio (median): {median(ours) / median(base):.2f}x  (no target; for information)")


if __name__ == "__main__":
    main()

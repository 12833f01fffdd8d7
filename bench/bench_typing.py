"""One keystroke in the hearing screen, as the UI thread pays for it, in a long hearing.

ASA: the real hearing screen over the real encrypted store, 400 entries in the transcript, the
assistant loaded; a key typed into the answer editor runs the autosave dispatch (the write
itself is on the database thread), the transcript model's update of that row, the skeleton
progress check and the assistant's scheduling. Baseline: the same key into a bare
QPlainTextEdit holding the same answer (a key's layout work grows with its paragraph); also
printed against an empty bare editor, the baseline as first measured. Both offscreen, in one
process, in alternating rounds; the UI thread's own CPU per key beside the wall time. Target
(issue 9): at most 4x the bare editor.

Second part, long narratives: an entry whose answer is a 5,000- and a 20,000-word narrative
(places, dates, actors in it); keys typed at its end in bursts (20 keys ~30 ms apart, then a
pause in which the assistant reads the entry on its own thread and the panel and underlines are
updated). Printed: the assistant's CPU time per update of that entry (on its thread; the wall
time too, which includes its pauses while keys come, app.assistant.pacing) and the UI
thread's longest stall - the longest single key or event-loop turn, which includes applying the
assistant's results. Target (issue 9): <= 16 ms, one frame. On a shared machine a turn's wall
time also holds the time the thread waited for a core; the UI thread's own CPU time in its
longest turn is printed beside it. With --trace: what the UI thread did in its longest turn
(events, paints, callbacks from other threads, the steps of applying a view) and the CPU each
other thread of the process used meanwhile.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _measure import median, p95
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from app.operations.cases import create_case
from app.operations.hearing_session import HearingSession
from app.operations.hearings import load_for_editing, start_hearing
from app.skeletons import get_skeleton
from app.store.keys import KdfParams
from app.store.profiles import ProfileManager
from app.store.worker import DbWorker
from app.ui import tasks
from app.ui.hearing.page import HearingPage
from tests.conftest import sample_applicant

# QTest types Latin-1 only; the text is what an interviewer types, without umlauts.
TEXT = "Ich bin dann ueber die Tuerkei nach Griechenland gegangen, im August 2014. "
ANSWER = "Das war in meinem Dorf, am Markt bei der Moschee. " * 3
NARRATIVE = (
    "Im August 2014 kamen Kämpfer des IS nach Sindschar. Mein Bruder wurde am 03.08.2014 "
    "verhaftet und nach Mossul gebracht. Wir sind dann nach Dohuk geflohen, dort blieben wir "
    "zwei Monate bei Verwandten in einem Lager. Danach sind wir über Erbil in die Türkei "
    "gegangen, weil wir keine Sicherheit mehr hatten und die Miliz uns bedroht hat. "
)


def long_hearing(folder: Path, entries: int) -> tuple[DbWorker, HearingPage]:
    profiles = ProfileManager(folder / "profiles")
    profile, key = profiles.create("Bench", "bench-passphrase", KdfParams(1, 8 * 1024, 1))
    worker = DbWorker()
    worker.open(str(profile.database), key, profile.name).result()
    case = worker.submit(lambda s: create_case(s, "B-1", sample_applicant())).result()
    hid = worker.submit(lambda s: start_hearing(s, case.id, "anhoerung-13", "Bench").id).result()
    c, h, notes, dkey, kid = worker.submit(lambda s: load_for_editing(s, hid)).result()
    session = HearingSession(c, h, worker.submit, dkey, kid, tasks.next_turn)  # as the app
    for i in range(entries):
        entry, _added = session.add_entry(question=f"Nachfrage {i}: Was geschah danach?")
        session.type(entry.number, entry.question, ANSWER)
    assert session.writes.wait(60)  # every write done
    page = HearingPage(session, get_skeleton(h.skeleton_id), notes, "de")
    return worker, page


def keystrokes(app: QApplication, widget, text: str, cpu: list[float] | None = None) -> list[float]:
    """Wall time of each key; with ``cpu``, the UI thread's own CPU time of each key too."""
    times = []
    for char in text:
        start, own = time.perf_counter(), time.thread_time()
        QTest.keyClicks(widget, char)
        times.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.thread_time() - own)
        app.processEvents()  # queued work (save state, assistant) runs between keys, as live
    return times


def narrative(words: int) -> str:
    """``words`` words in paragraphs of about 100 words, as a long account is written down.
    (One paragraph of 20,000 words costs a bare Qt editor ~50 ms per key: Qt lays out the
    whole paragraph again on every key.)"""
    text = (NARRATIVE * (words // len(NARRATIVE.split()) + 1)).split()[:words]
    return "\n".join(" ".join(text[i : i + 100]) for i in range(0, len(text), 100))


def bare_stalls(app: QApplication, words: int) -> list[float]:
    """The same typing into a bare QTextEdit holding the same narrative: Qt's own floor."""
    editor = QTextEdit()
    editor.setAcceptRichText(False)
    editor.resize(600, 300)
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    editor.setPlainText(narrative(words))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    turns = []
    for char in "und dann kam die Polizei. " * 3:
        start = time.perf_counter()
        QTest.keyClicks(editor, char)
        app.processEvents()
        turns.append(time.perf_counter() - start)
    editor.close()
    return turns


class StallTracer:
    """With --trace: what the UI thread did in its longest turn (each event Qt delivered,
    by receiver class and event type, with its wall and CPU time), to find what to cut."""

    def __init__(self, by_cpu: bool = False) -> None:
        self.by_cpu = by_cpu  # rank turns by the UI thread's own CPU (a loaded machine)
        self.current: list[tuple[str, float, float]] = []
        self.longest: tuple[float, list, float] = (0.0, [], 0.0)
        self.turns: list[tuple[float, float]] = []
        self.depth = 0

    def notify(self, original):
        tracer = self

        def notify(receiver, event):
            if tracer.depth and event.type() != event.Type.Paint:
                return original(receiver, event)
            tracer.depth += 1
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(receiver, event)
            finally:
                tracer.depth -= 1
                tracer.current.append(
                    (
                        ("  " if tracer.depth else "")
                        + f"{type(receiver).__name__}({receiver.objectName()}"
                        + (
                            f" in {receiver.parent().objectName() or type(receiver.parent().parent()).__name__}"
                            if receiver.objectName() == "qt_scrollarea_viewport"
                            else ""
                        )
                        + ") "
                        f"{event.type().name}",
                        time.perf_counter() - start,
                        time.thread_time() - cpu,
                    )
                )

        return notify

    @staticmethod
    def threads() -> dict[str, float]:
        """CPU time of each thread but this one."""
        import threading

        cpu = {}
        for thread in threading.enumerate():
            if thread is not threading.current_thread() and thread.ident:
                try:
                    clock = time.pthread_getcpuclockid(thread.ident)
                    cpu[thread.name] = time.clock_gettime(clock)
                except OSError:
                    pass
        return cpu

    def callback(self, callback, value) -> None:
        """A result from another thread delivered on the UI thread (``tasks._Relay``):
        which callback, for how long."""
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            callback(value)
        finally:
            name = getattr(callback, "__qualname__", repr(callback))
            self.current.append(
                (f"  callback {name}", time.perf_counter() - start, time.thread_time() - cpu)
            )

    def wrap(self, owner, name: str) -> None:
        """Time ``owner.name`` (a step of applying a view) inside the turn."""
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.current.append(
                    (
                        f"    {type(owner).__name__}.{name}",
                        time.perf_counter() - start,
                        time.thread_time() - cpu,
                    )
                )

        setattr(owner, name, timed)

    def end_turn(self, wall: float, cpu: float, others: dict[str, float]) -> None:
        others_cpu = sum(others.values())
        rank = cpu if self.by_cpu else wall
        if rank > self.longest[0]:
            busy = sorted(others.items(), key=lambda t: -t[1])[:3]
            self.busy = ", ".join(f"{n} {c * 1e3:.1f} ms" for n, c in busy if c > 0.0005)
            self.longest = (rank, self.current, others_cpu)
        self.turns.append((rank, others_cpu))
        self.current = []

    def report(self, words: int) -> None:
        wall, events, others = self.longest
        print(
            f"  trace, {words:,} words, longest turn {wall * 1e3:.1f} ms"
            + (" (the UI thread's CPU)" if self.by_cpu else "")
            + f", other threads' CPU "
            f"in it {others * 1e3:.1f} ms; the five longest turns (wall, others' CPU): "
            + ", ".join(f"{w * 1e3:.0f}/{o * 1e3:.0f}" for w, o in sorted(self.turns)[-5:])
            + f"; busy in the longest: {self.busy}"
        )
        for name, w, c in sorted(events, key=lambda e: -e[1])[:14]:
            print(f"    {w * 1e3:6.1f} ms wall {c * 1e3:6.1f} ms CPU  {name}")


TRACER: StallTracer | None = None


def narrative_stalls(app: QApplication, page: HearingPage, words: int) -> tuple[list, list]:
    """(UI-thread turns, assistant updates), each as (wall, CPU) seconds, while typing at the end of a narrative
    of ``words`` words."""
    from app.assistant import Analysis

    page.next_question()
    number = page.editor.number
    page.editor.answer.setPlainText(narrative(words))  # pasted: one big edit
    page.assistant.settle()
    # The paste's own aftermath (the window laid out again for the long answer, its
    # underlines drawn) is over before the interviewer types on: not part of typing into it.
    pause_until = time.perf_counter() + 1.0
    while time.perf_counter() < pause_until:
        app.processEvents()
        time.sleep(0.005)
    updates: list[tuple[float, float]] = []  # (wall, CPU of the assistant's thread)
    original = Analysis.update

    def timed(self, entry):
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(self, entry)
        finally:
            if entry.number == number:
                updates.append((time.perf_counter() - start, time.thread_time() - cpu))

    Analysis.update = timed
    page.editor.focus_answer()
    turns: list[tuple[float, float]] = []  # (wall, CPU of the UI thread) of each key or turn

    def turn(work) -> None:
        others = TRACER.threads() if TRACER is not None else {}
        start, cpu = time.perf_counter(), time.thread_time()
        work()
        turns.append((time.perf_counter() - start, time.thread_time() - cpu))
        if TRACER is not None:
            after = TRACER.threads()
            TRACER.end_turn(*turns[-1], {n: after[n] - c for n, c in others.items() if n in after})

    def listen(seconds: float) -> None:
        pause_until = time.perf_counter() + seconds
        while time.perf_counter() < pause_until:
            turn(app.processEvents)
            time.sleep(0.002)

    try:
        for _burst in range(6):
            for char in "und dann kam die Polizei. ":
                turn(lambda char=char: QTest.keyClicks(page.editor.answer, char))
                listen(0.03)
            listen(0.6)  # the interviewer listens
    finally:
        Analysis.update = original
    return turns, updates


def shown_hearing(app, entries: int):
    """A hearing of ``entries`` entries in a shown window, its assistant loaded."""
    worker, page = long_hearing(Path(tempfile.mkdtemp()), entries)
    page.resize(1280, 800)
    page.show()
    QTest.qWaitForWindowExposed(page)
    deadline = time.monotonic() + 60
    while page.assistant.loading and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return worker, page


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=400)
    parser.add_argument("--narratives", default="5000,20000", help="words; empty: skip")
    parser.add_argument("--trace", action="store_true", help="what the longest turn did")
    parser.add_argument(
        "--trace-cpu", action="store_true", help="--trace, longest by the UI thread's CPU"
    )
    args, _ = parser.parse_known_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    worker, page = shown_hearing(app, args.entries)
    page.editor.focus_answer()
    bare = QPlainTextEdit()
    bare.resize(600, 300)
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    # The same paragraph to type on: the entry's answer as the hearing screen shows it (a
    # key's layout work grows with its paragraph; an empty baseline made ours look ~2x dearer).
    bare.setPlainText(page.editor.answer.toPlainText())
    bare.moveCursor(QTextCursor.MoveOperation.End)
    print(f"typed into an answer of {len(bare.toPlainText())} characters, both")
    empty = QPlainTextEdit()  # the baseline as the issue measured it: an empty editor
    empty.resize(600, 300)
    empty.show()
    QTest.qWaitForWindowExposed(empty)

    keystrokes(app, page.editor.answer, TEXT)  # warm both paths
    keystrokes(app, bare, TEXT)
    keystrokes(app, empty, TEXT)
    ours, base, ours_cpu, base_cpu, from_empty = [], [], [], [], []
    for _ in range(4):
        ours += keystrokes(app, page.editor.answer, TEXT, ours_cpu)
        base += keystrokes(app, bare, TEXT, base_cpu)
        from_empty += keystrokes(app, empty, TEXT)
    narratives = []
    global TRACER
    for words in [int(w) for w in args.narratives.split(",") if w]:
        if args.trace or args.trace_cpu:
            TRACER = StallTracer(by_cpu=args.trace_cpu)
            app.notify = TRACER.notify(app.notify)
            from app.ui import tasks

            tasks._get_relay().finished.disconnect()
            tasks._get_relay().finished.connect(TRACER.callback)
            panel = page.assistant.panel
            for owner, name in (
                (panel, "apply"),
                (panel.hint_model, "apply"),
                (panel.fact_model, "apply"),
                (panel.checklist_model, "apply"),
                (panel, "_show_detail"),
                (page.assistant.highlighter, "apply"),
            ):
                TRACER.wrap(owner, name)
            worker_signal = page.assistant.worker.view_ready
            worker_signal.disconnect(page.case_file_glue._view_ready)
            TRACER.wrap(page.case_file_glue, "_view_ready")
            worker_signal.connect(page.case_file_glue._view_ready)
        narratives.append((words, *narrative_stalls(app, page, words), bare_stalls(app, words)))
        if TRACER is not None:
            del app.notify
            TRACER.report(words)
            TRACER = None
    page.flush()
    worker.shutdown()

    print(f"keystrokes: {len(ours)} each, {args.entries} entries in the transcript")
    print(f"bare QPlainTextEdit:  median {median(base) * 1e3:.2f} ms, p95 {p95(base) * 1e3:.2f} ms")
    print(f"ASA hearing screen:   median {median(ours) * 1e3:.2f} ms, p95 {p95(ours) * 1e3:.2f} ms")
    print(f"ratio (median): {median(ours) / median(base):.2f}x  (target: <= 4x)")
    print(
        f"against an empty bare editor (as first measured): median "
        f"{median(from_empty) * 1e3:.2f} ms, ratio {median(ours) / median(from_empty):.2f}x"
    )
    print(
        f"the UI thread's own CPU per key (not waiting for a core): ours median "
        f"{median(ours_cpu) * 1e3:.3f} ms, bare {median(base_cpu) * 1e3:.3f} ms, ratio "
        f"{median(ours_cpu) / median(base_cpu):.2f}x"
    )
    for words, turns, updates, bare in narratives:
        wall, cpu = [u[0] for u in updates], [u[1] for u in updates]
        print(
            f"narrative of {words:,} words: assistant update median CPU "
            f"{median(cpu) * 1e3:.0f} ms (max {max(cpu) * 1e3:.0f} ms; wall, with its pauses "
            f"while keys come, median {median(wall) * 1e3:.0f} ms; {len(updates)} updates, on "
            f"its own thread); UI thread longest stall {max(w for w, _ in turns) * 1e3:.1f} ms, "
            f"p99 {sorted(w for w, _ in turns)[int(len(turns) * 0.99)] * 1e3:.1f} ms  (target: "
            f"<= 16 ms); the UI thread's own CPU in its longest turn "
            f"{max(c for _, c in turns) * 1e3:.1f} ms; "
            f"bare QTextEdit, same text: longest {max(bare) * 1e3:.1f} ms"
        )


if __name__ == "__main__":
    main()

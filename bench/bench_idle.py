"""CPU used by the app while nobody types: an open hearing against the case list.

ASA: the real hearing screen over the real encrypted store (40 entries, the assistant loaded
and its panel filled: an answer was typed and the assistant has read it), then left alone.
Baseline: the case list, left alone, in the same process. For each, process CPU time (every
thread: UI, database, assistant) over the same wall-clock window, in alternating rounds.
Target (issue 9): the open hearing within 1 percentage point of the case list.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_typing import shown_hearing
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.cases.page import CaseListPage


def idle_cpu(app: QApplication, seconds: float) -> float:
    """Share of one core the process used while the event loop ran undisturbed."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    cpu, wall = time.process_time(), time.perf_counter()
    loop.exec()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0, help="per screen, in total")
    parser.add_argument("--rounds", type=int, default=2)
    args, _ = parser.parse_known_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    worker, page = shown_hearing(app, 40)
    page.next_question()
    QTest.keyClicks(page.editor.answer, "Ich komme aus Erbil. Im August 2014 kam der IS.")
    page.assistant.settle()
    cases = CaseListPage()
    cases.resize(1280, 800)

    hearing, case_list = [], []
    share = args.seconds / args.rounds
    for _ in range(args.rounds):
        cases.hide()
        page.show()
        app.processEvents()
        hearing.append(idle_cpu(app, share))
        page.hide()
        cases.show()
        app.processEvents()
        case_list.append(idle_cpu(app, share))
    page.flush()
    worker.shutdown()

    h, c = sum(hearing) / len(hearing), sum(case_list) / len(case_list)
    print(f"idle {args.seconds:.0f} s each, {args.rounds} alternating rounds")
    print(f"case list:      {c * 100:.2f} % of a core")
    print(f"open hearing:   {h * 100:.2f} % of a core")
    print(f"difference: {(h - c) * 100:+.2f} percentage points  (target: within 1)")


if __name__ == "__main__":
    main()

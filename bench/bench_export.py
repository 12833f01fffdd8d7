"""Benchmark: DOCX export of a 400-entry Niederschrift against bare python-docx.

The baseline writes the very same paragraph texts (every line the export writes, one
paragraph each) with nothing but Document().add_paragraph() and save(), so the ratio shows what
the export's view model, templates, styles and right-to-left handling cost on top. Target:
ratio <= 1.5. PDF export is timed for information only.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docx import Document

from app.export import build_view, export_docx, export_pdf
from app.export.view import TranscriptView
from tests.export.sample import make_case, make_hearing

ENTRIES = 400
TARGET = 1.5


def paragraph_texts(view: TranscriptView) -> list[str]:
    """Every paragraph the DOCX export writes, as plain text, in order."""
    texts = [view.title, view.subtitle, view.draft_notice]
    fields = [*view.head, *view.participants, *view.applicant]
    texts += [view.participants_heading, view.applicant_heading, view.transcript_heading]
    texts += [f"{f.label}:\t{f.value}" for f in fields]
    for block in (*view.blocks, *view.addenda):
        texts.append(block.label)
        texts += [line.text for line in block.lines]
    texts += [view.readback_heading, *(line.text for line in view.readback)]
    for seal in view.seals:
        texts += [seal.warning, *(f"{f.label}:\t{f.value}" for f in seal.fields)]
    texts += [view.seal_heading, view.addenda_heading, view.addenda_note]
    texts.append(view.signatures_heading)
    for s in view.signatures:
        texts += ["_" * 45, f"{s.role}: {s.name}"]
    return [t for t in texts if t]


def baseline(texts: list[str], path: Path) -> None:
    doc = Document()
    for text in texts:
        doc.add_paragraph(text)
    doc.save(str(path))


def median_time(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per measurement (median)")
    args = parser.parse_args()

    case = make_case()
    # 400 entries in all: the core entries and notices of the sample plus Q/A filler.
    hearing = make_hearing(case, filler=ENTRIES - 11)
    entries = len(hearing.entries)
    texts = paragraph_texts(build_view(case, hearing))

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        # One warm-up each: imports, template compilation and lxml's first parse are start-up
        # costs, not per-export costs.
        baseline(texts, out / "base.docx")
        export_docx(case, hearing, out / "asa.docx")
        export_pdf(case, hearing, out / "asa.pdf")

        base = median_time(lambda: baseline(texts, out / "base.docx"), args.runs)
        docx = median_time(lambda: export_docx(case, hearing, out / "asa.docx"), args.runs)
        pdf = median_time(
            lambda: export_pdf(case, hearing, out / "asa.pdf"), max(3, args.runs // 3)
        )

    ratio = docx / base
    print(f"entries: {entries}, paragraphs: {len(texts)}, runs: {args.runs} (median)")
    print(f"baseline python-docx: {base * 1000:8.1f} ms")
    print(f"export_docx:          {docx * 1000:8.1f} ms")
    print(f"ratio:                {ratio:8.2f}x (target <= {TARGET}x)")
    print(f"export_pdf:           {pdf * 1000:8.1f} ms (information)")
    if ratio > TARGET:
        print("FAIL: DOCX export is slower than the target")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

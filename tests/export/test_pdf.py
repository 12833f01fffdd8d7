"""The PDF Niederschrift (QTextDocument + QPdfWriter)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata

import pytest

from app.export import export_pdf
from app.export.pdf_builder import render_html
from app.export.view import build_view
from tests.export import sample


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (Debian package poppler-utils): text not checked")
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True, timeout=60)  # fmt: skip
    # NFKC: the PDF keeps typographic ligatures ("ﬂ" in "geflohen") as single characters.
    return unicodedata.normalize("NFKC", result.stdout)


@pytest.fixture
def pdf_path(qapp, tmp_path, case, sealed):
    # qapp (pytest-qt) provides the application; export_pdf only creates one when run alone.
    return export_pdf(case, sealed, tmp_path / "niederschrift.pdf")


def test_pdf_is_an_a4_pdf(pdf_path):
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/MediaBox [0 0 595" in data and b" 842" in data  # A4 in points
    assert [p.name for p in pdf_path.parent.iterdir()] == ["niederschrift.pdf"]


def test_pdf_text_has_reference_answers_and_page_numbers(pdf_path):
    text = pdf_text(pdf_path)
    assert "Az.: 9876543-438" in text
    assert "Ich heiße Karwan Rahimi. Andere Namen habe ich nicht benutzt." in text
    assert sample.CORRECTED_ANSWER in text
    assert "Nachtrag 11" in text
    assert "Seite 1 von " in text


def test_long_pdf_has_every_question_once(qapp, tmp_path, case):
    # Over several pages: a line at a page break must appear once, not also (clipped, but
    # still in the text layer) on the page before.
    hearing = sample.make_hearing(case, filler=200)
    text = pdf_text(export_pdf(case, hearing, tmp_path / "long.pdf"))
    pages = text.count("\f")
    assert pages >= 3
    assert f"Seite {pages} von {pages}" in text
    for entry in hearing.entries:
        if entry.question:
            assert text.count(entry.question) == 1, entry.question
        if entry.answer.startswith("Antwort "):  # the filler: "Antwort 35: Das war ..."
            start = entry.answer.split(":")[0] + ": Das war"
            assert text.count(start) == 1, start


def test_no_label_or_heading_alone_at_the_bottom_of_a_page(qapp, tmp_path, case):
    # "Frage 13:" (or "Antwort:") as a page's last line with its text on the next page: the
    # label is kept with the paragraph it introduces. Several lengths, so that labels fall at
    # many different places of a page.
    label = re.compile(r"^\s*(Frage \d+|Antwort|Nachtrag \d+|Korrektur.*|Unterschriften):\s*$")
    for filler in (20, 27, 35):
        text = pdf_text(export_pdf(case, sample.make_hearing(case, filler=filler),
                                   tmp_path / f"long{filler}.pdf"))  # fmt: skip
        pages = text.split("\f")[:-1]
        assert len(pages) >= 2
        for number, page in enumerate(pages[:-1], start=1):
            body = [line for line in page.splitlines() if line.strip()][:-1]  # no footer
            assert not label.match(body[-1]), (filler, number, body[-1])


def test_html_escapes_testimony(case, sealed):
    html = render_html(build_view(case, sealed))
    assert "Bruder &amp; mich bedroht haben, &lt;uns&gt; finden." in html
    assert "<uns>" not in html
    assert f'dir="rtl">{sample.ARABIC_ANSWER}</p>' in html


def test_export_without_an_application_and_without_widgets(tmp_path):
    # Run alone (as from the command line): export_pdf makes its own QGuiApplication, and
    # neither export pulls in Qt widgets; DOCX export does not load Qt at all.
    script = f"""
import sys
from pathlib import Path
from app.export import export_docx, export_pdf
from tests.export.sample import make_case, make_hearing
case = make_case(); hearing = make_hearing(case)
export_docx(case, hearing, Path({str(tmp_path / "a.docx")!r}))
assert not any(m.startswith("PySide6") for m in sys.modules), "DOCX export loaded Qt"
export_pdf(case, hearing, Path({str(tmp_path / "a.pdf")!r}))
assert "PySide6.QtWidgets" not in sys.modules
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env=_offscreen_env())  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def _offscreen_env() -> dict[str, str]:
    import os
    from pathlib import Path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH", "")]))
    return env


def test_many_long_pdfs_in_one_process(tmp_path):
    # PySide6 6.12.0 on Python 3.11 loses a reference to None on every call of a void Qt
    # method; some 10,000 such calls abort the interpreter (hence the pin in pyproject.toml).
    # Fifteen 400-entry PDFs make about 30,000. Run apart: an abort must fail this test, not
    # end the test session.
    script = f"""
import gc, sys
from pathlib import Path
from app.export import export_pdf
from tests.export.sample import make_case, make_hearing
case = make_case(); hearing = make_hearing(case, filler=389)
export_pdf(case, hearing, Path({str(tmp_path / "w.pdf")!r}))
gc.collect(); before = sys.getrefcount(None)
for _ in range(15):
    export_pdf(case, hearing, Path({str(tmp_path / "w.pdf")!r}))
gc.collect()
assert sys.getrefcount(None) >= before, (before, sys.getrefcount(None))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, env=_offscreen_env())  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]

"""Export of the Niederschrift (hearing transcript) as DOCX and PDF.

Both formats lay out the same transcript view model (view.py) with wording from the Jinja2
templates in resources/templates/niederschrift/. No Qt widgets here: the PDF is drawn with
QtGui only, so export works from the command line and in tests without a display.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.case import Case
from app.domain.hearing import Hearing
from app.export.bidi import has_rtl, is_rtl
from app.export.view import TranscriptView, build_view

__all__ = ["TranscriptView", "build_view", "export_docx", "export_pdf", "has_rtl", "is_rtl"]


def export_docx(
    case: Case,
    hearing: Hearing,
    path: Path,
    language: str = "de",
    skeleton_title: str = "",
    field_labels: dict[tuple[str, str], str] | None = None,
) -> Path:
    """Write the Niederschrift of ``hearing`` to ``path`` as a Word document; returns the path.

    ``language`` names a wording template (``de``, ``en``); ``skeleton_title`` is the title of
    the question skeleton the hearing followed, shown under the title when given.
    """
    from app.export.docx_builder import build_docx

    return build_docx(build_view(case, hearing, language, skeleton_title, field_labels), Path(path))


def export_pdf(
    case: Case,
    hearing: Hearing,
    path: Path,
    language: str = "de",
    skeleton_title: str = "",
    field_labels: dict[tuple[str, str], str] | None = None,
    password: str | None = None,
) -> Path:
    """Write the Niederschrift of ``hearing`` to ``path`` as an A4 PDF; returns the path.

    With ``password`` the PDF is encrypted (AES-256) and opens only with it. Needs a
    QGuiApplication (one is created if the process has no Qt application yet).
    """
    # Imported here so that DOCX export and the view model never load Qt.
    from app.export.pdf_builder import build_pdf

    view = build_view(case, hearing, language, skeleton_title, field_labels)
    return build_pdf(view, Path(path), password)

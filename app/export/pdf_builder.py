"""Lays out a TranscriptView as an A4 PDF with QtGui (QTextDocument + QPdfWriter).

The view is rendered to HTML by a Jinja2 template (escaped), and Qt's text engine does the
rest, including the bidi algorithm and Arabic shaping that a hand-made PDF writer would get
wrong. Pages are drawn one by one rather than with QTextDocument.print() so that each page can
carry the running header and "Seite n von m".
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.export.files import atomic_target
from app.export.view import PAGE_MARK, PAGES_MARK, TranscriptView
from app.export.wording import HTML_TEMPLATE, html_environment

RESOLUTION = 300  # dpi of the layout; the PDF itself is vector text
MARGINS_MM = QMarginsF(25, 15, 20, 15)  # left, top, right, bottom
BASE_FONT = "Arial"
BASE_FONT_PT = 10.5
MARGIN_FONT_PT = 8.5

# A QGuiApplication created here must outlive the export: Qt aborts if it is collected while
# fonts are still in use, so keep it for the life of the process.
_own_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """QTextDocument and fonts need a QGuiApplication; create one only if there is none."""
    global _own_app
    app = QCoreApplication.instance()
    if app is None:
        _own_app = QGuiApplication(sys.argv[:1] or ["asa"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF export needs a QGuiApplication, but this process runs a "
                           "QCoreApplication.")  # fmt: skip


def _pt(points: float) -> str:
    # Qt's rich text reads CSS lengths (other than font sizes) as pixels of 1/96 inch and
    # scales them to the paint device itself; "pt" is not understood there.
    return f"{points * 96 / 72:.2f}px"


def render_html(view: TranscriptView) -> str:
    return html_environment().get_template(HTML_TEMPLATE).render(view=view, pt=_pt)


def build_pdf(view: TranscriptView, path: Path) -> Path:
    ensure_gui_application()
    html = render_html(view)
    with atomic_target(path) as tmp:
        _print(view, html, tmp)
    return Path(path)


def _print(view: TranscriptView, html: str, target: Path) -> None:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{view.title} – {view.reference}")
    writer.setCreator("ASA")

    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(page.width()), float(page.height())

    margin_font = QFont(BASE_FONT)
    margin_font.setPointSizeF(MARGIN_FONT_PT)
    band = QFontMetricsF(margin_font, writer).height() * 2  # header and footer bands

    doc = QTextDocument()
    # Lay out in the writer's resolution so point sizes come out as points on paper.
    doc.documentLayout().setPaintDevice(writer)
    base_font = QFont(BASE_FONT)
    base_font.setPointSizeF(BASE_FONT_PT)
    doc.setDefaultFont(base_font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    body_height = height - 2 * band
    doc.setPageSize(QSizeF(width, body_height))
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Cannot write the PDF to {target}.")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.setFont(margin_font)
            painter.drawText(QRectF(0, 0, width, band), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignTop, view.running_header)  # fmt: skip
            footer = view.page_footer.replace(PAGE_MARK, str(index + 1))
            footer = footer.replace(PAGES_MARK, str(pages))
            painter.drawText(QRectF(0, height - band, width, band), Qt.AlignmentFlag.AlignHCenter
                             | Qt.AlignmentFlag.AlignBottom, footer)  # fmt: skip
            painter.save()
            # Shift the page's slice of the long document into the body band and clip to it.
            # The clip is half a pixel short at both ends: a line that starts exactly at the
            # page break would otherwise be drawn (invisibly, clipped) on the page before as
            # well, and turn up twice when text is copied or searched in the PDF.
            top = index * body_height
            painter.translate(0, band - top)
            doc.drawContents(painter, QRectF(0, top + 0.5, width, body_height - 1))
            painter.restore()
    finally:
        painter.end()

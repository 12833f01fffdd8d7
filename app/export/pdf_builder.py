"""Lays out a TranscriptView as an A4 PDF with QtGui (QTextDocument + QPdfWriter).

The view is rendered to HTML by a Jinja2 template (escaped), and Qt's text engine does the
rest, including the bidi algorithm and Arabic shaping that a hand-made PDF writer would get
wrong. Pages are drawn one by one rather than with QTextDocument.print() so that each page can
carry the running header and "Seite n von m", and line by line (see _paginate) so that
no text is in the PDF twice.

Pagination is ASA's own (see _paginate) rather than QTextDocument's, because Qt's rich text
has no "keep with next": a heading or a label such as "Frage 13:" would otherwise be left
alone at the bottom of a page, its text on the next. The template marks such paragraphs with
the user state KEEP_WITH_NEXT.

Drawing line by line draws text only: block backgrounds, table borders, rules and images of
the HTML would not appear. document.html.j2 uses none of them; keep it that way or extend
_draw_page.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextLine,
)

from app.export.files import atomic_target
from app.export.view import PAGE_MARK, PAGES_MARK, TranscriptView
from app.export.wording import HTML_TEMPLATE, html_environment

RESOLUTION = 300  # dpi of the layout; the PDF itself is vector text
MARGINS_MM = QMarginsF(25, 15, 20, 15)  # left, top, right, bottom
BASE_FONT = "Arial"
BASE_FONT_PT = 10.5
MARGIN_FONT_PT = 8.5
KEEP_WITH_NEXT = 1  # block user state (CSS -qt-user-state) of headings, labels, sign lines

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


def build_pdf(view: TranscriptView, path: Path, password: str | None = None) -> Path:
    html = render_html(view)
    ensure_gui_application()
    # Drawn into memory, then written to the owner-only file atomic_target opened: Qt would
    # create a file of its own with the default permissions.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _print(view, html, buffer, path)
    data = buffer.data().data()
    if password:
        data = encrypt_pdf(data, password)
    with atomic_target(path) as fh:
        fh.write(data)
    return Path(path)


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256 (PDF 2.0 / ISO 32000-2 standard security handler): it
    opens only with ``password``. Qt's QPdfWriter has no encryption at all (up to Qt 6.11 it
    offers PDF versions, PDF/A, XMP metadata and attachments, no security handler), so the
    document Qt wrote into memory is encrypted with pypdf before it reaches the disk."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _print(view: TranscriptView, html: str, device: QBuffer, target: Path) -> None:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{view.title} – {view.reference}")
    writer.setCreator("ASA")

    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(page.width()), float(page.height())
    margin_font = QFont(BASE_FONT)
    margin_font.setPointSizeF(MARGIN_FONT_PT)
    band = QFontMetricsF(margin_font, writer).height() * 2  # running header and footer
    body_height = height - 2 * band

    doc = QTextDocument()
    # Lay out in the writer's resolution so point sizes come out as points on paper.
    doc.documentLayout().setPaintDevice(writer)
    base_font = QFont(BASE_FONT)
    base_font.setPointSizeF(BASE_FONT_PT)
    doc.setDefaultFont(base_font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)  # one long page: _paginate breaks it
    pages = _paginate(doc, body_height)
    frame = _Frame(view, width, height, band, margin_font, len(pages))

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Cannot write the PDF to {target}.")
    try:
        for index, lines in enumerate(pages):
            _draw_page(painter, writer, index, lines, frame)
    finally:
        painter.end()


_RIGHT_TOP = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
_CENTER_BOTTOM = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom


@dataclass(frozen=True)
class _Frame:
    """What every page has around the text: the geometry and the running header and footer."""

    view: TranscriptView
    width: float
    height: float
    band: float  # height of the header band and of the footer band
    font: QFont
    pages: int


def _draw_page(
    painter: QPainter,
    writer: QPdfWriter,
    index: int,
    page: _Page,
    frame: _Frame,
) -> None:
    if index:
        writer.newPage()
    painter.setFont(frame.font)
    painter.drawText(QRectF(0, 0, frame.width, frame.band), _RIGHT_TOP, frame.view.running_header)
    footer = frame.view.page_footer.replace(PAGE_MARK, str(index + 1))
    footer = footer.replace(PAGES_MARK, str(frame.pages))
    footer_rect = QRectF(0, frame.height - frame.band, frame.width, frame.band)
    painter.drawText(footer_rect, _CENTER_BOTTOM, footer)
    painter.save()
    # The page's slice of the long document, shifted into the body band.
    painter.translate(0, frame.band - page.top)
    for origin, line in page.lines:
        line.draw(painter, origin)
    painter.restore()


@dataclass
class _Page:
    top: float  # where the page starts in the (unbroken) document
    lines: list[tuple[QPointF, QTextLine]]


def _paginate(doc: QTextDocument, body_height: float) -> list[_Page]:
    """Every text line of the laid-out document, with where to draw it, grouped by page.

    A line that would cross the bottom of the page starts the next one, and so does a
    keep-with-next paragraph (heading, label) whose following paragraph's first line would not
    fit on the page any more: the heading moves with it. Pages are drawn line by line rather
    than with drawContents() and a clip rectangle: that draws whole paragraphs, and the lines
    outside the clip, though invisible, would still be in the PDF's text layer, so that copied
    or searched text would show them twice.
    """
    layout = doc.documentLayout()
    blocks = []  # (keep with next, [(origin, line, top, bottom)])
    block = doc.begin()
    while block.isValid():
        # The block's position in the document, table cells included.
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        lines = []
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top = origin.y() + line.y()
            lines.append((origin, line, top, top + line.height()))
        if lines:
            blocks.append((block.userState() == KEEP_WITH_NEXT, lines))
        block = block.next()

    pages = [_Page(0.0, [])]
    for index, (keep, lines) in enumerate(blocks):
        for number, (origin, line, top, bottom) in enumerate(lines):
            page = pages[-1]
            if top > page.top:
                # How far this line must reach down: with the paragraphs it keeps with.
                reach = _keep_reach(blocks, index) if keep and number == 0 else bottom
                overflows = bottom - page.top > body_height
                # A run taller than a page could not be kept together anywhere.
                kept_below = reach - page.top > body_height >= reach - top
                if overflows or kept_below:
                    page = _Page(top, [])
                    pages.append(page)
            # A table's later cell can begin above a break an earlier cell of its row made.
            target = next(p for p in reversed(pages) if p.top <= top or p is pages[0])
            target.lines.append((origin, line))
    return pages


def _keep_reach(blocks: list, index: int) -> float:
    """The bottom of the first line after the run of keep-with-next paragraphs at ``index``."""
    for keep, lines in blocks[index:]:
        if not keep:
            return lines[0][3]
    return blocks[-1][1][-1][3]

"""Lays out a TranscriptView as a Word document (python-docx).

Speed matters (a long hearing has well over a thousand paragraphs), so styles are created once
per document and paragraphs get their style by id, and the right-to-left markers are added as
two tiny elements rather than by copying prepared XML.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml.etree import SubElement

from app.export.files import atomic_target
from app.export.view import PAGE_MARK, PAGES_MARK, Block, Field, Kind, Line, TranscriptView

FONT = "Arial"  # present on the office machines, and has Arabic glyphs for the cs font slot
FONT_SIZE = Pt(11)
FIELD_TAB = Cm(6.0)
TEXT_INDENT = Cm(0.6)

# Style ids (= names, ASCII without spaces) of the styles this builder adds.
TITLE, SUBTITLE, DRAFT, HEADING = "AsaTitle", "AsaSubtitle", "AsaDraft", "AsaHeading"
FIELD, LABEL, TEXT = "AsaField", "AsaLabel", "AsaText"
CORR_LABEL, CORR_TEXT, SIGN_LINE, SIGN_NAME = (
    "AsaCorrectionLabel", "AsaCorrection", "AsaSignatureLine", "AsaSignatureName"
)  # fmt: skip

_LABEL_STYLE = {Kind.CORRECTION: CORR_LABEL}
_TEXT_STYLE = {Kind.CORRECTION: CORR_TEXT}


def _set_complex_script_font(rpr, size: Pt) -> None:
    # Word sizes and fonts right-to-left runs by the complex-script slots (w:cs, w:szCs), not
    # the Latin ones; without them an Arabic answer comes out in another font and size.
    rpr.get_or_add_rFonts().set(qn("w:cs"), FONT)
    sz_cs = OxmlElement("w:szCs")
    sz_cs.set(qn("w:val"), str(int(size.pt * 2)))
    sz = rpr.find(qn("w:sz"))
    if sz is not None:
        sz.addnext(sz_cs)
    else:
        rpr.append(sz_cs)


def _add_styles(doc: DocumentObject) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = FONT_SIZE
    _set_complex_script_font(normal.element.get_or_add_rPr(), FONT_SIZE)
    normal.paragraph_format.space_after = Pt(0)

    def add(style_id: str, *, size: float | None = None, bold=False, italic=False,
            before: float = 0, after: float = 2, keep_next=False, indent=None, center=False,
            color: RGBColor | None = None):  # fmt: skip
        style = styles.add_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = False
        font, fmt = style.font, style.paragraph_format
        font.bold, font.italic = bold or None, italic or None
        if size:
            font.size = Pt(size)
            _set_complex_script_font(style.element.get_or_add_rPr(), Pt(size))
        if color is not None:
            font.color.rgb = color
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = keep_next or None
        if indent is not None:
            fmt.left_indent = indent
        if center:
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return style

    add(TITLE, size=15, bold=True, after=4, center=True)
    add(SUBTITLE, italic=True, after=4, center=True)
    add(DRAFT, bold=True, after=6, center=True, color=RGBColor(0xA0, 0x10, 0x10))
    add(HEADING, size=12, bold=True, before=14, after=4, keep_next=True)
    field = add(FIELD, after=1)
    # Hanging indent with a tab at the same place: values line up, wrapped values too.
    field.paragraph_format.left_indent = FIELD_TAB
    field.paragraph_format.first_line_indent = -FIELD_TAB
    field.paragraph_format.tab_stops.add_tab_stop(FIELD_TAB)
    add(LABEL, bold=True, before=6, after=1, keep_next=True)
    add(TEXT, after=2, indent=TEXT_INDENT)
    dark_red = RGBColor(0x8B, 0x00, 0x00)
    add(CORR_LABEL, bold=True, italic=True, before=3, after=1, keep_next=True,
        indent=TEXT_INDENT * 2, color=dark_red)  # fmt: skip
    add(CORR_TEXT, italic=True, after=2, indent=TEXT_INDENT * 2, color=dark_red)
    add(SIGN_LINE, before=36, after=0, keep_next=True)
    add(SIGN_NAME, size=9, after=0)


def _page_setup(doc: DocumentObject, view: TranscriptView) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4, not Letter
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    header = section.header.paragraphs[0]
    header.text = view.running_header
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # "Seite {page} von {pages}": the marks become Word fields, so the numbers stay right
    # whatever the reader's page layout.
    text = view.page_footer
    for part in _split_marks(text):
        if part in (PAGE_MARK, PAGES_MARK):
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE" if part == PAGE_MARK else "NUMPAGES")
            run = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            run.append(t)
            fld.append(run)
            footer._p.append(fld)
        elif part:
            footer.add_run(part)


def _split_marks(text: str) -> list[str]:
    parts, current = [], ""
    for char in text:
        if char in (PAGE_MARK, PAGES_MARK):
            parts += [current, char]
            current = ""
        else:
            current += char
    return [*parts, current]


def _metadata(doc: DocumentObject, view: TranscriptView) -> None:
    # Replace python-docx's template properties (author "python-docx", a 2013 date).
    props = doc.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.title = f"{view.title} – {view.reference}"
    props.subject = view.reference
    props.author = props.last_modified_by = "ASA"
    props.comments = props.keywords = props.category = ""
    props.created = props.modified = now
    props.revision = 1


# Clark names of the few elements a body paragraph is made of, resolved once.
_P, _PPR, _PSTYLE, _BIDI = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:bidi")
_R, _RPR, _B, _RTL, _T, _TAB = (
    qn("w:r"),
    qn("w:rPr"),
    qn("w:b"),
    qn("w:rtl"),
    qn("w:t"),
    qn("w:tab"),
)
_VAL = qn("w:val")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# A run: its text, bold?, right to left?
Run = tuple[str, bool, bool]


class _Writer:
    """Appends body paragraphs as plain lxml elements.

    python-docx's own add_paragraph/add_run/style setters keep the schema order by searching,
    for every element they add, through the list of elements that may follow it; on a long
    transcript that more than doubled the export time. The paragraphs here have a fixed, small
    shape (pPr with pStyle and maybe bidi; runs with maybe b and rtl), written in schema order
    directly, so the search buys nothing.
    """

    def __init__(self, doc: DocumentObject) -> None:
        self._body = doc.element.body
        self._anchor = self._body.sectPr  # the body's last child: paragraphs go before it

    def para(self, style_id: str, runs: tuple[Run, ...] = (), rtl: bool = False) -> None:
        p = OxmlElement("w:p")  # from python-docx's parser, so the element classes apply
        ppr = SubElement(p, _PPR)
        SubElement(ppr, _PSTYLE).set(_VAL, style_id)
        if rtl:
            SubElement(ppr, _BIDI)
        for text, bold, run_rtl in runs:
            r = SubElement(p, _R)
            if bold or run_rtl:
                rpr = SubElement(r, _RPR)
                if bold:
                    SubElement(rpr, _B)
                if run_rtl:
                    SubElement(rpr, _RTL)
            for i, piece in enumerate(text.split("\t")):
                if i:
                    SubElement(r, _TAB)
                if piece:
                    t = SubElement(r, _T)
                    t.text = piece
                    if piece[0].isspace() or piece[-1].isspace():
                        t.set(_XML_SPACE, "preserve")
        if self._anchor is not None:
            self._anchor.addprevious(p)
        else:  # pragma: no cover - python-docx's template always has a sectPr
            self._body.append(p)

    def text(self, style_id: str, text: str, rtl: bool = False) -> None:
        # A whole paragraph of one direction: the run is marked too, as Word expects both.
        self.para(style_id, ((text, False, rtl),), rtl)

    def field(self, field: Field) -> None:
        # The tab stays out of the value's run: a tab inside a right-to-left run makes Word
        # measure it from the wrong side. The paragraph itself stays left to right, because
        # the (German or English) label leads.
        label = (f"{field.label}:\t", True, False) if field.label else ("\t", False, False)
        self.para(FIELD, (label, (field.value, False, field.value_rtl)))

    def lines(self, style_id: str, lines: tuple[Line, ...]) -> None:
        for line in lines:
            self.text(style_id, line.text, line.rtl)

    def block(self, block: Block) -> None:
        self.text(_LABEL_STYLE.get(block.kind, LABEL), block.label)
        self.lines(_TEXT_STYLE.get(block.kind, TEXT), block.lines)

    def write(self, view: TranscriptView) -> None:
        self.text(TITLE, view.title)
        if view.subtitle:
            self.text(SUBTITLE, view.subtitle)
        if view.draft_notice:
            self.text(DRAFT, view.draft_notice)
        for f in view.head:
            self.field(f)
        self.text(HEADING, view.participants_heading)
        for f in view.participants:
            self.field(f)
        self.text(HEADING, view.applicant_heading)
        for f in view.applicant:
            self.field(f)
        self.text(HEADING, view.transcript_heading)
        for block in view.blocks:
            self.block(block)
        self.text(HEADING, view.readback_heading)
        self.lines(TEXT, view.readback)
        if view.seals:
            self.text(HEADING, view.seal_heading)
            for seal in view.seals:
                if seal.warning:
                    self.text(DRAFT, seal.warning)
                for f in seal.fields:
                    self.field(f)
        if view.addenda:
            self.text(HEADING, view.addenda_heading)
            self.text(TEXT, view.addenda_note)
            for block in view.addenda:
                self.block(block)
        self.text(HEADING, view.signatures_heading)
        for s in view.signatures:
            self.text(SIGN_LINE, "_" * 45)
            runs: list[Run] = [(s.role, False, False)]
            if s.name:
                runs += [(": ", False, False), (s.name, False, s.name_rtl)]
            self.para(SIGN_NAME, tuple(runs))


def build_docx(view: TranscriptView, path: Path) -> Path:
    doc = Document()
    _add_styles(doc)
    _page_setup(doc, view)
    _metadata(doc, view)
    _Writer(doc).write(view)
    with atomic_target(path) as fh:
        doc.save(fh)
    return Path(path)

"""The page every document shares: A4, DejaVu Sans, a header and a footer.

Header: the force and suite, the document's title, the custody number.
Footer: the application and rule-set versions, the record's fingerprint, and
"Page x of y" (drawn once the page count is known). Output is byte-stable:
reportlab's invariant mode fixes the dates and identifiers it would otherwise
take from the clock.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import RULESET_VERSION, __version__
from .fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER = 16 * mm
FOOTER = 14 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
GREY = colors.Color(0.85, 0.85, 0.85)
DARK = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer of every page say."""

    title: str
    force: str
    suite: str
    custody_number: str | None = None
    fingerprint: str | None = None  # short form, as printed
    subject: str = ""


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10, leading=13, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14,
                             spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "law": ParagraphStyle("law", parent=body, fontSize=9.5, leading=13, leftIndent=8 * mm,
                              rightIndent=4 * mm, spaceAfter=4),
        "lawb": ParagraphStyle("lawb", parent=body, fontName=BOLD, fontSize=10, leading=13.5,
                               leftIndent=8 * mm, rightIndent=4 * mm, spaceAfter=4),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "note": ParagraphStyle("note", parent=body, spaceBefore=4),
        "code": ParagraphStyle("code", parent=body, fontSize=7.5, leading=10, spaceAfter=0),
    }


def text(value: object) -> str:
    """Record text made safe for reportlab's paragraph markup."""
    return escape("—" if value is None or value == "" else str(value))


def para(value: object, style: str = "body", markup: bool = False) -> Paragraph:
    return Paragraph(str(value) if markup else text(value), styles()[style])


def heading(value: str) -> Paragraph:
    return para(value, "h2")


def bold(value: object) -> str:
    return f"<b>{text(value)}</b>"


def grid(rows: Sequence[Sequence[object]], widths: Sequence[float], header: bool = True,
         repeat: bool = True) -> Table:
    """A table of wrapped text; the first row is a header when `header`."""
    st = styles()
    cells: list[list[Any]] = []
    for r, row in enumerate(rows):
        line: list[Any] = []
        for value in row:
            if isinstance(value, Flowable):
                line.append(value)
            elif header and r == 0:
                line.append(Paragraph(text(value), st["cellb"]))
            else:
                line.append(Paragraph(text(value), st["cell"]))
        cells.append(line)
    total = sum(widths)
    table = Table(cells, colWidths=[w * BODY_WIDTH / total for w in widths],
                  repeatRows=1 if header and repeat else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.4, DARK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), GREY))
    table.setStyle(TableStyle(style))
    return table


def facts(rows: Sequence[tuple[str, object]], label_width: float = 0.3) -> Table:
    """Label and value, two columns, labels bold on grey."""
    st = styles()
    cells = [[Paragraph(text(label), st["cellb"]),
              value if isinstance(value, Flowable) else Paragraph(text(value), st["cell"])]
             for label, value in rows]
    table = Table(cells, colWidths=[BODY_WIDTH * label_width, BODY_WIDTH * (1 - label_width)],
                  hAlign="LEFT")
    table.setStyle(facts_style())
    return table


def facts_style() -> TableStyle:
    """Gridded, the first column on grey: the look of every label-and-value table."""
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.4, DARK),
        ("BACKGROUND", (0, 0), (0, -1), GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ])


def none_recorded(what: str) -> Paragraph:
    return para(f"None recorded: {what}.", "body")


def section(title: str, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of what follows it."""
    items: list[Flowable] = [heading(title)]
    if body:
        items = [KeepTogether([items[0], body[0]]), *body[1:]]
    return items


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def _footer_line(info: PageInfo) -> str:
    parts = [f"custody-app {__version__}", f"rule set {RULESET_VERSION}"]
    if info.fingerprint:
        parts.append(f"record fingerprint {info.fingerprint}")
    return "  ·  ".join(parts)


def _draw_frame(canv: Canvas, info: PageInfo) -> None:
    canv.saveState()
    top = PAGE_HEIGHT - MARGIN + 4 * mm
    canv.setFont(BOLD, 9)
    canv.drawString(MARGIN, top, info.force)
    canv.setFont(REGULAR, 8.5)
    canv.drawString(MARGIN, top - 11, info.suite)
    canv.setFont(BOLD, 9)
    right = PAGE_WIDTH - MARGIN
    if info.custody_number:
        canv.drawRightString(right, top, f"Custody number {info.custody_number}")
    canv.setFont(REGULAR, 8.5)
    canv.drawRightString(right, top - 11, info.title)
    canv.setLineWidth(0.6)
    canv.line(MARGIN, top - 15, right, top - 15)
    bottom = MARGIN - 6 * mm
    canv.line(MARGIN, bottom + 10, right, bottom + 10)
    canv.setFont(REGULAR, 7.5)
    canv.drawString(MARGIN, bottom, _footer_line(info))
    canv.restoreState()


def _numbered_canvas(info: PageInfo) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Holds pages back until the end, then writes "Page x of y" on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(BOLD, 8)
                self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 6 * mm, f"Page {number} of {total}")
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def render(story: list[Flowable], info: PageInfo) -> bytes:
    """Lay out the story on A4 pages and return the PDF."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER - 4 * mm,
        bottomMargin=MARGIN + FOOTER - 6 * mm,
        title=info.title if not info.custody_number else f"{info.title} — {info.custody_number}",
        author=info.force,
        subject=info.subject or info.title,
        creator=f"custody-app {__version__} ({RULESET_VERSION})",
        producer="custody-app (ReportLab)",
        invariant=1,
        initialFontName=REGULAR,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_frame(canv, info)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=_numbered_canvas(info))
    return out.getvalue()

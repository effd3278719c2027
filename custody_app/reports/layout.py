"""The page every document shares: A4, DejaVu Sans, a header and a footer.

Header: the protective marking, the force and suite, the document's title, the
custody number (every page). Footer: the marking again, when (Europe/London) and
by whom it was printed, "Page x of y" (drawn once the page count is known), the
application and rule-set versions and the policy figures, the check code, and
"The custody record is the authoritative source." Output is byte-stable for the
same inputs: reportlab's invariant mode fixes what it would otherwise take from
the clock; the printing time is an input.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
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
HEADER = 20 * mm
FOOTER = 25 * mm
DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
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
    check: str | None = None  # the check line: "Fingerprint F, entries 1–N, chain H · check code CERT:N:F"
    subject: str = ""
    marking: str = DEFAULT_MARKING
    printed: str = ""  # "Printed 3 Nov 2026 20:10 GMT by PS 2190 Jane Smith"
    policy: str = ""  # the policy figures used, in short


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, spaceAfter=3,
                          splitLongWords=0)  # a word is never broken: columns are sized to fit
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=4),
        "title2": ParagraphStyle("title2", parent=body, fontName=BOLD, fontSize=12.5, leading=16, spaceAfter=4),
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


def _footer_lines(info: PageInfo) -> list[str]:
    versions = f"custody-app {__version__}  ·  rule set {RULESET_VERSION}"
    if info.policy:
        versions += f"  ·  {info.policy}"
    last = "The custody record is the authoritative source."
    lines = [f"{info.marking}  ·  {info.printed}" if info.printed else info.marking, versions]
    lines.append(info.check or "")
    return [*lines, last]


def _fit(canv: Canvas, value: str, font: str, size: float, width: float) -> float:
    """The largest size up to `size` at which the line fits the width (never cut off)."""
    while size > 5 and canv.stringWidth(value, font, size) > width:
        size -= 0.25
    return size


def _page_numbers(canv: Canvas, info: PageInfo) -> list[str]:
    """The custody numbers printed on this page: the document's own, or for a document of
    several children, the child carried over from the page before and each one begun here."""
    if info.custody_number:
        return [info.custody_number]
    placed: list[tuple[str | None, bool]] = canv.__dict__.get("_custody_marks", [])
    carried: str | None = canv.__dict__.get("_custody_carried")
    numbers: list[str] = []
    if carried is not None and not (placed and placed[0][1]):
        numbers.append(carried)  # the child's part carried over onto this page
    for mark, _top in placed:
        if mark is not None:
            numbers.append(mark)
        carried = mark
    canv.__dict__["_custody_marks"] = []
    canv.__dict__["_custody_carried"] = carried
    return list(dict.fromkeys(numbers))


def _draw_frame(canv: Canvas, info: PageInfo) -> None:
    canv.saveState()
    right = PAGE_WIDTH - MARGIN
    top = PAGE_HEIGHT - MARGIN + 6 * mm
    canv.setFont(BOLD, 10)
    canv.drawCentredString(PAGE_WIDTH / 2, top + 2, info.marking)
    top -= 12
    force, suite = canv.__dict__.get("_suite_mark") or (info.force, info.suite)
    half = BODY_WIDTH / 2 - 6  # the left and right halves never meet, however long the names
    canv.setFont(BOLD, _fit(canv, force, BOLD, 9, half))
    canv.drawString(MARGIN, top, force)
    canv.setFont(REGULAR, _fit(canv, suite, REGULAR, 8.5, half))
    canv.drawString(MARGIN, top - 11, suite)
    canv.setFont(BOLD, 9)
    numbers = _page_numbers(canv, info)
    if numbers:
        label = "Custody number" if len(numbers) == 1 else "Custody numbers"
        line = f"{label} {', '.join(numbers)}"
        canv.setFont(BOLD, _fit(canv, line, BOLD, 9, half))
        canv.drawRightString(right, top, line)
    canv.setFont(REGULAR, 8.5)
    page = canv.getPageNumber()
    title = info.title if page == 1 else f"{info.title} (continued)"
    canv.setFont(REGULAR, _fit(canv, title, REGULAR, 8.5, half))
    canv.drawRightString(right, top - 11, title)
    canv.setLineWidth(0.6)
    canv.line(MARGIN, top - 15, right, top - 15)
    bottom = MARGIN - 8 * mm
    lines = _footer_lines(info)
    canv.line(MARGIN, bottom + 9 * len(lines) + 2, right, bottom + 9 * len(lines) + 2)
    for k, line in enumerate(lines):
        y = bottom + 9 * (len(lines) - 1 - k)
        width = BODY_WIDTH - (60 if k == 0 else 0)  # room for "Page x of y" on the first line
        font = BOLD if k == 0 else REGULAR
        canv.setFont(font, _fit(canv, line, font, 7.5, width))
        canv.drawString(MARGIN, y, line)
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
                self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 8 * mm + 27, f"Page {number} of {total}")
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
        topMargin=MARGIN + HEADER - 11 * mm,
        bottomMargin=MARGIN + FOOTER - 17 * mm,
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
        canv.__dict__["_frame_height"] = frame._aH  # a mark drawn with all of it free is at the top

    def on_page_end(canv: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_frame(canv, info)  # after the page's content, so it knows which children are on it

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story, canvasmaker=_numbered_canvas(info))
    return out.getvalue()


def printed_words(at: datetime, by: str | None) -> str:
    """"Printed 3 Nov 2026 20:10 GMT by PS 2190" (Europe/London, with the zone)."""
    from ..rules.timecalc import show

    return f"Printed {show(at)} by {by or 'not recorded'}"


def policy_words(policy: Any) -> str:
    """The policy figures used, in short: all defaults, or the figures that differ."""
    from ..rules.policy import DEFAULT_POLICY

    ours, base = policy_figures(policy), policy_figures(DEFAULT_POLICY)
    changed = [f"{k}={v}" for k, v in ours.items() if base.get(k) != v]
    if ours.get("offence_table") != base.get("offence_table"):
        changed.append("offence table edited")
    return "policy figures: the defaults" if not changed else "policy figures changed: " + ", ".join(changed)


def policy_figures(policy: Any) -> dict[str, Any]:
    """The figures (whole numbers and yes/no) of a policy, by name."""
    return {k: v for k, v in policy.to_dict().items() if isinstance(v, bool | int)}


class SuiteMark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Invisible: the suite whose pages follow (its name goes in the header)."""

    def __init__(self, force: str, suite: str) -> None:
        super().__init__()
        self.force, self.suite = force, suite

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.__dict__["_suite_mark"] = (self.force, self.suite)


class CustodyMark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Invisible: tells the page's header which child (custody number) is printed on it from
    here; None marks the end of that child's part."""

    def __init__(self, number: str | None) -> None:
        super().__init__()
        self.number = number

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._room = avail_height
        return (0, 0)

    def draw(self) -> None:
        at_top = getattr(self, "_room", 0) >= self.canv.__dict__.get("_frame_height", 1e9) - 0.5
        marks: list[tuple[str | None, bool]] = self.canv.__dict__.setdefault("_custody_marks", [])
        marks.append((self.number, at_top))

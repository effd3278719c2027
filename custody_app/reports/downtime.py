"""The downtime pack: paper forms for every child in custody, so a suite can carry on
if the terminal fails.

For each child, one page: the clocks and the next due times as they stood when the
pack was printed (from the engine), then ruled boxes for a pen: the reviews, the
visits, and every other entry, each with its time, to be entered into the record
when the system is back. A cover page lists the children.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from ..domain import Record
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show, utc
from . import words as W
from .fonts import BOLD, REGULAR
from .layout import (
    BODY_WIDTH,
    DARK,
    GREY,
    CustodyMark,
    facts,
    facts_style,
    grid,
    para,
    spacer,
    styles,
    text,
)
from .shift import (
    NO_CHILDREN,
    ChildShift,
    limit_words,
    when_words,
)
from .shift_pages import shift_pdf

TITLE = "Downtime pack"
VISIT_ROWS = 5
ENTRY_ROWS_MIN = 2
REVIEW_ROWS = 2
ROW_HEIGHT = 6.1 * mm
REVIEW_ROW_HEIGHT = 8.5 * mm

LIGHT = colors.Color(0.94, 0.94, 0.94)


def downtime_pdf(records: Sequence[Record], now: datetime, policy: Policy = DEFAULT_POLICY, *,
                 force: str | None = None, suite: str | None = None, only_suite: str | None = None,
                 printed_at: datetime | None = None, printed_by: str | None = None,
                 marking: str | None = None, store_head: str | None = None) -> bytes:
    """The pack for the children of `records` in custody at `now` (RULES.md 6.2), each suite
    with its own cover and pages (only `only_suite`'s when given); PDF bytes.

    `force` and `suite` name the suite in the header when there is no child (default: the
    first record's).
    """
    now = utc(now)
    return shift_pdf(records, now, policy, lambda children: _story(children, now, policy), title=TITLE,
                     subject="Paper forms for the children in custody, for use while the system is down",
                     force=force, suite=suite, only_suite=only_suite, printed_at=printed_at,
                     printed_by=printed_by, marking=marking, store_head=store_head)


def _story(children: list[ChildShift], now: datetime, policy: Policy) -> list[Flowable]:
    story: list[Flowable] = [
        para("Downtime pack" + (f": {children[0].record.suite}" if children else ""), "title"),
        para(f"As at {show(now)}. The clocks below are as they stood then; times are UK time "
             "(GMT or BST as shown), periods are elapsed time.", "subtitle"),
    ]
    if not children:
        story += [
            para(f"{NO_CHILDREN} at {show(now)}.", "h2"),
            para("There was no child in police detention in this suite when the pack was printed, so "
                 "there are no forms to fill in. Print a new pack when a child is booked in."),
        ]
        return story
    story += _cover(children, now, policy)
    for n, child in enumerate(children, start=1):
        story.append(PageBreak())
        story += _child_page(child, n, len(children), now)
    story += [PageBreak(), *_continuation()]
    return story


def _continuation() -> list[Flowable]:
    """A blank sheet for any child, to photocopy when a page is full."""
    return [
        para("Continuation sheet", "title"),
        _pairs([("Child's name", " "), ("Custody number", " "), ("Sheet number", " "), ("Started by", " ")],
               height=8 * mm),
        spacer(3),
        RuledRows("Visits and entries, each with its time", ["Time", "Visit or entry (roused? condition; who, "
                  "what was said or decided)", "By", "✓"], [1.3, 6.9, 1.3, 0.4], ROW_HEIGHT + 0.5 * mm, 10),
    ]


def _cover(children: list[ChildShift], now: datetime, policy: Policy) -> list[Flowable]:
    rows: list[list[object]] = [["Child no.", "Child", "Custody number", "Next review due", "Detention limit",
                                 "Next visit due", "Overdue at printing"]]
    for n, c in enumerate(children, start=1):
        a = c.assessment
        visit = c.item("OBSERVATION")
        overdue = "; ".join(f"OVERDUE: {d.label}" for d in c.overdue) or "none"
        rows.append([str(n), c.name, c.number, show(a.next_review_due) if a.next_review_due else "none due",
                     limit_words(c), show(visit.due) if visit else "—", overdue])
    return [
        *(CustodyMark(c.number) for c in children),  # the cover names every child: so does its header
        para(f"{len(children)} {'child' if len(children) == 1 else 'children'} in custody at {show(now)}.", "h2"),
        grid(rows, [0.75, 1.6, 2.0, 1.85, 1.85, 1.85, 2.0]),
        CustodyMark(None),
        spacer(4),
        para("Using the pack", "h2"),
        para("1. Keep each child's page with the child's custody record until the system is back.", "body"),
        para("2. Write every entry with the time it happened, and sign it: visits, food and drink, the "
             "appropriate adult, solicitor, healthcare, interview, reviews, charge, bail, the local "
             "authority, release or transfer.", "body"),
        para(f"3. The clocks do not stop: a child is visited at least every {policy.observation_max_interval_minutes} "
             "minutes (more often if the level says so); the next review is due 9 hours after the earlier "
             "of the time a review is done and the time it was due (PACE s40).", "body"),
        para("4. When a page is full, go on on a copy of the continuation sheet (the last page).", "body"),
        para("5. When the system is back, enter each line into the record with its real time, then tick "
             "the box beside it. Items marked OVERDUE were already late when the pack was printed.", "body"),
    ]


def _child_page(c: ChildShift, n: int, total: int, now: datetime) -> list[Flowable]:
    a = c.assessment
    st = styles()
    banner = Table([[Paragraph(f"<b>{text(c.name)}</b>", st["title"]),
                     Paragraph(f"<b>Custody number {text(c.number)}</b><br/>Child {n} of {total} · "
                               f"check code {text(c.check_code)}", st["right"])]],
                   colWidths=[BODY_WIDTH * 0.6, BODY_WIDTH * 0.4], hAlign="LEFT")
    banner.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story: list[Flowable] = [CustodyMark(c.number), banner, spacer(1.5)]

    story.append(_pairs([
        ("Date of birth, age", f"{c.date_of_birth}; {c.age} at arrival"),
        ("Stage", c.stage),
        ("Looked after", c.looked_after),
        ("Where", c.location),
        ("Appropriate adult", c.aa_status),
        ("Arrived", show(a.arrived_at)),
    ]))
    story.append(facts([
        ("Risk flags", c.risk_flags),
        ("Healthcare", c.healthcare),
        ("Offences", c.offences),
        ("s38(6) position", "; ".join(c.s38_position)),
    ], label_width=0.15))
    story.append(spacer(1.5))

    visit = c.item("OBSERVATION")
    food = c.item("FOOD_DRINK")
    review = c.item("REVIEW")
    last_visit = show(c.last_visit.at) if c.last_visit else "none yet"
    last_food = (f"{W.title(c.last_food_drink.type).lower()} {show(c.last_food_drink.at)}"
                 if c.last_food_drink else "none yet")
    story.append(_clocks([
        ("Relevant time", show(a.relevant_time), a.relevant_time_rule or ""),
        ("Detention limit", limit_words(c), ""),
        ("Next review", when_words(review, now) if review else "none due", _review_note(c)),
        ("Next visit due by", when_words(visit, now) if visit else "—", f"last visit {last_visit}"),
        ("Food or drink by", when_words(food, now) if food else "—", f"last {last_food}"),
    ]))

    others = [d for d in a.due if d.code not in ("REVIEW", "OBSERVATION", "FOOD_DRINK", "DETENTION_LIMIT")]
    if others:
        rows: list[list[object]] = [["Also due", "When (as printed)", "Done at", "By", "✓"]]
        for d in others:
            rows.append([d.label, when_words(d, now), "", "", ""])
        story += [spacer(2), _form(rows, [3.9, 4.1, 1.0, 1.0, 0.4], min_height=None)]

    story += [spacer(2), _heading("Reviews (PACE s40)")]
    rows = [["Due", "Done at", "By (name, rank)", "Outcome", "Next due", "✓"]]
    first_due = show(a.next_review_due) if a.next_review_due else ""
    for k in range(REVIEW_ROWS):
        rows.append([first_due if k == 0 else "", "", "", "", "", ""])
    story.append(_form(rows, [2.3, 1.3, 2.3, 2.0, 1.7, 0.4], min_height=REVIEW_ROW_HEIGHT))

    story += [spacer(2), _heading(f"Visits. {c.observation_level(with_date=False)}")]
    rows = [["Due by", "Visited at", "Roused", "Condition, response, what was said", "By", "✓"]]
    # a child with much else due keeps one page: fewer blank visit lines (the continuation sheet has more)
    for k in range(max(2, VISIT_ROWS - max(0, len(others) - 2))):
        rows.append([show(visit.due, with_date=False) if (k == 0 and visit and visit.due) else "",
                     "", "", "", "", ""])
    story.append(_form(rows, [1.1, 1.1, 0.9, 5.2, 1.3, 0.4], min_height=ROW_HEIGHT))

    story += [spacer(2), RuledRows(
        "Other entries: food, drink, AA, solicitor, healthcare, interview, charge, bail, local authority, "
        "leaving",
        ["Time", "What happened (who, what was said or decided)", "By", "✓"],
        [1.3, 6.9, 1.3, 0.4], ROW_HEIGHT, ENTRY_ROWS_MIN)]
    return [KeepTogether(story[:5]), *story[5:], CustodyMark(None)]


def _review_note(c: ChildShift) -> str:
    a = c.assessment
    done = sum(1 for r in a.reviews if r.done is not None)
    if a.next_review_due is None:
        return f"{done} review(s) done"
    who = ("an inspector or above, not involved in the case" if a.stage == "pre_charge"
           else "the custody officer (sergeant or above)")
    return f"{done} review(s) done; next by {who}"


def _heading(value: str) -> Paragraph:
    return para(value, "cellb")


def _pairs(rows: Sequence[tuple[str, str]], height: float | None = None) -> Table:
    """Label, value, label, value: the child in two columns."""
    st = styles()
    cells: list[list[Any]] = []
    for k in range(0, len(rows), 2):
        line: list[Any] = []
        for label, value in rows[k:k + 2]:
            line += [Paragraph(text(label), st["cellb"]), Paragraph(text(value), st["cell"])]
        while len(line) < 4:
            line.append("")
        cells.append(line)
    w = BODY_WIDTH
    table = Table(cells, colWidths=[w * 0.15, w * 0.35, w * 0.15, w * 0.35], hAlign="LEFT",
                  rowHeights=None if height is None else [height] * len(cells))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, DARK),
        ("BACKGROUND", (0, 0), (0, -1), GREY),
        ("BACKGROUND", (2, 0), (2, -1), GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _clocks(rows: Sequence[tuple[str, str, str]]) -> Table:
    """The pre-filled clocks: label, the time in bold, a note."""
    st = styles()
    cells = [[Paragraph(text(label), st["cellb"]), Paragraph(f"<b>{text(value)}</b>", st["cell"]),
              Paragraph(text(note), st["cell"])] for label, value, note in rows]
    w = BODY_WIDTH
    table = Table(cells, colWidths=[w * 0.17, w * 0.40, w * 0.43], hAlign="LEFT")
    table.setStyle(facts_style())
    return table


def _form(rows: list[list[object]], widths: Sequence[float], min_height: float | None) -> Table:
    """A ruled table for a pen: a grey header row, then rows `min_height` tall (None: as the text needs);
    the last column is the box to tick once the line is in the record."""
    st = styles()
    cells: list[list[Any]] = []
    for r, row in enumerate(rows):
        cells.append([Paragraph(text(v) if r == 0 or v else "", st["cellb" if r == 0 else "cell"])
                      for v in row])
    total = sum(widths)
    heights: list[float | None] = [None]
    heights += [min_height] * (len(rows) - 1)
    table = Table(cells, colWidths=[w * BODY_WIDTH / total for w in widths], rowHeights=heights,
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, DARK),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("BACKGROUND", (-1, 1), (-1, -1), LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


class RuledRows(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Blank ruled rows under a grey header, as many as fit in the rest of the frame
    (at least `min_rows`): the page is filled with lines to write on."""

    def __init__(self, title: str, headers: Sequence[str], widths: Sequence[float], row_height: float,
                 min_rows: int) -> None:
        super().__init__()
        total = sum(widths)
        self.title = title
        self.title_height = 4.6 * mm
        self.headers = list(headers)
        self.widths = [w * BODY_WIDTH / total for w in widths]
        self.row_height = row_height
        self.header_height = 5.2 * mm
        self.min_rows = min_rows
        self.rows = min_rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        fit = int((avail_height - self.title_height - self.header_height - 1) // self.row_height)
        self.rows = max(self.min_rows, fit)
        self.width = sum(self.widths)
        self.height = self.title_height + self.header_height + self.rows * self.row_height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFont(BOLD, 8.5)
        canv.drawString(0, self.height - self.title_height + 4, self.title)
        top = self.height - self.title_height
        canv.setFillColor(GREY)
        canv.rect(0, top - self.header_height, self.width, self.header_height, stroke=0, fill=1)
        canv.setFillColor(LIGHT)
        canv.rect(self.width - self.widths[-1], 0, self.widths[-1], top - self.header_height, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setStrokeColor(DARK)
        canv.setLineWidth(0.5)
        x = 0.0
        for header, w in zip(self.headers, self.widths, strict=True):
            canv.drawString(x + 3, top - self.header_height + 4.5, header)
            canv.line(x, 0, x, top)
            x += w
        canv.line(x, 0, x, top)
        y = top
        canv.line(0, y, self.width, y)
        y -= self.header_height
        for _ in range(self.rows + 1):
            canv.line(0, y, self.width, y)
            y -= self.row_height
        canv.restoreState()

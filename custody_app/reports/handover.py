"""The handover sheet for the change of shift: every child in custody, what falls due in
the next 8 hours, and the appropriate adult and local authority actions still outstanding.

Every deadline is the engine's (`Assessment.due`); overdue items say so in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from reportlab.platypus import Flowable, KeepTogether

from ..domain import Record
from ..rules import codes
from ..rules.assessment import DueItem
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show, utc
from . import words as W
from .layout import (
    CustodyMark,
    bold,
    facts,
    grid,
    heading,
    para,
    spacer,
    text,
)
from .shift import (
    HANDOVER_HOURS,
    NO_CHILDREN,
    ChildShift,
    limit_words,
    when_words,
)
from .shift_pages import shift_pdf

TITLE = "Handover sheet"


def handover_pdf(records: Sequence[Record], now: datetime, policy: Policy = DEFAULT_POLICY, *,
                 force: str | None = None, suite: str | None = None,
                 hours: int = HANDOVER_HOURS, only_suite: str | None = None,
                 printed_at: datetime | None = None, printed_by: str | None = None,
                 marking: str | None = None, store_head: str | None = None) -> bytes:
    """The sheet for the children of `records` in custody at `now` (RULES.md 6.2), each suite on
    its own pages (only `only_suite`'s when given); PDF bytes."""
    now = utc(now)
    return shift_pdf(records, now, policy, lambda children: _story(children, now, hours), title=TITLE,
                     subject="Handover at the change of shift: the children in custody and what falls due",
                     force=force, suite=suite, only_suite=only_suite, printed_at=printed_at,
                     printed_by=printed_by, marking=marking, store_head=store_head)


def _story(children: list[ChildShift], now: datetime, hours: int) -> list[Flowable]:
    until = now + timedelta(hours=hours)
    story: list[Flowable] = [
        para("Handover sheet" + (f": {children[0].record.suite}" if children else ""), "title"),
        para(f"At {show(now)}: what falls due in the next {hours} hours, to {show(until)}. Times are UK "
             "time (GMT or BST as shown); periods are elapsed time.", "subtitle"),
    ]
    if not children:
        story += [para(f"{NO_CHILDREN} at {show(now)}.", "h2"),
                  para("There is nothing to hand over: no child is in police detention in this suite."),
                  spacer(4), *_sign_off()]
        return story

    overdue_total = sum(len(c.overdue) for c in children)
    story.append(para(
        f"{bold(len(children))} {'child' if len(children) == 1 else 'children'} in custody; "
        + (f"<b>{overdue_total} item{'s' if overdue_total != 1 else ''} OVERDUE</b> at handover."
           if overdue_total else "nothing overdue at handover."), markup=True))
    rows: list[list[object]] = [["Child", "Custody number", "Age", "Stage", "Next review due",
                                 "Detention limit", "Overdue now"]]
    for c in children:
        a = c.assessment
        limit = limit_words(c)
        rows.append([c.name, c.number, c.age, c.stage,
                     show(a.next_review_due) if a.next_review_due else "none due", limit,
                     "; ".join(f"OVERDUE: {d.label}" for d in c.overdue) or "none"])
    story += [*(CustodyMark(c.number) for c in children), grid(rows, [1.6, 1.6, 0.6, 1.3, 1.7, 1.7, 2.0]),
              CustodyMark(None)]

    for n, c in enumerate(children, start=1):
        story += _child(c, n, now, hours)
        if n < len(children):
            story.append(CustodyMark(None))  # the last child's number stays on the sign-off
    story += [spacer(3), *_sign_off()]
    return story


def _items_rows(items: Sequence[DueItem], now: datetime) -> list[list[object]]:
    rows: list[list[object]] = [["When", "What"]]
    for d in items:
        when = when_words(d, now)
        rows.append([para(f"<b>{text(when)}</b>" if d.overdue else text(when), "cell", markup=True), d.label])
    return rows


def _child(c: ChildShift, n: int, now: datetime, hours: int) -> list[Flowable]:
    a = c.assessment
    head = heading(f"{n}. {c.name}, {c.number}")
    summary = facts([
        ("Age, stage, where", f"{c.age}; {c.stage}; {c.location}"),
        ("Relevant time", f"{show(a.relevant_time)} ({a.relevant_time_rule})" if a.relevant_time_rule
         else show(a.relevant_time)),
        ("Looked after", c.looked_after),
        ("Risk flags", para(_risk(c.risk_flags), "cell", markup=True)),
        ("Observation level", c.observation_level()),
        ("Healthcare", c.healthcare),
        ("Offences", c.offences),
        ("s38(6) position", para("<br/>".join(text(x) for x in c.s38_position), "cell", markup=True)),
        ("Check code", c.check_code),
    ], label_width=0.22)
    due = c.due_within(hours)
    parts: list[Flowable] = [CustodyMark(c.number), head, summary, spacer(1.5)]
    if due:
        parts.append(grid(_items_rows(due, now), [4.6, 5.4]))
    else:
        parts.append(para(f"Nothing falls due in the next {hours} hours."))

    aa_lines = [f"{c.aa_status[:1].upper()}{c.aa_status[1:]}."]
    aa_lines += [f"Outstanding: {d.label}, {when_words(d, now)}." for d in c.aa_actions]
    if not c.aa_actions:
        aa_lines.append("No appropriate adult action outstanding.")
    la_lines = [f"{line}." for line in c.la_status]
    la_lines += [f"Outstanding: {d.label}, {when_words(d, now)}." for d in c.la_actions]
    if not c.la_actions:
        la_lines.append("No local authority action outstanding.")
    actions = facts([
        ("Appropriate adult", para("<br/>".join(_mark(x) for x in aa_lines), "cell", markup=True)),
        ("Local authority", para("<br/>".join(_mark(x) for x in la_lines), "cell", markup=True)),
    ], label_width=0.22)
    parts += [spacer(1.5), actions]
    if a.findings:
        found = "; ".join(f"{f.code} ({_title(f.code)})" for f in a.findings)
        parts.append(para(f"Findings so far ({len(a.findings)}): {found}.", "small"))
    return [KeepTogether(parts)]


def _risk(words: str) -> str:
    """Risk flags, the classic ones (self-harm, suicide history, learning disability, drugs) in bold."""
    out = text(words)
    for flag in sorted((w for w in W.RISK_FLAGS.values() if w.isupper()), key=len, reverse=True):
        out = out.replace(text(flag), f"<b>{text(flag)}</b>")
    return out


def _mark(line: str) -> str:
    """Outstanding lines in bold where they are overdue."""
    return f"<b>{text(line)}</b>" if "OVERDUE" in line else text(line)


def _title(code: str) -> str:
    try:
        return codes.title(code).lower()
    except KeyError:
        return code


def _sign_off() -> list[Flowable]:
    return [KeepTogether([
        heading("Handover"),
        facts([
            ("Handed over by (name, number)", spacer(6)),
            ("Taken over by (name, number)", spacer(6)),
            ("Time of handover", spacer(6)),
            ("Notes", spacer(14)),
        ], label_width=0.3),
    ])]

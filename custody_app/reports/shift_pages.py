"""The pages every shift document shares: the children in custody at an instant, one suite
per set of pages, each suite's name in its pages' header (RULES.md 6.2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from reportlab.platypus import Flowable, PageBreak

from ..domain import Record
from ..rules.policy import Policy
from ..rules.timecalc import utc
from .layout import (
    DEFAULT_MARKING,
    CustodyMark,
    PageInfo,
    SuiteMark,
    policy_words,
    printed_words,
    render,
)
from .shift import ChildShift, by_suite, children_in_custody, suite_names

EACH_CHILD = "Each child's check code (REC:N:H) is printed with the child."


def shift_pdf(records: Sequence[Record], now: datetime, policy: Policy, story: Callable[[list[ChildShift]], list[Flowable]],
              *, title: str, subject: str, force: str | None, suite: str | None, only_suite: str | None,
              printed_at: datetime | None, printed_by: str | None, marking: str | None,
              store_head: str | None = None) -> bytes:
    """`story(children)` for each suite's children in custody at `now` (only `only_suite`'s when
    given), each suite on its own pages; an empty document says there is no child. `store_head`:
    the store's head when printed (STORE:N:H), a witness `custody-app verify --head` checks."""
    now = utc(now)
    children = children_in_custody(records, now, policy, suite=only_suite)
    force_name, suite_name = suite_names(records, force, only_suite or suite)
    info = PageInfo(title=title, force=force_name, suite=suite_name, subject=subject,
                    marking=marking or policy.protective_marking or DEFAULT_MARKING,
                    printed=printed_words(printed_at or now, printed_by),
                    policy=policy_words(policy), check=EACH_CHILD + (
                        f" Store head {store_head} (custody-app verify --head)." if store_head else ""))
    groups = by_suite(children)
    if not groups:
        return render(story([]), info)
    out: list[Flowable] = []
    for k, (name, group) in enumerate(groups):
        if k:
            out += [CustodyMark(None), PageBreak()]
        out.append(SuiteMark(group[0].record.force, name))
        out += story(group)
    return render(out, info)

"""The suite board: one row per child in custody, from the engine's assessment."""

from __future__ import annotations

import logging
from datetime import datetime

from ...domain import Record, as_of
from ...rules.assessment import Assessment
from ...rules.policy import Policy
from ...rules.timecalc import after
from .access import DeskStore, Evaluate
from .board_kept import judgement_stamp, kept_facts
from .board_rows import BoardFacts, BoardRow, Due, most_urgent_first, row_at

log = logging.getLogger(__name__)


def aa_state(record: Record, now: datetime) -> tuple[str, datetime | None, bool]:
    """('not requested' | 'waiting' | 'present' | 'left', since, present)."""
    state, since = "not requested", None
    for ev in as_of(record, now):
        if ev.type == "aa_requested" and state in ("not requested", "left"):
            state, since = "waiting", ev.at
        elif ev.type == "aa_arrived":
            state, since = "present", ev.at
        elif ev.type == "aa_left" and state == "present":
            state, since = "left", ev.at
    return state, since, state == "present"


def stage_text(a: Assessment) -> str:
    if a.stage == "left":
        return f"left: {(a.left_how or '').replace('_', ' ')}".strip(": ")
    if a.stage == "pre_charge":
        reason = next((e.get("reason") for e in a.record.events if e.type == "arrested"), "offence")
        extra = {"warrant": " (warrant)", "breach_of_court_bail": " (breach of court bail)"}.get(reason, "")
        return "pre-charge" + extra
    acc = a.accommodation
    if not acc.applies:
        return "charged"
    if acc.certificate_issued:
        return "charged: certificate issued"
    if acc.requests:
        return "charged: awaiting accommodation"
    return "charged: bail refused"


def board_facts(a: Assessment) -> BoardFacts:
    """The engine's judgement of a child for the board, every time kept as an instant."""
    record, now = a.record, a.now
    due_by_code = {d.code: d for d in a.due}
    age = ("age in doubt" if record.child.age_in_doubt and a.age_at_arrival is None
           else f"{a.age_at_arrival}" + (" (in doubt)" if record.child.age_in_doubt else ""))
    if a.stage == "pre_charge":
        reason = next((e.get("reason") for e in record.events if e.type == "arrested"), "offence")
        limit = "pace" if a.detention_limit is not None else "warrant" if reason == "warrant" else "unknown"
    else:
        limit = "charged"
    state, since, _ = aa_state(record, now)
    aa_item = due_by_code.get("AA_ARRIVAL" if state == "waiting" else "AA_REQUEST" if state == "not requested"
                              else "")
    visit = due_by_code.get("OBSERVATION")
    return BoardFacts(
        custody_number=record.custody_number, name=record.child.name, age=age,
        start=a.arrived_at or a.arrested_at, limit=limit, limit_at=a.detention_limit,
        next_review=a.next_review_due, aa=state, aa_since=since, aa_due=aa_item.due if aa_item else None,
        next_visit=visit.due if visit else None, stage=stage_text(a),
        due=tuple(Due(d.code, d.label, d.due) for d in a.due),
        soon_minutes=a.policy.due_soon_minutes, judged_at=now, until=changes_at(a),
    )


# Due items the engine drops (for a finding) once their time has passed, rather than
# marking them overdue: the judgement changes at their time without any entry.
VANISH_WHEN_MISSED = frozenset({"ESCALATION"})


def changes_at(a: Assessment) -> datetime | None:
    """The first instant after `a.now` at which the engine's judgement for the board can
    change with no entry added: an entry timed later than now (the engine reads the
    record as it stood), the relevant time becoming known 24 hours after an arrest with
    no arrival, or a due item that is dropped once missed."""
    now = a.now
    times = [e.at for e in a.record.events if e.at > now]
    if a.relevant_time is None and a.arrested_at is not None:
        times.append(after(a.arrested_at, hours=24))
    times += [d.due for d in a.due if d.code in VANISH_WHEN_MISSED and d.due is not None]
    later = [t for t in times if t > now]
    return min(later) if later else None


def board_row(a: Assessment) -> BoardRow:
    return row_at(board_facts(a), a.now)


def board(store: DeskStore, now: datetime, policy: Policy, evaluate: Evaluate) -> list[BoardRow]:
    """Every child in custody now, most urgent first, judged by the engine now. What it
    decided is kept in the store for the next start (`board_kept.kept_board`)."""
    kept = {c.custody_number: c for c in store.board_cache()}
    stamp = judgement_stamp(store)
    rows, changed = [], []
    for record in store.in_custody():
        number = record.custody_number
        facts = board_facts(evaluate(record, now, policy))
        rows.append(row_at(facts, now))
        c = kept.get(number)
        basis = f"{stamp}|{len(record.events)}"
        old = kept_facts(c.facts) if c is not None and c.facts and c.basis == basis else None
        holds = old is not None and old.holds_at(now)
        if holds and old is not None and not old.same_judgement(facts):
            log.warning("the kept board judgement of %s no longer held at %s; judged again",
                        number, now.isoformat())
            holds = False
        if not holds:
            changed.append((number, basis, facts.to_json()))
    if changed:  # (a child who left is forgotten in the write that records the leaving)
        store.keep_board(changed)
    return most_urgent_first(rows)

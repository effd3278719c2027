"""What the shift documents (downtime pack, handover sheet) print about each child in custody.

No reportlab here: facts read from a record and the engine's Assessment at `now`.
Every deadline comes from the engine (`Assessment.due`, `next_review_due`,
`detention_limit`); this module only sorts them and puts them into words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..domain import Event, Record, as_of
from ..rules.assessment import Assessment, DueItem
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show, show_duration, utc
from . import words as W

HANDOVER_HOURS = 8

AA_CODES = ("AA_REQUEST", "AA_ARRIVAL", "RIGHTS_WITH_AA")
# the local authority: the looked-after child's notice, the s38(6) transfer and the
# referral to children's social care
LA_CODES = ("LA_NOTICE", "LA_REQUEST", "ESCALATION", "CERTIFICATE", "SAFEGUARDING_REFERRAL")

STAGE_WORDS = {
    "pre_charge": "before charge",
    "post_charge": "charged, still detained",
    "left": "left police detention",
}

NO_CHILDREN = "No children in custody"


@dataclass(frozen=True)
class ChildShift:
    """One child in custody at `now`, as the shift documents print them."""

    record: Record
    assessment: Assessment
    events: tuple[Event, ...]  # the record as it stood at `now`, corrected, in time order
    visit_interval: int  # minutes between visits (the last level set, capped by policy)
    level: Event | None  # the last observation level set
    last_visit: Event | None
    last_food_drink: Event | None
    placement: Event | None
    fingerprint: str

    @property
    def name(self) -> str:
        return self.record.child.name

    @property
    def number(self) -> str:
        return self.record.custody_number

    @property
    def stage(self) -> str:
        return STAGE_WORDS.get(self.assessment.stage, self.assessment.stage)

    @property
    def age(self) -> str:
        age = self.assessment.age_at_arrival
        child = self.record.child
        if age is None:
            return "age not known (treated as a child)"
        return f"{age}" + (" (age in doubt)" if child.age_in_doubt else "")

    @property
    def date_of_birth(self) -> str:
        dob = self.record.child.date_of_birth
        return "not known" if dob is None else f"{dob.day} {dob:%b %Y}"

    @property
    def looked_after(self) -> str:
        child = self.record.child
        if not child.looked_after:
            return "no"
        return f"yes: {child.local_authority}" if child.local_authority else "yes"

    @property
    def location(self) -> str:
        p = self.placement
        if p is None:
            return "no placement recorded"
        where = W.word(W.PLACEMENTS, p.get("location"))
        return where + (" (with an adult)" if p.get("with_adult") else "")

    def item(self, code: str) -> DueItem | None:
        return next((d for d in self.assessment.due if d.code == code), None)

    @property
    def overdue(self) -> tuple[DueItem, ...]:
        return tuple(d for d in self.assessment.due if d.overdue)

    def due_within(self, hours: float) -> tuple[DueItem, ...]:
        """What falls due by now + hours: overdue items, then by time; items with no fixed time last."""
        end = self.assessment.now + timedelta(hours=hours)
        return tuple(d for d in self.assessment.due if d.due is None or d.due <= end)

    @property
    def aa_actions(self) -> tuple[DueItem, ...]:
        return tuple(d for d in self.assessment.due if d.code in AA_CODES)

    @property
    def la_actions(self) -> tuple[DueItem, ...]:
        return tuple(d for d in self.assessment.due if d.code in LA_CODES)

    @property
    def aa_status(self) -> str:
        """Where the appropriate adult is, in a line."""
        requested = _last(self.events, "aa_requested")
        arrived = _last(self.events, "aa_arrived")
        left = _last(self.events, "aa_left")
        if arrived is not None and (left is None or left.at < arrived.at):
            return f"present: {arrived.get('name')}, since {show(arrived.at)}"
        if left is not None:
            return f"not present: {left.get('name')} left {show(left.at)}"
        if requested is not None:
            relationship = str(requested.get("relationship") or "").replace("_", " ")
            who = f"{requested.get('name')}" + (f" ({relationship})" if relationship else "")
            return f"requested {show(requested.at)} ({who}), not yet arrived"
        return "not yet requested"

    @property
    def la_status(self) -> list[str]:
        """The local authority position in short lines: notice, s38(6), the last answer."""
        out: list[str] = []
        if self.record.child.looked_after:
            told = _last(self.events, "local_authority_informed")
            out.append(f"Looked-after child: local authority told {show(told.at)} ({told.get('name')})"
                       if told else "Looked-after child: local authority not yet told")
        acc = self.assessment.accommodation
        if acc.applies:
            out.append(f"s38(6) applies: bail refused after charge {show(acc.refused_at)}; "
                       f"{acc.requests} request(s) for accommodation"
                       + ("; s38(6) certificate issued" if acc.certificate_issued else ""))
            answer = _last(self.events, "la_response")
            if answer is not None:
                said = "provided" if answer.get("provided") else "not provided"
                out.append(f"Last answer {show(answer.at)}: {said}: {answer.get('reason')}")
            if acc.not_provided_unescalated:
                out.append("Refusal not yet escalated")
        elif acc.charged:
            out.append("s38(6) does not apply now: " + acc.why)
        if _last(self.events, "safeguarding_referral") is not None:
            out.append("Safeguarding referral made")
        return out


def _last(events: Sequence[Event], event_type: str) -> Event | None:
    return next((e for e in reversed(events) if e.type == event_type), None)


def _last_of(events: Sequence[Event], types: Iterable[str]) -> Event | None:
    wanted = set(types)
    return next((e for e in reversed(events) if e.type in wanted), None)


def child_shift(record: Record, now: datetime, policy: Policy = DEFAULT_POLICY,
                assessment: Assessment | None = None) -> ChildShift:
    from ..rules import evaluate
    from ..rules.facts import gather
    from ..rules.findings_care import observation_interval
    from .facts import record_fingerprint, short_fingerprint

    if assessment is None:
        assessment = evaluate(record, now, policy)
    events = as_of(record, utc(now))
    level = _last(events, "observation_level_set")
    return ChildShift(
        record=record,
        assessment=assessment,
        events=events,
        visit_interval=observation_interval(gather(record, utc(now), policy), level),
        level=level,
        last_visit=_last(events, "observation"),
        last_food_drink=_last_of(events, ("meal", "drink")),
        placement=_last(events, "placement"),
        fingerprint=short_fingerprint(record_fingerprint(record)),
    )


def children_in_custody(records: Iterable[Record], now: datetime,
                        policy: Policy = DEFAULT_POLICY) -> list[ChildShift]:
    """The children still in police detention at `now`, the longest-held first."""
    out = [child_shift(r, now, policy) for r in records]
    out = [c for c in out if c.assessment.stage != "left" and c.assessment.arrested_at <= now]
    out.sort(key=lambda c: (c.assessment.arrived_at or c.assessment.arrested_at, c.number))
    return out


def when_words(item: DueItem, now: datetime) -> str:
    """'OVERDUE since …', 'due …', or, with no fixed time, 'before the child leaves'."""
    if item.due is None:
        return "before the child leaves"
    if item.overdue:
        return f"OVERDUE since {show(item.due)} ({show_duration(now - item.due)} ago)"
    return f"due {show(item.due)} (in {show_duration(item.due - now)})"


def suite_names(records: Sequence[Record], force: str | None, suite: str | None) -> tuple[str, str]:
    """The names printed in the header: given, else the first record's, else plain words."""
    first = records[0] if records else None
    return (force or (first.force if first else "") or "Police",
            suite or (first.suite if first else "") or "Custody suite")

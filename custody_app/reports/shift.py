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
from ..observation_levels import LevelInForce, in_force
from ..rules.assessment import Assessment, DueItem
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show, show_duration, utc
from . import words as W

HANDOVER_HOURS = 8
LEAVING = ("released", "transferred")

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
    observation: LevelInForce  # the observation level in force, and its interval as the engine applies it
    last_visit: Event | None
    last_food_drink: Event | None
    placement: Event | None

    @property
    def name(self) -> str:
        return self.record.child.name

    def observation_level(self, with_date: bool = True) -> str:
        """The observation level in force, as custody staff know it, and when it was set."""
        level = self.observation
        return level.words + (f"; set {show(level.set_at, with_date=with_date)}" if level.set_at else "")

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
        """Where the appropriate adult is, in a line: the engine's reading (Assessment.aa)."""
        aa = self.assessment.aa
        if aa.state == "present":
            since = f", since {show(aa.first_arrived_at)}" if aa.first_arrived_at else ""
            return f"present: {', '.join(aa.present)}{since}"
        if aa.state == "left":
            return "not present: the appropriate adult has left"
        if aa.state == "awaited":
            alert = "; the inspector must be told" if aa.inspector_alert else ""
            return f"requested {show(aa.awaited_since or aa.requested_at)}, not yet arrived{alert}"
        return "not yet requested"

    @property
    def risk_flags(self) -> str:
        """The last risk assessment's flags in words, with its notes."""
        risk = _last(self.events, "risk_assessment")
        if risk is None:
            return "no risk assessment recorded"
        flags = [W.word(W.RISK_FLAGS, f) for f in risk.get("flags") or []]
        words = ", ".join(flags) if flags else "no risk flags"
        notes = risk.get("notes")
        return f"{words} (assessed {show(risk.at)})" + (f"; notes: {notes}" if notes else "")

    @property
    def healthcare(self) -> str:
        """The last healthcare outcome, or a request still waiting."""
        seen = _last(self.events, "healthcare_seen")
        asked = _last(self.events, "healthcare_requested")
        if seen is not None:
            fit = ("fit to detain" if seen.get("fit_to_detain") else "NOT fit to detain") + "; " + (
                "fit to interview" if seen.get("fit_to_interview") else "NOT fit to interview")
            line = f"seen by {seen.get('professional')} {show(seen.at)}: {fit}"
            if asked is not None and asked.at > seen.at:
                line += f"; asked again {show(asked.at)} ({asked.get('reason')})"
            return line
        if asked is not None:
            return f"requested {show(asked.at)} ({asked.get('reason')}), not yet seen"
        return "no healthcare requested"

    @property
    def offences(self) -> str:
        """What the child was arrested for, and each charge."""
        arrest = _last(self.events, "arrested")
        parts = []
        if arrest is not None:
            parts.append("arrested for " + ("; ".join(arrest.get("offences") or []) or "—")
                         + f" ({W.word(W.ARREST_REASONS, arrest.get('reason'))})")
        for c in (e for e in self.events if e.type == "charged"):
            parts.append(f"charged {show(c.at)}: " + "; ".join(c.get("offences") or []))
        return "; ".join(parts) or "none recorded"

    @property
    def s38_position(self) -> list[str]:
        """Charge, refusal, requests, answers and escalations, in short lines (the engine says whether
        the duty applies)."""
        acc = self.assessment.accommodation
        if not acc.charged:
            return ["not charged: s38(6) does not arise"]
        out = ["s38(6) applies" if acc.applies else f"s38(6) does not apply now: {acc.why}"]
        bail = _last(self.events, "bail_decision")
        if bail is not None:
            out.append(("bail granted " if bail.get("granted") else "bail refused ") + show(bail.at)
                       + (": " + "; ".join(W.words(W.BAIL_GROUNDS_SHORT, bail.get("grounds") or []))
                          if not bail.get("granted") and bail.get("grounds") else ""))
        for e in self.events:
            if e.type == "la_accommodation_requested":
                out.append(f"asked {e.get('authority')} for {W.word(W.KINDS, e.get('kind'))} accommodation "
                           f"{show(e.at)}")
            elif e.type == "la_response":
                out.append(f"answer {show(e.at)}: {'provided' if e.get('provided') else 'not provided'}: "
                           f"{e.get('reason')}")
            elif e.type == "escalated":
                out.append(f"escalated to {W.word(W.ESCALATED_TO, e.get('to'))} {show(e.at)}")
            elif e.type == "certificate_issued":
                out.append(f"s38(6) certificate {show(e.at)}: {W.GROUND_SHORT.get(str(e.get('ground')), '')}")
        return out

    @property
    def check_code(self) -> str:
        from .cert_facts import record_code

        return record_code(self.record)

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

    if assessment is None:
        assessment = evaluate(record, now, policy)
    events = as_of(record, utc(now))
    return ChildShift(
        record=record,
        assessment=assessment,
        events=events,
        observation=in_force(events, assessment.policy),
        last_visit=_last(events, "observation"),
        last_food_drink=_last_of(events, ("meal", "drink")),
        placement=_last(events, "placement"),
    )


def in_custody_at(record: Record, at: datetime) -> bool:
    """RULES.md 6.2: an arrival or detention authorised at or before `at`, and no leaving at or
    before it (the record as it stood then, corrections made by then applied)."""
    events = as_of(record, utc(at))
    arrived = any(e.type in ("arrived_at_station", "detention_authorised") for e in events)
    return arrived and not any(e.type in LEAVING for e in events)


def children_in_custody(records: Iterable[Record], now: datetime, policy: Policy = DEFAULT_POLICY,
                        suite: str | None = None) -> list[ChildShift]:
    """The children in police detention at `now`, each judged on its events up to `now` (as
    `status --at`), by suite and then the longest-held first; only `suite`'s when given."""
    seen: set[str] = set()
    chosen: list[Record] = []
    for r in records:
        if r.custody_number in seen or (suite is not None and r.suite != suite):
            continue
        seen.add(r.custody_number)
        if in_custody_at(r, now):
            chosen.append(r)
    out = [child_shift(r, now, policy) for r in chosen]
    out.sort(key=lambda c: (c.record.suite, c.assessment.arrived_at or c.assessment.arrested_at, c.number))
    return out


def by_suite(children: Sequence[ChildShift]) -> list[tuple[str, list[ChildShift]]]:
    """The children grouped under the suite each record names, in order."""
    groups: dict[str, list[ChildShift]] = {}
    for c in children:
        groups.setdefault(c.record.suite, []).append(c)
    return list(groups.items())


def limit_words(c: ChildShift) -> str:
    """The detention limit as the engine gives it, in words (never "none applies" for a limit)."""
    a = c.assessment
    if a.detention_limit is not None:
        return show(a.detention_limit)
    if a.charged_at is not None:
        return "no longer applies (charged)"
    if a.relevant_time is None:
        return "not yet known (no relevant time yet)"
    return "no PACE limit for this arrest"


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

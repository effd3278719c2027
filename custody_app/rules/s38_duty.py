"""When the PACE s38(6) duty applies, in spells (RULES.md section 3, "The s38(6) duty applies").

The duty applies to the events after a refusal of bail after charge, and before a later
post-charge grant. A refusal is a post-charge `bail_decision` with `granted` false, or the
*deemed refusal*: no post-charge decision at or before the first charge + the grace, with
the child still held then; the duty then applies to the events later than that instant.
A spell is opened by the first refusal after charge (or after a grant); its anchor, from
which its clocks run, is that refusal, or the charge for a spell opened by the deemed
refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain import Event
from .facts import Facts
from .timecalc import after

VALID_IMPRACTICABLE = frozenset({"weather_or_transport_impossible", "court_imminent"})


@dataclass
class Spell:
    anchor: datetime  # the opening refusal's time, or the charge's for a deemed spell
    since: datetime  # when the duty began: the refusal, or charge + grace
    deemed: bool
    opening: Event | None  # the opening refusal (None: the deemed refusal)
    anchor_pos: int  # position (in at order) of the refusal, or of the charge
    previous_grant: Event | None  # the grant that ended the spell before this one
    ended: Event | None = None  # the grant of bail that ended it
    events: list[Event] = field(default_factory=list)  # the events the duty applies to

    def of_type(self, etype: str) -> list[Event]:
        return [e for e in self.events if e.type == etype]

    @property
    def certificates(self) -> list[Event]:
        return self.of_type("certificate_issued")


@dataclass
class Duty:
    charge: Event | None
    grace_end: datetime | None
    deemed: bool  # the deemed refusal applies (known: the grace has passed with the child held)
    spells: list[Spell]
    spell_at: dict[int, Spell]  # listed index of an event the duty applies to -> its spell
    current: Spell | None  # the spell running at the end of what is judged (None once left)

    def applies_to(self, ev: Event) -> bool:
        return ev.index in self.spell_at

    def spell_of(self, ev: Event) -> Spell | None:
        return self.spell_at.get(ev.index)

    def post_charge(self, f: Facts, ev: Event) -> bool:
        return self.charge is not None and f.before(self.charge, ev)

    def refusal_in_force(self, f: Facts, ev: Event) -> Event | None:
        """The last post-charge bail decision before the event (None: the deemed refusal)."""
        found = None
        for d in f.all("bail_decision"):
            if self.post_charge(f, d) and f.before(d, ev):
                found = d
        return found


def s38_duty(f: Facts) -> Duty:
    charge = f.first_charge
    if charge is None:
        return Duty(None, None, False, [], {}, None)
    grace_end = after(charge.at, minutes=f.policy.bail_decision_grace_minutes)
    decisions = [d for d in f.all("bail_decision") if f.before(charge, d)]
    # known only once the grace has passed with the child still held (and not at exactly it)
    deemed = not any(d.at <= grace_end for d in decisions) and grace_end < f.end
    spells: list[Spell] = []
    spell_at: dict[int, Spell] = {}
    current: Spell | None = None
    previous_grant: Event | None = None
    pending = deemed
    for ev in f.events:
        if pending and ev.at > grace_end:
            current = Spell(charge.at, grace_end, True, None, f.pos(charge), previous_grant)
            spells.append(current)
            pending = False
        is_decision = ev.type == "bail_decision" and ev.known and f.before(charge, ev)
        if is_decision and ev["granted"]:
            if current is not None:
                current.ended = ev
                current = None
            previous_grant = ev
            continue
        if current is not None and ev.known:
            current.events.append(ev)
            spell_at[ev.index] = current
        if is_decision and current is None:
            current = Spell(ev.at, ev.at, False, ev, f.pos(ev), previous_grant)
            spells.append(current)
    if pending:  # the grace has passed, with no event after it yet
        current = Spell(charge.at, grace_end, True, None, f.pos(charge), previous_grant)
        spells.append(current)
    if f.left_at is not None:
        current = None
    return Duty(charge, grace_end, deemed, spells, spell_at, current)


# --- readings shared by the findings, the due items and the certificate -----------------

def request_deadline(f: Facts, spell: Spell) -> datetime:
    return after(spell.anchor, minutes=f.policy.transfer_request_minutes)


def counted_requests(f: Facts, spell: Spell) -> list[Event]:
    """Requests that count for a spell: any after the grant that ended an earlier spell (one
    before the charge or the anchor counts: the authority may be asked in anticipation)."""
    grant = spell.previous_grant
    return [r for r in f.all("la_accommodation_requested") if grant is None or f.before(grant, r)]


def answers_kind(f: Facts, response: Event) -> str | None:
    """The kind an la_response answers: its own `kind`, or the last request's before it."""
    if response["kind"] is not None:
        return str(response["kind"])
    last = None
    for r in f.all("la_accommodation_requested"):
        if f.before(r, response):
            last = r
    return str(last["kind"]) if last is not None else None


def refusal_answers(f: Facts, kind: str, before: Event) -> list[Event]:
    """`la_response`s with provided false that answer `kind`, before the event."""
    return [a for a in f.all("la_response")
            if not a["provided"] and f.before(a, before) and answers_kind(f, a) == kind]


def supported_court_imminent(f: Facts, cert: Event) -> bool:
    """1.1: the last court_fixed before the certificate has a sitting strictly after it and at
    most [4 h] after it. In a 1.0 record every court_imminent counts as supported."""
    if not f.v11:
        return True
    last = None
    for c in f.all("court_fixed"):
        if f.before(c, cert):
            last = c
    if last is None:
        return False
    sitting = last["sitting_at"]
    return bool(cert.at < sitting <= after(cert.at, hours=f.policy.court_imminent_window_hours))


def is_exempt(f: Facts, cert: Event, deadline: datetime) -> bool:
    """An exempt certificate: ground `impracticable`, made at or before the deadline, giving at
    least one reason, every one `weather_or_transport_impossible` or a supported court_imminent."""
    if cert["ground"] != "impracticable" or cert.at > deadline:
        return False
    reasons = tuple(cert["reasons"])
    if not reasons or not set(reasons) <= VALID_IMPRACTICABLE:
        return False
    return "court_imminent" not in reasons or supported_court_imminent(f, cert)


def endorsements_for(f: Facts, cert: Event) -> list[Event]:
    """`certificate_endorsed` entries for this certificate: naming its id or, with null, the
    last certificate_issued before them in at order."""
    out = []
    for e in f.all("certificate_endorsed"):
        target = e["certificate"]
        if target is not None:
            if cert.id is not None and target == cert.id:
                out.append(e)
            continue
        last = None
        for c in f.all("certificate_issued"):
            if f.before(c, e):
                last = c
        if last is cert:
            out.append(e)
    return out


SENIOR_TO_SERGEANT = ("inspector", "superintendent", "higher")

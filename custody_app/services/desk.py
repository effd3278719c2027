"""The sergeant's desk: the GUI's use cases, each one store call (no Qt here).

Views call these small functions and render what they return; none of them
computes a deadline (the engine's Assessment does) or decides the law (the
domain validates every entry by re-parsing the record).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from ..domain import Record, RecordError, age_on, as_of, london_date, parse_document
from ..rules.assessment import Assessment
from ..rules.policy import Policy
from ..rules.timecalc import iso, show, show_duration

FORMAT = "custody-record/1"

ROLES = ("detention_officer", "sergeant", "inspector", "superintendent", "healthcare", "admin")
ROLE_TITLES = {
    "detention_officer": "Detention officer", "sergeant": "Sergeant", "inspector": "Inspector",
    "superintendent": "Superintendent", "healthcare": "Healthcare professional", "admin": "Administrator",
}
_LADDER = {"detention_officer": 0, "healthcare": 0, "sergeant": 1, "inspector": 2, "superintendent": 3}

# Decisions of the custody officer (a sergeant or above): PACE s37, s38, s40(4) and Code C 8.
CUSTODY_OFFICER_TYPES = frozenset({
    "detention_authorised", "charged", "bail_decision", "la_accommodation_requested", "la_response",
    "escalated", "certificate_issued", "released", "transferred", "review_postponed",
    "warrant_of_further_detention", "placement", "strip_search", "correction",
})


class DeskError(Exception):
    """A refusal the desk shows as it stands: plain words, what to do next. `field` names
    the form field at fault, when one is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class DeskStore(Protocol):
    """The part of custody_app.store.Store the desk uses."""

    def create_record(self, record: Record, user: str) -> Any: ...
    def append_event(self, number: str, event: dict[str, Any], user: str) -> Record: ...
    def load_record(self, number: str) -> Record | None: ...
    def in_custody(self) -> list[Record]: ...
    def authenticate(self, username: str, pin: str) -> Any: ...
    def get_policy(self) -> Policy: ...
    def get_setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> Any: ...


Evaluate = Callable[[Record, datetime, Policy], Assessment]


# --- sign in and ranks ---------------------------------------------------------

@dataclass(frozen=True)
class Session:
    username: str
    display_name: str
    role: str

    @property
    def signature(self) -> str:
        """What goes in every entry's `by`."""
        return self.display_name or self.username

    @property
    def title(self) -> str:
        return ROLE_TITLES.get(self.role, self.role)


def sign_in(store: DeskStore, username: str, pin: str) -> Session:
    """The signed-in user, or DeskError with the store's reason (wrong PIN, locked)."""
    if not username.strip() or not pin:
        raise DeskError("Enter your user name and PIN.", "username" if not username.strip() else "pin")
    try:
        user = store.authenticate(username.strip(), pin)
    except Exception as exc:  # the store's refusal (wrong PIN, locked out) is for the user
        text = str(exc) or "Sign in refused."
        raise DeskError(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."), "pin") from None
    if user is None:
        raise DeskError("User name or PIN not recognised.", "pin")
    return Session(_attr(user, "username"), _attr(user, "display_name"), _attr(user, "role"))


def _attr(obj: Any, name: str) -> str:
    value = obj[name] if isinstance(obj, Mapping) else getattr(obj, name)
    return str(value)


def refusal(session: Session, event_type: str, stage: str) -> str | None:
    """Why this user may not make this entry now (None: they may)."""
    role = session.role
    if role == "admin":
        return "An administrator account changes settings; it does not make custody entries."
    rank = _LADDER.get(role, 0)
    if event_type == "review":
        if stage == "pre_charge" and rank < 2:
            return "A review before charge is made by an inspector or above (PACE s40(1)(b)). Ask the duty inspector to sign in."
        if rank < 1:
            return "A review after charge is made by the custody officer (a sergeant or above)."
    if event_type == "extension_authorised" and rank < 3:
        return "An extension of detention is authorised by a superintendent or above (PACE s42)."
    if event_type in CUSTODY_OFFICER_TYPES and rank < 1:
        return "This is a custody officer's decision: a sergeant or above must sign in to record it."
    return None


def rank_for(session: Session) -> str:
    """The `rank` field of a review or extension made by this user."""
    return {"superintendent": "superintendent", "inspector": "inspector"}.get(session.role, "sergeant")


def can_administer(session: Session) -> bool:
    return session.role == "admin"


# --- the board -------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    text: str
    level: str = ""  # "" | "soon" | "overdue" (shown with words, never colour alone)


@dataclass(frozen=True)
class BoardRow:
    custody_number: str
    name: str
    age: Cell
    in_custody: Cell
    limit: Cell
    next_review: Cell
    appropriate_adult: Cell
    next_visit: Cell
    stage: Cell
    next_due: Cell
    overdue_count: int
    sort_key: tuple[int, datetime]


def short_time(dt: datetime | None, now: datetime) -> str:
    """'05:25 BST' today, 'Sat 23:10 GMT' within a week, else with the date."""
    if dt is None:
        return "—"
    days = abs((london_date(dt) - london_date(now)).days)
    if days == 0:
        return show(dt, with_date=False)
    local = show(dt)
    return local[:4] + local[-9:] if days < 6 else local


def countdown(due: datetime | None, now: datetime, soon_minutes: int, overdue: bool | None = None) -> Cell:
    """'in 25 min' (amber when due within the policy figure) or 'OVERDUE 10 min' (red)."""
    if due is None:
        return Cell("—")
    left = due - now
    late = overdue if overdue is not None else left.total_seconds() < 0
    if late:
        return Cell(f"OVERDUE {show_duration(-left) if left.total_seconds() < 0 else ''}".strip()
                    + f"\n(due {show(due, with_date=False)})", "overdue")
    text = f"in {show_duration(left)}\n({show(due, with_date=False)})"
    return Cell(text, "soon" if left <= timedelta(minutes=soon_minutes) else "")


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


def board_row(a: Assessment) -> BoardRow:
    now, soon = a.now, a.policy.due_soon_minutes
    record = a.record
    due_by_code = {d.code: d for d in a.due}
    start = a.arrived_at or a.arrested_at
    age = Cell("age in doubt" if record.child.age_in_doubt and a.age_at_arrival is None
               else f"{a.age_at_arrival}" + (" (in doubt)" if record.child.age_in_doubt else ""))
    if a.detention_limit is not None and a.stage == "pre_charge":
        limit = countdown(a.detention_limit, now, soon * 4)  # the limit warns earlier: 2 hours at 30
    elif a.stage == "pre_charge":
        limit = Cell("no PACE limit (warrant)")
    else:
        limit = Cell("charged: limit no longer applies")
    review_item = due_by_code.get("REVIEW")
    next_review = countdown(a.next_review_due, now, soon, review_item.overdue if review_item else None)
    state, since, _ = aa_state(record, now)
    if state == "waiting" and since is not None:
        aa_item = due_by_code.get("AA_ARRIVAL")
        waited = show_duration(now - since)
        level = "overdue" if aa_item and aa_item.overdue else ""
        aa = Cell(("OVERDUE\n" if level else "") + f"waiting {waited}", level)
    elif state == "not requested":
        item = due_by_code.get("AA_REQUEST")
        aa = Cell(("OVERDUE\n" if item and item.overdue else "") + "not requested",
                  "overdue" if item and item.overdue else "soon")
    else:
        aa = Cell(state)
    visit = due_by_code.get("OBSERVATION")
    next_visit = countdown(visit.due, now, soon, visit.overdue) if visit else Cell("—")
    dated = [d for d in a.due if d.due is not None]
    overdue = [d for d in a.due if d.overdue]
    first = min(dated, key=lambda d: d.due or now) if dated else None
    if overdue:
        worst = min(overdue, key=lambda d: d.due or now)
        next_due = Cell(f"OVERDUE: {worst.label}" + (f" (+{len(overdue) - 1} more)" if len(overdue) > 1 else ""),
                        "overdue")
    elif first is not None and first.due is not None:
        c = countdown(first.due, now, soon)
        next_due = Cell(f"{first.label} {c.text.splitlines()[0]}", c.level)
    else:
        next_due = Cell("nothing due")
    far = now + timedelta(days=3650)
    sort_key = (0 if overdue else 1, min((d.due or far for d in (overdue or dated)), default=far))
    return BoardRow(
        custody_number=record.custody_number, name=record.child.name, age=age,
        in_custody=Cell(show_duration(now - start) if start <= now else "not yet arrived"),
        limit=limit, next_review=next_review, appropriate_adult=aa, next_visit=next_visit,
        stage=Cell(stage_text(a)), next_due=next_due, overdue_count=len(overdue), sort_key=sort_key,
    )


def board(store: DeskStore, now: datetime, policy: Policy, evaluate: Evaluate) -> list[BoardRow]:
    """Every child in custody now, most urgent first (overdue first, then the soonest due)."""
    rows = [board_row(evaluate(r, now, policy)) for r in store.in_custody()]
    return sorted(rows, key=lambda r: r.sort_key)


# --- booking in ---------------------------------------------------------------------

@dataclass(frozen=True)
class ChildDetails:
    surname: str
    forenames: str
    date_of_birth: date | None
    age_in_doubt: bool
    looked_after: bool
    local_authority: str | None


@dataclass(frozen=True)
class Booking:
    child: ChildDetails
    arrested_at: datetime
    reason: str
    offences: tuple[str, ...]
    outside_force_area: bool
    force_used: bool
    arresting_officer: str
    arrived_at: datetime
    authorised_at: datetime
    grounds: str


def check_child(child: ChildDetails, on: datetime) -> int | None:
    """The child's age on the London date of `on`; DeskError turns an adult away."""
    if not child.surname.strip() or not child.forenames.strip():
        raise DeskError("Enter the child's surname and forenames.",
                        "surname" if not child.surname.strip() else "forenames")
    if child.date_of_birth is None:
        if not child.age_in_doubt:
            raise DeskError("Enter the date of birth, or tick 'age in doubt' (treated as a child, Code C 1.5).",
                            "date_of_birth")
        return None
    day = london_date(on)
    if child.date_of_birth > day:
        raise DeskError(f"The date of birth {child.date_of_birth:%d %b %Y} is after today.", "date_of_birth")
    age = age_on(child.date_of_birth, day)
    if age >= 18 and not child.age_in_doubt:
        raise DeskError(
            f"This person is {age}: an adult. This application is for children (under 18 at arrival, "
            "PACE s37(15)). Book them in on the adult custody system. If their age is genuinely in doubt, "
            "tick 'age in doubt': they are then treated as a child (Code C 1.5).", "date_of_birth")
    return age


def booking_document(booking: Booking, number: str, suite: str, force: str, session: Session) -> dict[str, Any]:
    c = booking.child
    by = session.signature
    arrest: dict[str, Any] = {
        "type": "arrested", "id": new_id(), "at": iso(booking.arrested_at), "by": by,
        "offences": [o for o in booking.offences if o.strip()], "reason": booking.reason,
        "outside_force_area": booking.outside_force_area, "force_used": booking.force_used,
    }
    if booking.arresting_officer.strip():
        arrest["note"] = f"Arresting officer: {booking.arresting_officer.strip()}"
    return {
        "format": FORMAT, "custody_number": number, "suite": suite, "force": force,
        "child": {
            "surname": c.surname.strip(), "forenames": c.forenames.strip(),
            "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
            "age_in_doubt": c.age_in_doubt, "looked_after": c.looked_after,
            "local_authority": (c.local_authority or "").strip() or None,
        },
        "events": [
            arrest,
            {"type": "arrived_at_station", "id": new_id(), "at": iso(booking.arrived_at), "by": by},
            {"type": "detention_authorised", "id": new_id(), "at": iso(booking.authorised_at), "by": by,
             "grounds": booking.grounds.strip()},
        ],
    }


def book_in(store: DeskStore, session: Session, booking: Booking, now: datetime) -> Record:
    """Create the record: the arrest, the arrival and the authorisation, in one transaction."""
    why = refusal(session, "detention_authorised", "pre_charge")
    if why:
        raise DeskError(why)
    check_child(booking.child, booking.arrived_at)
    if not [o for o in booking.offences if o.strip()] and booking.reason == "offence":
        raise DeskError("Enter at least one offence.", "offences")
    if not booking.grounds.strip():
        raise DeskError("Enter the grounds for authorising detention (PACE s37).", "grounds")
    for label, at in (("arrest", booking.arrested_at), ("arrival", booking.arrived_at),
                      ("authorisation", booking.authorised_at)):
        if at > now + timedelta(minutes=5):
            raise DeskError(f"The {label} time is in the future.", label)
    if booking.arrived_at < booking.arrested_at:
        raise DeskError("The arrival at the station is before the arrest.", "arrival")
    if booking.authorised_at < booking.arrived_at:
        raise DeskError("Detention is authorised before the arrival at the station.", "authorisation")
    suite = store.get_setting("suite_name") or "Custody suite"
    force = store.get_setting("force_name") or "Police"
    number = next_custody_number(store, now)
    doc = booking_document(booking, number, suite, force, session)
    try:
        record = parse_document(doc)
    except RecordError as exc:
        raise DeskError(exc.message, exc.path) from None
    store.create_record(record, session.username)
    return record


def next_custody_number(store: DeskStore, now: datetime) -> str:
    prefix = store.get_setting("custody_number_prefix") or "CU"
    seq = int(store.get_setting("last_custody_sequence") or 0) + 1
    store.set_setting("last_custody_sequence", str(seq))
    return f"{prefix}-{london_date(now):%y}-{seq:06d}"


def new_id() -> str:
    return "d" + uuid.uuid4().hex[:12]


# --- entries ------------------------------------------------------------------------

def check_entry(record: Record, session: Session, event: Mapping[str, Any], stage: str) -> None:
    """Refuse an entry before it is stored: rank, then the desk's own refusals, then the
    domain's validation of the whole record with the entry added (never re-implemented here)."""
    etype = str(event.get("type"))
    why = refusal(session, etype, stage)
    if why:
        raise DeskError(why)
    if etype == "aa_arrived" and not any(e.type == "aa_requested" for e in record.events):
        raise DeskError("No appropriate adult has been requested yet: record the request first "
                        "(Appropriate adult, 'Request').")
    if etype == "interview_started" and not event.get("aa_present") and not (event.get("urgent_authorised_by") or "").strip():
        raise DeskError("A child is interviewed with an appropriate adult. Without one, only on a "
                        "superintendent's urgent authority (Code C 11.1, 11.18): enter who authorised it.",
                        "urgent_authorised_by")
    if etype == "placement":
        if event.get("with_adult"):
            raise DeskError("A child is never placed with a detained adult (Code C 8.8). Choose another place.",
                            "with_adult")
        if event.get("location") in ("juvenile_cell", "adult_cell") and not str(event.get("reason", "")).strip():
            raise DeskError("A child goes in a cell only when no other secure place is practicable, "
                            "and the reason is recorded (Code C 8.8). Enter the reason.", "reason")
    if etype == "strip_search" and not event.get("aa_present") and not (event.get("urgent_without_aa_reason") or "").strip():
        raise DeskError("A strip search of a child is with an appropriate adult present, unless it is "
                        "urgent: enter why it could not wait.", "urgent_without_aa_reason")
    doc = dict(record.raw)
    events = list(doc.get("events", []))
    index = len(events)
    doc["events"] = [*events, dict(event)]
    try:
        parse_document(doc)
    except RecordError as exc:
        prefix = f"events[{index}]."
        field = exc.path[len(prefix):] if exc.path.startswith(prefix) else None
        if field in ("type", "at") and "after the child left" in exc.message:
            raise DeskError("The child has left custody: only a note, a court appearance, a "
                            "safeguarding referral or a correction may follow.", "at") from None
        raise DeskError(exc.message if field else str(exc), field) from None


def build_event(event_type: str, at: datetime, session: Session, values: Mapping[str, Any],
                note: str | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {"type": event_type, "id": new_id(), "at": iso(at), "by": session.signature}
    if event_type in ("review", "extension_authorised"):
        event["rank"] = rank_for(session)
    event.update({k: v for k, v in values.items() if k not in ("type", "id", "at", "by")})
    if note and note.strip():
        event["note"] = note.strip()
    return event


def add_entry(store: DeskStore, session: Session, number: str, event: Mapping[str, Any],
              stage: str, now: datetime) -> Record:
    """Store one entry after checking it; returns the record as stored."""
    record = load(store, number)
    at = event.get("at")
    if isinstance(at, str) and datetime.fromisoformat(at) > now + timedelta(minutes=5):
        raise DeskError("That time is in the future: enter when it happened.", "at")
    check_entry(record, session, event, stage)
    try:
        return store.append_event(number, dict(event), session.username)
    except RecordError as exc:
        raise DeskError(str(exc)) from None


def load(store: DeskStore, number: str) -> Record:
    record = store.load_record(number)
    if record is None:
        raise DeskError(f"No record {number} in this database.")
    return record


def correction(target_id: str, changes: Mapping[str, Any], reason: str, at: datetime,
               session: Session) -> dict[str, Any]:
    if not reason.strip():
        raise DeskError("A correction needs its reason.", "reason")
    if not changes:
        raise DeskError("Nothing was changed.")
    return {"type": "correction", "id": new_id(), "at": iso(at), "by": session.signature,
            "corrects": target_id, "fields": dict(changes), "reason": reason.strip()}


def defaults_for(record: Record, event_type: str, now: datetime) -> dict[str, Any]:
    """Sensible starting values for a form, from what the record already says."""
    events = as_of(record, None)

    def last(kind: str) -> Any:
        return next((e for e in reversed(events) if e.type == kind), None)

    if event_type in ("aa_arrived", "aa_left", "aa_contact_failed"):
        req = last("aa_arrived" if event_type == "aa_left" else "aa_requested")
        return {"name": req.get("name")} if req else {}
    if event_type == "solicitor_arrived":
        req = last("solicitor_requested")
        return {"name": req.get("name")} if req else {}
    if event_type in ("rights_given", "interview_started", "strip_search"):
        return {"aa_present": aa_state(record, now)[2]}
    if event_type == "local_authority_informed" and record.child.local_authority:
        return {"name": record.child.local_authority}
    if event_type == "la_accommodation_requested" and record.child.local_authority:
        return {"authority": record.child.local_authority, "kind": "non_secure"}
    return {}


def visit_event(record: Record, session: Session, at: datetime) -> dict[str, Any]:
    """The F5 visit: roused when the observation level says so."""
    level = next((e for e in reversed(as_of(record, at)) if e.type == "observation_level_set"), None)
    roused = bool(level.get("rousing")) if level else False
    return build_event("observation", at, session, {"roused": roused, "response": "Checked: child settled"})


def search_event_types(query: str, labels: Mapping[str, str], order: Sequence[str]) -> list[str]:
    q = query.strip().lower()
    return [t for t in order if not q or q in labels.get(t, t).lower() or q in t]


# --- first start and the demo -----------------------------------------------------------

DEMO_USERS = (
    ("ps2190", "PS 2190 Khan", "sergeant", "2190"),
    ("insp77", "Insp 77 Okafor", "inspector", "7777"),
    ("supt12", "Supt 12 Harris", "superintendent", "1212"),
    ("do4410", "DO 4410 Price", "detention_officer", "4410"),
    ("nurse5", "HCP 5 Lewis", "healthcare", "5555"),
    ("admin", "Admin Clarke", "admin", "0000"),
)


class UserStore(DeskStore, Protocol):
    def create_user(self, username: str, display_name: str, role: str, pin: str) -> Any: ...
    def list_users(self) -> Any: ...
    def import_record(self, record: Record, user: str | None = None) -> Any: ...


def first_start(store: UserStore, username: str, pin: str) -> bool:
    """On a database with no users, the first name and PIN typed become the administrator."""
    if list(store.list_users()):
        return False
    if len(pin) < 4 or not pin.isdigit():
        raise DeskError("First start: choose the administrator's user name and a PIN of at least 4 digits.", "pin")
    store.create_user(username.strip(), username.strip(), "admin", pin)
    return True


def seed_demo(store: UserStore, documents: Sequence[Mapping[str, Any]]) -> list[str]:
    """A demo database: the sample children and users with known PINs (never on a real database)."""
    numbers = []
    for doc in documents:
        record = parse_document(dict(doc))
        store.import_record(record, "demo")
        numbers.append(record.custody_number)
    for username, name, role, pin in DEMO_USERS:
        store.create_user(username, name, role, pin)
    if documents:
        store.set_setting("suite_name", str(documents[0].get("suite", "")))
        store.set_setting("force_name", str(documents[0].get("force", "")))
    store.set_setting("custody_number_prefix", "DEMO")
    return numbers

"""Booking a child in: the child, the arrest, arrival and detention authorised."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ...domain import Record, RecordError, age_on, london_date, parse_document
from ...rules.timecalc import iso
from ...store.errors import StoreError
from .access import DeskError, DeskStore, Session, as_stored, refusal
from .entries import new_id
from .forms_v11 import NEW_RECORD_FORMAT

SEXES = ("female", "male", "not_known")


@dataclass(frozen=True)
class ChildDetails:
    surname: str
    forenames: str
    date_of_birth: date | None
    age_in_doubt: bool
    looked_after: bool
    local_authority: str | None
    sex: str = "not_known"  # 1.1: Code C 3.20A and the strip-search sex rule
    responsible_officer: str | None = None  # 1.1: supervises the child under a court order (Code C 3.14)


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
    offence_codes: tuple[str, ...] = ()  # 1.1: codes of the offence table (RULES.md section 7)
    indictable: bool | None = None  # 1.1: the officer records an offence arrested for is indictable (None: not)


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
        "offence_codes": list(dict.fromkeys(booking.offence_codes)),
    }
    if booking.indictable is not None:
        arrest["indictable"] = booking.indictable
    if booking.arresting_officer.strip():
        arrest["note"] = f"Arresting officer: {booking.arresting_officer.strip()}"
    return {
        "format": NEW_RECORD_FORMAT, "custody_number": number, "suite": suite, "force": force,
        "child": {
            "surname": c.surname.strip(), "forenames": c.forenames.strip(),
            "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
            "age_in_doubt": c.age_in_doubt, "looked_after": c.looked_after,
            "local_authority": (c.local_authority or "").strip() or None,
            "sex": c.sex,
            "responsible_officer": (c.responsible_officer or "").strip() or None,
        },
        "events": [
            arrest,
            {"type": "arrived_at_station", "id": new_id(), "at": iso(booking.arrived_at), "by": by},
            {"type": "detention_authorised", "id": new_id(), "at": iso(booking.authorised_at), "by": by,
             "grounds": booking.grounds.strip()},
        ],
    }


def book_in(store: DeskStore, session: Session, booking: Booking, now: datetime) -> Record:
    """Create the record: the arrest, the arrival and the authorisation, with the next
    custody number, in one transaction (two terminals never get the same number)."""
    session = as_stored(store, session)
    why = refusal(session, "detention_authorised", "pre_charge")
    if why:
        raise DeskError(why)
    check_child(booking.child, booking.arrived_at)
    if booking.child.sex not in SEXES:
        raise DeskError("Choose the child's sex: female, male or not known.", "sex")
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
    from ..live import refusal_words

    try:
        suite = store.get_setting("suite_name") or "Custody suite"
        force = store.get_setting("force_name") or "Police"
        with store.transaction():  # the number taken and the record made together, or neither
            number = next_custody_number(store, now)
            doc = booking_document(booking, number, suite, force, session)
            try:
                record = parse_document(doc)
            except RecordError as exc:
                raise DeskError(exc.message, exc.path) from None
            try:
                store.create_record(record, session.username)
            except StoreError as exc:  # the number already in use (a record imported by hand): nothing taken
                if getattr(exc, "since", None) is not None:  # a suite server gone: said below
                    raise
                raise DeskError(f"Not booked in: {exc}. Check the custody number prefix in Settings.") from None
    except StoreError as exc:  # a suite server gone: the booking stays in its form
        raise DeskError(refusal_words(exc)) from None
    return record


def next_custody_number(store: DeskStore, now: datetime) -> str:
    prefix = store.get_setting("custody_number_prefix") or "CU"
    seq = store.next_custody_sequence()  # one write: never the same number at two terminals
    return f"{prefix}-{london_date(now):%y}-{seq:06d}"



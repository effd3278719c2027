"""custody-record/1.1 upgrade, after the charge: offence codes, bail grounds, the s38(6) paperwork.

RULES.md version 2, section 4: bail refused only on s38(1) grounds (the serious-harm
belief goes on the secure request and the ground (b) certificate), the court and its
sitting fixed (s46), a `court_imminent` certificate within [4 h] of that sitting, an
inspector's endorsement within [60 min] (Code C 16.7), the certificate produced to the
court (s38(7)), the child moved within [120 min] of a place being found, and no more than
[12 h] in the suite after bail was refused (force policy).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from ..domain import LONDON
from .edit import MINUTE, Event, Events, local_minute_of_day, next_local
from .people import COURT_RECEIVERS, OFFENCES, SURNAMES, YOUTH_COURT

HOUR = 60 * MINUTE
OFFENCE_TABLE = Path(__file__).resolve().parent.parent / "data" / "offences.json"
S38_TYPES = ("charged", "bail_decision", "la_accommodation_requested", "la_response", "escalated",
             "certificate_issued")
POST_CHARGE_LIMIT = 12 * HOUR  # RULES.md POST_CHARGE_DETENTION_LONG [12 h]
TRANSFER_WITHIN = 120 * MINUTE  # TRANSFER_DELAYED [120 min]
COURT_WINDOW = 4 * HOUR  # a supported court_imminent [4 h]
EARLIEST_ESCORT = 6 * 60  # London time: no earlier escort to court
# what log.trim_after keeps after the child left (the leaving itself apart)
AFTER_LEAVING = ("released", "transferred", "appeared_in_court", "safeguarding_referral", "note", "correction")
REAL_GROUNDS = ("fail_to_surrender", "interfere_with_justice")


@cache
def offence_categories() -> dict[str, str]:
    """code -> category of the default offence table (RULES.md section 7)."""
    table = json.loads(OFFENCE_TABLE.read_text(encoding="utf-8"))
    return {code: row["category"] for code, row in table.items() if not code.startswith("_")}


def offence_codes(offences: list[str]) -> list[str]:
    by_text = {o.text: o.codes for o in OFFENCES}
    codes: list[str] = []
    for text in offences:
        codes.extend(c for c in by_text.get(text, ()) if c not in codes)
    return codes


def derived_category(codes: list[str]) -> str | None:
    table = offence_categories()
    found = [table.get(c) for c in codes]
    if not found or None in found:
        return None
    return "violent" if "violent" in found else "sexual" if "sexual" in found else "other"


def court_and_certificates(ev: Events, now: datetime | None = None) -> None:
    """now: the record will be cut at `now` (live): the child is not made to leave before it."""
    _offences(ev)
    charge = ev.first("charged")
    if charge is None:
        return
    decisions = [d for d in ev.of("bail_decision") if ev.at(d) >= ev.at(charge)]
    harm = _bail_grounds(ev, decisions)
    leaving = ev.first("released", "transferred")
    refusal = next((d for d in decisions if not d["granted"]), None)
    if refusal is not None and leaving is not None:
        _not_kept_long(ev, charge, refusal, leaving, now)
        _moved_in_time(ev, refusal, leaving)
    for request in ev.of("la_accommodation_requested"):
        if request["kind"] == "secure" and harm:
            request["serious_harm_reasons"] = _harm_reasons(charge)
    court = _court_fixed(ev, decisions, refusal, leaving) if decisions and leaving is not None else None
    for cert in ev.of("certificate_issued"):
        _certificate(ev, cert, charge, court, leaving)


def _offences(ev: Events) -> None:
    for e in ev.of("arrested", "charged"):
        e["offence_codes"] = offence_codes(e["offences"])
        if e["type"] == "charged":
            e["category"] = derived_category(e["offence_codes"]) or e["category"]


def _bail_grounds(ev: Events, decisions: list[Event]) -> bool:
    """serious_harm_to_public is not a s38(1) ground (withdrawn in 1.1): a real one instead;
    returns whether the officer's serious-harm belief was recorded that way."""
    harm = False
    for d in decisions:
        if "serious_harm_to_public" in d["grounds"]:
            harm = True
            rest = [g for g in d["grounds"] if g != "serious_harm_to_public"]
            extra = ev.rng.choice([g for g in REAL_GROUNDS if g not in rest] or ["commit_offence"])
            d["grounds"] = sorted({*rest, "commit_offence", extra})
    return harm


def _harm_reasons(charge: Event) -> str:
    offence = ", ".join(charge["offences"])
    return (f"charged with {offence}: a weapon was used and the victim was badly hurt; the child named "
            "the victim's family as the next target. Other local authority accommodation would not protect "
            "the public from serious injury from further such offences by the child.")


def _not_kept_long(ev: Events, charge: Event, refusal: Event, leaving: Event, now: datetime | None) -> None:
    """Charged late enough that the child leaves for court within [12 h] of the refusal.

    The charge, the refusal and what followed them move later together (never past the
    pre-charge limit); a post-charge review by a sergeant that thereby comes before the
    charge is taken by an inspector.
    """
    left, refused, charged = ev.at(leaving), ev.at(refusal), ev.at(charge)
    if left - refused <= POST_CHARGE_LIMIT - 15 * MINUTE:
        return
    rng = ev.rng
    arrest = ev.first("arrested")
    arrival = ev.first("arrived_at_station")
    rt = ev.at(arrest) + 24 * HOUR if arrest is not None else charged
    if arrival is not None:
        rt = min(rt, ev.at(arrival))
    delta = left - rng.randint(600, 690) * MINUTE - refused
    delta = min(delta, rt + 24 * HOUR - 30 * MINUTE - charged)
    if delta > timedelta(0):
        block = [e for e in ev.items if e["type"] in S38_TYPES and charged <= ev.at(e) < left]
        for e in block:
            ev.move(e, ev.at(e) + delta)
        for review in ev.of("review"):
            if charged <= ev.at(review) < charged + delta and review["rank"] == "sergeant":
                review["rank"] = "inspector"
                review["by"] = ev.by_near(ev.at(review), "Insp", f"Insp {rng.randint(40, 99)}")
    refused = ev.at(refusal)
    if left - refused > POST_CHARGE_LIMIT:  # charged at the pre-charge limit: the early escort
        earlier = refused + rng.randint(660, 715) * MINUTE
        if now is None or earlier > now:
            _leave_earlier(ev, leaving, earlier)


def _leave_earlier(ev: Events, leaving: Event, at: datetime) -> None:
    """The child leaves at `at` instead; what was to happen in between does not (a child told of
    a review on waking is told before leaving)."""
    left = ev.at(leaving)
    last_s38 = max(ev.at(e) for e in ev.items if e["type"] in S38_TYPES)
    if at <= last_s38 + 10 * MINUTE or at >= left or local_minute_of_day(at) < EARLIEST_ESCORT:
        return
    gone = [e for e in ev.items if at <= ev.at(e) < left and e["type"] not in AFTER_LEAVING]
    for e in gone:
        if e["type"] == "child_informed_of_review":  # still after the review it tells of
            reviews = [ev.at(r) for r in ev.of("review") if ev.at(r) < at]
            told = at - ev.rng.randint(5, 15) * MINUTE
            ev.move(e, max(told, reviews[-1] + MINUTE) if reviews else told)
        else:
            ev.items.remove(e)
    ids = {e.get("id") for e in ev.items}
    ev.items[:] = [e for e in ev.items if e["type"] != "correction" or e["corrects"] in ids]
    ev.move(leaving, at)


def _moved_in_time(ev: Events, refusal: Event, leaving: Event) -> None:
    """A place found: the child leaves within [120 min] of the answer (the answer came later)."""
    if leaving["type"] != "transferred" or leaving["to"] not in ("la_non_secure", "la_secure"):
        return
    left = ev.at(leaving)
    answer = next((r for r in ev.of("la_response")
                   if r["provided"] and ev.at(refusal) <= ev.at(r) < left), None)
    if answer is None or left - ev.at(answer) <= TRANSFER_WITHIN:
        return
    ev.move(answer, max(ev.at(answer), left - ev.rng.randint(40, 115) * MINUTE))


def _court_fixed(ev: Events, decisions: list[Event], refusal: Event | None, leaving: Event) -> Event | None:
    """The court and sitting at which the charged child is to be produced (s46)."""
    rng = ev.rng
    left = ev.at(leaving)
    decided = ev.at(refusal if refusal is not None else decisions[0])
    if leaving["type"] == "transferred" and leaving["to"] == "court":
        sitting = left + rng.randint(30, 60) * MINUTE
        if local_minute_of_day(left) < 9 * 60:  # an early escort: the court sits at 09:30 or 10:00
            court_opens = next_local(left, rng.choice((9 * 60 + 30, 10 * 60)))
            sitting = max(sitting, min(court_opens, left + 210 * MINUTE))
        appeared = [ev.at(a) for a in ev.of("appeared_in_court") if ev.at(a) >= left]
        if appeared:
            sitting = min(sitting, appeared[0])
    elif leaving["type"] == "transferred":
        sitting = _court_day(left + HOUR)
    elif refusal is None:  # bailed to the youth court
        sitting = _court_day(left + rng.randint(14, 28) * 24 * HOUR)
    else:
        return None
    at = min(decided + rng.randint(15, 45) * MINUTE, left - 5 * MINUTE)
    certs = [ev.at(c) for c in ev.of("certificate_issued") if ev.at(c) > decided]
    if certs:
        at = min(at, certs[0] - 5 * MINUTE)
    at = max(at, decided + MINUTE)
    return ev.add(at, "court_fixed", ev.by_near(at, "PS", leaving["by"]), court=YOUTH_COURT,
                  sitting_at=ev.render(sitting), first_sitting=True)


def _court_day(after: datetime) -> datetime:
    """10:00 London time on the first day from `after` that is not a Sunday."""
    sitting = next_local(after, 10 * 60)
    while sitting.astimezone(LONDON).weekday() == 6:
        sitting = next_local(sitting + HOUR, 10 * 60)
    return sitting


def _certificate(ev: Events, cert: Event, charge: Event, court: Event | None, leaving: Event | None) -> None:
    rng = ev.rng
    cert["officer_name"] = _officer_name(cert["by"])
    cert["officer_rank"] = "sergeant" if cert["by"].startswith("PS") else "inspector"
    if cert["ground"] == "no_secure_accommodation":
        cert["serious_harm_reasons"] = _harm_reasons(charge)
    if "court_imminent" in cert["reasons"] and court is not None and leaving is not None:
        sitting = datetime.fromisoformat(court["sitting_at"])
        at = ev.at(cert)
        if not (at < sitting and sitting - at <= COURT_WINDOW):
            earliest = max(at, sitting - COURT_WINDOW + 15 * MINUTE)
            latest = ev.at(leaving) - 10 * MINUTE
            if earliest <= latest:
                ev.move(cert, earliest + rng.randint(0, int((latest - earliest) / MINUTE)) * MINUTE)
        local = local_minute_of_day(sitting)
        cert["circumstances"] = (
            f"the child is due before {YOUTH_COURT} at {local // 60:02d}:{local % 60:02d}; a move to "
            "local authority accommodation now would deprive them of rest and risk their missing court")
    at = ev.at(cert)
    t = at + rng.randint(5, 50) * MINUTE
    ev.add(t, "certificate_endorsed", ev.by_near(t, "Insp", f"Insp {rng.randint(40, 99)}"),
           certificate=cert["id"], rank="inspector",
           note="case reviewed with the custody officer; certificate supported")
    if leaving is not None and leaving["type"] == "transferred" and leaving["to"] == "court":
        left = ev.at(leaving)
        produced = left + rng.randint(10, 25) * MINUTE
        appeared = [ev.at(a) for a in ev.of("appeared_in_court") if ev.at(a) >= left]
        if appeared:
            produced = min(produced, appeared[0] - MINUTE)
        ev.add(produced, "certificate_produced", leaving["by"], court=YOUTH_COURT,
               received_by=rng.choice(COURT_RECEIVERS))


def _officer_name(by: str) -> str:
    """A fictional name, the same for the same officer (`by`) in every record."""
    number = int("".join(ch for ch in by if ch.isdigit()) or "0")
    return f"{'ABCDEGHJKLMNPRST'[number % 16]}. {SURNAMES[number % len(SURNAMES)]}"

"""Compact builders of custody records for tests: a well-run detention with no findings,
and helpers to change it one thing at a time."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from custody_app.domain import Record, parse_document
from custody_app.rules import Assessment, Policy, evaluate

T0 = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)  # winter: GMT, no clock change near


def registered(store: Any, session: Any, pin: str = "2468") -> Any:
    """The session's user made in the store, once: the services check each action against
    the user as stored, never a role remembered at sign-in."""
    if session.username not in {u.username for u in store.list_users()}:
        store.create_user(session.username, session.display_name, session.role, pin)
    return session


def at(minutes: float, base: datetime = T0) -> str:
    return (base + timedelta(minutes=minutes)).isoformat()


def ev(etype: str, minutes: float, base: datetime = T0, by: str = "PS 2190", **fields: Any) -> dict[str, Any]:
    return {"type": etype, "at": at(minutes, base), "by": by, **fields}


def review(minutes: float, by: str = "Insp 77", **over: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "rank": "inspector", "mode": "in_person", "child_asleep": False,
        "representations": {"child": "wants to go home", "appropriate_adult": "asks for bail", "solicitor": None},
        "bail_considered": True, "welfare_considered": True, "outcome": "continue",
    }
    fields.update(over)
    return ev("review", minutes, by=by, **fields)


def observations(start: float, stop: float, step: float = 30) -> list[dict[str, Any]]:
    out = []
    m = start
    while m <= stop:
        out.append(ev("observation", m, by="DO 311", roused=False, response="settled"))
        m += step
    return out


def doc(events: list[dict[str, Any]], fmt: str = "custody-record/1", **child: Any) -> dict[str, Any]:
    c = {"surname": "Test", "forenames": "Sam", "date_of_birth": "2011-06-02", "age_in_doubt": False,
         "looked_after": False, "local_authority": None}
    c.update(child)
    numbered = []
    for i, e in enumerate(events):
        e = dict(e)
        e.setdefault("id", f"e{i + 1}")
        numbered.append(e)
    return {"format": fmt, "custody_number": "WK-26-000001", "suite": "Leamington Spa",
            "force": "Warwickshire Police", "child": c, "events": numbered}


def good_pre_charge_events() -> list[dict[str, Any]]:
    """Arrest 10:00, released 17:00 with every duty done in time: no findings."""
    return [
        ev("arrested", 0, by="PC 4411", offences=["theft"], reason="offence"),
        ev("arrived_at_station", 20),
        ev("detention_authorised", 30, grounds="to obtain evidence by questioning"),
        ev("risk_assessment", 35, flags=[], notes=None),
        ev("placement", 36, location="detention_room", reason="child"),
        ev("observation_level_set", 36, interval_minutes=30, rousing=False),
        ev("welfare_person_informed", 40, name="mother", relationship="parent"),
        ev("aa_requested", 40, name="mother", relationship="parent", contact="phone"),
        ev("drink", 60, by="DO 311"),
        ev("aa_arrived", 90, name="mother"),
        ev("rights_given", 95, aa_present=True),
        ev("interview_started", 180, aa_present=True, urgent_authorised_by=None),
        ev("interview_ended", 220),
        ev("meal", 300, by="DO 311", kind="main"),
        review(380),  # first review due 16:30 (A + 6 h)
        ev("released", 420, outcome="no_further_action"),
        ev("safeguarding_referral", 430, reference="REF-1"),
        *observations(60, 410),
    ]


def good_charged_events() -> list[dict[str, Any]]:
    """Charged, bail refused, non-secure accommodation asked for and provided: no findings."""
    base = [e for e in good_pre_charge_events() if e["type"] not in ("released", "safeguarding_referral", "observation")]
    return [
        *base,
        ev("charged", 390, offences=["robbery"], category="violent"),
        ev("bail_decision", 395, granted=False, grounds=["serious_harm_to_public"]),
        ev("la_accommodation_requested", 410, kind="non_secure", authority="Warwickshire CC", contact="EDT"),
        ev("la_response", 440, provided=True, kind="non_secure", reason="foster placement"),
        ev("transferred", 470, to="la_non_secure"),
        ev("safeguarding_referral", 480, reference="REF-2"),
        *observations(60, 450),
        ev("drink", 420, by="DO 311"),
    ]


def record(events: list[dict[str, Any]], fmt: str = "custody-record/1", **child: Any) -> Record:
    return parse_document(json.loads(json.dumps(doc(events, fmt, **child))))


def audit(events: list[dict[str, Any]], now: datetime | None = None, policy: Policy | None = None,
          fmt: str = "custody-record/1", **child: Any) -> Assessment:
    r = record(events, fmt, **child)
    p = policy or Policy()
    if now is None:
        return evaluate(r, datetime(2030, 1, 1, tzinfo=UTC), p, whole_record=True)
    return evaluate(r, now, p)


def codes(a: Assessment) -> list[str]:
    return [f.code for f in a.findings]


def replace(events: list[dict[str, Any]], etype: str, **changes: Any) -> list[dict[str, Any]]:
    """A copy with the first event of this type changed (None removes a field)."""
    out = copy.deepcopy(events)
    for e in out:
        if e["type"] == etype:
            for k, v in changes.items():
                if k == "minutes":
                    e["at"] = at(v)
                else:
                    e[k] = v
            return out
    raise KeyError(etype)


def without(events: list[dict[str, Any]], etype: str, all_of_them: bool = False) -> list[dict[str, Any]]:
    out = copy.deepcopy(events)
    if all_of_them:
        return [e for e in out if e["type"] != etype]
    for i, e in enumerate(out):
        if e["type"] == etype:
            del out[i]
            return out
    raise KeyError(etype)

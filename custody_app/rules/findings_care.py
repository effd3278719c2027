"""Duties of care from detention authorised: notifications, the appropriate adult,
healthcare, visits, food and drink, where the child is held, searches, interviews."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..domain import Event
from .assessment import Finding
from .facts import Facts
from .findings_base import finding
from .timecalc import after, show, show_duration

HEALTH_FLAGS = frozenset({"injury", "force_used", "self_harm", "suicide_history", "mental_health",
                          "alcohol", "drugs", "medical_condition"})


def _deadline_duty(f: Facts, code: str, anchor: datetime, minutes: int, policy_key: str,
                   done: Event | None, duty: str, anchor_words: str) -> list[Finding]:
    """Raised when the deadline has passed (before the child left) and the duty was not done by it.

    duty: "<subject>|<verb phrase>", e.g. "The appropriate adult|requested".
    """
    deadline = after(anchor, minutes=minutes)
    if not f.missed(deadline) or (done is not None and done.at <= deadline):
        return []
    subject, verb = duty.split("|")
    if done is not None:
        msg = f"{subject} {verb} {show_duration(done.at - anchor)} after {anchor_words} (allowed: {minutes} min)."
    else:
        msg = f"{subject} not {verb} in the {minutes} min after {anchor_words} ({show(anchor)})."
    return [finding(code, deadline, msg, {policy_key: minutes})]


def notifications(f: Facts) -> list[Finding]:
    auth = f.authorised
    if auth is None:
        return []
    p = f.policy
    out = _deadline_duty(f, "WELFARE_NOT_INFORMED", auth.at, p.welfare_notice_minutes, "welfare_notice_minutes",
                         f.first("welfare_person_informed"), "The person responsible for the child's welfare was|told",
                         "detention was authorised")
    if f.record.child.looked_after:
        out += _deadline_duty(f, "LA_NOT_INFORMED", auth.at, p.la_notice_minutes, "la_notice_minutes",
                              f.first("local_authority_informed"), "The local authority was|told",
                              "detention was authorised")
    out += _deadline_duty(f, "AA_NOT_REQUESTED", auth.at, p.aa_request_minutes, "aa_request_minutes",
                          f.first("aa_requested"), "An appropriate adult was|asked to attend", "detention was authorised")
    return out


def appropriate_adult(f: Facts) -> list[Finding]:
    p = f.policy
    out: list[Finding] = []
    request = f.first("aa_requested")
    arrival = f.first("aa_arrived")
    if request is not None:
        deadline = after(request.at, minutes=p.aa_arrival_within_minutes)
        delayed = f.missed(deadline) and (arrival is None or arrival.at > deadline)
        if delayed:
            if arrival is not None:
                msg = f"Appropriate adult arrived {show_duration(arrival.at - request.at)} after being requested."
            else:
                msg = (f"No appropriate adult had arrived {show_duration(f.end - request.at)} after being "
                       f"requested ({show(request.at)}).")
            out.append(finding("AA_DELAYED", deadline, msg, {"aa_arrival_within_minutes": p.aa_arrival_within_minutes}))
            if arrival is not None:
                interview = next((i for i in f.all("interview_started") if i.at >= arrival.at), None)
                if interview is not None and interview.at <= after(arrival.at, minutes=p.aa_interview_minutes):
                    out.append(finding(
                        "AA_TIMED_TO_INTERVIEW", interview.at,
                        f"The appropriate adult arrived {show_duration(arrival.at - request.at)} after being "
                        f"requested, and the interview began {show_duration(interview.at - arrival.at)} after "
                        "they arrived: attendance timed to the interview, not to the child's needs.",
                        {"aa_arrival_within_minutes": p.aa_arrival_within_minutes,
                         "aa_interview_minutes": p.aa_interview_minutes}, interview))
    if arrival is not None:
        with_aa = next((r for r in f.all("rights_given") if r["aa_present"]), None)
        out += _deadline_duty(f, "RIGHTS_NOT_GIVEN_WITH_AA", arrival.at, p.rights_with_aa_minutes,
                              "rights_with_aa_minutes", with_aa, "Rights were|given with the appropriate adult present",
                              "the appropriate adult arrived")
    for interview in f.all("interview_started"):
        if not interview["aa_present"] and not str(interview.get("urgent_authorised_by") or "").strip():
            out.append(finding("INTERVIEW_WITHOUT_AA", interview.at,
                               f"Interview started {show(interview.at)} without an appropriate adult and "
                               "with no urgent interview authorised.", event=interview))
    return out


def healthcare(f: Facts) -> list[Finding]:
    p = f.policy
    triggers: list[tuple[datetime, str]] = []
    auth = f.authorised
    if f.arrest.get("force_used") and auth is not None:
        triggers.append((auth.at, "force was used at arrest"))
    flagged = next((r for r in f.all("risk_assessment") if HEALTH_FLAGS.intersection(r["flags"])), None)
    if flagged is not None:
        flags = ", ".join(sorted(HEALTH_FLAGS.intersection(flagged["flags"]))).replace("_", " ")
        triggers.append((flagged.at, f"the risk assessment recorded {flags}"))
    request = f.first("healthcare_requested")
    out: list[Finding] = []
    for anchor, why in triggers:
        deadline = after(anchor, minutes=p.healthcare_request_minutes)
        if f.missed(deadline) and (request is None or request.at > deadline):
            when = (f"asked for {show_duration(request.at - anchor)} later" if request is not None
                    else "never asked for")
            out.append(finding("HEALTHCARE_NOT_REQUESTED", deadline,
                               f"Healthcare {when} after {why} ({show(anchor)}).",
                               {"healthcare_request_minutes": p.healthcare_request_minutes}))
    return out


def observation_interval(f: Facts, level: Event | None) -> int:
    cap = f.policy.observation_max_interval_minutes
    return cap if level is None else min(int(level["interval_minutes"]), cap)


def observation_deadlines(f: Facts) -> tuple[list[Finding], datetime | None]:
    """Visits (Code C 9.3): returns the findings and the next visit's due time without the grace."""
    auth = f.authorised
    if auth is None:
        return [], None
    p = f.policy
    grace = p.observation_grace_minutes
    policy = {"observation_max_interval_minutes": p.observation_max_interval_minutes,
              "observation_grace_minutes": grace}
    level: Event | None = None
    for ev in f.all("observation_level_set"):
        if f.before(ev, auth):
            level = ev
    last = auth.at
    interval = timedelta(minutes=observation_interval(f, level))
    grace_delta = timedelta(minutes=grace)
    due = last + interval
    out: list[Finding] = []
    for ev in f.events[f.pos(auth) + 1:]:
        if ev.type == "observation_level_set":
            interval = timedelta(minutes=observation_interval(f, ev))
            due = min(due, ev.at + interval)
        elif ev.type == "observation":
            deadline = due + grace_delta
            if ev.at > deadline:
                out.append(finding("OBSERVATION_MISSED", deadline,
                                   f"No visit from {show(last)} to {show(ev.at)} "
                                   f"({show_duration(ev.at - last)}); a visit was due by {show(due)}.", policy))
            last = ev.at
            due = last + interval
    deadline = after(due, minutes=grace)
    if f.missed(deadline):
        out.append(finding("OBSERVATION_MISSED", deadline,
                           f"No visit since {show(last)}: a visit was due by {show(due)}.", policy))
    return out, (due if f.left_at is None else None)


def food_and_drink(f: Facts) -> tuple[list[Finding], datetime | None]:
    auth = f.authorised
    if auth is None:
        return [], None
    hours = f.policy.food_drink_gap_hours
    last = auth.at
    out: list[Finding] = []
    offers = sorted(f.all("meal") + f.all("drink"), key=f.pos)
    for ev in offers:
        if ev.at < auth.at:
            continue
        deadline = after(last, hours=hours)
        if ev.at > deadline:
            out.append(finding("FOOD_DRINK_GAP", deadline,
                               f"{show_duration(ev.at - last)} without food or drink offered "
                               f"(from {show(last)} to {show(ev.at)}).", {"food_drink_gap_hours": hours}))
        last = ev.at
    deadline = after(last, hours=hours)
    if f.missed(deadline):
        out.append(finding("FOOD_DRINK_GAP", deadline,
                           f"Nothing to eat or drink offered since {show(last)}.", {"food_drink_gap_hours": hours}))
    return out, (deadline if f.left_at is None else None)


def placement_and_search(f: Facts) -> list[Finding]:
    out: list[Finding] = []
    for ev in f.all("placement"):
        if ev["location"] in ("juvenile_cell", "adult_cell") and not str(ev["reason"]).strip():
            where = ev["location"].replace("_", " ")
            out.append(finding("CELL_WITHOUT_REASON", ev.at, f"Placed in an {where} with no reason recorded."
                               if where.startswith("adult") else f"Placed in a {where} with no reason recorded.",
                               event=ev))
        if ev.get("with_adult"):
            out.append(finding("HELD_WITH_ADULT", ev.at, "The child was placed with an adult detainee.", event=ev))
    for ev in f.all("strip_search"):
        if not ev["aa_present"] and not str(ev.get("urgent_without_aa_reason") or "").strip():
            out.append(finding("STRIP_SEARCH_WITHOUT_AA", ev.at,
                               "Strip search without an appropriate adult and no urgent reason recorded.", event=ev))
    return out

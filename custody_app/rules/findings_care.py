"""Duties of care from detention authorised: notifications, the appropriate adult,
healthcare, visits, food and drink, where the child is held, searches, interviews."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..domain import Event
from .assessment import Finding
from .facts import Facts
from .findings_base import finding
from .policy import Policy
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
    child = f.record.child
    if f.v11 and str(child.responsible_officer or "").strip():
        out += _deadline_duty(f, "RESPONSIBLE_OFFICER_NOT_INFORMED", auth.at, p.responsible_officer_notice_minutes,
                              "responsible_officer_notice_minutes", f.first("responsible_officer_informed"),
                              f"The responsible officer ({child.responsible_officer}) was|told",
                              "detention was authorised")
    if f.v11 and child.sex == "female":
        out += _deadline_duty(f, "GIRL_NOT_IN_CARE_OF_WOMAN", auth.at, p.woman_responsible_minutes,
                              "woman_responsible_minutes", f.first("woman_responsible_named"),
                              "A woman responsible for the girl's care was|named", "detention was authorised")
    out += _deadline_duty(f, "AA_NOT_REQUESTED", auth.at, p.aa_request_minutes, "aa_request_minutes",
                          f.first("aa_requested"), "An appropriate adult was|asked to attend", "detention was authorised")
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
    return interval_in_force(f.policy, level)


def interval_in_force(policy: Policy, level: Event | None) -> int:
    """Minutes between visits under `level` (the last observation level set): never more than
    the child cap; the cap itself when none is set."""
    cap = policy.observation_max_interval_minutes
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


def rousing(f: Facts) -> list[Finding]:
    """ROUSING_MISSED: a visit that neither roused the child nor found them awake and talking,
    under a level that requires rousing (the last level set before the visit in at order)."""
    auth = f.authorised
    if auth is None:
        return []
    out = []
    level: Event | None = None
    for ev in f.events:
        if ev.type == "observation_level_set" and ev.known:
            level = ev
        elif ev.type == "observation" and ev.known and f.before(auth, ev):
            if level is not None and level["rousing"] and not ev["roused"] and not ev.get("awake_and_spoke"):
                out.append(finding("ROUSING_MISSED", ev.at,
                                   f"The visit at {show(ev.at)} did not rouse the child, and rousing was required "
                                   f"(level set {show(level.at)}).", event=ev))
    return out

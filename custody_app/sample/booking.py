"""Arrest, booking in, notifications, the appropriate adult, health, legal advice, interviews."""

from __future__ import annotations

from .people import DUTY_SOLICITORS, GROUNDS, HEALTHCARE, VOLUNTEER_AAS
from .state import State

HEALTH_TRIGGERS = ("injury", "force_used", "self_harm", "suicide_history", "mental_health",
                   "alcohol", "drugs", "medical_condition")
FLAG_CHANCES = (("alcohol", 0.09), ("drugs", 0.06), ("self_harm", 0.05), ("mental_health", 0.08),
                ("learning_disability", 0.05), ("injury", 0.04), ("medical_condition", 0.05),
                ("suicide_history", 0.02))


def arrest_and_book(st: State, force_used: bool) -> int:
    """Arrest to rights; returns the minute from which the child can be interviewed."""
    rng, log = st.rng, st.log
    reason = "offence"
    if st.outcome == "court":
        reason = "breach_of_court_bail"
    elif rng.random() < 0.03:
        reason = "breach_of_police_bail"
    offences = [st.offence.text] if reason != "breach_of_court_bail" else [
        "breach of court bail conditions (Bail Act 1976 s7)"]
    arrest = log.add(0, "arrested", st.staff.arresting, offences=offences, reason=reason)
    if force_used or rng.random() < 0.5:
        arrest["outside_force_area"] = False
        arrest["force_used"] = force_used
    st.arrival = rng.randint(10, 40)
    log.add(st.arrival, "arrived_at_station", st.staff.arresting)
    a = st.authorised = st.arrival + rng.randint(5, 15)
    log.add(a, "detention_authorised", st.sergeant(a), grounds=rng.choice(GROUNDS))

    st.flags = [f for f, p in FLAG_CHANCES if rng.random() < p]
    if force_used:
        st.flags.append("force_used")
    ra = a + rng.randint(2, 10)
    notes = "no concerns raised" if not st.flags else "see flags; child spoken to with care"
    log.add(ra, "risk_assessment", st.sergeant(ra), flags=list(st.flags),
            notes=notes if rng.random() < 0.8 else None)
    place = ra + rng.randint(1, 4)
    _placement(st, place)
    if "alcohol" in st.flags or "drugs" in st.flags:
        level = (15, True)
    elif {"self_harm", "suicide_history", "mental_health"} & set(st.flags):
        level = (15, False)
    else:
        level = (30, False)
    st.levels.append((place, *level))
    log.add(place, "observation_level_set", st.sergeant(place), interval_minutes=level[0],
            rousing=level[1])
    if level[1]:
        sober = place + rng.randint(300, 480)
        st.levels.append((sober, 30, False))
        log.add(sober, "observation_level_set", st.sergeant(sober), interval_minutes=30,
                rousing=False, note="child sober; observations reviewed")
    if rng.random() < 0.6:
        log.add(ra + 1, "rights_given", st.sergeant(ra + 1), aa_present=False,
                note="to be repeated with the appropriate adult")
    _healthcare(st, a, ra, force_used)
    return _notify_and_aa(st)


def _placement(st: State, t: int) -> None:
    rng = st.rng
    if "cell_without_reason" in st.defects:
        st.log.add(t, "placement", st.sergeant(t), location="juvenile_cell", reason="")
    elif rng.random() < 0.7:
        st.log.add(t, "placement", st.sergeant(t), location="detention_room", reason="child")
    else:
        reason = rng.choice(("both detention rooms occupied by other children",
                             "detention room out of use (damaged)",
                             "child's behaviour: damaging the detention room"))
        body = st.log.add(t, "placement", st.sergeant(t), location="juvenile_cell", reason=reason)
        if rng.random() < 0.5:
            body["with_adult"] = False


def _healthcare(st: State, a: int, ra: int, force_used: bool) -> None:
    rng, log = st.rng, st.log
    triggers = [f for f in st.flags if f in HEALTH_TRIGGERS]
    if not triggers and not force_used:
        return
    anchor = a if force_used else ra
    late = "late_healthcare" in st.defects
    req = anchor + (rng.randint(70, 180) if late else rng.randint(5, 45))
    what = "force used at arrest" if force_used else ", ".join(triggers).replace("_", " ")
    log.add(req, "healthcare_requested", st.sergeant(req), reason=what)
    seen = req + rng.randint(30, 120)
    log.add(seen, "healthcare_seen", rng.choice(HEALTHCARE), professional=rng.choice(HEALTHCARE),
            fit_to_detain=True, fit_to_interview=rng.random() < 0.9)
    if {"mental_health", "learning_disability"} & set(st.flags):
        t = seen + rng.randint(10, 60)
        log.add(t, "liaison_diversion_referred", st.sergeant(t))


def _notify_and_aa(st: State) -> int:
    rng, log, a, k = st.rng, st.log, st.authorised, st.knobs
    if st.looked_after:
        welfare = rng.choice((("Karen Doyle", "foster carer"), ("Mark Ellison", "residential care manager"),
                              ("Deborah Shaw", "foster carer")))
    else:
        welfare = rng.choice((("mother", "parent"), ("mother", "parent"), ("father", "parent"),
                              ("grandmother", "guardian"), ("aunt", "other")))
    wt = a + (rng.randint(75, 240) if "late_welfare" in st.defects else rng.randint(5, 45))
    log.add(wt, "welfare_person_informed", st.sergeant(wt), name=welfare[0], relationship=welfare[1])
    if st.looked_after:
        lt = a + (rng.randint(75, 200) if "late_la" in st.defects else rng.randint(10, 50))
        log.add(lt, "local_authority_informed", st.sergeant(lt),
                name="Emergency Duty Team, children's services")

    if st.looked_after:
        relationship = rng.choice(("social_worker", "social_worker", "volunteer"))
    else:
        relationship = rng.choices(("parent", "volunteer", "guardian", "youth_offending_team",
                                    "other_adult"), (60, 28, 5, 4, 3))[0]
    req = a + (rng.randint(70, 150) if "late_aa_request" in st.defects else rng.randint(10, 50))
    if relationship == "parent" and "late_aa_request" not in st.defects:
        req = wt
    if relationship == "parent" and rng.random() < 0.2:
        failed = max(a + 5, req - rng.randint(5, 20))
        log.add(failed, "aa_contact_failed", st.sergeant(failed), name=welfare[0],
                outcome=rng.choice(("no_answer", "refused")))
        relationship = "volunteer"
        req = failed + rng.randint(5, 20)
    if relationship == "parent":
        name = f"{welfare[0]} ({rng.choice(('Mrs', 'Mr', 'Ms'))} {rng.choice(('Lee', 'Ford', 'Gill'))})"
    elif relationship == "volunteer":
        name = rng.choice(VOLUNTEER_AAS)
    elif relationship == "social_worker":
        name = rng.choice(("Hannah Price (EDT social worker)", "Gareth Lyons (social worker)"))
    else:
        name = rng.choice(("Paula Reid", "Simon Kerr (YOT)", "Ann Marsh"))
    st.aa_name = name
    log.add(req, "aa_requested", st.sergeant(req), name=name, relationship=relationship,
            contact=rng.choice(("phone", "AA scheme rota", None, "mobile")))
    if k.aa_delay is not None:
        delay = k.aa_delay
    elif "late_aa" in st.defects:
        delay = rng.randint(130, 360)
    else:
        delay = rng.randint(20, 110)
    arrived = req + delay
    log.add(arrived, "aa_arrived", st.sergeant(arrived), name=name)
    st.aa_spells.append((arrived, 10**9))
    rights = arrived + (rng.randint(40, 120) if "no_rights_with_aa" in st.defects else rng.randint(3, 25))
    log.add(rights, "rights_given", st.sergeant(rights), aa_present=True)
    ready = rights
    if rng.random() < (0.6 if st.outcome == "court" else 0.85):
        st.solicitor = rng.choice(DUTY_SOLICITORS)
        log.add(rights, "solicitor_requested", st.sergeant(rights), name=st.solicitor)
        came = rights + rng.randint(30, 150)
        log.add(came, "solicitor_arrived", st.sergeant(came), name=st.solicitor)
        ready = came
    if "drug" in st.offence.text and rng.random() < 0.3:
        t = rights + rng.randint(2, 12)
        log.add(t, "strip_search", st.sergeant(t), aa_present=True, authorised_by=st.inspector(t),
                reason="reasonable grounds to suspect drugs concealed", urgent_without_aa_reason=None)
    return ready


def interviews(st: State, ready: int, asleep_review: bool) -> int:
    """Interviews with the AA present; returns when the last ended."""
    rng, log = st.rng, st.log
    wait = rng.randint(0, 90) if st.outcome.startswith("refused") else (
        rng.randint(30, 240) if st.offence.serious else rng.randint(0, 180))
    start = ready + rng.randint(20, 60) + wait
    limit = st.arrival + 21 * 60
    if st.is_night(start) or st.clock.local_minute_of_day(start) < 8 * 60 + 30 or asleep_review:
        start = min(st.next_morning(start, 9 * 60) + rng.randint(0, 90), max(limit, start))
    if st.knobs.interview_at is not None:
        start = max(ready + rng.randint(10, 30), st.knobs.interview_at)
    if start - ready > 4 * 60:  # the AA goes home and comes back
        left = ready + rng.randint(15, 45)
        back = start - rng.randint(15, 40)
        if back > left + 60:
            log.add(left, "aa_left", st.sergeant(left), name=st.aa_name)
            log.add(back, "aa_arrived", st.sergeant(back), name=st.aa_name)
            st.aa_spells = [(st.aa_spells[0][0], left), (back, 10**9)]
    rounds = 2 if rng.random() < (0.5 if st.offence.serious else 0.2) else 1
    if start > st.arrival + 18 * 60:
        rounds = 1
    end = start
    for _ in range(rounds):
        log.add(start, "interview_started", st.staff.arresting, aa_present=True,
                urgent_authorised_by=None)
        end = start + rng.randint(25, 90)
        log.add(end, "interview_ended", st.staff.arresting)
        st.busy.append((start, end, "in interview with AA"))
        start = end + rng.randint(60, 180)
    return end

"""How the detention ends: release, charge and bail, or refusal and the s38(6) duty."""

from __future__ import annotations

from .clock import DAY
from .state import State

NIGHT_CHARGE_FROM = 21 * 60  # remands are often charged late, for the morning court


def decide(st: State, after: int) -> None:
    """The charge or release decision after `after` (the last interview or the booking); sets st.end."""
    rng, k = st.rng, st.knobs
    if st.outcome == "court":
        _to_court(st, after)
        return
    remand = st.outcome.startswith("refused")
    dec = after + (rng.randint(30, 240) if remand else rng.randint(15, 150))
    limit = st.arrival + 24 * 60 - 30
    if remand and st.outcome != "refused_transfer":
        m = st.clock.local_minute_of_day(dec)
        night = st.clock.next_local(dec, NIGHT_CHARGE_FROM) + rng.randint(0, 90)
        if 15 * 60 + 30 <= m < NIGHT_CHARGE_FROM and night <= limit:
            dec = night
    dec = max(min(dec, limit), after + rng.randint(10, 30))
    if k.decision_at is not None:
        dec = max(k.decision_at, after + rng.randint(10, 30))
    dec += k.extra_wait
    if st.outcome in ("no_further_action", "released_under_investigation", "bail"):
        st.end = dec
        st.log.add(dec, "released", st.sergeant(dec), outcome=st.outcome)
        return
    st.charged = dec
    st.log.add(dec, "charged", st.sergeant(dec), offences=[st.offence.text],
               category=st.offence.category)
    decision = dec + rng.randint(5, 20)
    if st.outcome == "charged_bailed":
        st.log.add(decision, "bail_decision", st.sergeant(decision), granted=True, grounds=[])
        st.end = decision + rng.randint(10, 40)
        st.log.add(st.end, "released", st.sergeant(st.end), outcome="charged_bailed")
        return
    st.refused = decision
    if st.outcome == "refused_secure":
        grounds = ["serious_harm_to_public", "commit_offence"]
    else:
        grounds = sorted(rng.sample(("commit_offence", "fail_to_surrender", "interfere_with_justice",
                                     "own_protection"), rng.randint(1, 2)))
    st.log.add(decision, "bail_decision", st.sergeant(decision), granted=False, grounds=grounds)
    _accommodation(st, decision)


def _accommodation(st: State, refused: int) -> None:
    rng, log, k = st.rng, st.log, st.knobs
    secure = st.outcome == "refused_secure"
    kind = "secure" if secure else "non_secure"
    authority = "Warwickshire County Council"
    req = refused + rng.randint(10, 50)
    log.add(req, "la_accommodation_requested", st.sergeant(req), kind=kind, authority=authority,
            contact=rng.choice(("Emergency Duty Team", "EDT duty manager", None)))
    resp = req + (k.la_response_delay if k.la_response_delay is not None else rng.randint(30, 150))
    if st.outcome == "refused_transfer":
        log.add(resp, "la_response", st.sergeant(resp), provided=True, kind="non_secure",
                reason=rng.choice(("emergency foster placement found",
                                   "bed at a children's home in Nuneaton")))
        st.end = resp + (k.leave_delay if k.leave_delay is not None else rng.randint(45, 180))
        log.add(st.end, "transferred", st.sergeant(st.end), to="la_non_secure")
        return
    reason = ("no secure bed available in the region" if secure
              else rng.choice(("no foster or residential placement available tonight",
                               "no emergency placement available")))
    log.add(resp, "la_response", st.sergeant(resp), provided=False, kind=None, reason=reason)
    esc = resp + (k.escalation_delay if k.escalation_delay is not None else rng.randint(10, 50))
    if secure:
        log.add(esc, "escalated", st.sergeant(esc), to="superintendent",
                outcome="superintendent spoke to the council's head of service: no secure bed")
    else:
        log.add(esc, "escalated", st.sergeant(esc), to="duty_inspector",
                outcome="inspector called the EDT manager: nothing available")
    if rng.random() < 0.5:
        esc += rng.randint(20, 60)
        log.add(esc, "escalated", st.sergeant(esc), to="la_senior_manager",
                outcome="senior manager confirmed nothing available before court")
    cert = esc + (k.certificate_delay if k.certificate_delay is not None else rng.randint(20, 90))
    court = _court_time(st, refused)
    if secure:
        log.add(cert, "certificate_issued", st.sergeant(cert), ground="no_secure_accommodation",
                circumstances="no secure accommodation available in the region; other "
                "accommodation would not protect the public from serious harm from the child",
                reasons=["no_secure_available", "serious_harm_to_public"],
                accommodation_required="secure")
    else:
        reasons = ["court_imminent"]
        if st.clock.instant(cert).month in (12, 1, 2) and rng.random() < 0.3:
            reasons.append("weather_or_transport_impossible")
        log.add(cert, "certificate_issued", st.sergeant(cert), ground="impracticable",
                circumstances="the child appears at the youth court this morning; a move now would "
                "deprive them of rest and risk missing court",
                reasons=reasons, accommodation_required="non_secure")
    st.end = max(court, cert + (k.leave_delay if k.leave_delay is not None else rng.randint(30, 90)))
    log.add(st.end, "transferred", st.sergeant(st.end), to="court")
    _maybe_court(st)


def _court_time(st: State, t: int) -> int:
    """When the child is taken to the youth court: this afternoon, or the next morning."""
    m = st.clock.local_minute_of_day(t)
    if 6 * 60 <= m < 14 * 60 or (m < 17 * 60 and t - st.arrival > 14 * 60):
        return t + st.rng.randint(60, 120)
    return st.next_morning(t, 8 * 60 + 40) + st.rng.randint(0, 40)


def _to_court(st: State, after: int) -> None:
    rng = st.rng
    m = st.clock.local_minute_of_day(st.arrival)
    if 6 * 60 <= m < 11 * 60:
        end = st.arrival + rng.randint(150, 300)
    else:
        end = st.next_morning(st.arrival, 8 * 60 + 45) + rng.randint(0, 45)
    end = max(min(end, DAY - rng.randint(20, 60)), after + rng.randint(20, 60)) + st.knobs.extra_wait
    st.end = end
    st.log.add(end, "transferred", st.sergeant(end), to="court")
    _maybe_court(st)


def _maybe_court(st: State) -> None:
    if st.rng.random() < 0.4:
        t = st.end + st.rng.randint(60, 240)
        st.log.add(t, "appeared_in_court", st.sergeant(t), note="youth court")

"""Care in the suite: visits, food and drink, reviews, notes, corrections, the referral."""

from __future__ import annotations

from .people import ASLEEP_RESPONSES, AWAKE_RESPONSES, NOTES, ROUSED_RESPONSES
from .state import State

MEALS = ((8 * 60, "light"), (12 * 60 + 30, "main"), (17 * 60 + 30, "main"), (20 * 60 + 45, "light"))


def visits(st: State) -> None:
    """Observations from detention authorised to leaving, with food and drink on the way."""
    rng, log, clock = st.rng, st.log, st.clock
    t = st.authorised
    end = st.end
    lo_f, hi_f = st.knobs.visit_gap
    missed: list[int] = []
    if "missed_visits" in st.defects and end - t > 3 * 60:
        missed = sorted(rng.randint(t + 60, end - 60) for _ in range(rng.randint(1, 3)))
    no_food: tuple[int, int] = (0, 0)
    if "food_gap" in st.defects and end - t > 11 * 60:
        w = rng.randint(t, end - 10 * 60)
        no_food = (w, w + rng.randint(8 * 60 + 15, 9 * 60 + 30))
    last_fd = t
    drink_after = rng.randint(60, 150)
    prev_local = clock.local_abs(t)
    while True:
        interval = min(st.level_at(t)[0], 30)
        if missed and t >= missed[0]:
            missed.pop(0)
            gap = interval + rng.randint(10, 40)
        else:
            gap = rng.randint(max(2, round(interval * lo_f)), max(2, round(interval * hi_f)))
            gap = min(gap, interval)
        t += gap
        if t >= end:
            break
        _, rousing = st.level_at(t)
        busy = st.busy_with(t)
        asleep = busy is None and st.is_night(t)
        if busy:
            response = busy
        elif asleep:
            response = rng.choice(ROUSED_RESPONSES if rousing else ASLEEP_RESPONSES)
        else:
            response = rng.choice(AWAKE_RESPONSES)
        obs = log.add(t, "observation", st.detention_officer(t), roused=asleep and rousing,
                      response=response)
        if rng.random() < 0.03:
            log.late(obs, rng.randint(5, 25))
        local = clock.local_abs(t)
        if no_food[0] <= t < no_food[1]:
            prev_local = local
            continue
        meal = next((kind for m, kind in MEALS if (local - m) // 1440 > (prev_local - m) // 1440), None)
        prev_local = local
        if meal and not asleep and rng.random() < 0.92:
            log.add(t, "meal", st.detention_officer(t), kind=meal)
            last_fd = t
        elif (not asleep and t - last_fd >= drink_after) or t - last_fd >= 6 * 60 + 30:
            log.add(t, "drink", st.detention_officer(t),
                    **({"note": "woke; offered a drink"} if asleep else {}))
            last_fd = t
            drink_after = rng.randint(60, 150)
        elif not asleep and busy is None and rng.random() < 0.004:
            log.add(t, "exercise", st.detention_officer(t), note="exercise yard, 15 minutes")


def reviews(st: State, asleep_review: bool) -> None:
    """PACE s40 reviews at their due times (A + 6 h, then 9 h after each) until the child leaves."""
    rng, log, k = st.rng, st.log, st.knobs
    due = st.authorised + 6 * 60
    late_k = rng.randint(0, 1) if "late_review" in st.defects else -1
    sergeant_k = 0 if "sergeant_review" in st.defects else -1
    no_reps_k = rng.randint(0, 1) if "no_representations" in st.defects else -1
    not_centred_k = rng.randint(0, 1) if "not_child_centred" in st.defects else -1
    night_done = not asleep_review
    n = 0
    base = st.authorised
    while due < st.end:
        if n in k.review_shift:
            done = due + k.review_shift[n]
        elif n == late_k:
            done = due + rng.randint(20, 150)
        else:
            done = due - rng.randint(0, 30)
        if not night_done:
            night = st.next_morning(base, 22 * 60 + 45) if not st.is_night(base) else base + 30
            if night <= due:
                done = max(night, due - rng.randint(0, 20)) if due < night + 7 * 60 else \
                    night + rng.randint(15, 300)
        if done >= st.end:
            break
        if n not in k.review_shift and n != late_k and rng.random() < 0.05 and due - base > 120:
            p = due - rng.randint(30, 90)
            log.add(p, "review_postponed", st.inspector(p), reason="child in consultation with solicitor")
            done = due + rng.randint(10, 45)
            if done >= st.end:
                break
        asleep = st.is_night(done) and st.busy_with(done) is None and (
            not night_done or rng.random() < 0.5) and done + 30 < st.end
        _review(st, n, done, asleep, sergeant=n == sergeant_k, no_reps=n == no_reps_k,
                not_centred=n == not_centred_k)
        if asleep:
            night_done = True
            wake = st.next_morning(done, 7 * 60) + rng.randint(0, 45)
            told = min(wake, st.end - rng.randint(5, 25))
            if told > done:
                log.add(told, "child_informed_of_review", st.sergeant(told))
        base = min(done, due)
        due = base + 9 * 60
        n += 1


def _review(st: State, n: int, t: int, asleep: bool, *, sergeant: bool, no_reps: bool,
            not_centred: bool) -> None:
    rng = st.rng
    pre_charge = st.charged is None or t < st.charged
    if sergeant or (not pre_charge and rng.random() < 0.8):
        rank, by = "sergeant", st.sergeant(t)
    else:
        rank, by = rng.choices(("inspector", "superintendent"), (97, 3))[0], st.inspector(t)
    aa_here = st.aa_present(t)
    child = None if asleep or no_reps else rng.choice(
        ("wants to go home", "no comment", "asked when they can leave", "says they are being treated well"))
    aa = rng.choice(("asks for bail", "asks that the child be released", "content with progress",
                     "concerned about how long this is taking"))
    st.log.add(t, "review", by, rank=rank, mode=rng.choices(("in_person", "video", "telephone"),
                                                             (60, 30, 10))[0],
               child_asleep=asleep,
               representations={"child": child,
                                "appropriate_adult": aa if aa_here or rng.random() < 0.3 else None,
                                "solicitor": "asks for bail" if st.solicitor and rng.random() < 0.5 else None},
               bail_considered=True, welfare_considered=not not_centred, outcome="continue")


def paperwork(st: State) -> None:
    """Notes, a correction now and then, and the safeguarding referral."""
    rng, log = st.rng, st.log
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        t = rng.randint(st.authorised, st.end)
        log.add(t, "note", st.sergeant(t), text=rng.choice(NOTES))
    if "no_safeguarding" not in st.defects:
        t = max(st.authorised + 30, st.end + rng.randint(-120, 600))
        log.add(t, "safeguarding_referral", st.sergeant(t), reference=f"CRA-{rng.randint(10000, 99999)}")
    if rng.random() < 0.15:
        _correction(st)


def _correction(st: State) -> None:
    rng, log = st.rng, st.log
    candidates = [e for e in log.entries if e.body["type"] in ("observation", "welfare_person_informed")]
    if not candidates:
        return
    target = rng.choice(candidates).body
    t = log.recorded_at(target) + rng.randint(10, 240)
    if target["type"] == "observation":
        fields: dict[str, object] = {"response": "awake, settled (time of visit confirmed)"}
        reason = "wrong response recorded at the visit"
    else:
        fields = {"name": "mother (Mrs Lee)", "relationship": "parent"}
        reason = "wrong person recorded"
    log.add(t, "correction", st.sergeant(t), corrects=target["id"], fields=fields, reason=reason)

"""The PACE clocks: relevant time, the pre-charge detention limit, the review schedule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain import Event
from .assessment import Finding, ReviewSlot
from .facts import Facts
from .findings_base import finding
from .laspo import laspo_limit
from .timecalc import after, show, show_duration

SENIOR_RANKS = ("superintendent", "higher")
NO_EXTENSION_REASONS = ("breach_of_court_bail", "warrant", "breach_of_remand_conditions")


@dataclass(frozen=True)
class RelevantTime:
    at: datetime | None
    rule: str


def relevant_time(f: Facts) -> RelevantTime:
    """PACE s41(2): the earlier of arrival at the (first) station and 24 h after arrest."""
    arrest = f.arrest
    cap = after(arrest.at, hours=24)
    outside = bool(arrest.get("outside_force_area"))
    arrival = f.arrival
    if arrival is None or arrival.at > cap:
        if f.now >= cap or arrival is not None:
            return RelevantTime(cap, ("PACE s41(2)(a), (3)" if outside else "PACE s41(2)(d)")
                                + ": 24 hours after arrest (earlier than arrival at the station)")
        return RelevantTime(None, "not yet known: no arrival at the station yet "
                                  "(at the latest 24 hours after arrest)")
    if outside:
        return RelevantTime(arrival.at, "PACE s41(2)(a), (3): arrival at the first station in the area of "
                                        "the force that wants the child (arrested outside it, not questioned there)")
    return RelevantTime(arrival.at, "PACE s41(2)(d): arrival at the station")


# --- reviews -----------------------------------------------------------------

@dataclass
class ReviewSchedule:
    slots: list[ReviewSlot] = field(default_factory=list)
    next_due: datetime | None = None
    findings: list[Finding] = field(default_factory=list)
    s40_reviews: list[Event] = field(default_factory=list)


def review_schedule(f: Facts) -> ReviewSchedule:
    """PACE s40: first review 6 h after detention was authorised, then 9 h after
    min(actual time, due time) of the previous one. An early review pulls the next
    one earlier; a late (postponed) one does not push it later."""
    out = ReviewSchedule()
    auth = f.authorised
    if auth is None:
        return out
    reviews = [r for r in f.all("review") if not f.before(r, auth)]
    out.s40_reviews = reviews
    postponements = [p for p in f.all("review_postponed") if str(p.get("reason") or "").strip()]
    due = after(auth.at, hours=6)
    previous: Event | None = None
    left = f.left_at
    for k in range(len(reviews) + 1):
        done = reviews[k] if k < len(reviews) else None
        if done is None and left is not None and due >= left:
            break  # the schedule ends when the child leaves police detention
        postponed = any(
            (p.at >= auth.at if previous is None else p.at > previous.at) and p.at <= due
            for p in postponements
        )
        late = done.at > due if done is not None else f.missed(due)
        if late and not postponed:
            if done is not None:
                msg = (f"Review {k + 1} was due {show(due)}; done {show_duration(done.at - due)} late, "
                       "with no postponement recorded.")
            else:
                msg = f"Review {k + 1} was due {show(due)} and had not been done."
            out.findings.append(finding("REVIEW_OVERDUE", due, msg, event=done))
        out.slots.append(ReviewSlot(k + 1, due, done.at if done else None,
                                    done.index if done else None, postponed))
        if done is None:
            if left is None:
                out.next_due = due
            break  # a due time with no review at all: the schedule stops there
        due = after(min(done.at, due), hours=9)
        previous = done
    return out


# --- the detention limit ------------------------------------------------------

@dataclass
class Limit:
    at: datetime | None  # the limit as it stood when pre-charge detention ended, or stands now
    findings: list[Finding] = field(default_factory=list)
    ended: bool = False  # pre-charge detention has ended (charge or leaving)

    @property
    def met(self) -> bool | None:
        """False once exceeded; True when pre-charge detention ended within it; None while it runs."""
        if self.at is None:
            return None
        if any(x.code == "DETENTION_LIMIT_EXCEEDED" for x in self.findings):
            return False
        return True if self.ended else None


def detention_limit(f: Facts, rt: RelevantTime, schedule: ReviewSchedule) -> Limit:
    """PACE s41-s44 (and Bail Act s7 for breach of court bail); only valid grants move it."""
    out = Limit(None)
    reason = f.arrest["reason"]
    grants = sorted(f.all("extension_authorised") + f.all("warrant_of_further_detention"), key=f.pos)
    second_review = schedule.s40_reviews[1] if len(schedule.s40_reviews) > 1 else None
    valid: list[Event] = []
    for g in grants:
        problem = _grant_problem(g, reason, rt, second_review, f)
        if problem:
            out.findings.append(finding("EXTENSION_INVALID", g.at, problem, event=g))
        else:
            valid.append(g)
    if reason == "warrant":
        return out
    if reason == "breach_of_court_bail":
        limit = after(f.arrest.at, hours=24)
    elif reason == "breach_of_remand_conditions":
        limit = laspo_limit(f.arrest.at)
    elif rt.at is None:
        return out
    else:
        limit = after(rt.at, hours=24)
    charge = f.first_charge
    ends = [t for t in (charge.at if charge else None, f.left_at) if t is not None]
    pre_charge_end = min(ends) if ends else f.now
    out.ended = bool(ends)
    raised: set[datetime] = set()

    def exceeded(at: datetime) -> None:
        if at not in raised:
            raised.add(at)
            out.findings.append(finding(
                "DETENTION_LIMIT_EXCEEDED", at,
                f"Still in pre-charge detention after the limit of {show(at)}"
                + (f" ({show_duration(pre_charge_end - at)} over)." if pre_charge_end > at else ".")))

    for g in valid:
        if g.at > pre_charge_end:
            break
        if limit < g.at:
            exceeded(limit)
        assert rt.at is not None
        limit = max(limit, after(rt.at, hours=g["limit_hours"]))  # a grant never shortens it
    if limit < pre_charge_end:
        exceeded(limit)
    out.at = limit
    return out


def _grant_problem(g: Event, reason: str, rt: RelevantTime, second_review: Event | None, f: Facts) -> str:
    what = "An s42 extension" if g.type == "extension_authorised" else "A warrant of further detention"
    if reason in NO_EXTENSION_REASONS:
        words = {"breach_of_court_bail": "breach of court bail (Bail Act s7: court within 24 hours)",
                 "warrant": "a warrant (no PACE limit)",
                 "breach_of_remand_conditions": "breach of remand conditions (LASPO 2012 s97: court within "
                                                "24 hours, not counting Sundays, Christmas Day or Good Friday)",
                 }[reason]
        return f"{what} cannot apply to an arrest for {words}."
    problems = []
    if f.v11 and not f.arrest_shows_indictable():
        problems.append("the arrest shows no indictable offence")
    if g.type != "extension_authorised":
        return f"{what}: {'; '.join(problems)}." if problems else ""
    if g["rank"] not in SENIOR_RANKS:
        problems.append(f"authorised by a {g['rank']}, not a superintendent or above")
    if second_review is None or g.at < second_review.at:
        problems.append("made before the second review")
    if rt.at is not None and g.at > after(rt.at, hours=24):
        problems.append(f"made after the relevant time + 24 h ({show(after(rt.at, hours=24))})")
    return f"{what} {'; '.join(problems)}." if problems else ""

"""One simulated detention, written as a custody-record/1 document."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from ..domain import london_date
from .booking import arrest_and_book, interviews
from .care import paperwork, reviews, visits
from .child import child_doc, pick_age
from .clock import Clock
from .knobs import Knobs, pick_defects, pick_outcome, pick_profile
from .log import Log, trim_after
from .outcome import decide
from .people import FORCE, OFFENCES, SERIOUS_VIOLENT, SUITE, Offence, Staff
from .state import State

FORMAT = "custody-record/1"


def _offence(rng: random.Random, outcome: str) -> Offence:
    if outcome == "refused_secure":
        return rng.choice(SERIOUS_VIOLENT)
    serious = [o for o in OFFENCES if o.serious]
    if outcome.startswith("refused") or rng.random() < 0.15:
        return rng.choice(serious)
    return rng.choice([o for o in OFFENCES if not o.serious])


def build(rng: random.Random, custody_number: str, start: datetime, profile: str | None,
          knobs: Knobs) -> tuple[State, dict[str, Any]]:
    """Simulate a whole detention (to the leaving) and return its state and document."""
    profile = profile or pick_profile(rng)
    outcome = knobs.outcome or pick_outcome(rng, profile)
    looked_after = knobs.looked_after if knobs.looked_after is not None else (
        profile == "looked_after" or rng.random() < 0.04)
    defects = knobs.defects if knobs.defects is not None else (
        pick_defects(rng, looked_after) if profile == "missed_duties" else frozenset())
    clock = Clock(start)
    st = State(rng=rng, clock=clock, log=Log(clock, rng), staff=Staff.pick(rng), knobs=knobs,
               profile=profile, outcome=outcome, defects=defects,
               offence=knobs.offence or _offence(rng, outcome), looked_after=looked_after)
    asleep_review = profile == "asleep_review"
    ready = arrest_and_book(st, force_used=rng.random() < 0.1)
    after = ready if outcome == "court" else interviews(st, ready, asleep_review)
    decide(st, max(after, ready))
    if st.end <= max(after, ready):
        raise AssertionError("the detention ended before the interviews")  # pragma: no cover
    trim_after(st.log, st.end)
    reviews(st, asleep_review)
    visits(st)
    paperwork(st)
    age = knobs.age if knobs.age is not None else pick_age(rng, 14 if outcome == "refused_secure" else 10)
    arrival_day = london_date(clock.instant(st.arrival))
    doc: dict[str, Any] = {
        "format": FORMAT,
        "custody_number": custody_number,
        "suite": SUITE,
        "force": FORCE,
        "child": child_doc(rng, arrival_day, age=age, looked_after=looked_after,
                           forenames=knobs.forenames, surname=knobs.surname),
        "events": [],
    }
    return st, doc


def finish(st: State, doc: dict[str, Any], now_minute: int | None) -> dict[str, Any]:
    doc["events"] = st.log.events(now_minute)
    return doc

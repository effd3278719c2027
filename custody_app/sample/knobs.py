"""Profiles, outcomes and the knobs that steer one simulated detention."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .people import Offence

PROFILES = (
    "bailed", "good", "missed_duties", "charged_refused_transfer", "charged_refused_no_bed",
    "secure_justified", "court_bail_breach", "looked_after", "asleep_review",
)
PROFILE_WEIGHTS = (30, 22, 12, 7, 5, 3, 6, 9, 6)

# how the detention ends
OUTCOMES = (
    "no_further_action", "released_under_investigation", "bail", "charged_bailed",
    "refused_transfer", "refused_no_bed", "refused_secure", "court",
)
RELEASE_OUTCOMES = ("no_further_action", "released_under_investigation", "bail", "charged_bailed")

# what can go wrong in a missed_duties record
DEFECTS = (
    "late_welfare", "late_aa_request", "late_aa", "no_rights_with_aa", "missed_visits",
    "late_review", "sergeant_review", "no_representations", "not_child_centred", "food_gap",
    "late_healthcare", "no_safeguarding", "cell_without_reason",
)


@dataclass
class Knobs:
    """Choices that are random unless set (the demo and tests set some)."""

    outcome: str | None = None
    defects: frozenset[str] | None = None
    offence: Offence | None = None
    age: int | None = None
    forenames: str | None = None
    surname: str | None = None
    looked_after: bool | None = None
    aa_delay: int | None = None  # minutes from the request to the AA's arrival
    review_shift: dict[int, int] = field(default_factory=dict)  # review k: minutes after its due time
    interview_at: int | None = None  # minutes after the arrest the first interview starts (at the earliest)
    decision_at: int | None = None  # minutes after the arrest of the charge or release decision
    la_response_delay: int | None = None  # minutes after the request
    escalation_delay: int | None = None  # minutes after the refusal of accommodation
    certificate_delay: int | None = None  # minutes after the escalation
    leave_delay: int | None = None  # minutes after the certificate or the accommodation found
    visit_gap: tuple[float, float] = (0.11, 0.47)  # visits every (lo, hi) x the interval
    extra_wait: int = 0  # minutes added before the decision (keeps a live child in custody)


def pick_profile(rng: random.Random) -> str:
    return rng.choices(PROFILES, PROFILE_WEIGHTS)[0]


def pick_outcome(rng: random.Random, profile: str) -> str:
    if profile == "charged_refused_transfer":
        return "refused_transfer"
    if profile == "charged_refused_no_bed":
        return "refused_no_bed"
    if profile == "secure_justified":
        return "refused_secure"
    if profile == "court_bail_breach":
        return "court"
    if profile in ("good", "looked_after"):
        return rng.choices(RELEASE_OUTCOMES + ("refused_transfer",), (15, 35, 10, 30, 10))[0]
    return rng.choices(RELEASE_OUTCOMES, (15, 40, 10, 35))[0]


def pick_defects(rng: random.Random, looked_after: bool) -> frozenset[str]:
    chosen = set(rng.sample(DEFECTS, rng.randint(2, 4)))
    if looked_after and rng.random() < 0.5:
        chosen.add("late_la")
    return frozenset(chosen)

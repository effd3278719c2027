"""The GUI demo: children in custody at every stage at `now`, and some who left this week."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from .clock import last_change_before
from .generate import generate_document
from .knobs import Knobs
from .people import OFFENCES, Offence

H = 60


def _offence(text: str) -> Offence:
    return next(o for o in OFFENCES if o.text == text)


def demo_documents(now: datetime) -> list[dict[str, Any]]:
    """About a dozen fictional records for `custody-app --demo`, seeded (same `now`, same data)."""
    now = now.astimezone(UTC).replace(second=0, microsecond=0)
    rng = random.Random(20260328)
    docs: list[dict[str, Any]] = []
    serial = 400

    def add(minutes_ago: float, profile: str, live: bool, **knobs: Any) -> None:
        nonlocal serial
        serial += 1
        seed = rng.getrandbits(64)
        while True:  # a record that has ended must have ended (referral included) by now
            start = now - timedelta(minutes=minutes_ago)
            number = f"WK-{start.year % 100:02d}-{serial:06d}"
            doc = generate_document(random.Random(seed), number, start, profile=profile,
                                    now=now if live else None, knobs=Knobs(**knobs), v11=True)
            last = max(datetime.fromisoformat(e["at"]) for e in doc["events"])
            if last <= now:
                break
            minutes_ago += (last - now) // timedelta(minutes=1) + 60
        docs.append(doc)

    # in custody now
    add(55, "good", True, forenames="Callum", surname="Whitfield", age=15, outcome="released_under_investigation",
        offence=_offence("theft from a shop"), decision_at=6 * H)
    add(3 * H + 50, "good", True, forenames="Jade", surname="Pritchard", age=14, aa_delay=5 * H,
        outcome="released_under_investigation", offence=_offence("criminal damage"), decision_at=10 * H)
    add(6 * H + 10, "good", True, forenames="Kieran", surname="Marsh", age=16, outcome="charged_bailed",
        offence=_offence("burglary (dwelling)"), review_shift={0: 0}, interview_at=2 * H + 30, decision_at=11 * H)
    add(8 * H, "missed_duties", True, forenames="Tyler", surname="Bennett", age=17, outcome="charged_bailed",
        offence=_offence("assault occasioning actual bodily harm"), defects=frozenset(),
        review_shift={0: 4 * H}, interview_at=4 * H, decision_at=14 * H)
    add(8 * H + 30, "charged_refused_transfer", True, forenames="Reece", surname="Fletcher", age=16,
        offence=_offence("robbery"), interview_at=5 * H, decision_at=6 * H + 30,
        la_response_delay=6 * H)
    add(14 * H, "charged_refused_no_bed", True, forenames="Leah", surname="Doherty", age=15,
        offence=_offence("possession with intent to supply a class A drug"), interview_at=4 * H,
        decision_at=6 * H + 30,
        la_response_delay=90, escalation_delay=30, certificate_delay=5 * H)
    # one whose detention crosses the last clock change (live if it was within the day)
    change = last_change_before(now)
    since = (now - change) // timedelta(minutes=1)
    if since < 16 * H:
        add(since + 5 * H, "good", True, forenames="Mason", surname="Hollis", age=16,
            outcome="charged_bailed", offence=_offence("affray"), decision_at=since + 9 * H)
    else:
        add(since + 6 * H, "good", False, forenames="Mason", surname="Hollis", age=16,
            outcome="charged_bailed", offence=_offence("affray"), decision_at=14 * H)
    # left earlier today and this week
    add(14 * H, "bailed", False, forenames="Olivia", surname="Turner", age=13,
        outcome="released_under_investigation", offence=_offence("theft of a pedal cycle"),
        decision_at=6 * H)
    add(40 * H, "charged_refused_transfer", False, forenames="Liam", surname="Kowalski", age=17)
    add(3 * 24 * H, "secure_justified", False, forenames="Jayden", surname="Mensah", age=16)
    add(4 * 24 * H + 300, "missed_duties", False, forenames="Courtney", surname="Griffiths", age=15)
    add(6 * 24 * H, "looked_after", False, forenames="Tia", surname="Hussain", age=14)
    return docs

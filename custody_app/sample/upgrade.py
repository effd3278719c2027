"""custody-record/1.1 sample documents: a generated custody-record/1 document, upgraded.

A post-processing step with its OWN random stream, seeded from the custody number
and the arrest, so the simulation's stream (and every custody-record/1 document it
writes) is the same whether or not a 1.1 document is asked for. The upgrade records
what version 2 of the rules asks of a lawful detention (RULES.md, "Changes in
version 2"): the child's sex and a woman responsible for a girl, the responsible
officer, the AA's suitability and the local authority asked first, independent and
justified reviews, who was present at a strip search, visits under a rousing level,
offence codes, real bail grounds and the s38(6) paperwork (upgrade_s38.py). What
was wrong in the 1.0 document (a missed_duties record) stays wrong.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from .edit import MINUTE, Events, instant
from .people import (
    FEMALE_FORENAMES,
    FEMALE_WORDS,
    LA_DUTY_TEAM,
    MALE_FORENAMES,
    MALE_WORDS,
    REMOTE_REASONS,
    WOMEN_OFFICERS,
    YOUTH_JUSTICE,
)
from .upgrade_s38 import court_and_certificates

FORMAT_11 = "custody-record/1.1"
LEAVING = ("released", "transferred")
RESPONSIBLE_OFFICER_SHARE = 0.15


def upgrade_document(doc: dict[str, Any], now: datetime | None = None) -> dict[str, Any]:
    """Make a whole generated custody-record/1 document a lawful-where-it-was custody-record/1.1
    one (in place, returned). now: then keep only what happened up to `now` (a live record)."""
    if doc.get("format") != "custody-record/1":
        raise ValueError(f"expected a generated custody-record/1 document, not {doc.get('format')!r}")
    events = doc["events"]
    arrest = next(e for e in events if e["type"] == "arrested")
    rng = random.Random(f"custody-record/1.1 {doc['custody_number']} {instant(arrest['at']).isoformat()}")
    ev = Events(events, rng)
    doc["format"] = FORMAT_11
    sex = _child(doc["child"], rng)
    _notifications(doc["child"], ev, sex)
    _appropriate_adult(doc["child"], ev)
    _observations(ev)
    _reviews(ev)
    _strip_searches(ev, sex)
    court_and_certificates(ev, now)
    if now is not None:
        ev.keep_until(now, LEAVING)
    return doc


def _child(child: dict[str, Any], rng: random.Random) -> str:
    forenames = str(child.get("forenames") or "").split()
    first = forenames[0] if forenames else ""
    if first in FEMALE_FORENAMES:
        sex = "female"
    elif first in MALE_FORENAMES:
        sex = "male"
    else:
        sex = rng.choice(("female", "male"))
    child["sex"] = sex
    child["responsible_officer"] = YOUTH_JUSTICE if rng.random() < RESPONSIBLE_OFFICER_SHARE else None
    return sex


def adult_sex(name: str, rng: random.Random) -> str:
    """The sex of an adult from the first word of their name or relationship, else at random."""
    words = name.replace("(", " ").replace(")", " ").replace(".", " ").casefold().split()
    for word in words:
        if word in FEMALE_WORDS:
            return "female"
        if word in MALE_WORDS:
            return "male"
    return rng.choice(("female", "male"))


def _notifications(child: dict[str, Any], ev: Events, sex: str) -> None:
    """Code C 3.14 (the responsible officer) and 3.20A (a girl in the care of a woman)."""
    authorised = ev.first("detention_authorised")
    if authorised is None:
        return
    a = ev.at(authorised)
    rng = ev.rng
    if child["responsible_officer"]:
        t = a + rng.randint(10, 55) * MINUTE
        ev.add(t, "responsible_officer_informed", ev.by_near(t, "PS", authorised["by"]),
               name=f"duty officer, {YOUTH_JUSTICE}")
    if sex == "female":
        t = a + rng.randint(2, 40) * MINUTE
        ev.add(t, "woman_responsible_named", authorised["by"], name=rng.choice(WOMEN_OFFICERS))


def _appropriate_adult(child: dict[str, Any], ev: Events) -> None:
    rng = ev.rng
    for arrived in ev.of("aa_arrived"):
        arrived["exclusions_checked"] = True
    for failed in ev.of("aa_contact_failed"):
        who = failed["name"].split()[0].casefold() if failed["name"].split() else ""
        failed["relationship"] = {"mother": "parent", "father": "parent", "grandmother": "guardian"}.get(
            who, "other_adult")
    first = ev.first("aa_requested")
    if not child.get("looked_after") or first is None or first["relationship"] not in ("volunteer", "other_adult"):
        return
    # a looked-after child: the authority that looks after them is asked first (Code C 1.7(a))
    request = ev.at(first)
    authorised = ev.first("detention_authorised")
    earliest = ev.at(authorised) + 2 * MINUTE if authorised is not None else request - 20 * MINUTE
    t = max(earliest, request - rng.randint(5, 20) * MINUTE)
    if t >= request:
        t = request - MINUTE
    ev.add(t, "aa_contact_failed", ev.by_near(t, "PS", first["by"]), name=LA_DUTY_TEAM,
           outcome=rng.choice(("no_answer", "refused")), relationship="local_authority",
           note="no one from the authority could attend tonight")


def _observations(ev: Events) -> None:
    """A visit under a rousing level either roused the child or found them awake and talking."""
    rousing = False
    authorised = False
    for e in ev.in_at_order():
        if e["type"] == "detention_authorised":
            authorised = True
        elif e["type"] == "observation_level_set":
            rousing = bool(e["rousing"])
        elif e["type"] == "observation" and authorised and rousing and not e["roused"]:
            e["awake_and_spoke"] = True


def _reviews(ev: Events) -> None:
    rng = ev.rng
    for review in ev.of("review"):
        review["reviewer_not_involved"] = True
        if review["mode"] in REMOTE_REASONS:
            review["remote_reason"] = rng.choice(REMOTE_REASONS[review["mode"]])


def _strip_searches(ev: Events, sex: str) -> None:
    """Two officers of the child's sex and the AA (Code C Annex A 11)."""
    rng = ev.rng
    for search in ev.of("strip_search"):
        at = ev.at(search)
        present: list[dict[str, str]] = [
            {"name": f"DO {rng.randint(300, 399)}", "role": "searcher", "sex": sex},
            {"name": f"PC {rng.randint(3000, 5999)}", "role": "officer", "sex": sex},
        ]
        aa = _aa_present_at(ev, at)
        if search["aa_present"] and aa is not None:
            present.append({"name": aa, "role": "appropriate_adult", "sex": adult_sex(aa, rng)})
        search["intimate_parts_exposed"] = rng.random() < 0.6
        search["present"] = present


def _aa_present_at(ev: Events, at: datetime) -> str | None:
    here: list[str] = []
    for e in ev.in_at_order():
        if ev.at(e) > at:
            break
        if e["type"] == "aa_arrived":
            here.append(e["name"].strip())
        elif e["type"] == "aa_left" and here:
            name = e["name"].strip()
            here.remove(name if name in here else here[0])
    return here[-1] if here else None

"""evaluate(record, now, policy) -> Assessment: the one pure function behind the
live checklist, the status and audit commands, and the documents."""

from __future__ import annotations

from datetime import datetime

from ..domain import Record
from . import codes
from .accommodation import evaluate_s38
from .assessment import AccommodationState, Assessment, Finding
from .checklist import build_checklist
from .clocks import detention_limit, relevant_time, review_schedule
from .due import care_due, leaving_due, ordered
from .facts import Facts, gather
from .findings_aa import appropriate_adult
from .findings_care import food_and_drink, healthcare, notifications, observation_deadlines, rousing
from .findings_reviews import review_quality, safeguarding
from .findings_search import placement, strip_searches
from .policy import DEFAULT_POLICY, Policy
from .presence import aa_position
from .timecalc import utc
from .warnings import warnings


def evaluate(record: Record, now: datetime, policy: Policy = DEFAULT_POLICY, *,
             whole_record: bool = False) -> Assessment:
    """The record as it stood at `now` (events up to it), or, with whole_record, every
    event of the record with duties running to the moment the child left (or to now)."""
    f = gather(record, utc(now), policy, whole_record)
    if "arrested" not in f.by_type:
        return _before_arrest(f)
    rt = relevant_time(f)
    schedule = review_schedule(f)
    limit = detention_limit(f, rt, schedule)
    observation_findings, next_visit = observation_deadlines(f)
    food_findings, next_food = food_and_drink(f)
    s38 = evaluate_s38(f)
    findings: list[Finding] = [
        *notifications(f), *appropriate_adult(f), *healthcare(f), *observation_findings, *rousing(f),
        *food_findings, *placement(f), *strip_searches(f), *schedule.findings, *review_quality(f),
        *limit.findings, *s38.findings, *safeguarding(f),
    ]
    left = f.leaving
    charge = f.first_charge
    stage = "left" if left else ("post_charge" if charge else "pre_charge")
    pre_charge_limit = limit.at if stage == "pre_charge" else None
    due = care_due(f, schedule.next_due, next_visit, next_food, pre_charge_limit) + s38.due + leaving_due(f)
    due_items = ordered(due)
    findings = in_order(findings)
    return Assessment(
        record=record, now=f.now, policy=policy, stage=stage,
        relevant_time=rt.at, relevant_time_rule=rt.rule,
        detention_limit=pre_charge_limit, next_review_due=schedule.next_due,
        reviews=tuple(schedule.slots), due=due_items, findings=tuple(findings),
        accommodation=s38.state,
        checklist=build_checklist(f, due_items, tuple(findings), schedule.slots, s38.state),
        arrested_at=f.arrest.at, arrived_at=f.arrival.at if f.arrival else None,
        authorised_at=f.authorised.at if f.authorised else None,
        charged_at=charge.at if charge else None,
        left_at=left.at if left else None, left_how=_left_how(f),
        age_at_arrival=f.age_at_arrival, aa=aa_position(f),
        warnings=tuple(in_order(warnings(f) + s38.warnings)), certificates=s38.certificates,
        s38=s38.position if left is None else None,
        detention_limit_applied=limit.at, detention_limit_met=limit.met,
    )


def in_order(found: list[Finding]) -> list[Finding]:
    """By `at`, then by the code's row in RULES.md's table, then by the position in `events`
    of the event that broke the rule (a missed deadline has none and comes first)."""
    return sorted(found, key=lambda x: (x.at, codes.row(x.code), -1 if x.event_index is None else x.event_index))


def _left_how(f: Facts) -> str | None:
    left = f.leaving
    if left is None:
        return None
    if left.type == "released":
        return "released: " + str(left["outcome"]).replace("_", " ")
    return "transferred to " + str(left["to"]).replace("_", " ").replace("la ", "local authority ")


def _before_arrest(f: Facts) -> Assessment:
    """As of an instant before the arrest there is nothing to assess yet."""

    arrest = next(e for e in f.record.events if e.type == "arrested")
    state = AccommodationState(charged=False, applies=False, why="Not yet arrested.", refused_at=None,
                               age_at_charge=None, secure_allowed=False,
                               secure_why="A secure request can be made only while the s38(6) duty applies.")
    return Assessment(
        record=f.record, now=f.now, policy=f.policy, stage="pre_charge", relevant_time=None,
        relevant_time_rule="not yet known: the arrest is after this instant", detention_limit=None,
        next_review_due=None, reviews=(), due=(), findings=(), accommodation=state, checklist=(),
        arrested_at=arrest.at, arrived_at=None, authorised_at=None, charged_at=None, left_at=None,
        left_how=None, age_at_arrival=None,
    )

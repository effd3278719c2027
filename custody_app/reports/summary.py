"""The record summary: everything a court or an inspector needs on one record."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.platypus import Flowable, PageBreak

from ..domain import Event, Record, as_of
from ..rules import codes
from ..rules.assessment import Assessment
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show, show_duration
from . import words as W
from .cert_facts import record_code
from .describe import describe, field_words
from .facts import age_at_charge, first
from .layout import (
    DEFAULT_MARKING,
    PageInfo,
    facts,
    grid,
    para,
    policy_words,
    printed_words,
    render,
    section,
    spacer,
)
from .verdicts import verdict
from .visits import visit_annex, visits_table

TITLE = "Record summary"

AA_TYPES = ("aa_requested", "aa_contact_failed", "aa_arrived", "aa_left", "welfare_person_informed",
            "local_authority_informed", "rights_given")
HEALTH_TYPES = ("risk_assessment", "healthcare_requested", "healthcare_seen", "liaison_diversion_referred",
                "placement", "observation_level_set", "meal", "drink", "exercise", "strip_search")
INTERVIEW_TYPES = ("solicitor_requested", "solicitor_arrived", "interview_started", "interview_ended")
CHARGE_TYPES = ("extension_authorised", "warrant_of_further_detention", "charged", "bail_decision",
                "la_accommodation_requested", "la_response", "escalated", "certificate_issued",
                "transferred", "released", "appeared_in_court", "safeguarding_referral")
STAGES = {"pre_charge": "before charge", "post_charge": "charged, still detained", "left": "left police detention"}


def summary_pdf(record: Record, now: datetime, policy: Policy = DEFAULT_POLICY, *,
                whole_record: bool = False, assessment: Assessment | None = None,
                printed_at: datetime | None = None, printed_by: str | None = None,
                marking: str | None = None) -> bytes:
    """The summary as it stood at `now` (events up to it), or with `whole_record` every event,
    judged as it stands (as `custody-app audit` without --at); PDF bytes."""
    if assessment is None:
        from ..rules import evaluate

        assessment = evaluate(record, now, policy, whole_record=whole_record)
    info = PageInfo(
        title=TITLE,
        force=record.force,
        suite=record.suite,
        custody_number=record.custody_number,
        check=f"Check code {record_code(record)} (entries 1–{len(record.events)} of the record)",
        subject="Record summary of a child's detention",
        marking=marking or policy.protective_marking or DEFAULT_MARKING,
        printed=printed_words(printed_at or now, printed_by),
        policy=policy_words(policy),
    )
    return render(_story(record, assessment, whole_record), info)


def _glance(record: Record, a: Assessment, events: Sequence[Event]) -> list[Flowable]:
    """What an inspector looks for first (issue 13)."""
    end = a.left_at or a.now
    start = a.arrived_at or a.arrested_at
    total = show_duration(end - start) + ("" if a.left_at else " so far (still detained)")
    since = _bail_refused_since(a, events)
    after_bail = (show_duration(end - since) + f" (from {show(since)})") if since is not None and since <= end \
        else "bail was not refused after charge"
    rows: list[tuple[str, object]] = [
        ("Total time in police detention", f"{total} (from {'arrival' if a.arrived_at else 'arrest'} "
                                           f"{show(start)})"),
        ("Time after bail was refused", after_bail),
        ("Detention limit", _limit_line(a)),
        ("Relevant time", f"{show(a.relevant_time)}: {a.relevant_time_rule}" if a.relevant_time
         else "not yet known"),
        ("s38(6) certificate", _certificate_status(record, a)),
        ("Findings", f"{len(a.findings)}" + (" (listed in section 7)" if a.findings else "")),
        ("Check code", f"{record_code(record)}: check it with `custody-app check`"),
    ]
    warnings = getattr(a, "warnings", ())
    if warnings:
        rows.insert(6, ("Warnings", "; ".join(f"{w.code}: {w.message}" for w in warnings)))
    return section("At a glance", facts(rows, label_width=0.3))


def _bail_refused_since(a: Assessment, events: Sequence[Event]) -> datetime | None:
    """When bail was first refused after charge: the engine's s38(6) position while it runs; else the
    first post-charge refusal recorded; else the engine's deemed refusal (BAIL_DECISION_NOT_RECORDED)."""
    if a.s38 is not None:
        return a.s38.since
    charged = next((e for e in events if e.type == "charged"), None)
    if charged is None:
        return None
    refused = next((e for e in events if e.type == "bail_decision" and not e.get("granted")
                    and (e.at, e.index) >= (charged.at, charged.index)), None)
    if refused is not None:
        return refused.at
    deemed = next((f for f in a.findings if f.code == "BAIL_DECISION_NOT_RECORDED"), None)
    return deemed.at if deemed is not None else None


def _limit_line(a: Assessment) -> str:
    """The limit that applied (the engine's detention_limit_applied) and whether it was met."""
    applied = a.detention_limit_applied
    met = a.detention_limit_met
    if applied is None:
        if a.relevant_time is None and a.stage == "pre_charge":
            return "not yet known (no relevant time yet)"
        return "no PACE detention limit applies to this arrest"
    line = show(applied)
    if met is True:
        line += ": met"
    elif met is False:
        line += ": NOT met (DETENTION_LIMIT_EXCEEDED)"
    elif a.stage == "pre_charge":
        line += ": running"
    return line


def _certificate_status(record: Record, a: Assessment) -> str:
    """Each certificate the engine judged: printable, or the codes that stop it."""
    if not a.certificates:
        return "none made"
    parts = []
    for c in a.certificates:
        v = verdict(a, c.entry)
        state = "printable" if v.printable else "NOT printable: " + ", ".join(v.reason_codes)
        parts.append(f"entry {c.entry}: {state}")
    return "; ".join(parts)


def _date(d: date | None) -> str:
    return "not known" if d is None else f"{d.day} {d:%B %Y}"


def _rows(events: Sequence[Event], listed: tuple[Event, ...]) -> list[list[object]]:
    rows: list[list[object]] = [["Entry", "Time", "What", "Details", "By"]]
    for e in events:
        rows.append([str(e.index + 1), show(e.at), W.title(e.type), describe(e, listed), e.by])
    return rows


_WIDTHS = [0.75, 3.2, 2.0, 4.4, 1.1]


def _events_table(title: str, events: Sequence[Event], listed: tuple[Event, ...], what: str) -> list[Flowable]:
    if not events:
        return section(title, para(f"None recorded: {what}."))
    return section(title, grid(_rows(events, listed), _WIDTHS))


def _story(record: Record, a: Assessment, whole_record: bool) -> list[Flowable]:
    listed = record.events
    events = list(as_of(record, None if whole_record else a.now))
    when = (f"The whole record as it stands (last entry {show(a.now)})" if whole_record
            else f"As at {show(a.now)}")
    child = record.child
    arrest = first(events, "arrested")
    authorised = first(events, "detention_authorised")
    story: list[Flowable] = [
        para("Record summary", "title"),
        para(f"{child.name}, custody number {record.custody_number}. {when}: "
             f"{STAGES.get(a.stage, a.stage)}. Times are UK time (GMT or BST as shown); durations are "
             "elapsed time. Entries are numbered from 1 in the order they were recorded.", "subtitle"),
    ]
    story += _glance(record, a, events)

    age_charge = age_at_charge(record, events, a)
    left = f"{show(a.left_at)} ({a.left_how})" if a.left_at else "still in police detention"
    story += section("1. The child and the detention", facts([
        ("Child's name", child.name),
        ("Date of birth", _date(child.date_of_birth) + (" (age in doubt)" if child.age_in_doubt else "")),
        ("Age at arrival", "not known" if a.age_at_arrival is None else str(a.age_at_arrival)),
        ("Age at charge", "not charged" if a.charged_at is None else
         ("not known" if age_charge is None else str(age_charge))),
        ("In local authority care", W.yes_no(child.looked_after)
         + (f": {child.local_authority}" if child.local_authority else "")),
        ("Force and suite", f"{record.force}, {record.suite}"),
        ("Arrested", f"{show(a.arrested_at)} by {arrest.by}: {field_words('arrested', arrest.fields)}"
         if arrest else show(a.arrested_at)),
        ("Arrived at the station", show(a.arrived_at)),
        ("Detention authorised", f"{show(authorised.at)} by {authorised.by}"
         + (f": {authorised.get('grounds')}" if authorised.get("grounds") else "")
         if authorised else "not recorded"),
        ("Charged", show(a.charged_at) if a.charged_at else "not charged"),
        ("Left police detention", left),
    ]))

    story += section("2. Clocks", facts([
        ("Relevant time", show(a.relevant_time) if a.relevant_time else "not yet known"),
        ("Rule that gave it", a.relevant_time_rule or "not yet known"),
        ("Detention limit", _limit_line(a)),
        ("Next review due", show(a.next_review_due) if a.next_review_due else "none due"),
    ]))
    if a.reviews:
        rows: list[list[object]] = [["No.", "Due", "Done", "By and outcome"]]
        for slot in a.reviews:
            ev = listed[slot.event_index] if slot.event_index is not None and slot.event_index < len(listed) else None
            by = "—"
            if ev is not None:
                by = f"{ev.by} ({ev.get('rank')}, {str(ev.get('mode')).replace('_', ' ')}): {ev.get('outcome')}"
            done = show(slot.done) if slot.done else ("postponed" if slot.postponed else "not done")
            if slot.done and slot.done > slot.due:
                done += f" ({show_duration(slot.done - slot.due)} late)"
            rows.append([str(slot.number), show(slot.due), done, by])
        story += [spacer(2), grid(rows, [0.6, 3.0, 3.4, 3.8])]
    else:
        story.append(para("No review was due."))

    aa_entries = [e for e in events if e.type in AA_TYPES]
    story += _events_table("3. Appropriate adult, notifications and rights", aa_entries, listed,
                           "no appropriate adult, notification or rights entry")
    aa = a.aa
    if aa.requested_at is not None:
        wait = (f"The appropriate adult arrived {show_duration(aa.first_arrived_at - aa.requested_at)} after "
                "the first request." if aa.first_arrived_at else "No appropriate adult had arrived.")
        story.append(para(wait, "note"))

    care = [e for e in events if e.type in HEALTH_TYPES]
    story += _events_table("4. Health and care", care, listed, "no health or care entry")
    story += visits_table(events, a.arrived_at or a.authorised_at, a.left_at or a.now, a.policy)

    story += _events_table("5. Interview and legal advice", [e for e in events if e.type in INTERVIEW_TYPES],
                           listed, "no interview or legal advice entry")

    story += _events_table("6. Charge, bail and accommodation", [e for e in events if e.type in CHARGE_TYPES],
                           listed, "no charge, bail or accommodation entry")
    acc = a.accommodation
    story.append(para(f"s38(6): {acc.why}" + (f" Secure accommodation: {acc.secure_why}" if acc.charged else ""), "note"))

    if a.findings:
        rows = [["Code", "When", "Finding", "Source"]]
        for fnd in a.findings:
            name = _code_title(fnd.code)
            rows.append([para(fnd.code, "code"), show(fnd.at), f"{name}. {fnd.message}" if name else fnd.message,
                         fnd.source])
        story += section(f"7. Findings ({len(a.findings)})", grid(rows, [3.8, 2.5, 3.8, 1.4]))
    else:
        story += section("7. Findings", para("No findings."))

    timeline = [e for e in events if e.type != "observation"]
    story += section("8. Full timeline, with corrections (visits in Annex A)", grid(_rows(timeline, listed), _WIDTHS))
    later = [e for e in record.events if e.at > a.now]
    if later:
        story.append(para(f"{len(later)} entries dated after {show(a.now)} are not shown.", "small"))
    story += [PageBreak(), *visit_annex(events)]
    return story


def _code_title(code: str) -> str:
    try:
        return codes.title(code)
    except KeyError:
        return ""

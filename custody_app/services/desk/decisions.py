"""Decisions that need judgment: the review, the s38(6) steps, the certificate (no Qt here).

The review form and the accommodation wizard show what these return. The law is the
engine's: each question is put to `rules.evaluate` with the would-be entry added to the
record, and the engine's own words (AccommodationState, findings) are what the screen says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...domain import Record, RecordError, as_of, parse_document
from ...rules.assessment import Assessment, Finding
from ...rules.policy import Policy
from ...rules.timecalc import show
from . import certificate_draft
from .access import DeskError, DeskStore, Evaluate, Session, as_stored, refusal
from .board_rows import countdown
from .entries import add_entry, build_event, load
from .forms_v11 import check_endorsement

# A would-be entry drawing one of these findings is refused, with the engine's words.
BLOCKING = {
    "review": ("REVIEW_WRONG_RANK", "REVIEW_NO_REPRESENTATIONS", "REVIEW_NOT_CHILD_CENTRED",
               "REVIEWER_INDEPENDENCE_NOT_RECORDED", "REMOTE_REVIEW_NO_REASON"),
    "la_accommodation_requested": ("S38_NOT_APPLICABLE", "SECURE_NOT_JUSTIFIED"),
    "certificate_issued": ("S38_NOT_APPLICABLE", "SECURE_NOT_JUSTIFIED", "IMPRACTICABLE_INVALID_REASON",
                           "CERTIFICATE_INCONSISTENT"),
    "interview_started": ("URGENT_INTERVIEW_INVALID",),
}
WHAT_TO_DO = {
    "REVIEW_WRONG_RANK": "Ask the duty inspector to sign in and review.",
    "REVIEW_NO_REPRESENTATIONS": ("Write what the child (and the appropriate adult) said; if they chose "
                                  "to say nothing, write that."),
    "REVIEW_NOT_CHILD_CENTRED": "Consider bail and the child's welfare, then tick both.",
    "REVIEWER_INDEPENDENCE_NOT_RECORDED": ("A review before charge is by an officer not directly involved in the "
                                           "investigation: tick the declaration if that is you; if not, ask "
                                           "another inspector."),
    "REMOTE_REVIEW_NO_REASON": "Give the reason the review is not in person.",
    "URGENT_INTERVIEW_INVALID": ("Without the appropriate adult, an interview needs a superintendent's (or "
                                 "above) urgent authority, with its grounds recorded. Wait for the AA."),
    "S38_NOT_APPLICABLE": "No request or certificate is made under s38(6) here.",
    "SECURE_NOT_JUSTIFIED": ("If you hold the belief, write on the request why other accommodation would not "
                             "protect the public from serious harm (s38(6A)); if not, ask for non-secure "
                             "accommodation: the authority must accept it."),
    "IMPRACTICABLE_INVALID_REASON": ("Untick it and state what really stops the move: transport or weather "
                                     "making it impossible, or court so close that moving would deprive the "
                                     "child of rest or make them miss court."),
    "CERTIFICATE_INCONSISTENT": "Make the certificate agree with what the record says.",
    "NOT_ESCALATED": "Escalate the authority's refusal first (step 4).",
}
FIELD = {"REVIEW_NO_REPRESENTATIONS": "representations", "REVIEWER_INDEPENDENCE_NOT_RECORDED": "reviewer_not_involved",
         "REMOTE_REVIEW_NO_REASON": "reason", "URGENT_INTERVIEW_INVALID": "urgent_rank", "REVIEW_NOT_CHILD_CENTRED": "bail_considered",
         "SECURE_NOT_JUSTIFIED": "kind", "IMPRACTICABLE_INVALID_REASON": "reasons",
         "CERTIFICATE_INCONSISTENT": "circumstances"}


# --- asking the engine about a would-be entry --------------------------------------------

def with_entry(record: Record, event: Mapping[str, Any]) -> Record:
    """The record as it would be with this entry added (the domain validates it)."""
    doc = dict(record.raw)
    doc["events"] = [*doc.get("events", []), dict(event)]
    try:
        return parse_document(doc)
    except RecordError as exc:
        raise DeskError(exc.message) from None


def would_be(record: Record, event: Mapping[str, Any], now: datetime, policy: Policy,
             evaluate: Evaluate) -> tuple[Assessment, list[Finding]]:
    """The engine's view with the entry added, and the findings that entry itself draws."""
    trial = with_entry(record, event)
    at = datetime.fromisoformat(str(event["at"]))
    assessment = evaluate(trial, max(now, at), policy)
    index = len(record.events)
    return assessment, [f for f in assessment.findings if f.event_index == index]


def problems(record: Record, event: Mapping[str, Any], now: datetime, policy: Policy,
             evaluate: Evaluate) -> list[Finding]:
    """The findings that would stop this entry being saved (empty: it may be saved)."""
    codes = BLOCKING.get(str(event.get("type")), ())
    return [f for f in would_be(record, event, now, policy, evaluate)[1] if f.code in codes]


def explain(found: list[Finding]) -> str:
    lines = []
    for f in found:
        tip = WHAT_TO_DO.get(f.code, "")
        source = "" if f.source in f.message else f", {f.source}"
        lines.append(f"{f.message} {tip}".strip() + f" [{f.code}{source}]")
    return "\n".join(dict.fromkeys(lines))


OVERRIDE_HINT = ("Only an inspector or above may let it print while this stands, with an override and its "
                 "reason (Code C 16.7; RULES.md 6.1): ask the duty inspector.")


def add_decision(store: DeskStore, session: Session, number: str, event: Mapping[str, Any], stage: str,
                 now: datetime, policy: Policy, evaluate: Evaluate,
                 follow: Sequence[Mapping[str, Any]] = ()) -> Record:
    """Store a decision after the engine has found nothing unlawful in it. `follow`: entries
    judged with it and stored after it (an inspector's override of the certificate)."""
    session = as_stored(store, session)
    record = load(store, number)
    for e in (event, *follow):
        why = refusal(session, str(e.get("type")), stage)
        if why:
            raise DeskError(why)
        check_endorsement(session, e)
    found = problems(record, event, now, policy, evaluate)
    if found:
        raise DeskError(explain(found), FIELD.get(found[0].code))
    if event.get("type") == "certificate_issued":
        verdict = certificate_draft.judge(record, event, follow, now, policy, evaluate)
        if not verdict.makeable:
            raise DeskError("\n".join((*verdict.lines, OVERRIDE_HINT) if verdict.needs_override
                                      else verdict.lines), "reasons")
    stored = add_entry(store, session, number, event, stage, now)
    for e in follow:
        stored = add_entry(store, session, number, e, stage, now)
    return stored


# --- the review of detention -------------------------------------------------------------

@dataclass(frozen=True)
class ReviewContext:
    stage: str
    rank_needed: str
    refusal: str | None  # why this user may not review now (None: they may)
    number: int  # the review this will be (1-based)
    due: datetime | None
    overdue: bool
    due_text: str  # "Review 2 is due 03:10 GMT (in 25 min)."
    next_if_now: datetime | None  # the next review's due time if this one is done now
    next_text: str
    aa_present: bool
    inform_on_waking_due: bool
    told_text: str  # what the child was told of the last review


def review_context(record: Record, session: Session, now: datetime, policy: Policy,
                   evaluate: Evaluate) -> ReviewContext:
    a = evaluate(record, now, policy)
    rank = ("an inspector or above, not involved in the case (PACE s40(1)(b))" if a.stage == "pre_charge"
            else "the custody officer, a sergeant or above (PACE s40(1)(a))")
    done = sum(1 for r in a.reviews if r.done)
    slot = next((r for r in a.reviews if r.done is None), None)
    overdue = any(d.code == "REVIEW" and d.overdue for d in a.due)
    due = a.next_review_due
    if due is None:
        due_text = "No review is due: " + ("the child has left police detention." if a.stage == "left"
                                            else "detention has not been authorised yet.")
    else:
        when = countdown(due, now, policy.due_soon_minutes, overdue).text.splitlines()[0]
        due_text = f"Review {slot.number if slot else done + 1} is due {show(due)}: {when}."
    next_if_now = None
    next_text = ""
    if due is not None:
        trial = review_event(session, now, {"mode": "in_person", "child_asleep": False,
                                            "representations": {"child": "-"}, "bail_considered": True,
                                            "welfare_considered": True, "outcome": "continue",
                                            "reviewer_not_involved": True}, v11=record.is_v11)
        try:
            next_if_now = would_be(record, trial, now, policy, evaluate)[0].next_review_due
        except DeskError:
            next_if_now = None
        if next_if_now is not None:
            next_text = (f"Done now, the next review will be due {show(next_if_now)}: 9 hours after this "
                         "one or after its due time, whichever is earlier (PACE s40(3)).")
    told = _told(record, now)
    waking = any(d.code == "INFORM_ON_WAKING" for d in a.due)
    return ReviewContext(a.stage, rank, refusal(session, "review", a.stage), slot.number if slot else done + 1,
                         due, overdue, due_text, next_if_now, next_text, a.aa.is_present, waking, told)


def _told(record: Record, now: datetime) -> str:
    events = as_of(record, now)
    last = next((e for e in reversed(events) if e.type == "review"), None)
    if last is None:
        return "No review yet."
    head = f"Last review {show(last.at)} by {last.by}"
    if not last["child_asleep"]:
        return f"{head}: the child was awake and was told of it."
    told = next((e for e in events if e.type == "child_informed_of_review" and e.index > last.index), None)
    if told is not None:
        return f"{head}: the child was asleep, and was told on waking ({show(told.at)})."
    return f"{head}: the child was asleep and has NOT yet been told. Tell them when they wake (Code C 15.7)."


def review_event(session: Session, at: datetime, values: Mapping[str, Any],
                 not_in_person_reason: str = "", v11: bool = False) -> dict[str, Any]:
    """A review entry. Not in person needs its reason: in a custody-record/1.1 record the
    field `remote_reason`, in a 1.0 record (which takes no 1.1 field) the entry's note."""
    fields = dict(values)
    mode = fields.get("mode", "in_person")
    reason = not_in_person_reason.strip()
    if mode != "in_person" and not reason:
        raise DeskError(f"A review by {str(mode).replace('_', ' ')} needs the reason it was not in person "
                        "(Code C 15.3C).", "reason")
    reps = {k: (str(v).strip() or None) if v is not None else None
            for k, v in dict(fields.get("representations") or {}).items()}
    fields["representations"] = reps
    note = None
    if v11:
        fields["remote_reason"] = reason if mode != "in_person" else None
        fields["reviewer_not_involved"] = bool(fields.get("reviewer_not_involved"))
    else:
        fields.pop("remote_reason", None)
        fields.pop("reviewer_not_involved", None)
        note = f"Not in person ({str(mode).replace('_', ' ')}): {reason}" if mode != "in_person" else None
    return build_event("review", at, session, fields, note)


# --- charge, bail and accommodation (PACE s38(6), RULES.md section 4) --------------------

STEPS = ("Charge", "Bail", "Ask the local authority", "Answer and escalation", "Certificate", "Move",
         "Court and supervision")


@dataclass(frozen=True)
class AccommodationStep:
    step: int  # the step the record is at (index into STEPS)
    applies: bool
    why: str  # the engine's words: why the duty does or does not apply
    charged: bool
    duty_excluded: bool  # breach of court bail or a warrant with no new charge
    age_at_charge: int | None
    secure_allowed: bool
    secure_why: str
    requests: int
    refused_by_la: bool  # the authority said it could not provide, since bail was refused
    provided: str | None  # the kind the authority provided, if it did
    needs_escalation: bool
    certificate_issued: bool
    certificate_allowed: bool
    certificate_why: str
    left: bool
    bail_decided: bool
    certificate_form_open: bool = False  # the duty applies and no certificate yet: an inspector may override


def accommodation_step(record: Record, now: datetime, policy: Policy, evaluate: Evaluate) -> AccommodationStep:
    a = evaluate(record, now, policy)
    acc = a.accommodation
    events = as_of(record, now)
    reason = next((str(e["reason"]) for e in events if e.type == "arrested"), "offence")
    excluded = not acc.charged and reason in ("breach_of_court_bail", "warrant", "breach_of_remand_conditions")
    charge_at = a.charged_at
    bail_decided = charge_at is not None and any(e.type == "bail_decision" and e.at >= charge_at for e in events)
    since = acc.refused_at
    responses = [e for e in events if e.type == "la_response" and since is not None and e.at >= since]
    refused = any(not e["provided"] for e in responses)
    provided = next((str(e["kind"] or "non_secure") for e in reversed(responses) if e["provided"]), None)
    if not acc.applies:
        cert_ok, cert_why = False, acc.why
    elif acc.certificate_issued:
        cert_ok, cert_why = False, ("A certificate has been made for this refusal of bail. Print it from "
                                    "Documents (Ctrl+P); it goes to the court (PACE s38(7)).")
    elif not acc.requests:
        cert_ok, cert_why = False, ("Not yet: ask the local authority first (step 3). A certificate comes only "
                                    "after the authority has been asked, could not provide, and its refusal "
                                    "has been escalated.")
    elif not refused:
        cert_ok, cert_why = False, ("Not yet: the authority has not said it cannot provide. Record its answer "
                                    "(step 4).")
    elif acc.not_provided_unescalated:
        cert_ok, cert_why = False, ("Not yet: escalate the authority's refusal first (duty inspector, "
                                    "superintendent, the authority's senior manager), and keep asking.")
    else:
        cert_ok, cert_why = True, ("The authority was asked, could not provide, and the refusal was escalated. "
                                   "Only now may a certificate be made: because the move is impracticable "
                                   "(the real circumstances), or, for secure accommodation, none is available.")
    left = a.stage == "left"
    if left:
        step = 5
    elif not acc.charged:
        step = 0
    elif not acc.applies:
        step = 1
    elif not acc.requests:
        step = 2
    elif provided:
        step = 5
    elif not refused or acc.not_provided_unescalated:
        step = 3
    else:
        step = 4 if not acc.certificate_issued else 5
    return AccommodationStep(step, acc.applies, acc.why, acc.charged, excluded, acc.age_at_charge,
                             acc.secure_allowed, acc.secure_why, acc.requests, refused, provided,
                             acc.not_provided_unescalated, acc.certificate_issued, cert_ok, cert_why, left,
                             bail_decided, acc.applies and not acc.certificate_issued and not left)


# --- documents -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Document:
    title: str
    filename: str
    pdf: bytes | None
    refusal: str | None  # why it cannot be printed (None when pdf is set)


def preview_certificate(record: Record, policy: Policy, *, printed_at: datetime | None = None,
                        printed_by: str | None = None) -> Document:
    """The s38(6) certificate as PDF bytes, or the reports' reason for refusing it; printed
    at `printed_at` by `printed_by` (the signed-in user), as its footer says."""
    from ...reports.certificate import CertificateRefused, certificate_pdf

    name = f"{record.custody_number}-s38-6-certificate.pdf"
    try:
        pdf = certificate_pdf(record, policy, printed_at=printed_at, printed_by=printed_by)
        return Document("s38(6) certificate", name, pdf, None)
    except CertificateRefused as exc:
        text = exc.reason
        return Document("s38(6) certificate", name, None, text[:1].upper() + text[1:])


def preview_summary(record: Record, now: datetime, policy: Policy, *, printed_by: str | None = None) -> Document:
    from ...reports.summary import summary_pdf

    pdf = summary_pdf(record, now, policy, printed_at=now, printed_by=printed_by)
    return Document("Record summary", f"{record.custody_number}-summary.pdf", pdf, None)

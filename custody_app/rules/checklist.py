"""The record's guided checklist in stages, derived from the engine's facts and findings."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import Event
from .assessment import AccommodationState, ChecklistItem, DueItem, Finding, ReviewSlot
from .facts import Facts
from .findings_care import observation_interval
from .timecalc import show


def _done(stage: str, key: str, label: str, ev: Event, event_type: str | None, detail: str = "") -> ChecklistItem:
    return ChecklistItem(stage, key, label, "done", event_type, None, ev.at, ev.by, detail)


class _Builder:
    def __init__(self, f: Facts, due: Sequence[DueItem], findings: Sequence[Finding]) -> None:
        self.f = f
        self.due = {d.code: d for d in due}
        self.late = {x.code for x in findings}
        self.items: list[ChecklistItem] = []

    def add(self, stage: str, key: str, label: str, event_type: str | None, due_code: str | None = None,
            applies: bool = True, detail: str = "", finding_code: str | None = None) -> None:
        f = self.f
        if not applies:
            self.items.append(ChecklistItem(stage, key, label, "not_applicable", None, detail=detail))
            return
        ev = f.first(event_type) if event_type else None
        if ev is not None:
            late = f" — late ({finding_code})" if finding_code and finding_code in self.late else ""
            self.items.append(_done(stage, key, label, ev, event_type, detail + late))
            return
        item = self.due.get(due_code) if due_code else None
        if item is not None:
            state = "overdue" if item.overdue else "due"
            self.items.append(ChecklistItem(stage, key, label, state, event_type, item.due, detail=detail))
        elif finding_code and finding_code in self.late:
            self.items.append(ChecklistItem(stage, key, label, "overdue", event_type, detail=detail))
        else:
            self.items.append(ChecklistItem(stage, key, label, "pending", event_type, detail=detail))


def build_checklist(f: Facts, due: Sequence[DueItem], findings: Sequence[Finding],
                    reviews: Sequence[ReviewSlot], acc: AccommodationState) -> tuple[ChecklistItem, ...]:
    b = _Builder(f, due, findings)
    left = f.leaving is not None
    b.add("Booking in", "arrival", "Arrival at the station", "arrived_at_station")
    b.add("Booking in", "authorised", "Detention authorised", "detention_authorised")
    b.add("Booking in", "risk", "Risk assessment", "risk_assessment")
    b.add("Booking in", "placement", "Placement (detention room unless a reason)", "placement")
    b.add("Notifications", "welfare", "Person responsible for welfare told", "welfare_person_informed",
          "WELFARE_NOTICE", finding_code="WELFARE_NOT_INFORMED")
    b.add("Notifications", "la_notice", "Local authority told (looked-after child)", "local_authority_informed",
          "LA_NOTICE", applies=f.record.child.looked_after, finding_code="LA_NOT_INFORMED")
    child = f.record.child
    b.add("Notifications", "responsible_officer", "Responsible officer under the court order told",
          "responsible_officer_informed", "RESPONSIBLE_OFFICER_NOTICE",
          applies=f.v11 and bool(str(child.responsible_officer or "").strip()),
          finding_code="RESPONSIBLE_OFFICER_NOT_INFORMED",
          detail=str(child.responsible_officer or "") if f.v11 else "")
    if f.v11 and child.sex == "female":
        b.add("Booking in", "woman_responsible", "A woman named to be responsible for the girl's care",
              "woman_responsible_named", "WOMAN_RESPONSIBLE", finding_code="GIRL_NOT_IN_CARE_OF_WOMAN")
    b.add("Appropriate adult", "aa_request", "Appropriate adult asked to attend", "aa_requested", "AA_REQUEST",
          finding_code="AA_NOT_REQUESTED")
    b.add("Appropriate adult", "aa_arrival", "Appropriate adult arrived", "aa_arrived", "AA_ARRIVAL",
          finding_code="AA_DELAYED")
    rights = next((r for r in f.all("rights_given") if r["aa_present"]), None)
    if rights is not None:
        b.items.append(_done("Appropriate adult", "rights_with_aa", "Rights given with the AA present", rights,
                             "rights_given"))
    else:
        b.add("Appropriate adult", "rights_with_aa", "Rights given with the AA present", None, "RIGHTS_WITH_AA",
              finding_code="RIGHTS_NOT_GIVEN_WITH_AA")
    health_needed = "HEALTHCARE" in b.due or f.first("healthcare_requested") is not None \
        or "HEALTHCARE_NOT_REQUESTED" in b.late
    b.add("Health and risk", "healthcare", "Healthcare asked for (force used or a risk flag)", "healthcare_requested",
          "HEALTHCARE", applies=health_needed, finding_code="HEALTHCARE_NOT_REQUESTED",
          detail="" if health_needed else "no trigger recorded")
    b.add("Health and risk", "healthcare_seen", "Seen by a healthcare professional", "healthcare_seen",
          applies=health_needed)
    b.add("Care and visits", "observation_level", "Observation level set", "observation_level_set")
    level = next((e for e in reversed(f.all("observation_level_set"))), None)
    _latest(b, "Care and visits", "visit", f"Visits (at least every {observation_interval(f, level)} min)",
            "observation", "OBSERVATION", "OBSERVATION_MISSED")
    _latest(b, "Care and visits", "food", "Food and drink offered", "meal", "FOOD_DRINK", "FOOD_DRINK_GAP",
            also="drink")
    b.add("Interview", "interview", "Interview (with the appropriate adult)", "interview_started")
    for slot in reviews:
        key = f"review_{slot.number}"
        label = f"Review {slot.number}" + (" (postponed)" if slot.postponed else "")
        if slot.done is not None:
            ev = next(e for e in f.events if e.index == slot.event_index)
            b.items.append(_done("Reviews", key, label, ev, "review"))
        else:
            d = b.due.get("REVIEW")
            state = "overdue" if d is not None and d.overdue else "due"
            b.items.append(ChecklistItem("Reviews", key, label, state, "review", slot.due))
    if "INFORM_ON_WAKING" in b.due:
        b.items.append(ChecklistItem("Reviews", "inform_on_waking", "Tell the child the review's outcome on waking",
                                     "due", "child_informed_of_review"))
    b.add("Charge and bail", "charge", "Charge", "charged", detail="" if acc.charged else "not charged")
    b.add("Charge and bail", "bail", "Bail decision after charge", "bail_decision", "BAIL_DECISION",
          applies=acc.charged, finding_code="BAIL_DECISION_NOT_RECORDED")
    b.add("Accommodation", "la_request", "Local authority accommodation asked for (PACE s38(6))",
          "la_accommodation_requested", "LA_REQUEST", applies=acc.applies or bool(f.all("la_accommodation_requested")),
          detail=acc.why, finding_code="TRANSFER_NOT_REQUESTED")
    if "ESCALATION" in b.due or acc.not_provided_unescalated:
        b.add("Accommodation", "escalation", "Escalate the refusal", "escalated", "ESCALATION",
              finding_code="NOT_ESCALATED")
    if "TRANSFER" in b.due or "TRANSFER_DELAYED" in b.late:
        b.add("Accommodation", "transfer", "Move the child to the accommodation provided", "transferred", "TRANSFER",
              finding_code="TRANSFER_DELAYED")
    certified = bool(f.all("certificate_issued"))
    b.add("Certificate", "certificate", "s38(6) certificate (only if the move is impracticable)",
          "certificate_issued", "CERTIFICATE", applies=acc.applies or certified, detail=acc.why)
    if f.v11:
        b.add("Certificate", "supervision", "An inspector supervises the certificate (Code C 16.7)",
              "certificate_endorsed", "CERTIFICATE_SUPERVISION", applies=certified,
              finding_code="CERTIFICATE_NOT_SUPERVISED")
        b.add("Certificate", "court", "Court and first sitting after charge fixed (PACE s46)", "court_fixed", "COURT",
              applies=acc.charged, finding_code="COURT_NOT_FIRST_SITTING")
        b.add("Certificate", "produced", "Certificate produced to the court (s38(7))", "certificate_produced",
              applies=certified, finding_code="CERTIFICATE_NOT_PRODUCED")
    leaving = f.leaving
    if leaving is not None:
        b.items.append(_done("Leaving custody", "leaving", "Left custody", leaving, leaving.type))
    else:
        b.items.append(ChecklistItem("Leaving custody", "leaving", "Release or transfer", "pending", "released"))
    b.add("Safeguarding referral", "referral", "Referral to children's social care", "safeguarding_referral",
          "SAFEGUARDING_REFERRAL", finding_code="SAFEGUARDING_REFERRAL_MISSING",
          detail="due within 24 h of leaving" if left else "")
    return tuple(b.items)


def _latest(b: _Builder, stage: str, key: str, label: str, event_type: str, due_code: str, finding_code: str,
            also: str | None = None) -> None:
    f = b.f
    events = f.all(event_type) + (f.all(also) if also else [])
    d = b.due.get(due_code)
    if d is not None:
        last = max(events, key=f.pos) if events else None
        detail = f"last {show(last.at)} by {last.by}" if last else "none yet"
        if finding_code in b.late:
            detail += f"; missed before ({finding_code})"
        b.items.append(ChecklistItem(stage, key, label, "overdue" if d.overdue else "due", event_type, d.due,
                                     detail=detail))
    elif events:
        last = max(events, key=f.pos)
        b.items.append(_done(stage, key, label, last, event_type,
                             f"{len(events)} recorded" + (f"; missed ({finding_code})" if finding_code in b.late else "")))
    else:
        b.items.append(ChecklistItem(stage, key, label, "pending", event_type))

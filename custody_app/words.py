"""The words for the interchange format's event types: one table for the screen and the
paper (the desk's labels and the documents' titles both read it)."""

from __future__ import annotations

EVENT_LABELS: dict[str, str] = {
    "arrested": "Arrested", "arrived_at_station": "Arrival at the station",
    "detention_authorised": "Detention authorised", "welfare_person_informed": "Welfare person informed",
    "local_authority_informed": "Local authority informed", "rights_given": "Rights and entitlements given",
    "aa_requested": "Appropriate adult requested", "aa_contact_failed": "Appropriate adult not obtained",
    "aa_arrived": "Appropriate adult arrived", "aa_left": "Appropriate adult left",
    "risk_assessment": "Risk assessment", "healthcare_requested": "Healthcare requested",
    "healthcare_seen": "Seen by healthcare", "liaison_diversion_referred": "Liaison and diversion referral",
    "observation_level_set": "Observation level set", "observation": "Visit",
    "placement": "Placement (cell or room)", "meal": "Meal offered", "drink": "Drink offered",
    "exercise": "Exercise offered", "solicitor_requested": "Solicitor requested",
    "solicitor_arrived": "Solicitor arrived", "interview_started": "Interview started",
    "interview_ended": "Interview ended", "strip_search": "Strip search", "review": "Review of detention",
    "review_postponed": "Review postponed", "child_informed_of_review": "Child told of the review's outcome",
    "extension_authorised": "Extension authorised (s42)",
    "warrant_of_further_detention": "Warrant of further detention", "charged": "Charged",
    "bail_decision": "Bail decision", "la_accommodation_requested": "Local authority accommodation requested",
    "la_response": "Local authority response", "escalated": "Escalated",
    "certificate_issued": "s38(6) certificate issued", "transferred": "Transferred",
    "safeguarding_referral": "Safeguarding referral", "released": "Released",
    "appeared_in_court": "Appeared in court", "correction": "Correction", "note": "Note",
    "responsible_officer_informed": "Responsible officer told",
    "woman_responsible_named": "Woman responsible for the girl named",
    "certificate_endorsed": "s38(6) certificate supervised by an inspector",
    "court_fixed": "Court and sitting fixed",
    "certificate_produced": "s38(6) certificate produced to the court",
}


def event_label(event_type: str) -> str:
    """'Appropriate adult arrived' for aa_arrived; an unknown type in plain words."""
    return EVENT_LABELS.get(event_type, event_type.replace("_", " ").capitalize())


# The policy figures in words (the settings screen; the figure's own name is for files).
POLICY_LABELS = {
    "welfare_notice_minutes": "Tell the person responsible for welfare within (minutes)",
    "la_notice_minutes": "Tell the local authority (looked-after child) within (minutes)",
    "responsible_officer_notice_minutes": "Tell the responsible officer within (minutes)",
    "woman_responsible_minutes": "A woman responsible for a girl, within (minutes)",
    "aa_request_minutes": "Ask for an appropriate adult within (minutes)",
    "aa_arrival_within_minutes": "Appropriate adult to arrive within (minutes)",
    "aa_inspector_alert_minutes": "Alert the inspector when an appropriate adult is awaited (minutes)",
    "aa_interview_minutes": "A late appropriate adult's arrival counts as timed to an interview within (minutes)",
    "rights_with_aa_minutes": "Rights given again with the appropriate adult within (minutes)",
    "healthcare_request_minutes": "Ask for healthcare within (minutes)",
    "observation_max_interval_minutes": "Longest time between visits for a child (minutes)",
    "observation_grace_minutes": "Grace after a visit falls due (minutes)",
    "food_drink_gap_hours": "Longest time without food or drink (hours)",
    "bail_decision_grace_minutes": "Bail decision after charge within (minutes)",
    "transfer_request_minutes": "Ask for local authority accommodation within (minutes)",
    "escalation_minutes": "Escalate a refusal within (minutes)",
    "la_transfer_within_minutes": "Move to local authority accommodation within (minutes)",
    "court_imminent_window_hours": "Court counts as imminent within (hours)",
    "certificate_supervision_within_minutes": "A certificate endorsed by a supervisor within (minutes)",
    "post_charge_max_hours": "Longest stay in the suite after charge (hours)",
    "safeguarding_referral_hours": "Refer to children's social care within (hours)",
    "due_soon_minutes": "Warn (amber) this long before something is due (minutes)",
    "idle_lock_minutes": "Lock the desk after this long without use (minutes)",
    "failed_pin_limit": "Wrong PINs before a user is locked out",
    "pin_lockout_minutes": "Lock-out after too many wrong PINs (minutes)",
}


def policy_label(name: str) -> str:
    """A policy figure in words; an unknown one from its name."""
    if name in POLICY_LABELS:
        return POLICY_LABELS[name]
    words = name.replace("_", " ")
    for unit in (" minutes", " hours"):
        if words.endswith(unit):
            return f"{words[: -len(unit)].capitalize()} ({unit.strip()})"
    return words.capitalize()

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
}


def event_label(event_type: str) -> str:
    """'Appropriate adult arrived' for aa_arrived; an unknown type in plain words."""
    return EVENT_LABELS.get(event_type, event_type.replace("_", " ").capitalize())

"""Plain words for event types, fields and choices (the interchange format's names are for machines)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.schema import EVENT_TYPES
from ..words import EVENT_LABELS, event_label

# The order of the New entry picker: the commonest first.
ENTRY_ORDER = (
    "observation", "meal", "drink", "aa_requested", "aa_arrived", "aa_contact_failed", "aa_left",
    "welfare_person_informed", "local_authority_informed", "rights_given", "risk_assessment",
    "healthcare_requested", "healthcare_seen", "observation_level_set", "placement", "exercise",
    "solicitor_requested", "solicitor_arrived", "interview_started", "interview_ended", "review",
    "review_postponed", "child_informed_of_review", "extension_authorised",
    "warrant_of_further_detention", "charged", "bail_decision", "la_accommodation_requested",
    "la_response", "escalated", "certificate_issued", "strip_search", "liaison_diversion_referred",
    "safeguarding_referral", "released", "transferred", "appeared_in_court",
    "responsible_officer_informed", "woman_responsible_named", "court_fixed", "certificate_endorsed",
    "certificate_produced", "note",
)

FIELD_LABELS: dict[str, str] = {
    "aa_present": "Appropriate adult present", "urgent_authorised_by": "Urgent authority given by (superintendent)",
    "urgent_without_aa_reason": "Why it could not wait for an AA", "fit_to_detain": "Fit to detain",
    "fit_to_interview": "Fit to interview", "interval_minutes": "Visit every (minutes)",
    "rousing": "Rouse at each visit", "roused": "Child roused", "with_adult": "With a detained adult",
    "child_asleep": "Child asleep", "bail_considered": "Bail considered",
    "welfare_considered": "Welfare considered", "limit_hours": "New limit (hours from the relevant time)",
    "accommodation_required": "Accommodation the child needed", "la_response": "Response",
    "outside_force_area": "Outside the force area", "force_used": "Force used",
}

CHOICE_LABELS: dict[str, str] = {
    "la_non_secure": "local authority, non-secure", "la_secure": "local authority, secure",
    "youth_offending_team": "youth offending team", "in_person": "in person",
    "no_further_action": "no further action", "released_under_investigation": "released under investigation",
    "charged_bailed": "charged and bailed", "non_secure": "non-secure", "la_senior_manager": "local authority senior manager",
}

EVENT_HELP: dict[str, str] = {
    "observation": "A visit to the child in the cell or room. Rouse and speak to them if the level says so.",
    "aa_arrived": "The appropriate adult is at the station with the child. Give or repeat the rights with them present.",
    "interview_started": "A child is interviewed with an appropriate adult; without one only on a superintendent's urgent authority (Code C 11.1, 11.18).",
    "placement": "A child is not placed in a cell unless no other secure place is practicable, and never with a detained adult (Code C 8.8).",
    "review": "A review of detention (PACE s40). Before charge: an inspector or above not involved in the case. Your rank is taken from your sign-in.",
    "extension_authorised": "Superintendent's extension to 36 hours (PACE s42): after the second review and before the 24-hour limit.",
    "bail_decision": "After charge: bail unless a s38(1) ground applies.",
    "certificate_issued": "Only after asking the local authority and escalating. Never the child's behaviour, the offence or the lack of a secure place (Code C Note 16D).",
    "released": "The child leaves police detention: the record's clocks stop here.",
    "meal": "Food offered (Code C 8.6).",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def choice_label(value: str) -> str:
    return CHOICE_LABELS.get(value, value.replace("_", " "))


__all__ = ["CHOICE_LABELS", "ENTRY_ORDER", "EVENT_HELP", "EVENT_LABELS", "FIELD_LABELS", "choice_label",
           "event_label", "field_label", "summary", "value_words"]


def value_words(name: str, value: Any) -> str:
    """A field's value in words: yes/no, a choice's label, a list joined."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(choice_label(str(v)) for v in value) or "none"
    if value is None or value == "":
        return "—"
    return choice_label(str(value)) if "_" in str(value) and " " not in str(value) else str(value)


def summary(event_type: str, fields: Mapping[str, Any]) -> str:
    """One line of what an entry says, for the timeline."""
    parts = []
    for name, spec in EVENT_TYPES.get(event_type, {}).items():
        value = fields.get(name)
        if value is None or value == () or value == [] or value == "":
            continue
        if spec.kind == "bool":
            parts.append(f"{field_label(name).lower()}: {'yes' if value else 'no'}")
        elif spec.kind in ("enum_list", "str_list"):
            parts.append(f"{field_label(name).lower()}: {', '.join(choice_label(v) for v in value)}")
        elif spec.kind == "representations":
            given = [k.replace("_", " ") for k, v in dict(value).items() if v]
            parts.append("representations from " + (", ".join(given) if given else "nobody"))
        elif spec.kind == "object":
            parts.append(", ".join(f"{field_label(k).lower()} now {value_words(k, v)}" for k, v in dict(value).items()))
        elif spec.kind == "enum":
            parts.append(choice_label(str(value)))
        else:
            parts.append(f"{field_label(name).lower()}: {value}" if name not in ("name", "text", "response") else str(value))
    return "; ".join(parts)

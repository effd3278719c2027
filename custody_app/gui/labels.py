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
        elif spec.kind == "people":  # 1.1
            parts.append("present: " + ", ".join(f"{p['name']} ({choice_label(p['role'])}, {p['sex']})"
                                                 for p in value))
        elif spec.kind == "instant":  # 1.1
            from ..rules.timecalc import show
            parts.append(f"{field_label(name).lower()}: {show(value)}")
        else:
            parts.append(f"{field_label(name).lower()}: {value}" if name not in ("name", "text", "response") else str(value))
    return "; ".join(parts)


# --- custody-record/1.1 (issue 11): the new event types, fields and choices ---------------
# Kept apart from the tables above so the two can be merged without touching each other.
FIELD_LABELS.update({
    "offence_codes": "Offences (from the offence table)",
    "indictable": "An offence arrested for is indictable",
    "exclusions_checked": "Checked: none of Code C 1.7 / Note 1B applies to this person",
    "awake_and_spoke": "Awake and answered questions (no rousing needed)",
    "urgent_rank": "Rank of the officer who authorised it",
    "urgent_grounds": "Grounds for the urgent interview (Code C 11.1)",
    "intimate_parts_exposed": "Intimate parts exposed",
    "present": "Everyone present besides the child (AA included)",
    "urgency": "Urgency (why it could not wait for the AA)",
    "aa_waiver": "The child, with the AA present, did not want the AA at the search",
    "aa_waiver_agreed_by": "AA who agreed to the waiver and signed",
    "reviewer_not_involved": "I have not been directly involved in the investigation (s40(1)(b))",
    "remote_reason": "Why not in person",
    "other_reason": "The reason behind 'other'",
    "serious_harm_reasons": "Why other accommodation would not protect the public from serious harm",
    "officer_name": "Custody officer's name", "officer_rank": "Custody officer's rank",
    "certificate": "Certificate (entry id; empty: the last one)",
    "override": "Override: allow the certificate to print despite standing findings",
    "court": "Court", "sitting_at": "Sitting at (UK time)", "first_sitting": "The first sitting after charge",
    "received_by": "Received by (court officer)",
})
CHOICE_LABELS.update({
    "not_known": "not known", "local_authority": "the local authority that looks after the child",
    "breach_of_remand_conditions": "breach of remand conditions (LASPO 2012 s97)",
    "prevent_injury_or_damage": "prevent injury or damage",
    "risk_of_serious_harm_to_child": "risk of serious harm to the child",
    "risk_of_serious_harm_to_others": "risk of serious harm to others",
    "appropriate_adult": "appropriate adult",
})
# Code C 1.7 and Note 1B: who may not be the appropriate adult, in words (the form shows them
# beside the tick that declares none applies).
AA_EXCLUSIONS = (
    "a police officer or a person employed by the police",
    "suspected of involvement in the offence",
    "the victim",
    "a witness",
    "involved in the investigation",
    "has received admissions from the child",
    "a parent from whom the child is estranged and whom the child objects to",
)
EVENT_HELP.update({
    "aa_arrived": ("The appropriate adult is at the station with the child. Give or repeat the rights with them "
                   "present. Before ticking the check, confirm that this person is not: "
                   + "; ".join(AA_EXCLUSIONS) + " (Code C 1.7, Note 1B)."),
    "responsible_officer_informed": ("The child's responsible officer under a court order (usually the youth "
                                     "offending team) is told of the arrest and where the child is (Code C 3.14)."),
    "woman_responsible_named": "A girl is placed in the care of a woman while detained (Code C 3.20A): name her.",
    "court_fixed": ("The court and sitting at which the charged child is to be produced (PACE s46: the first "
                    "sitting after charge). The certificate goes to that court (s38(7))."),
    "certificate_produced": "The s38(6) certificate handed to the court (PACE s38(7)); may be entered after the child left.",
    "certificate_endorsed": ("An inspector or above monitors and supervises the case of a child kept under a "
                             "certificate (Code C 16.7). An override, with its reason, lets the certificate print "
                             "while a transfer or escalation finding stands for it. Your rank is taken from your "
                             "sign-in."),
    "strip_search": ("Any removal of more than outer clothing, a change into safety clothing included (Code C "
                     "Annex A). List everyone present besides the child: name, role and sex ('Add a person present' adds a line)."),
    "interview_started": ("A child is interviewed with an appropriate adult; without one only on a "
                          "superintendent's urgent authority, with the grounds recorded (Code C 11.1, 11.18)."),
    "observation": ("A visit to the child in the cell or room. Rouse and speak to them if the level says so; "
                    "a child awake who answered questions needs no rousing."),
})

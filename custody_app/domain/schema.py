"""The custody-record/1 event types and their fields, as data (INTERCHANGE.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

RELATIONSHIPS = ("parent", "guardian", "social_worker", "youth_offending_team", "volunteer", "other_adult")
RANKS = ("sergeant", "inspector", "superintendent", "higher")
RISK_FLAGS = (
    "self_harm", "suicide_history", "mental_health", "learning_disability", "injury",
    "force_used", "alcohol", "drugs", "medical_condition", "pregnancy",
)
BAIL_GROUNDS = (
    "name_or_address_unknown", "fail_to_surrender", "commit_offence", "interfere_with_justice",
    "own_protection", "own_interests", "serious_harm_to_public", "other",
)
CERTIFICATE_REASONS = (
    "weather_or_transport_impossible", "court_imminent", "childs_behaviour", "nature_of_offence",
    "no_secure_available", "no_la_accommodation", "serious_harm_to_public", "other",
)
ACCOMMODATION_KINDS = ("non_secure", "secure")
ARREST_REASONS = ("offence", "breach_of_court_bail", "warrant", "breach_of_police_bail")
TRANSFER_DESTINATIONS = ("la_non_secure", "la_secure", "other_station", "court", "hospital")
RELEASE_OUTCOMES = ("no_further_action", "released_under_investigation", "bail", "charged_bailed", "other")
PLACEMENT_LOCATIONS = ("detention_room", "juvenile_cell", "adult_cell", "other")
CHARGE_CATEGORIES = ("violent", "sexual", "other")


@dataclass(frozen=True)
class Field:
    """One field of an event: its JSON kind and what it may hold.

    kind: "str", "bool", "int", "enum", "str_list", "enum_list", "representations", "object".
    nullable: null is allowed (and absence then means null).
    default: used when absent (only for fields with a default in INTERCHANGE.md).
    """

    kind: str
    nullable: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    has_default: bool = False
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False

    @property
    def required(self) -> bool:
        return not (self.nullable or self.has_default)


def _s() -> Field:
    return Field("str")


def _s_or_null() -> Field:
    return Field("str", nullable=True)


def _b() -> Field:
    return Field("bool")


def _enum(choices: tuple[str, ...], nullable: bool = False) -> Field:
    return Field("enum", nullable=nullable, choices=choices)


EVENT_TYPES: dict[str, dict[str, Field]] = {
    "arrested": {
        "offences": Field("str_list"),
        "reason": _enum(ARREST_REASONS),
        "outside_force_area": Field("bool", default=False, has_default=True),
        "force_used": Field("bool", default=False, has_default=True),
    },
    "arrived_at_station": {},
    "detention_authorised": {"grounds": _s()},
    "welfare_person_informed": {"name": _s(), "relationship": _s()},
    "local_authority_informed": {"name": _s()},
    "rights_given": {"aa_present": _b()},
    "aa_requested": {"name": _s(), "relationship": _enum(RELATIONSHIPS), "contact": _s_or_null()},
    "aa_contact_failed": {"name": _s(), "outcome": _enum(("no_answer", "refused", "unsuitable"))},
    "aa_arrived": {"name": _s()},
    "aa_left": {"name": _s()},
    "risk_assessment": {"flags": Field("enum_list", choices=RISK_FLAGS), "notes": _s_or_null()},
    "healthcare_requested": {"reason": _s()},
    "healthcare_seen": {"professional": _s(), "fit_to_detain": _b(), "fit_to_interview": _b()},
    "liaison_diversion_referred": {},
    "observation_level_set": {
        "interval_minutes": Field("int", minimum=1, maximum=60),
        "rousing": _b(),
    },
    "observation": {"roused": _b(), "response": _s()},
    "placement": {
        "location": _enum(PLACEMENT_LOCATIONS),
        "reason": _s(),
        "with_adult": Field("bool", default=False, has_default=True),
    },
    "meal": {"kind": _enum(("light", "main"))},
    "drink": {},
    "exercise": {},
    "solicitor_requested": {"name": _s()},
    "solicitor_arrived": {"name": _s()},
    "interview_started": {"aa_present": _b(), "urgent_authorised_by": _s_or_null()},
    "interview_ended": {},
    "strip_search": {
        "aa_present": _b(),
        "authorised_by": _s(),
        "reason": _s(),
        "urgent_without_aa_reason": _s_or_null(),
    },
    "review": {
        "rank": _enum(RANKS),
        "mode": _enum(("in_person", "video", "telephone")),
        "child_asleep": _b(),
        "representations": Field("representations"),
        "bail_considered": _b(),
        "welfare_considered": _b(),
        "outcome": _enum(("continue", "release")),
    },
    "review_postponed": {"reason": _s()},
    "child_informed_of_review": {},
    "extension_authorised": {
        "rank": _enum(RANKS),
        "limit_hours": Field("int", default=36, has_default=True, minimum=24, maximum=36,
                             exclusive_minimum=True),
    },
    "warrant_of_further_detention": {
        "limit_hours": Field("int", minimum=24, maximum=96, exclusive_minimum=True),
    },
    "charged": {"offences": Field("str_list"), "category": _enum(CHARGE_CATEGORIES)},
    "bail_decision": {"granted": _b(), "grounds": Field("enum_list", choices=BAIL_GROUNDS)},
    "la_accommodation_requested": {
        "kind": _enum(ACCOMMODATION_KINDS),
        "authority": _s(),
        "contact": _s_or_null(),
    },
    "la_response": {
        "provided": _b(),
        "kind": _enum(ACCOMMODATION_KINDS, nullable=True),
        "reason": _s(),
    },
    "escalated": {
        "to": _enum(("duty_inspector", "superintendent", "la_senior_manager", "other")),
        "outcome": _s(),
    },
    "certificate_issued": {
        "ground": _enum(("impracticable", "no_secure_accommodation")),
        "circumstances": _s(),
        "reasons": Field("enum_list", choices=CERTIFICATE_REASONS),
        "accommodation_required": _enum(ACCOMMODATION_KINDS),
    },
    "transferred": {"to": _enum(TRANSFER_DESTINATIONS)},
    "safeguarding_referral": {"reference": _s()},
    "released": {"outcome": _enum(RELEASE_OUTCOMES)},
    "appeared_in_court": {},
    "correction": {"corrects": _s(), "fields": Field("object"), "reason": _s()},
    "note": {"text": _s()},
}

COMMON_FIELDS = ("type", "at", "by", "id", "note")
LEAVING_TYPES = ("released", "transferred")
ALLOWED_AFTER_LEAVING = ("appeared_in_court", "safeguarding_referral", "note", "correction")
MAX_EVENTS = 10_000
MAX_BYTES = 5_000_000

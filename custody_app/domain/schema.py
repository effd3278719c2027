"""The custody-record/1.1 event types and their fields, as data (INTERCHANGE.md); the 1.0
table is the same without the fields and types marked (1.1)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

RELATIONSHIPS = ("parent", "guardian", "social_worker", "youth_offending_team", "volunteer", "other_adult",
                 "local_authority")
RANKS = ("sergeant", "inspector", "superintendent", "higher")
RISK_FLAGS = (
    "self_harm", "suicide_history", "mental_health", "learning_disability", "injury",
    "force_used", "alcohol", "drugs", "medical_condition", "pregnancy",
)
# 1.1: serious_harm_to_public withdrawn (not a s38(1) ground), prevent_injury_or_damage added
BAIL_GROUNDS = (
    "name_or_address_unknown", "fail_to_surrender", "commit_offence", "prevent_injury_or_damage",
    "interfere_with_justice", "own_protection", "own_interests", "other",
)
BAIL_GROUNDS_10 = (
    "name_or_address_unknown", "fail_to_surrender", "commit_offence", "interfere_with_justice",
    "own_protection", "own_interests", "serious_harm_to_public", "other",
)
CERTIFICATE_REASONS = (
    "weather_or_transport_impossible", "court_imminent", "childs_behaviour", "nature_of_offence",
    "no_secure_available", "no_la_accommodation", "serious_harm_to_public", "other",
)
ACCOMMODATION_KINDS = ("non_secure", "secure")
ARREST_REASONS = ("offence", "breach_of_court_bail", "warrant", "breach_of_police_bail",
                  "breach_of_remand_conditions")
TRANSFER_DESTINATIONS = ("la_non_secure", "la_secure", "other_station", "court", "hospital")
RELEASE_OUTCOMES = ("no_further_action", "released_under_investigation", "bail", "charged_bailed", "other")
PLACEMENT_LOCATIONS = ("detention_room", "juvenile_cell", "adult_cell", "other")
CHARGE_CATEGORIES = ("violent", "sexual", "other")
SEXES = ("female", "male", "not_known")
SEARCH_ROLES = ("searcher", "officer", "appropriate_adult", "healthcare", "other")
SEARCH_URGENCIES = ("risk_of_serious_harm_to_child", "risk_of_serious_harm_to_others")
CERTIFICATE_GROUNDS = ("impracticable", "no_secure_accommodation")

@dataclass(frozen=True)
class Field:
    """One field of an event: its JSON kind and what it may hold.

    kind: "str", "bool", "int", "enum", "str_list", "enum_list", "representations", "object",
    "instant" (an ISO 8601 time with its offset, held as a UTC datetime), "people" (a list of
    {name, role, sex}).
    nullable: null is allowed (and absence then means null).
    default: used when absent (only for fields with a default in INTERCHANGE.md).
    v11: the field is new in custody-record/1.1 (an unknown field in a 1.0 document).
    choices_10: the 1.0 list where it differs from the 1.1 one.
    """

    kind: str
    nullable: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    has_default: bool = False
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    v11: bool = False
    choices_10: tuple[str, ...] | None = None
    withdrawn: tuple[str, ...] = ()  # values of an earlier version, refused with their own message

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


def _new(spec: Field) -> Field:
    """A field new in 1.1."""
    return replace(spec, v11=True)


_RANK = _enum(RANKS)
_BY_RANK_OR_NULL = _enum(RANKS, nullable=True)
_FALSE = Field("bool", default=False, has_default=True)

EVENT_TYPES: dict[str, dict[str, Field]] = {
    "arrested": {
        "offences": Field("str_list"),
        "reason": replace(_enum(ARREST_REASONS), choices_10=ARREST_REASONS[:4]),
        "outside_force_area": _FALSE,
        "force_used": _FALSE,
        "offence_codes": _new(Field("str_list", default=(), has_default=True)),
        "indictable": _new(Field("bool", nullable=True)),
    },
    "arrived_at_station": {},
    "detention_authorised": {"grounds": _s()},
    "welfare_person_informed": {"name": _s(), "relationship": _s()},
    "local_authority_informed": {"name": _s()},
    "responsible_officer_informed": {"name": _s()},
    "woman_responsible_named": {"name": _s()},
    "rights_given": {"aa_present": _b()},
    "aa_requested": {"name": _s(), "relationship": replace(_enum(RELATIONSHIPS), choices_10=RELATIONSHIPS[:6]),
                     "contact": _s_or_null()},
    "aa_contact_failed": {"name": _s(), "outcome": _enum(("no_answer", "refused", "unsuitable")),
                          "relationship": _new(_enum(RELATIONSHIPS, nullable=True))},
    "aa_arrived": {"name": _s(), "exclusions_checked": _new(_FALSE)},
    "aa_left": {"name": _s()},
    "risk_assessment": {"flags": Field("enum_list", choices=RISK_FLAGS), "notes": _s_or_null()},
    "healthcare_requested": {"reason": _s()},
    "healthcare_seen": {"professional": _s(), "fit_to_detain": _b(), "fit_to_interview": _b()},
    "liaison_diversion_referred": {},
    "observation_level_set": {
        "interval_minutes": Field("int", minimum=1, maximum=60),
        "rousing": _b(),
    },
    "observation": {"roused": _b(), "response": _s(), "awake_and_spoke": _new(_FALSE)},
    "placement": {
        "location": _enum(PLACEMENT_LOCATIONS),
        "reason": _s(),
        "with_adult": _FALSE,
    },
    "meal": {"kind": _enum(("light", "main"))},
    "drink": {},
    "exercise": {},
    "solicitor_requested": {"name": _s()},
    "solicitor_arrived": {"name": _s()},
    "interview_started": {"aa_present": _b(), "urgent_authorised_by": _s_or_null(),
                          "urgent_rank": _new(_BY_RANK_OR_NULL), "urgent_grounds": _new(_s_or_null())},
    "interview_ended": {},
    "strip_search": {
        "aa_present": _b(),
        "authorised_by": _s(),
        "reason": _s(),
        "urgent_without_aa_reason": _s_or_null(),
        "intimate_parts_exposed": _new(Field("bool", default=True, has_default=True)),
        "present": _new(Field("people")),
        "urgency": _new(_enum(SEARCH_URGENCIES, nullable=True)),
        "aa_waiver": _new(_FALSE),
        "aa_waiver_agreed_by": _new(_s_or_null()),
    },
    "review": {
        "rank": _RANK,
        "mode": _enum(("in_person", "video", "telephone")),
        "child_asleep": _b(),
        "representations": Field("representations"),
        "bail_considered": _b(),
        "welfare_considered": _b(),
        "outcome": _enum(("continue", "release")),
        "reviewer_not_involved": _new(_FALSE),
        "remote_reason": _new(_s_or_null()),
    },
    "review_postponed": {"reason": _s()},
    "child_informed_of_review": {},
    "extension_authorised": {
        "rank": _RANK,
        "limit_hours": Field("int", default=36, has_default=True, minimum=24, maximum=36,
                             exclusive_minimum=True),
    },
    "warrant_of_further_detention": {
        "limit_hours": Field("int", minimum=24, maximum=96, exclusive_minimum=True),
    },
    "charged": {"offences": Field("str_list"), "category": _enum(CHARGE_CATEGORIES),
                "offence_codes": _new(Field("str_list", default=(), has_default=True))},
    "bail_decision": {"granted": _b(),
                      "grounds": Field("enum_list", choices=BAIL_GROUNDS, choices_10=BAIL_GROUNDS_10,
                                       withdrawn=("serious_harm_to_public",)),
                      "other_reason": _new(_s_or_null())},
    "la_accommodation_requested": {
        "kind": _enum(ACCOMMODATION_KINDS),
        "authority": _s(),
        "contact": _s_or_null(),
        "serious_harm_reasons": _new(_s_or_null()),
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
        "ground": _enum(CERTIFICATE_GROUNDS),
        "circumstances": _s(),
        "reasons": Field("enum_list", choices=CERTIFICATE_REASONS),
        "accommodation_required": _enum(ACCOMMODATION_KINDS),
        "other_reason": _new(_s_or_null()),
        "serious_harm_reasons": _new(_s_or_null()),
        "officer_name": _new(_s_or_null()),
        "officer_rank": _new(_BY_RANK_OR_NULL),
    },
    "certificate_endorsed": {
        "certificate": _s_or_null(),
        "rank": _RANK,
        "override": _FALSE,
        "reason": Field("str", default="", has_default=True),
    },
    "court_fixed": {"court": _s(), "sitting_at": Field("instant"), "first_sitting": Field(
        "bool", default=True, has_default=True)},
    "certificate_produced": {"court": _s(), "received_by": _s_or_null()},
    "transferred": {"to": _enum(TRANSFER_DESTINATIONS)},
    "safeguarding_referral": {"reference": _s()},
    "released": {"outcome": _enum(RELEASE_OUTCOMES)},
    "appeared_in_court": {},
    "correction": {"corrects": _s(), "fields": Field("object"), "reason": _s()},
    "note": {"text": _s()},
}

# event types new in custody-record/1.1: unknown types in a 1.0 document
V11_TYPES = frozenset({"responsible_officer_informed", "woman_responsible_named", "certificate_endorsed",
                       "court_fixed", "certificate_produced"})


def _table_10() -> dict[str, dict[str, Field]]:
    out: dict[str, dict[str, Field]] = {}
    for etype, spec in EVENT_TYPES.items():
        if etype in V11_TYPES:
            continue
        out[etype] = {name: (replace(f, choices=f.choices_10, withdrawn=()) if f.choices_10 is not None else f)
                      for name, f in spec.items() if not f.v11}
    return out


EVENT_TYPES_10: dict[str, dict[str, Field]] = _table_10()


def minor_version(fmt: str) -> int:
    """custody-record/1 and 1.N: N read as a whole number (1 and 1.0 are 0)."""
    _, _, minor = fmt.partition(".")
    return int(minor) if minor else 0


def is_v11(fmt: str) -> bool:
    return minor_version(fmt) >= 1


def event_types(fmt: str) -> dict[str, dict[str, Field]]:
    """The event table a document of this format is read by (INTERCHANGE.md "Versions")."""
    return EVENT_TYPES if is_v11(fmt) else EVENT_TYPES_10


COMMON_FIELDS = ("type", "at", "by", "id", "note")
LEAVING_TYPES = ("released", "transferred")
ALLOWED_AFTER_LEAVING = ("appeared_in_court", "safeguarding_referral", "note", "correction",
                         "certificate_produced", "certificate_endorsed")
MAX_EVENTS = 10_000
MAX_BYTES = 5_000_000

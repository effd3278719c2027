"""Plain words for the interchange format's codes, and the words of the Act.

Kept as data: where RULES.md says *(verify)*, a wording can be corrected here
without touching the layout code.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..words import EVENT_LABELS, event_label

# PACE 1984 s38(6), as amended (verify against legislation.gov.uk before relying on it).
S38_6_OPENING = (
    "Where a custody officer authorises an arrested juvenile to be kept in police detention "
    "under subsection (1) above, the custody officer shall, unless he certifies—"
)
GROUND_WORDS = {
    "impracticable": (
        "(a)",
        "that, by reason of such circumstances as are specified in the certificate, it is "
        "impracticable for him to do so",
    ),
    "no_secure_accommodation": (
        "(b)",
        "in the case of an arrested juvenile who has attained the age of 12 years, that no secure "
        "accommodation is available and that keeping him in other local authority accommodation "
        "would not be adequate to protect the public from serious harm from him",
    ),
}
S38_6_CLOSING = "secure that the arrested juvenile is moved to local authority accommodation."
S38_7 = (
    "A certificate made under subsection (6) above in respect of an arrested juvenile shall be "
    "produced to the court before which he is first brought thereafter."
)
GROUND_SHORT = {
    "impracticable": "(a) transfer impracticable",
    "no_secure_accommodation": "(b) no secure accommodation; other accommodation not adequate",
}

BAIL_GROUNDS = {  # RULES.md section 4: each ground with its s38(1) citation
    "name_or_address_unknown": "name or address cannot be ascertained, or is doubted "
                               "(s38(1)(b)(i) with (a)(i))",
    "fail_to_surrender": "will fail to appear in court to answer to bail (s38(1)(b)(i) with (a)(ii))",
    "commit_offence": "arrested for an imprisonable offence: detention necessary to prevent an offence "
                      "(s38(1)(b)(i) with (a)(iii))",
    "prevent_injury_or_damage": "arrested for an offence that is not imprisonable: to prevent physical "
                                "injury to another, or loss of or damage to property "
                                "(s38(1)(b)(i) with (a)(iv))",
    "interfere_with_justice": "to prevent interference with the administration of justice or an "
                              "investigation (s38(1)(b)(i) with (a)(v))",
    "own_protection": "for the child's own protection (s38(1)(b)(i) with (a)(vi))",
    "own_interests": "the child ought to be detained in their own interests (s38(1)(b)(ii))",
    "serious_harm_to_public": "not a s38(1) ground: recorded in an older (1.0) record as the officer's "
                              "belief that the public needed protection from serious harm (s38(6A))",
    "other": "other (not a ground listed in s38(1))",
}

CERTIFICATE_REASONS = {
    "weather_or_transport_impossible": "weather or transport made the move impossible",
    "court_imminent": "the court sits so soon that moving would deprive the child of rest or of "
                      "their appearance",
    "childs_behaviour": "the child's behaviour",
    "nature_of_offence": "the nature of the offence",
    "no_secure_available": "no secure accommodation available",
    "no_la_accommodation": "no local authority accommodation provided",
    "serious_harm_to_public": "other accommodation would not protect the public from serious harm",
    "other": "other (see the circumstances)",
}

BAIL_GROUNDS_SHORT = {
    "name_or_address_unknown": "name or address", "fail_to_surrender": "fail to surrender",
    "commit_offence": "prevent an offence", "prevent_injury_or_damage": "prevent injury or damage",
    "interfere_with_justice": "interference with justice", "own_protection": "own protection",
    "own_interests": "own interests", "serious_harm_to_public": "serious harm (1.0 record)",
    "other": "other",
}
RISK_FLAGS = {
    "self_harm": "SELF-HARM", "suicide_history": "SUICIDE HISTORY", "mental_health": "mental health",
    "learning_disability": "LEARNING DISABILITY", "injury": "injury", "force_used": "force used at arrest",
    "alcohol": "alcohol", "drugs": "DRUGS", "medical_condition": "medical condition", "pregnancy": "pregnancy",
}
STANDING_WORDS = {
    "TRANSFER_NOT_REQUESTED": "the local authority was not asked for accommodation in time before this "
                              "certificate",
    "NOT_ESCALATED": "a refusal by the local authority was not escalated in time before this certificate",
}
KINDS = {"non_secure": "non-secure", "secure": "secure"}
RANKS = {"sergeant": "Sergeant", "inspector": "Inspector", "superintendent": "Superintendent",
         "higher": "above Superintendent"}
SEXES = {"female": "female", "male": "male", "not_known": "not known"}
CATEGORIES = {"violent": "violent", "sexual": "sexual", "other": "other (neither violent nor sexual)"}
ESCALATED_TO = {
    "duty_inspector": "duty inspector",
    "superintendent": "superintendent",
    "la_senior_manager": "local authority senior manager",
    "other": "other",
}
TRANSFER_TO = {
    "la_non_secure": "local authority, non-secure accommodation",
    "la_secure": "local authority, secure accommodation",
    "other_station": "another police station",
    "court": "court",
    "hospital": "hospital",
}
RELEASE_OUTCOMES = {
    "no_further_action": "no further action",
    "released_under_investigation": "released under investigation",
    "bail": "bail",
    "charged_bailed": "charged and bailed",
    "other": "other",
}
ARREST_REASONS = {
    "offence": "an offence",
    "breach_of_court_bail": "breach of court bail (Bail Act s7)",
    "warrant": "a warrant",
    "breach_of_police_bail": "breach of police bail",
}
PLACEMENTS = {
    "detention_room": "detention room",
    "juvenile_cell": "juvenile cell",
    "adult_cell": "adult cell",
    "other": "other",
}

EVENT_TITLES = EVENT_LABELS  # one table for the screen and the paper: custody_app/words.py


def word(table: dict[str, str], code: object) -> str:
    if code is None:
        return "—"
    return table.get(str(code), str(code).replace("_", " "))


def words(table: dict[str, str], codes: Iterable[object]) -> list[str]:
    return [word(table, c) for c in codes]


def yes_no(value: object) -> str:
    return "yes" if value else "no"


def title(event_type: str) -> str:
    return event_label(event_type)

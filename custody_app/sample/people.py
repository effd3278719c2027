"""Fictional people, places and words for sample records (Warwickshire, plainly invented)."""

from __future__ import annotations

import random
from dataclasses import dataclass

SUITE = "Leamington Spa"
FORCE = "Warwickshire Police"

FORENAMES = (
    "Oliver", "Jack", "Harry", "George", "Charlie", "Jacob", "Thomas", "Oscar", "William", "James",
    "Alfie", "Joshua", "Riley", "Kai", "Tyler", "Callum", "Liam", "Connor", "Reece", "Kieran",
    "Mason", "Jayden", "Lewis", "Ethan", "Ryan", "Declan", "Aaron", "Rhys", "Bailey", "Owen",
    "Amelia", "Olivia", "Isla", "Emily", "Poppy", "Ava", "Jessica", "Lily", "Chloe", "Sophie",
    "Ellie", "Megan", "Holly", "Courtney", "Jade", "Leah", "Keira", "Tia", "Demi", "Niamh",
    "Aisha", "Mohammed", "Yusuf", "Priya", "Arjun", "Zain", "Tomasz", "Jakub", "Dominika", "Kofi",
)
SURNAMES = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
    "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "Harris",
    "Lewis", "Baker", "Bennett", "Griffiths", "Marsh", "Pritchard", "Kaur", "Singh", "Begum",
    "Hussain", "Kowalski", "Nowak", "Mensah", "O'Connor", "Doherty", "Fletcher", "Whitehouse",
)
LOCAL_AUTHORITIES = (
    "Warwickshire County Council", "Warwickshire County Council", "Warwickshire County Council",
    "Coventry City Council", "Solihull Metropolitan Borough Council", "Birmingham City Council",
)


@dataclass(frozen=True)
class Offence:
    text: str
    category: str  # violent | sexual | other
    serious: bool  # likely to lead to a remand


OFFENCES = (
    Offence("theft from a shop", "other", False),
    Offence("theft of a pedal cycle", "other", False),
    Offence("criminal damage", "other", False),
    Offence("taking a motor vehicle without consent", "other", False),
    Offence("burglary (dwelling)", "other", True),
    Offence("burglary (non-dwelling)", "other", False),
    Offence("handling stolen goods", "other", False),
    Offence("possession of cannabis", "other", False),
    Offence("possession with intent to supply a class A drug", "other", True),
    Offence("possession of a bladed article in a public place", "other", True),
    Offence("public order offence (section 4A)", "other", False),
    Offence("arson", "other", True),
    Offence("common assault", "violent", False),
    Offence("assault on an emergency worker", "violent", False),
    Offence("assault occasioning actual bodily harm", "violent", False),
    Offence("affray", "violent", False),
    Offence("robbery", "violent", True),
    Offence("wounding with intent (section 18)", "violent", True),
    Offence("grievous bodily harm (section 20)", "violent", True),
    Offence("sexual assault", "sexual", True),
)
SERIOUS_VIOLENT = tuple(o for o in OFFENCES if o.category == "violent" and o.serious)

DUTY_SOLICITORS = (
    "duty solicitor", "Duty solicitor (Whitfield & Co)", "Ms Hargreaves (Bannister Solicitors)",
    "Mr Okafor (Greville Law)", "Mrs Patel (Avonside Legal)",
)
VOLUNTEER_AAS = (
    "Susan Mortimer (AA scheme)", "David Hollis (AA scheme)", "Margaret Fenn (AA scheme)",
    "Peter Lowe (AA scheme)", "Janet Crossley (AA scheme)",
)
HEALTHCARE = ("HCP nurse Ellis", "HCP paramedic Grant", "FME Dr Rahman", "HCP nurse Whitmore")
GROUNDS = (
    "to obtain evidence by questioning",
    "to secure and preserve evidence and to obtain evidence by questioning",
)


def officer(rng: random.Random, prefix: str, lo: int, hi: int) -> str:
    return f"{prefix} {rng.randint(lo, hi)}"


@dataclass(frozen=True)
class Staff:
    """Officers on the four shift patterns that cover a detention (12 h shifts from 07:00)."""

    sergeants: tuple[str, ...]
    detention_officers: tuple[str, ...]
    inspectors: tuple[str, ...]
    arresting: str
    superintendent: str

    @classmethod
    def pick(cls, rng: random.Random) -> Staff:
        return cls(
            sergeants=tuple(officer(rng, "PS", 1100, 2999) for _ in range(4)),
            detention_officers=tuple(officer(rng, "DO", 300, 399) for _ in range(4)),
            inspectors=tuple(officer(rng, "Insp", 40, 99) for _ in range(4)),
            arresting=officer(rng, "PC", 3000, 5999),
            superintendent=officer(rng, "Supt", 10, 30),
        )


AWAKE_RESPONSES = (
    "awake, settled", "awake, settled", "awake, reading", "awake, asked for a drink",
    "lying down, awake, responded", "sitting on bench, settled", "awake, chatting through hatch",
    "awake, upset, spoke to DO", "awake, watching through door, calm",
)
ASLEEP_RESPONSES = ("asleep, breathing regular", "asleep, breathing regular, no concerns",
                    "asleep under blanket, breathing seen")
ROUSED_RESPONSES = ("roused: responded, spoke coherently", "roused: opened eyes, answered name",
                    "roused: responded, went back to sleep")
NOTES = (
    "Mother phoned for an update; told the position.",
    "Child asked for a blanket and a book; provided.",
    "Shift handover: child settled, no concerns raised.",
    "Child asked when they can go home; explained the process.",
    "Officer in the case updated the desk: awaiting CCTV.",
    "Child's property checked with them and signed for.",
    "Child spoke to the AA privately in the consultation room.",
)

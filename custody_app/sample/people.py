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
    # custody-record/1.1: codes of the default offence table (custody_app/data/offences.json);
    # empty where the table has no row for the offence (never a code that is only close)
    codes: tuple[str, ...] = ()


OFFENCES = (
    Offence("theft from a shop", "other", False, ("theft",)),
    Offence("theft of a pedal cycle", "other", False, ("theft",)),
    Offence("criminal damage", "other", False),
    Offence("taking a motor vehicle without consent", "other", False, ("twoc",)),
    Offence("burglary (dwelling)", "other", True, ("burglary",)),
    Offence("burglary (non-dwelling)", "other", False, ("burglary",)),
    Offence("handling stolen goods", "other", False),
    Offence("possession of cannabis", "other", False),
    Offence("possession with intent to supply a class A drug", "other", True),
    Offence("possession of a bladed article in a public place", "other", True, ("bladed_article",)),
    Offence("public order offence (section 4A)", "other", False),
    Offence("arson", "other", True),
    # the 1.0 label; the table lists common assault as `other` (not in SC Sch 18 Part 1)
    Offence("common assault", "violent", False, ("common_assault",)),
    Offence("assault on an emergency worker", "violent", False),
    Offence("assault occasioning actual bodily harm", "violent", False, ("oapa_s47",)),
    Offence("affray", "violent", False, ("affray",)),
    Offence("robbery", "violent", True, ("robbery",)),
    Offence("wounding with intent (section 18)", "violent", True, ("oapa_s18",)),
    Offence("grievous bodily harm (section 20)", "violent", True, ("oapa_s20",)),
    Offence("sexual assault", "sexual", True, ("sexual_assault",)),
)
SERIOUS_VIOLENT = tuple(o for o in OFFENCES if o.category == "violent" and o.serious)

# forenames of girls (child.sex in custody-record/1.1); the others are boys' names
FEMALE_FORENAMES = frozenset((
    "Amelia", "Olivia", "Isla", "Emily", "Poppy", "Ava", "Jessica", "Lily", "Chloe", "Sophie",
    "Ellie", "Megan", "Holly", "Courtney", "Jade", "Leah", "Keira", "Tia", "Demi", "Niamh",
    "Aisha", "Priya", "Dominika",
))
MALE_FORENAMES = frozenset(FORENAMES) - FEMALE_FORENAMES

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

# custody-record/1.1 words
YOUTH_COURT = "Leamington Spa Youth Court"
YOUTH_JUSTICE = "Warwickshire Youth Justice Service"
WOMEN_OFFICERS = ("DO 318 (Sarah Kemp)", "PC 4127 (Laura Brennan)", "DO 362 (Nadia Rahman)",
                  "PS 2260 (Helen Gough)", "DO 341 (Joanne Pike)")
LA_DUTY_TEAM = "Emergency Duty Team, children's services"
REMOTE_REASONS = {
    "video": ("duty inspector covering Nuneaton and Leamington tonight; reviewed by video link",
              "inspector at an incident elsewhere in the county; video link to the suite"),
    "telephone": ("video link out of order; inspector reviewed by telephone",
                  "inspector off site at a critical incident; no video link available"),
}
COURT_RECEIVERS = ("legal adviser, Leamington Spa Youth Court", "court clerk (youth court)", None)
# the first word of an adult's name or relationship that tells their sex
FEMALE_WORDS = frozenset(("mother", "grandmother", "aunt", "mrs", "ms", "miss", "susan", "margaret",
                          "janet", "hannah", "paula", "ann", "karen", "deborah"))
MALE_WORDS = frozenset(("father", "mr", "david", "peter", "gareth", "simon", "mark"))

"""Warnings (RULES.md section 3): listed apart from findings, never changing an exit status;
they ask a person to look."""

from __future__ import annotations

from .assessment import Finding
from .facts import Facts
from .findings_base import finding


def warnings(f: Facts) -> list[Finding]:
    out = []
    age = f.age_at_arrival
    if age is not None and age < 10:
        out.append(finding("CHILD_UNDER_10", f.arrest.at,
                           f"The date of birth gives {age} on arrival: a child under 10 cannot be guilty of an "
                           "offence (CYPA 1933 s50). Check the date of birth.", event=f.arrest))
    if f.v11:
        for charge in f.all("charged"):
            derived = f.derived_category(charge)
            if derived is not None and derived != charge["category"]:
                out.append(finding("OFFENCE_CATEGORY_MISMATCH", charge.at,
                                   f"The charge is labelled {charge['category']}, but its offence codes make it "
                                   f"{derived} in the offence table; the rules use {derived}.", event=charge))
    return out

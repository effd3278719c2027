"""The child: a fictional name and a date of birth giving an age of 10 to 17 at arrival."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from ..domain import age_on
from .people import FORENAMES, LOCAL_AUTHORITIES, SURNAMES

AGES = (10, 11, 12, 13, 14, 15, 16, 17)
AGE_WEIGHTS = (1, 2, 4, 8, 14, 20, 25, 26)


def pick_age(rng: random.Random, minimum: int = 10) -> int:
    pairs = [(a, w) for a, w in zip(AGES, AGE_WEIGHTS, strict=True) if a >= minimum]
    return rng.choices([a for a, _ in pairs], [w for _, w in pairs])[0]


def date_of_birth(rng: random.Random, arrival_day: date, age: int) -> date:
    """A birthday making the child exactly `age` (whole years) on arrival_day."""
    latest = _years_before(arrival_day, age)
    earliest = _years_before(arrival_day, age + 1) + timedelta(days=1)
    for _ in range(20):
        dob = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
        if age_on(dob, arrival_day) == age:
            return dob
    return latest if age_on(latest, arrival_day) == age else latest - timedelta(days=1)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def child_doc(rng: random.Random, arrival_day: date, *, age: int, looked_after: bool,
              forenames: str | None = None, surname: str | None = None) -> dict[str, Any]:
    authority: str | None = rng.choice(LOCAL_AUTHORITIES)
    if not looked_after and rng.random() < 0.3:
        authority = None
    return {
        "surname": surname or rng.choice(SURNAMES),
        "forenames": forenames or rng.choice(FORENAMES),
        "date_of_birth": date_of_birth(rng, arrival_day, age).isoformat(),
        "age_in_doubt": False,
        "looked_after": looked_after,
        "local_authority": authority,
    }

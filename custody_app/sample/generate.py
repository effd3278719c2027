"""Public entry points: one document, a seeded stream of documents."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from .build import build, finish
from .clock import changes_between
from .knobs import PROFILES, Knobs
from .upgrade import upgrade_document


def generate_document(rng: random.Random, custody_number: str, start: datetime, *,
                      profile: str | None = None, now: datetime | None = None,
                      knobs: Knobs | None = None, v11: bool = False) -> dict[str, Any]:
    """One custody-record/1 document: a child arrested at `start` (aware).

    profile: one of PROFILES, or None for a random one with realistic weights.
    now: the child is still in custody at `now` (nothing after it, no leaving).
    v11: a custody-record/1.1 document instead: the same detention, upgraded by
    upgrade.py with its own random stream (`rng` is used exactly as without it).
    """
    if start.tzinfo is None:
        raise ValueError("start must be an aware datetime")
    if profile is not None and profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}")
    knobs = knobs or Knobs()
    start = start.astimezone(UTC)
    if now is None:
        st, doc = build(rng, custody_number, start, profile, knobs)
        doc = finish(st, doc, None)
        return upgrade_document(doc) if v11 else doc
    now_minute = int((now.astimezone(UTC) - start.replace(microsecond=0)) // timedelta(minutes=1))
    if now_minute < 0:
        raise ValueError("now is before the arrest")
    state = rng.getstate()
    extra = knobs.extra_wait
    for _ in range(8):
        rng.setstate(state)
        st, doc = build(rng, custody_number, start, profile, replace(knobs, extra_wait=extra))
        if st.end > now_minute:
            if v11:  # upgraded whole (the court, the certificate's sitting), then cut at now
                return upgrade_document(finish(st, doc, None), now=now)
            return finish(st, doc, now_minute)
        # wait longer by what was missing (the detention ended at or before now)
        extra += now_minute - st.end + 30 + rng.randint(0, 240)
    raise AssertionError("could not keep the child in custody until now")  # pragma: no cover


def generate_documents(n: int, seed: int, start: datetime, *, span_days: float = 3650,
                       profiles: tuple[str, ...] | None = None,
                       weights: tuple[float, ...] | None = None,
                       v11: bool = False) -> Iterator[dict[str, Any]]:
    """n documents, arrests spread at random over `span_days` from `start`, in arrest order.

    profiles/weights: a profile mix other than the realistic default (e.g. longer records).
    v11: custody-record/1.1 documents (the same detentions as without it, upgraded).
    """
    rng = random.Random(seed)
    start = start.astimezone(UTC)
    span = timedelta(days=span_days)
    offsets = [rng.random() for _ in range(n)]
    # some detentions must run across the clock changes (arrest 1 to 3 h before one)
    for k, change in enumerate(changes_between(start, start + span)):
        if n >= 10 * (k + 1):
            arrest = change - timedelta(minutes=rng.randint(60, 180))
            offsets[rng.randrange(n)] = max(0.0, (arrest - start) / span)
    offsets.sort()
    per_year: dict[int, int] = {}
    for off in offsets:
        arrest = (start + span * off).replace(second=0, microsecond=0)
        year = arrest.year
        per_year[year] = per_year.get(year, 0) + 1
        number = f"WK-{year % 100:02d}-{per_year[year]:06d}"
        profile = rng.choices(profiles, weights)[0] if profiles else None
        yield generate_document(random.Random(rng.getrandbits(64)), number, arrest, profile=profile, v11=v11)

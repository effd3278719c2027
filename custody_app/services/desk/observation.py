"""The observation level a risk assessment proposes (the sergeant confirms or changes it).
The levels themselves, 1 to 4 in custody staff's words, are in `custody_app.observation_levels`
(the shift documents name them too). See docs/observation-levels.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...domain import Event, as_of
from ...observation_levels import Level, LevelInForce, in_force, level_of, levels
from ...rules.assessment import Assessment
from ...rules.policy import Policy

__all__ = ["Level", "LevelInForce", "in_force", "level_of", "level_set_words", "levels", "observation_level",
           "proposed_level"]

# the risk flags that call for rousing (level 2), and for constant observation (level 3)
ROUSE_FLAGS = frozenset({"alcohol", "drugs", "injury", "medical_condition"})
WATCH_FLAGS = frozenset({"self_harm", "suicide_history"})


def proposed_level(flags: Iterable[str], policy: Policy) -> tuple[Level, str]:
    """The level a risk assessment suggests, and why in plain words (the sergeant confirms
    or changes it; never set without them)."""
    given = set(flags)
    table = levels(policy)
    watch = sorted(given & WATCH_FLAGS)
    rouse = sorted(given & ROUSE_FLAGS)
    if watch and rouse:  # watched constantly, and roused too
        return (replace(table[2], rousing=True), "the risk assessment records " + _and(watch)
                + ", and " + _and(rouse) + " (roused at each visit)")
    if watch:
        return table[2], "the risk assessment records " + _and(watch)
    if rouse:
        return table[1], "the risk assessment records " + _and(rouse)
    return table[0], "no risk flag that calls for more"


def _and(flags: Iterable[str]) -> str:
    return " and ".join(f.replace("_", " ") for f in flags)


def observation_level(a: Assessment) -> LevelInForce:
    """The level in force at the Assessment's instant (the record as it stood then, corrected)."""
    return in_force(as_of(a.record, a.now), a.policy)


def level_set_words(event: Event, policy: Policy) -> tuple[str, str] | None:
    """An `observation_level_set` entry in words for the timeline: the level it names (or its
    figures fit) and what is left of its note once the level's own words are taken off it.
    None when it names no level (the timeline then shows its figures)."""
    set_here = in_force((event,), policy)
    if set_here.level is None:
        return None
    note = str(event.raw.get("note") or "")
    named = set_here.level.note()
    rest = note[len(named):].lstrip(". ") if note.startswith(named) else note
    return set_here.words, rest

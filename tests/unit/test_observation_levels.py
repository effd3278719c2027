"""Observation levels 1 to 4 named from the record (docs/observation-levels.md): the level in
force, in the words the desk, the board and the shift documents print."""

from __future__ import annotations

from datetime import timedelta

from custody_app.domain import as_of
from custody_app.observation_levels import in_force, levels
from custody_app.rules import Policy, evaluate
from tests.builders import T0, ev, good_pre_charge_events, record, replace

POLICY = Policy()
LEVEL_3 = levels(POLICY)[2]


def _events(*extra: dict) -> list[dict]:
    kept = [e for e in good_pre_charge_events() if e["type"] not in ("released", "safeguarding_referral")]
    return [*kept, *extra]


def _in_force(events: list[dict], minutes: float = 200):
    r = record(events)
    return in_force(as_of(r, T0 + timedelta(minutes=minutes)), POLICY)


def test_figures_that_fit_level_1_or_2_name_it():
    assert _in_force(_events()).words == ("Level 1: general observation — visited at least every 30 min "
                                          "(the cap for a child)")
    rousing = replace(_events(), "observation_level_set", rousing=True)
    level = _in_force(rousing)
    assert level.words == "Level 2: intermittent observation with rousing — visited and roused at least every 30 min"
    assert level.short == "Level 2: rousing"


def test_the_note_names_level_3_and_the_latest_level_is_the_one_in_force():
    events = _events(ev("observation_level_set", 120, interval_minutes=15, rousing=True, note=LEVEL_3.note() + ". Cut on arm"))
    assert _in_force(events, minutes=100).short == "Level 1: general"  # before it was set
    level = _in_force(events)  # rousing ticked as well (drink, drugs, an injury)
    assert level.words == f"{LEVEL_3.label} — {LEVEL_3.meaning}; roused at each visit"
    assert level.short == "Level 3: constant, rouse"
    assert level.set_at == T0 + timedelta(minutes=120)
    calm = _in_force(_events(ev("observation_level_set", 120, interval_minutes=15, rousing=False,
                                note=LEVEL_3.note())))
    assert calm.words == f"{LEVEL_3.label} — {LEVEL_3.meaning}" and calm.short == "Level 3: constant"


def test_constant_watching_does_not_wake_the_child_unless_the_risk_calls_for_it():
    """Rousing belongs to level 2: a child watched for self-harm is not woken every 15 min;
    drink or drugs as well propose level 3 with rousing ticked."""
    from custody_app.rules import Policy
    from custody_app.services.desk.observation import proposed_level

    watched, why = proposed_level(["self_harm"], Policy())
    assert (watched.number, watched.interval_minutes, watched.rousing) == (3, 15, False)
    both, why = proposed_level(["self_harm", "alcohol"], Policy())
    assert (both.number, both.rousing) == (3, True) and "alcohol" in why and "self harm" in why
    assert proposed_level(["alcohol"], Policy())[0].number == 2


def test_no_level_set_says_so_and_the_cap_applies():
    level = _in_force([e for e in _events() if e["type"] != "observation_level_set"])
    assert level.set_at is None and level.short == "no level set"
    assert level.words == "No level set — visited at least every 30 min (the cap for a child)"


def test_figures_that_fit_no_level_are_given_without_a_name():
    level = _in_force(replace(_events(), "observation_level_set", interval_minutes=15, rousing=True))
    assert level.level is None
    assert level.words == "Level not named — visited and roused at least every 15 min"


def test_the_interval_named_is_the_one_the_engine_applies():
    """An entry above the child cap: the words give the cap, as the checklist's visits line does."""
    events = replace(_events(), "observation_level_set", interval_minutes=60)
    level = _in_force(events)
    a = evaluate(record(events), T0 + timedelta(minutes=200), POLICY)
    visits = next(i for i in a.checklist if i.event_type == "observation")
    assert f"every {level.interval_minutes} min" in visits.label
    assert level.interval_minutes == 30 and "every 60" not in level.words

"""The desk's use cases without Qt (services/desk.py): runs under -m 'not gui'."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from custody_app.services import desk

NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
SERGEANT = desk.Session("ps2190", "PS 2190 Khan", "sergeant")


def test_an_adult_is_turned_away_with_the_reason():
    adult = desk.ChildDetails("Doe", "Sam", date(2000, 1, 1), False, False, None)
    with pytest.raises(desk.DeskError, match="adult"):
        desk.check_child(adult, NOW)
    assert desk.check_child(desk.ChildDetails("Doe", "Sam", date(2000, 1, 1), True, False, None), NOW) == 26


def test_age_in_doubt_without_a_date_of_birth_is_a_child():
    assert desk.check_child(desk.ChildDetails("Doe", "Sam", None, True, False, None), NOW) is None


def test_ranks_gate_reviews_and_extensions():
    assert "inspector" in desk.refusal(SERGEANT, "review", "pre_charge")
    assert desk.refusal(SERGEANT, "review", "post_charge") is None
    assert desk.refusal(desk.Session("i", "Insp", "inspector"), "extension_authorised", "pre_charge")
    assert desk.refusal(desk.Session("s", "Supt", "superintendent"), "extension_authorised", "pre_charge") is None
    assert desk.refusal(desk.Session("d", "DO", "detention_officer"), "charged", "pre_charge")
    assert desk.refusal(desk.Session("d", "DO", "detention_officer"), "observation", "pre_charge") is None


def test_countdown_says_overdue_in_words():
    cell = desk.countdown(NOW - timedelta(minutes=12), NOW, 30)
    assert cell.level == "overdue" and cell.text.startswith("OVERDUE 12 min")
    assert desk.countdown(NOW + timedelta(minutes=20), NOW, 30).level == "soon"
    assert desk.countdown(NOW + timedelta(hours=2), NOW, 30).level == ""


def test_review_rank_comes_from_the_sign_in():
    event = desk.build_event("review", NOW, desk.Session("i", "Insp 77", "inspector"), {"mode": "video"})
    assert event["rank"] == "inspector" and event["by"] == "Insp 77"

"""Elapsed time across both clock changes, and typed local times (RULES.md section 2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from custody_app.domain.age import age_on
from custody_app.rules.timecalc import (
    AmbiguousLocalTime,
    SkippedLocalTime,
    after,
    local_to_utc,
    show,
)
from tests.builders import audit, ev

UTC = UTC


def _booked(base: datetime) -> list[dict[str, object]]:
    return [
        ev("arrested", -30, base, offences=["assault"], reason="offence"),
        ev("arrived_at_station", -10, base),
        ev("detention_authorised", 0, base, grounds="questioning"),
    ]


def test_first_review_when_the_clocks_go_back() -> None:
    # 21:30 BST on Saturday 24 October 2026; the clocks go back at 02:00 BST on the 25th.
    authorised = local_to_utc(date(2026, 10, 24), time(21, 30))
    assert authorised == datetime(2026, 10, 24, 20, 30, tzinfo=UTC)
    a = audit(_booked(authorised), now=authorised + timedelta(minutes=5))
    assert a.next_review_due == datetime(2026, 10, 25, 2, 30, tzinfo=UTC)
    assert show(a.next_review_due).endswith("02:30 GMT")


def test_first_review_when_the_clocks_go_forward() -> None:
    # 22:00 GMT on Saturday 28 March 2026; the clocks go forward at 01:00 GMT on the 29th.
    authorised = local_to_utc(date(2026, 3, 28), time(22, 0))
    a = audit(_booked(authorised), now=authorised + timedelta(minutes=5))
    assert a.next_review_due is not None
    assert show(a.next_review_due).endswith("05:00 BST")
    assert a.next_review_due - authorised == timedelta(hours=6)


def test_six_hours_is_elapsed_not_wall_clock() -> None:
    start = datetime(2026, 10, 24, 20, 30, tzinfo=UTC)
    assert after(start, hours=6) == datetime(2026, 10, 25, 2, 30, tzinfo=UTC)
    london_start = start.astimezone(__import__("zoneinfo").ZoneInfo("Europe/London"))
    assert after(london_start, hours=6) == datetime(2026, 10, 25, 2, 30, tzinfo=UTC)


def test_skipped_spring_hour_is_refused() -> None:
    with pytest.raises(SkippedLocalTime, match="did not happen"):
        local_to_utc(date(2026, 3, 29), time(1, 30))


def test_repeated_autumn_hour_needs_gmt_or_bst() -> None:
    with pytest.raises(AmbiguousLocalTime, match="happened twice"):
        local_to_utc(date(2026, 10, 25), time(1, 30))
    assert local_to_utc(date(2026, 10, 25), time(1, 30), "BST") == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert local_to_utc(date(2026, 10, 25), time(1, 30), "GMT") == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_ordinary_local_times() -> None:
    assert local_to_utc(date(2026, 7, 1), time(12, 0)) == datetime(2026, 7, 1, 11, 0, tzinfo=UTC)
    assert local_to_utc(date(2026, 1, 1), time(12, 0)) == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_detention_across_clock_change_counts_elapsed_hours() -> None:
    # arrival 20:00 BST on 24 Oct (19:00 UTC): the limit is 24 elapsed hours later, 19:00 GMT on the 25th.
    base = datetime(2026, 10, 24, 19, 0, tzinfo=UTC)
    a = audit(_booked(base + timedelta(minutes=10)), now=base + timedelta(hours=1))
    assert a.detention_limit == datetime(2026, 10, 25, 19, 0, tzinfo=UTC)
    assert show(a.detention_limit).endswith("19:00 GMT")


@pytest.mark.parametrize(("dob", "day", "age"), [
    (date(2008, 2, 29), date(2026, 2, 28), 17),
    (date(2008, 2, 29), date(2026, 3, 1), 18),
    (date(2008, 2, 29), date(2028, 2, 29), 20),
    (date(2010, 6, 2), date(2026, 6, 1), 15),
    (date(2010, 6, 2), date(2026, 6, 2), 16),
])
def test_age_in_whole_years(dob: date, day: date, age: int) -> None:
    assert age_on(dob, day) == age

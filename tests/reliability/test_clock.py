"""Clock (issue 7): a detention across either clock change, end to end through the desk and
the store; a machine whose clock is set back by an hour during a detention.

Durations are elapsed time: across the autumn change a 24-hour limit ends at the same
wall-clock hour minus one, across the spring change plus one. An entry whose time is
earlier than the record's last entry is refused unless it is marked late with a reason,
which is how a clock set back by an hour is caught: its "now" is earlier than the last entry.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from custody_app.domain import parse_document
from custody_app.rules import evaluate
from custody_app.rules.policy import Policy
from custody_app.rules.timecalc import local_to_utc, show
from custody_app.services import desk
from custody_app.services.desk.booking import Booking, ChildDetails
from custody_app.store import open_store
from tests.builders import registered

from .conftest import Stopwatch, write_figures

pytestmark = pytest.mark.slow

SERGEANT = desk.Session("ps2190", "PS 2190 Khan", "sergeant")
INSPECTOR = desk.Session("insp77", "Insp 77 Okafor", "inspector")
FIGURES: dict[str, Any] = {}


def _booking(arrested: datetime, arrived: datetime, authorised: datetime) -> Booking:
    child = ChildDetails("Doe", "Sam", date(2011, 6, 2), False, False, None)
    return Booking(child, arrested, "offence", ("theft",), False, False, "PC 4411", arrived, authorised,
                   "to secure and preserve evidence by questioning")


class Night:
    """A detention through the desk on a real store, with the clock the test moves."""

    def __init__(self, store: Any, now: datetime) -> None:
        self.store, self.now, self.entries = store, now, 0
        for session in (SERGEANT, INSPECTOR):
            registered(store, session)

    def book(self, booking: Booking) -> str:
        record = desk.book_in(self.store, SERGEANT, booking, self.now)
        return record.custody_number

    def enter(self, number: str, event_type: str, at: datetime, values: dict[str, Any],
              session: desk.Session = SERGEANT, late: str | None = None) -> Any:
        self.now = max(self.now, at)
        record = desk.load(self.store, number)
        stage = evaluate(record, self.now, Policy()).stage
        event = desk.build_event(event_type, at, session, values, late=late)
        stored = desk.add_entry(self.store, session, number, event, stage, self.now)
        self.entries += 1
        return stored


def _london(day: date, hh: int, mm: int, zone: str | None = None) -> datetime:
    return local_to_utc(day, time(hh, mm), zone)


def test_a_detention_across_the_autumn_change(tmp_path: Any) -> None:
    watch = Stopwatch()
    night = date(2026, 10, 24)  # the clocks go back at 02:00 BST on Sunday 25 October 2026
    arrested = _london(night, 23, 10)                  # 22:10 UTC
    arrived = _london(night, 23, 25)
    authorised = _london(night, 23, 30)                # 22:30 UTC
    assert arrived.utcoffset() == timedelta(0) and show(authorised).endswith("23:30 BST")
    with open_store(tmp_path / "custody.sqlite3", clock=lambda: authorised) as store:
        n = Night(store, authorised)
        number = n.book(_booking(arrested, arrived, authorised))
        n.enter(number, "observation_level_set", _london(night, 23, 35), {"interval_minutes": 30, "rousing": False})
        day = night + timedelta(days=1)
        visits = [_london(day, 0, 5), _london(day, 0, 35), _london(day, 1, 5, "BST"), _london(day, 1, 35, "BST"),
                  _london(day, 1, 5, "GMT"), _london(day, 1, 35, "GMT"), _london(day, 2, 5), _london(day, 2, 35)]
        # 01:05 GMT is wall-clock earlier than 01:35 BST, but 30 minutes later in time: not late
        for at in visits:
            n.enter(number, "observation", at, {"roused": False, "response": "asleep, breathing normally"})
        assert [b - a for a, b in zip(visits, visits[1:], strict=False)] == [timedelta(minutes=30)] * 7
        record = store.load_record(number)
        assert record is not None
        stored = [e.at for e in record.events if e.type == "observation"]
        assert stored == visits  # the instants as entered, in UTC
        assert all(str(e.raw["at"]).endswith("+00:00") for e in record.events[3:])
        a = evaluate(record, visits[-1], Policy())
        # the first review 6 hours after authorisation (PACE s40(3)(a)), elapsed: 04:30 GMT, not 05:30
        assert a.next_review_due == authorised + timedelta(hours=6)
        assert show(a.next_review_due) == "Sun 25 Oct 2026 04:30 GMT"
        assert a.relevant_time == arrived
        assert a.detention_limit == arrived + timedelta(hours=24)
        assert show(a.detention_limit) == "Sun 25 Oct 2026 22:25 GMT"  # 24 h elapsed: 23:25 BST less the hour
        row = desk.board_row(a)
        assert "04:30 GMT" in row.next_review.text and "22:25 GMT" in row.limit.text
        ctx = desk.review_context(record, INSPECTOR, visits[-1], Policy(), evaluate)
        assert "04:30 GMT" in ctx.due_text
        assert (a.next_review_due - visits[-1]) == timedelta(hours=1, minutes=55)
        # the review at 04:20 GMT, by the inspector: the next is 9 hours later (s40(3)(b)), elapsed
        review_at = _london(day, 4, 20)
        event = {"type": "review", "id": desk.new_id(), "at": review_at.isoformat(),
                           "by": INSPECTOR.signature, "rank": "inspector", **_review_fields()}
        n.now = review_at
        desk.add_decision(store, INSPECTOR, number, event, "pre_charge", review_at, Policy(), evaluate)
        a2 = evaluate(store.load_record(number), review_at, Policy())  # type: ignore[arg-type]
        assert a2.next_review_due == review_at + timedelta(hours=9)
        assert store.verify() == []
        FIGURES["autumn"] = {"entries": n.entries + 2, "limit_shown": show(a.detention_limit),
                             "first_review_shown": show(a.next_review_due)}
    FIGURES["seconds_autumn"] = watch.seconds


def _review_fields() -> dict[str, Any]:
    return {"mode": "in_person", "child_asleep": False,
            "representations": {"child": "wants to go home", "appropriate_adult": "none yet", "solicitor": None},
            "bail_considered": True, "welfare_considered": True, "outcome": "continue",
            "reviewer_not_involved": True}  # a record begun in the desk is 1.1: the s40(1)(b) declaration


def test_a_detention_across_the_spring_change(tmp_path: Any) -> None:
    night = date(2026, 3, 28)  # the clocks go forward at 01:00 GMT on Sunday 29 March 2026
    day = night + timedelta(days=1)
    arrested = _london(night, 23, 40)
    arrived = _london(night, 23, 55)
    authorised = _london(day, 0, 10)   # 00:10 GMT
    with open_store(tmp_path / "custody.sqlite3", clock=lambda: authorised) as store:
        n = Night(store, authorised)
        number = n.book(_booking(arrested, arrived, authorised))
        with pytest.raises(Exception, match="did not happen|does not exist|skipped"):
            _london(day, 1, 30)  # 01:30 on that night never happened
        visits = [_london(day, 0, 40), _london(day, 2, 10), _london(day, 2, 40)]  # 00:40 GMT, 02:10 BST...
        assert visits[1] - visits[0] == timedelta(minutes=30)
        for at in visits:
            n.enter(number, "observation", at, {"roused": False, "response": "awake, talking"})
        record = store.load_record(number)
        assert record is not None
        a = evaluate(record, visits[-1], Policy())
        assert a.next_review_due == authorised + timedelta(hours=6)
        assert show(a.next_review_due) == "Sun 29 Mar 2026 07:10 BST"  # 00:10 GMT + 6 h elapsed
        assert a.detention_limit == arrived + timedelta(hours=24)
        assert show(a.detention_limit) == "Mon 30 Mar 2026 00:55 BST"  # 23:55 GMT + 24 h
        row = desk.board_row(a)
        assert "07:10 BST" in row.next_review.text
        assert store.verify() == []
        FIGURES["spring"] = {"entries": n.entries + 3, "limit_shown": show(a.detention_limit),
                             "first_review_shown": show(a.next_review_due)}


def test_a_clock_set_back_by_an_hour_is_caught(tmp_path: Any) -> None:
    """The machine's clock goes back an hour mid-detention: its "now" is earlier than the last
    entry, so the next entry at "now" is refused until it is marked late with a reason."""
    start = datetime(2026, 6, 10, 18, 0, tzinfo=UTC)
    with open_store(tmp_path / "custody.sqlite3", clock=lambda: start) as store:
        n = Night(store, start)
        number = n.book(_booking(start - timedelta(minutes=40), start - timedelta(minutes=20), start))
        real = start + timedelta(hours=2)
        n.enter(number, "observation", real, {"roused": False, "response": "reading"})
        wrong_now = real - timedelta(hours=1) + timedelta(minutes=10)  # the clock was set back an hour
        before = store.counts()
        record = desk.load(store, number)
        event = desk.build_event("drink", wrong_now, SERGEANT, {})
        with pytest.raises(desk.DeskError) as info:
            desk.add_entry(store, SERGEANT, number, event, "pre_charge", wrong_now)
        assert info.value.field == "late_reason"
        assert "earlier than the last entry" in info.value.message and "clock" in info.value.message
        assert store.counts() == before
        for blank in ("", "   "):
            with pytest.raises(desk.DeskError):
                desk.add_entry(store, SERGEANT, number, desk.build_event("drink", wrong_now, SERGEANT, {}, late=blank),
                               "pre_charge", wrong_now)
        with pytest.raises(desk.DeskError):  # a note that only looks like a reason is not one
            desk.add_entry(store, SERGEANT, number,
                           desk.build_event("drink", wrong_now, SERGEANT, {}, note="Late entry: "), "pre_charge",
                           wrong_now)
        assert store.counts() == before
        # the same time as the last entry is not earlier: accepted
        desk.add_entry(store, SERGEANT, number, desk.build_event("meal", real, SERGEANT, {"kind": "light"}),
                       "pre_charge", real)
        # marked late with its reason: accepted, the reason kept in the note, the document still valid
        late = desk.build_event("drink", wrong_now, SERGEANT, {}, note="water", late="entered after the visit")
        stored = desk.add_entry(store, SERGEANT, number, late, "pre_charge", wrong_now)
        raw = stored.events[-1].raw
        assert raw["note"] == "Late entry: entered after the visit\nwater"
        assert raw["at"] == wrong_now.isoformat()
        parse_document(store.export_document(number))
        assert record.events[-1].at == real
        # a correction made on the wrong clock is caught the same way
        target = stored.events[-2].id
        assert target is not None
        fix = desk.correction(target, {"kind": "main"}, "it was a main meal", wrong_now, SERGEANT)
        with pytest.raises(desk.DeskError, match="earlier than the last entry"):
            desk.add_entry(store, SERGEANT, number, fix, "pre_charge", wrong_now)
        fix = desk.correction(target, {"kind": "main"}, "it was a main meal", wrong_now, SERGEANT,
                              late="the clock was wrong")
        desk.add_entry(store, SERGEANT, number, fix, "pre_charge", wrong_now)
        assert store.verify() == []
    FIGURES["clock_set_back"] = {"refused_until_marked_late": True, "late_entries_stored": 2}
    write_figures("clock", FIGURES)

"""The sergeant's desk: the GUI's use cases, each one store call (no Qt here).

Views call these small functions and render what they return; none of them
computes a deadline (the engine's Assessment does) or decides the law (the
domain validates every entry by re-parsing the record).
"""

from .access import (
    CUSTODY_OFFICER_TYPES,
    FORMAT,
    ROLE_TITLES,
    ROLES,
    DeskError,
    DeskStore,
    Evaluate,
    Session,
    can_administer,
    rank_for,
    refusal,
    sign_in,
)
from .board import BoardRow, Cell, aa_state, board, board_row, countdown, short_time, stage_text
from .booking import (
    Booking,
    ChildDetails,
    book_in,
    booking_document,
    check_child,
    next_custody_number,
)
from .demo import DEMO_USERS, UserStore, first_start, seed_demo
from .entries import (
    add_entry,
    build_event,
    check_entry,
    correction,
    defaults_for,
    load,
    new_id,
    search_event_types,
    visit_event,
)

__all__ = [
    "BoardRow",
    "Booking",
    "CUSTODY_OFFICER_TYPES",
    "Cell",
    "ChildDetails",
    "DEMO_USERS",
    "DeskError",
    "DeskStore",
    "Evaluate",
    "FORMAT",
    "ROLES",
    "ROLE_TITLES",
    "Session",
    "UserStore",
    "aa_state",
    "add_entry",
    "board",
    "board_row",
    "book_in",
    "booking_document",
    "build_event",
    "can_administer",
    "check_child",
    "check_entry",
    "correction",
    "countdown",
    "defaults_for",
    "first_start",
    "load",
    "new_id",
    "next_custody_number",
    "rank_for",
    "refusal",
    "search_event_types",
    "seed_demo",
    "short_time",
    "sign_in",
    "stage_text",
    "visit_event",
]

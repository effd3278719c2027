"""The sergeant's desk: the GUI's use cases, each one service call (no Qt here).

Views call these small functions and render what they return; none of them
computes a deadline (the engine's Assessment does) or decides the law (the
domain validates every entry by re-parsing the record). Every change is one
transaction with its role check made here.
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
    children_in_custody,
    entry_times,
    policy,
    rank_for,
    refusal,
    setting,
    sign_in,
    store_location,
)
from .admin import (
    SuiteSettings,
    UserLine,
    add_user,
    first_administrator,
    needs_first_user,
    reset_pin,
    save_settings,
    set_enabled,
    set_role,
    settings,
    users,
)
from .board_live import (
    aa_cell,
    board,
    board_row,
    clock_lines,
    due_cell,
    limit_cell,
    review_cell,
    stage_text,
    warning_minutes,
)
from .board_rows import BoardRow, Cell, countdown, short_time, suite_summary
from .booking import (
    Booking,
    ChildDetails,
    book_in,
    booking_document,
    check_child,
    next_custody_number,
)
from .decisions import (
    STEPS,
    AccommodationStep,
    Document,
    ReviewContext,
    accommodation_step,
    add_decision,
    preview_certificate,
    preview_summary,
    review_context,
    review_event,
    would_be,
)
from .demo import DEMO_USERS, UserStore, add_demo_record, seed_demo
from .entries import (
    add_entry,
    build_event,
    check_entry,
    correction,
    defaults_for,
    level_proposal,
    load,
    new_id,
    search_event_types,
    visit_event,
)
from .observation import (
    Level,
    LevelInForce,
    level_set_words,
    levels as observation_levels,
    observation_level,
    proposed_level,
)
from .shift_documents import SHIFT_DOCUMENTS, shift_document

__all__ = [
    "AccommodationStep", "BoardRow", "Booking", "CUSTODY_OFFICER_TYPES", "Cell", "ChildDetails",
    "DEMO_USERS", "DeskError", "DeskStore", "Document", "Evaluate", "FORMAT", "Level", "LevelInForce", "ROLES",
    "ROLE_TITLES", "ReviewContext", "SHIFT_DOCUMENTS", "STEPS", "Session", "SuiteSettings",
    "UserLine", "UserStore", "aa_cell", "accommodation_step", "add_decision", "add_demo_record",
    "add_entry", "add_user", "board", "board_row", "book_in", "booking_document", "build_event",
    "can_administer", "check_child", "check_entry", "children_in_custody", "clock_lines", "correction",
    "countdown", "defaults_for", "due_cell", "entry_times", "first_administrator", "level_proposal",
    "level_set_words", "limit_cell", "load", "needs_first_user", "new_id", "next_custody_number",
    "observation_level", "observation_levels", "policy",
    "preview_certificate", "preview_summary", "proposed_level", "rank_for", "refusal", "reset_pin",
    "review_cell", "review_context", "review_event", "save_settings", "search_event_types", "seed_demo",
    "set_enabled", "set_role", "setting", "settings", "shift_document", "short_time", "sign_in",
    "stage_text", "store_location", "suite_summary", "users", "visit_event", "warning_minutes", "would_be",
]

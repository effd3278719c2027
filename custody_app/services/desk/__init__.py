"""The sergeant's desk: the GUI's use cases, each one store call (no Qt here).

Views call these small functions and render what they return; none of them
computes a deadline (the engine's Assessment does) or decides the law (the
domain validates every entry by re-parsing the record).
"""

from typing import TYPE_CHECKING

from ...lazy import exports

if TYPE_CHECKING:
    from .access import (
        CUSTODY_OFFICER_TYPES as CUSTODY_OFFICER_TYPES,
        FORMAT as FORMAT,
        ROLE_TITLES as ROLE_TITLES,
        ROLES as ROLES,
        DeskError as DeskError,
        DeskStore as DeskStore,
        Evaluate as Evaluate,
        Session as Session,
        can_administer as can_administer,
        rank_for as rank_for,
        refusal as refusal,
        sign_in as sign_in,
    )
    from .board_kept import (
        kept_board as kept_board,
    )
    from .board_live import (
        aa_state as aa_state,
        board as board,
        board_facts as board_facts,
        board_row as board_row,
        stage_text as stage_text,
    )
    from .board_rows import (
        BoardFacts as BoardFacts,
        BoardRow as BoardRow,
        Cell as Cell,
        countdown as countdown,
        row_at as row_at,
        short_time as short_time,
        suite_summary as suite_summary,
    )
    from .booking import (
        Booking as Booking,
        ChildDetails as ChildDetails,
        book_in as book_in,
        booking_document as booking_document,
        check_child as check_child,
        next_custody_number as next_custody_number,
    )
    from .decisions import (
        STEPS as STEPS,
        AccommodationStep as AccommodationStep,
        Document as Document,
        ReviewContext as ReviewContext,
        accommodation_step as accommodation_step,
        add_decision as add_decision,
        preview_certificate as preview_certificate,
        preview_summary as preview_summary,
        review_context as review_context,
        review_event as review_event,
        would_be as would_be,
    )
    from .demo import (
        DEMO_USERS as DEMO_USERS,
        UserStore as UserStore,
        first_start as first_start,
        seed_demo as seed_demo,
    )
    from .entries import (
        add_entry as add_entry,
        build_event as build_event,
        check_entry as check_entry,
        correction as correction,
        defaults_for as defaults_for,
        load as load,
        new_id as new_id,
        search_event_types as search_event_types,
        visit_event as visit_event,
    )

__getattr__, __all__ = exports(__name__, {
    ".access": ("CUSTODY_OFFICER_TYPES", "FORMAT", "ROLE_TITLES", "ROLES", "DeskError", "DeskStore", "Evaluate", "Session", "can_administer", "rank_for", "refusal", "sign_in"),
    ".board_live": ("aa_state", "board", "board_facts", "board_row", "stage_text"),
    ".board_kept": ("kept_board",),
    ".board_rows": ("BoardFacts", "BoardRow", "Cell", "countdown", "row_at", "short_time", "suite_summary"),
    ".booking": ("Booking", "ChildDetails", "book_in", "booking_document", "check_child", "next_custody_number"),
    ".decisions": ("STEPS", "AccommodationStep", "Document", "ReviewContext", "accommodation_step", "add_decision", "preview_certificate", "preview_summary", "review_context", "review_event", "would_be"),
    ".demo": ("DEMO_USERS", "UserStore", "first_start", "seed_demo"),
    ".entries": ("add_entry", "build_event", "check_entry", "correction", "defaults_for", "load", "new_id", "search_event_types", "visit_event"),
})

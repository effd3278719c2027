"""The board of a start-up from the judgements the store keeps (see store/board_cache.py).

Only what the first paint needs is imported here: not the engine, not the domain.
A kept judgement is used only when it is certain to be what the engine would decide
now: same record (no entry since), same policy figures, same engine code, and no
change of its own due yet (`BoardFacts.holds_at`). Otherwise the engine judges.
"""

from __future__ import annotations

import sys
import zlib
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ...store.schema import POLICY_KEY
from .board_rows import BoardFacts, BoardRow, most_urgent_first, row_at

if TYPE_CHECKING:
    from .access import DeskStore

BOARD_FORMAT = "board-1"  # change it when BoardFacts changes shape or meaning


def kept_board(store: DeskStore, now: datetime) -> list[BoardRow] | None:
    """Every child in custody now, most urgent first, from the kept judgements; None
    unless every one of them still holds."""
    stamp = judgement_stamp(store)
    rows = []
    for c in store.board_cache():
        facts = kept_facts(c.facts) if c.facts and c.basis == f"{stamp}|{c.event_count}" else None
        if facts is None or not facts.holds_at(now):
            return None
        rows.append(row_at(facts, now))
    return most_urgent_first(rows)


def kept_facts(text: str) -> BoardFacts | None:
    try:
        return BoardFacts.from_json(text)
    except (ValueError, KeyError, TypeError):
        return None


def judgement_stamp(store: DeskStore) -> str:
    """What a kept judgement depends on besides the record: the board's format, the
    engine's code and the suite's policy figures. (A check for change, not for tampering:
    zlib's CRC, as hashlib would load OpenSSL, ~13 ms, before the first paint.)"""
    policy = (store.get_setting(POLICY_KEY) or "default").encode()
    return f"{BOARD_FORMAT}|{engine_stamp()}|{len(policy)}:{zlib.crc32(policy):08x}"


@cache
def engine_stamp() -> str:
    """The engine's code as installed (its modules' sizes and times; in a frozen bundle,
    the executable's), so an upgrade or an edit never reads another engine's judgement."""
    desk = Path(__file__).resolve().parent
    sources = [*sorted((desk.parent.parent / "rules").glob("*.py")), *sorted(desk.glob("board_*.py"))]
    found = [p.stat() for p in sources if p.is_file()]
    if len(found) < 3:
        found = [Path(sys.executable).stat()]
    return f"{zlib.crc32(repr([(s.st_size, s.st_mtime_ns) for s in found]).encode()):08x}"

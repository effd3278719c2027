"""Corrections keep the rank rules: a correction cannot do what its maker could not.

A correction replaces fields of an earlier entry "for every rule" (INTERCHANGE.md), so a
sergeant correcting a superintendent's extension from 30 to 36 hours would authorise
36 hours with a sergeant's rank. Here a correction of an entry needs the rank that
entry needed (a review: the rank it was made at and the stage's rank; an extension: a
superintendent; a warrant or another custody officer's decision: a sergeant; an
inspector's endorsement or override: an inspector), and no correction ever changes who
made an entry or at what rank (`by`, `rank`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...domain import Record
from .access import _LADDER, DeskError, Session, refusal

IDENTITY_FIELDS = ("by", "rank")
INSPECTOR_TYPES = frozenset({"certificate_endorsed"})
RANK_NAMES = {1: "a sergeant", 2: "an inspector", 3: "a superintendent"}
RANK_OF_FIELD = {"sergeant": 1, "inspector": 2, "superintendent": 3, "higher": 3}


def _target(record: Record, target_id: str) -> Any:
    """The entry a correction finally changes (through corrections of corrections)."""
    by_id = {e.id: e for e in record.events if e.id is not None}
    seen: set[str] = set()
    event = by_id.get(target_id)
    while event is not None and event.type == "correction" and event.id not in seen:
        seen.add(str(event.id))
        event = by_id.get(str(event.fields.get("corrects")))
    return event


def _stage_of(record: Record, event: Any) -> str:
    charged = any(e.type == "charged" and e.at <= event.at for e in record.events)
    return "post_charge" if charged else "pre_charge"


def check_correction(record: Record, session: Session, event: Mapping[str, Any]) -> None:
    """DeskError when this correction would change who made an entry, or needs a higher rank."""
    if event.get("type") != "correction":
        return
    changes = event.get("fields")
    if isinstance(changes, Mapping):
        touched = [k for k in IDENTITY_FIELDS if k in changes]
        if touched:
            raise DeskError("A correction never changes who made an entry or at what rank "
                            f"({', '.join(touched)}). If the wrong person is recorded, add a note saying so.")
    target = _target(record, str(event.get("corrects")))
    if target is None:
        return  # the domain's validation names a correction of an entry that does not exist
    why = refusal(session, target.type, _stage_of(record, target))
    if why:
        raise DeskError(f"Correcting this entry needs the rank the entry itself needed. {why}")
    mine = _LADDER.get(session.role, 0)
    needed = 2 if target.type in INSPECTOR_TYPES else 0
    recorded = target.raw.get("rank")
    if isinstance(recorded, str):
        needed = max(needed, RANK_OF_FIELD.get(recorded, 0))
    if mine < needed:
        raise DeskError(f"This entry was made at the rank of {RANK_NAMES.get(needed, 'a higher rank')} or above: "
                        "only that rank or above may correct it. Ask them to sign in.")

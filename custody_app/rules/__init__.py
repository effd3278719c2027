"""The rules: pure functions of the record, an instant and the force's policy.

`evaluate` imports the engine when first called: the desk paints its sign-in page
before the engine is loaded (the store and the desk's services need only the policy
and the Assessment's shape).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .assessment import (
    CHECKLIST_STAGES as CHECKLIST_STAGES,
    AAPosition as AAPosition,
    AccommodationState as AccommodationState,
    Assessment as Assessment,
    ChecklistItem as ChecklistItem,
    DueItem as DueItem,
    Finding as Finding,
    ReviewSlot as ReviewSlot,
)
from .policy import (
    DEFAULT_POLICY as DEFAULT_POLICY,
    Policy as Policy,
    PolicyError as PolicyError,
)

if TYPE_CHECKING:
    from ..domain import Record


def evaluate(record: Record, now: datetime, policy: Policy = DEFAULT_POLICY, *,
             whole_record: bool = False) -> Assessment:
    """The engine's judgement of `record` at `now` (see engine.evaluate)."""
    from .engine import evaluate as engine_evaluate

    return engine_evaluate(record, now, policy, whole_record=whole_record)


__all__ = [
    "AAPosition",
    "AccommodationState",
    "Assessment",
    "CHECKLIST_STAGES",
    "ChecklistItem",
    "DEFAULT_POLICY",
    "DueItem",
    "Finding",
    "Policy",
    "PolicyError",
    "ReviewSlot",
    "evaluate",
]

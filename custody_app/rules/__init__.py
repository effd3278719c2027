"""The rules: pure functions of the record, an instant and the force's policy."""

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
from .engine import (
    evaluate as evaluate,
)
from .policy import (
    DEFAULT_POLICY as DEFAULT_POLICY,
    Policy as Policy,
    PolicyError as PolicyError,
)

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

"""The rules: pure functions of the record, an instant and the force's policy."""

from .assessment import (
    CHECKLIST_STAGES,
    AccommodationState,
    Assessment,
    ChecklistItem,
    DueItem,
    Finding,
    ReviewSlot,
)
from .engine import evaluate
from .policy import DEFAULT_POLICY, Policy, PolicyError

__all__ = [
    "CHECKLIST_STAGES", "DEFAULT_POLICY", "AccommodationState", "Assessment", "ChecklistItem", "DueItem",
    "Finding", "Policy", "PolicyError", "ReviewSlot", "evaluate",
]

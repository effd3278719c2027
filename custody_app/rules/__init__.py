"""The rules: pure functions of the record, an instant and the force's policy."""

from typing import TYPE_CHECKING

from ..lazy import exports

if TYPE_CHECKING:
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

__getattr__, __all__ = exports(__name__, {
    ".assessment": ("AAPosition", "CHECKLIST_STAGES", "AccommodationState", "Assessment", "ChecklistItem", "DueItem",
                    "Finding", "ReviewSlot"),
    ".engine": ("evaluate",),
    ".policy": ("DEFAULT_POLICY", "Policy", "PolicyError"),
})

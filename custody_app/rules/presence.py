"""Whether an appropriate adult is with the child now (RULES.md section 3, "Who is present")."""

from __future__ import annotations

from .assessment import AAPosition
from .facts import Facts
from .timecalc import after


def aa_position(f: Facts) -> AAPosition:
    request = f.first("aa_requested")
    arrival = f.first("aa_arrived")
    present = tuple(f.aa_presences())
    if present:
        state = "present"
    elif arrival is not None:
        state = "left"
    elif request is not None:
        state = "awaited"
    else:
        state = "not_requested"
    awaited_since = request.at if state == "awaited" and request is not None else None
    alert = (awaited_since is not None and f.left_at is None
             and f.now >= after(awaited_since, minutes=f.policy.aa_inspector_alert_minutes))
    return AAPosition(state, present, request.at if request else None, arrival.at if arrival else None,
                      awaited_since, alert)

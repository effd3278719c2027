"""The shift's paper, printable from the desk: the handover sheet and the downtime pack
for every child in custody now (the reports' own functions, given the store's records)."""

from __future__ import annotations

from datetime import datetime

from ...rules.policy import Policy
from ...rules.timecalc import iso
from .access import DeskError, DeskStore, Session
from .decisions import Document

SHIFT_DOCUMENTS = {
    "handover": "Handover sheet: every child in custody now",
    "downtime": "Downtime pack: paper forms for every child if the desk is down",
}


def shift_document(store: DeskStore, session: Session | None, kind: str, now: datetime,
                   policy: Policy) -> Document:
    """The PDF of `kind` ("handover" or "downtime") for the suite at `now`."""
    if session is None:
        raise DeskError("Sign in first.")
    if kind not in SHIFT_DOCUMENTS:
        raise DeskError(f"There is no shift document {kind!r}.")
    records = store.in_custody()
    suite = store.get_setting("suite_name") or None
    force = store.get_setting("force_name") or None
    stamp = iso(now)[:16].replace(":", "").replace("-", "")
    if kind == "handover":
        from ...reports.handover import handover_pdf

        pdf = handover_pdf(records, now, policy, force=force, suite=suite, printed_at=now,
                           printed_by=session.signature, store_head=_head(store))
        return Document("Handover sheet", f"handover-{stamp}.pdf", pdf, None)
    from ...reports.downtime import downtime_pdf

    pdf = downtime_pdf(records, now, policy, force=force, suite=suite, printed_at=now, printed_by=session.signature,
                       store_head=_head(store))
    return Document("Downtime pack", f"downtime-pack-{stamp}.pdf", pdf, None)


def _head(store: DeskStore) -> str:
    """The store's chain position and head, printed so the paper can be checked against it."""
    return str(store.store_head().code)

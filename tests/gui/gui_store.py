"""Reading the real store in GUI tests (what was stored, as the interchange document)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from custody_app.domain import parse_document
from custody_app.rules.timecalc import iso
from custody_app.store import Store


def docs(store: Store) -> dict[str, dict[str, Any]]:
    """Every record as stored, by custody number."""
    return {n: store.export_document(n) for n in store.all_numbers()}


def import_awaited_adult(store: Store, number: str, now: datetime) -> None:
    """A child booked in whose appropriate adult was asked for 4 h 10 min ago and has not come
    (the inspector alert), made from the first stored record."""
    doc = docs(store)[sorted(docs(store))[0]]
    doc["custody_number"] = number
    keep = ("arrested", "arrived_at_station", "detention_authorised")
    doc["events"] = [e for e in doc["events"] if e["type"] in keep]
    doc["events"].append({"type": "aa_requested", "id": "alert1", "at": iso(now - timedelta(hours=4, minutes=10)),
                          "by": "PS 2190 Khan", "name": "Jo Doe", "relationship": "parent", "contact": None})
    store.import_record(parse_document(doc))

"""Reading the real store in GUI tests (what was stored, as the interchange document)."""

from __future__ import annotations

from typing import Any

from custody_app.store import Store


def docs(store: Store) -> dict[str, dict[str, Any]]:
    """Every record as stored, by custody number."""
    return {n: store.export_document(n) for n in store.all_numbers()}

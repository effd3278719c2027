"""The demo database (never a real one): sample children and users with known PINs."""


from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from ...domain import Record, parse_document
from .access import DeskStore

DEMO_USERS = (
    ("ps2190", "PS 2190 Khan", "sergeant", "2190"),
    ("insp77", "Insp 77 Okafor", "inspector", "7777"),
    ("supt12", "Supt 12 Harris", "superintendent", "1212"),
    ("do4410", "DO 4410 Price", "detention_officer", "4410"),
    ("nurse5", "HCP 5 Lewis", "healthcare", "5555"),
    ("admin", "Admin Clarke", "admin", "0000"),
)


class UserStore(DeskStore, Protocol):
    def create_user(self, username: str, display_name: str, role: str, pin: str) -> Any: ...
    def list_users(self) -> Any: ...
    def import_record(self, record: Record, user: str | None = None) -> Any: ...


def add_demo_record(store: UserStore, document: Mapping[str, Any]) -> str:
    """One more sample child in a demo database (the screenshots' breach-of-bail case)."""
    record = parse_document(dict(document))
    store.import_record(record, "demo")
    return record.custody_number


def seed_demo(store: UserStore, documents: Sequence[Mapping[str, Any]]) -> list[str]:
    """A demo database: the sample children and users with known PINs (never on a real database)."""
    numbers = []
    for doc in documents:
        record = parse_document(dict(doc))
        store.import_record(record, "demo")
        numbers.append(record.custody_number)
    for username, name, role, pin in DEMO_USERS:
        store.create_user(username, name, role, pin)
    if documents:
        store.set_setting("suite_name", str(documents[0].get("suite", "")))
        store.set_setting("force_name", str(documents[0].get("force", "")))
    store.set_setting("custody_number_prefix", "DEMO")
    return numbers

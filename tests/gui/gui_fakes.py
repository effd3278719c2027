"""An in-memory store with the real store's API (Dangerzone style): GUI tests need no SQLite."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from custody_app.domain import Record, parse_document
from custody_app.rules.policy import Policy
from custody_app.store.board_cache import KeptJudgement


class FakeAuthError(Exception):
    pass


class FakeStore:
    def __init__(self, clock: Any = None, lockout_after: int = 5) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.meta: dict[str, list[tuple[int, datetime, str | None]]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.settings: dict[str, Any] = {"suite_name": "Leamington Spa", "force_name": "Warwickshire Police"}
        self.policy = Policy()
        self.failures: dict[str, int] = {}
        self.lockout_after = lockout_after
        self.clock = clock or (lambda: datetime.now(UTC))
        self.kept: dict[str, tuple[str, str]] = {}

    # records
    def create_record(self, record: Record, user: str) -> Record:
        if record.custody_number in self.docs:
            raise ValueError(f"{record.custody_number} already exists")
        return self.import_record(record, user)

    def import_record(self, record: Record, user: str | None = None) -> Record:
        self.docs[record.custody_number] = copy.deepcopy(dict(record.raw))
        now = self.clock()
        self.meta[record.custody_number] = [(i, now, user) for i in range(len(record.events))]
        return record

    def append_event(self, number: str, event: dict[str, Any], user: str) -> Record:
        doc = copy.deepcopy(self.docs[number])
        doc["events"].append(dict(event))
        record = parse_document(doc)
        self.docs[number] = doc
        self.meta[number].append((len(doc["events"]) - 1, self.clock(), user))
        return record

    def load_record(self, number: str) -> Record | None:
        doc = self.docs.get(number)
        return parse_document(copy.deepcopy(doc)) if doc else None

    def board_cache(self) -> list[KeptJudgement]:
        return [KeptJudgement(n, len(doc["events"]), *self.kept.get(n, (None, None)))
                for n, doc in self.docs.items()
                if not any(e["type"] in ("released", "transferred") for e in doc["events"])]

    def keep_board(self, judgements: Sequence[tuple[str, str, str]]) -> bool:
        for number, basis, facts in judgements:
            self.kept[number] = (basis, facts)
        return True

    def in_custody(self) -> list[Record]:
        out = []
        for doc in self.docs.values():
            if not any(e["type"] in ("released", "transferred") for e in doc["events"]):
                out.append(parse_document(copy.deepcopy(doc)))
        return out

    def event_meta(self, number: str) -> list[tuple[int, datetime, str | None]]:
        return list(self.meta.get(number, []))

    # users
    def create_user(self, username: str, display_name: str, role: str, pin: str) -> None:
        if username in self.users:
            raise ValueError(f"the user name {username} is taken")
        self.users[username] = {"username": username, "display_name": display_name, "role": role, "pin": pin}

    def list_users(self) -> list[dict[str, Any]]:
        return [{k: v for k, v in u.items() if k != "pin"} for u in self.users.values()]

    def authenticate(self, username: str, pin: str) -> dict[str, Any]:
        if self.failures.get(username, 0) >= self.lockout_after:
            raise FakeAuthError(f"{username} is locked for 5 minutes after {self.lockout_after} wrong PINs.")
        user = self.users.get(username)
        if user is None or user["pin"] != pin:
            self.failures[username] = self.failures.get(username, 0) + 1
            raise FakeAuthError("User name or PIN not recognised.")
        self.failures[username] = 0
        return {k: v for k, v in user.items() if k != "pin"}

    # settings
    def get_policy(self) -> Policy:
        return self.policy

    def set_policy(self, policy: Policy) -> None:
        self.policy = policy

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("settings are text")
        self.settings[key] = value

    def next_custody_sequence(self) -> int:
        seq = int(self.settings.get("last_custody_sequence") or 0) + 1
        self.settings["last_custody_sequence"] = str(seq)
        return seq

    def close(self) -> None:
        pass

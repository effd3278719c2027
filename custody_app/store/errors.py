"""What the store reports: refusals with a plain message, and verification problems."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class StoreError(Exception):
    """The store refused or could not do something; the message says why in plain words."""


class ClashError(StoreError):
    """An import that disagrees with what is already stored; nothing was changed."""


class AuthError(StoreError):
    """A sign-in refused: wrong user name or PIN, an inactive user, or locked out."""

    def __init__(self, message: str, locked_until: datetime | None = None) -> None:
        super().__init__(message)
        self.locked_until = locked_until


@dataclass(frozen=True)
class Problem:
    """Something `verify` found that no longer matches what was entered."""

    custody_number: str | None
    event_index: int | None
    what: str
    kind: str = "chain"  # chain | integrity | schema | admin | derived | witness

    def __str__(self) -> str:
        where = self.custody_number or "store"
        if self.event_index is not None:
            where += f" events[{self.event_index}]"
        return f"{where}: {self.what}"

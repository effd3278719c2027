"""Settings: the suite's names and the force policy figures (RULES.md *policy*)."""

from __future__ import annotations

import json

from ..rules.policy import DEFAULT_POLICY, Policy, PolicyError
from .connection import Base
from .errors import StoreError
from .schema import CUSTODY_SEQUENCE_KEY, POLICY_KEY


class SettingsMixin(Base):
    def get_setting(self, key: str) -> str | None:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_setting(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise StoreError(f"setting {key!r} must be text")
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, value, self._now()))

    def next_custody_sequence(self) -> int:
        """The next custody number's sequence figure: taken in one write, so two terminals
        never get the same one (a suite server hands them out from a sequence)."""
        with self.transaction():
            seq = int(self.get_setting(CUSTODY_SEQUENCE_KEY) or 0) + 1
            self.set_setting(CUSTODY_SEQUENCE_KEY, str(seq))
        return seq

    def get_policy(self) -> Policy:
        """The suite's policy figures (the defaults of RULES.md until changed)."""
        text = self.get_setting(POLICY_KEY)
        if text is None:
            return DEFAULT_POLICY
        try:
            return Policy.from_dict(json.loads(text))
        except (ValueError, PolicyError) as exc:
            raise StoreError(f"the stored policy figures are not valid: {exc}") from None

    def set_policy(self, policy: Policy) -> None:
        self.set_setting(POLICY_KEY, json.dumps(policy.to_dict(), sort_keys=True))

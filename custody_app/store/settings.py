"""Settings: the suite's names and the force policy figures (RULES.md *policy*)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..rules.policy import DEFAULT_POLICY, Policy, PolicyError
from .connection import Base
from .errors import StoreError
from .schema import CUSTODY_SEQUENCE_KEY, POLICY_KEY

if TYPE_CHECKING:
    from .admin_log import AdminEntry


class SettingsMixin(Base):
    def get_setting(self, key: str) -> str | None:
        """The setting as last entered through the application: from the users and settings log
        (admin_log.py), so a value changed or inserted in the table behind the application's
        back is never used (`verify` names it). A store from before the log: the table."""
        with self._read() as conn:
            has_log = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'admin_log'"
                                   ).fetchone() is not None
            if has_log:
                logged = conn.execute("SELECT body FROM admin_log WHERE kind = 'setting' AND subject = ? "
                                      "ORDER BY seq DESC LIMIT 1", (key,)).fetchone()
                if logged is None:
                    return None
                value = json.loads(str(logged[0])).get("value")
                return None if value is None else str(value)
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_setting(self, key: str, value: str, by: str | None = None) -> None:
        """Set a setting; the change is an entry of the users and settings log (who: `by`, when)."""
        from .admin_log import chain_setting

        if not isinstance(value, str):
            raise StoreError(f"setting {key!r} must be text")
        with self.transaction():
            if self.get_setting(key) == value:
                return  # unchanged: no entry
            now = self._now()
            self.conn.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, value, now))
            chain_setting(self.conn, key, now, by)

    def settings_history(self, key: str | None = None) -> list[AdminEntry]:
        """Every change of the settings (of one key), oldest first, with who and when."""
        from .admin_log import history

        with self._read() as conn:
            return history(conn, "setting", key)

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

    def set_policy(self, policy: Policy, by: str | None = None) -> None:
        self.set_setting(POLICY_KEY, json.dumps(policy.to_dict(), sort_keys=True), by)

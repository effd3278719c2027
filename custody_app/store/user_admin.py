"""Changes to users made by an administrator: a new user, a new role, a PIN reset, a user
disabled or enabled. Each is one transaction that changes the user and records who made
the change, when, and what it was, in `user_changes` (never changed or deleted).

(Kept apart from users.py, where sign-in and the users' own chain live.)
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import StoreError
from .schema import ROLES
from .users import User, UsersMixin, _check_pin, _hasher


@dataclass(frozen=True)
class UserChange:
    at: str
    by: str
    username: str
    change: str  # "added" | "role" | "pin_reset" | "disabled" | "enabled"
    detail: str


class UserAdminMixin(UsersMixin):
    def add_user(self, by: str, username: str, display_name: str, role: str, pin: str) -> User:
        """A new user, recorded as added by `by`."""
        with self.transaction():
            user = self.create_user(username, display_name, role, pin, by=by)  # chained, with who
            self._note_user_change(by, user.username, "added", f"role {role}")
        return user

    def set_user_role(self, by: str, username: str, role: str) -> None:
        if role not in ROLES:
            raise StoreError(f"{role!r} is not a role; roles: {', '.join(ROLES)}")
        with self.transaction():
            old = self._user_row(username)
            self.conn.execute("UPDATE users SET role = ? WHERE username = ?", (role, old[0]))
            self._note_user_change(by, old[0], "role", f"{old[1]} -> {role}")

    def reset_pin(self, by: str, username: str, pin: str) -> None:
        _check_pin(pin)
        pin_hash = _hasher().hash(pin)
        with self.transaction():
            name = self._user_row(username)[0]
            self.conn.execute("UPDATE users SET pin_hash = ?, failed_attempts = 0, locked_until = NULL "
                              "WHERE username = ?", (pin_hash, name))
            self._note_user_change(by, name, "pin_reset", "")

    def set_user_enabled(self, by: str, username: str, enabled: bool) -> None:
        with self.transaction():
            name = self._user_row(username)[0]
            self.conn.execute("UPDATE users SET active = ?, failed_attempts = 0, locked_until = NULL "
                              "WHERE username = ?", (int(enabled), name))
            self._note_user_change(by, name, "enabled" if enabled else "disabled", "")

    def user_changes(self) -> list[UserChange]:
        with self._read() as conn:
            rows = conn.execute("SELECT at, by, username, change, detail FROM user_changes ORDER BY id").fetchall()
        return [UserChange(*(str(v) for v in row)) for row in rows]

    def _user_row(self, username: str) -> tuple[str, str]:
        row = self.conn.execute("SELECT username, role FROM users WHERE username = ?",
                                (username.strip(),)).fetchone()
        if row is None:
            raise StoreError(f"there is no user {username}")
        return str(row[0]), str(row[1])

    def _note_user_change(self, by: str, username: str, change: str, detail: str) -> None:
        self.conn.execute("INSERT INTO user_changes (at, by, username, change, detail) VALUES (?, ?, ?, ?, ?)",
                          (self._now(), by, username, change, detail))
        if change != "added":  # (create_user chained the new user)
            self._chain_user(username, by)  # the user's new state in the users and settings log

"""Users, their roles, and sign-in with a PIN or password hashed with Argon2id.

A PIN is never stored or logged in clear. After `failed_pin_limit` wrong
PINs in a row a user is locked out for `pin_lockout_minutes` (policy figures);
the count and the lock are kept in the database, so restarting does not reset them.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from .connection import from_utc_text, utc_text
from .errors import AuthError, StoreError
from .schema import ROLES
from .settings import SettingsMixin

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from .admin_log import AdminEntry

MIN_PIN_LENGTH = 4
WRONG = "wrong user name or PIN"


@cache
def _hasher() -> PasswordHasher:
    """Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about 30 ms a check
    here, so the sergeant's Enter on the PIN fills the board in under 100 ms (argon2-cffi's
    defaults, 64 MiB and 3 passes, took 95-135 ms). A PIN is guarded mainly by the lock-out
    after a few wrong tries; hashes made with other parameters still verify and are re-made
    with these at the next sign-in. argon2 is imported on first use."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """A hash to verify against for an unknown user name: evens out the time of the answer."""
    return _hasher().hash("not-a-pin: evens out the time of an unknown user name")


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: str
    active: bool


class UsersMixin(SettingsMixin):
    def create_user(self, username: str, display_name: str, role: str, pin: str,
                    by: str | None = None) -> User:
        """A new user; the change is an entry of the users and settings log (who: `by`)."""
        username = username.strip()
        if not username:
            raise StoreError("a user name is required")
        if role not in ROLES:
            raise StoreError(f"{role!r} is not a role; roles: {', '.join(ROLES)}")
        _check_pin(pin)
        pin_hash = _hasher().hash(pin)
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
                raise StoreError(f"there is already a user {username}")
            self.conn.execute(
                "INSERT INTO users (username, display_name, role, pin_hash, active, created_at) "
                "VALUES (?, ?, ?, ?, 1, ?)", (username, display_name.strip() or username, role, pin_hash,
                                              self._now()))
            self._chain_user(username, by)
        return User(username, display_name.strip() or username, role, True)

    def list_users(self) -> list[User]:
        with self._read() as conn:
            return [User(str(u), str(d), str(r), bool(a)) for u, d, r, a in conn.execute(
                "SELECT username, display_name, role, active FROM users ORDER BY username")]

    def set_user_active(self, username: str, active: bool, by: str | None = None) -> None:
        """Enable or disable a user (disabling also clears a lock-out); chained, with who."""
        with self.transaction():
            cur = self.conn.execute("UPDATE users SET active = ?, failed_attempts = 0, locked_until = NULL "
                                    "WHERE username = ?", (int(active), username))
            if cur.rowcount == 0:
                raise StoreError(f"there is no user {username}")
            self._chain_user(username, by)

    def set_pin(self, username: str, pin: str, by: str | None = None) -> None:
        """A new PIN (a reset, which also clears a lock-out); chained, with who."""
        _check_pin(pin)
        pin_hash = _hasher().hash(pin)
        with self.transaction():
            cur = self.conn.execute("UPDATE users SET pin_hash = ?, failed_attempts = 0, locked_until = NULL "
                                    "WHERE username = ?", (pin_hash, username))
            if cur.rowcount == 0:
                raise StoreError(f"there is no user {username}")
            self._chain_user(username, by)

    def unlock_user(self, username: str, by: str | None = None) -> None:
        """End a lock-out now (an administrator's recovery; see the README)."""
        with self.transaction():
            cur = self.conn.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL "
                                    "WHERE username = ?", (username,))
            if cur.rowcount == 0:
                raise StoreError(f"there is no user {username}")
            from .admin_log import append

            append(self.conn, "unlock", username, "{}", self._now(), by)

    def users_history(self, username: str | None = None) -> list[AdminEntry]:
        """Every change of the users (of one user), oldest first, with who and when."""
        from .admin_log import history

        with self._read() as conn:
            return history(conn, "user", username)

    def _chain_user(self, username: str, by: str | None) -> None:
        from .admin_log import chain_user

        chain_user(self.conn, username, self._now(), by)

    def authenticate(self, username: str, pin: str) -> User:
        """The user, when the PIN is right; AuthError (with `locked_until` when locked) if not."""
        policy = self.get_policy()
        now = self.clock()
        with self._read() as conn:
            row = conn.execute("SELECT username, display_name, role, pin_hash, active, locked_until "
                               "FROM users WHERE username = ?", (username.strip(),)).fetchone()
            if row is not None:
                from .admin_log import user_as_chained

                if not user_as_chained(conn, str(row[0])):  # a role, PIN or user set behind its back
                    raise AuthError(f"{row[0]} cannot sign in: this user was changed outside the application. "
                                    "Ask the administrator to run `custody-app verify`")
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        hasher = _hasher()
        if row is None:
            with contextlib.suppress(VerificationError, InvalidHashError):
                hasher.verify(_dummy_hash(), pin)
            raise AuthError(WRONG)
        name, display, role, pin_hash, active, locked_text = row
        if locked_text is not None:
            locked_until = from_utc_text(locked_text)
            # A lock holds for its minutes of elapsed time. One that claims to hold longer than
            # the lock-out lasts was set by a clock that has since been put back (or was wrong,
            # e.g. at 2099): the clock was seen to jump, so the lock ends.
            if locked_until - now > timedelta(minutes=max(policy.pin_lockout_minutes, 1)):
                locked_text = None
        if locked_text is not None:
            if locked_until > now:
                minutes = max(1, int((locked_until - now).total_seconds() + 59) // 60)
                raise AuthError(f"too many wrong PINs: {name} is locked for {minutes} more "
                                f"minute{'s' if minutes != 1 else ''}", locked_until)
        try:
            hasher.verify(pin_hash, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            self._failed(name, policy.failed_pin_limit, policy.pin_lockout_minutes)
            raise AuthError(WRONG) from None
        if not active:
            raise AuthError(f"{name} is not an active user")
        with self.transaction():
            new_hash = hasher.hash(pin) if hasher.check_needs_rehash(pin_hash) else pin_hash
            self.conn.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL, pin_hash = ? "
                              "WHERE username = ?", (new_hash, name))
            if new_hash != pin_hash:
                self._chain_user(str(name), str(name))
        return User(str(name), str(display), str(role), bool(active))

    def _failed(self, username: str, limit: int, minutes: int) -> None:
        with self.transaction():
            self.conn.execute("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE username = ?",
                              (username,))
            count = self.conn.execute("SELECT failed_attempts FROM users WHERE username = ?",
                                      (username,)).fetchone()[0]
            if limit > 0 and count >= limit:
                until = utc_text(self.clock() + timedelta(minutes=minutes))
                self.conn.execute("UPDATE users SET failed_attempts = 0, locked_until = ? WHERE username = ?",
                                  (until, username))


def _check_pin(pin: str) -> None:
    if not isinstance(pin, str) or len(pin) < MIN_PIN_LENGTH:
        raise StoreError(f"a PIN needs at least {MIN_PIN_LENGTH} characters")

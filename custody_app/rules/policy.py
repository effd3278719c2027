"""Force policy figures (RULES.md *policy*): defaults a suite may change in its settings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any


class PolicyError(ValueError):
    pass


@dataclass(frozen=True)
class Policy:
    welfare_notice_minutes: int = 60
    la_notice_minutes: int = 60
    aa_request_minutes: int = 60
    aa_arrival_within_minutes: int = 120
    aa_inspector_alert_minutes: int = 240
    aa_interview_minutes: int = 60
    rights_with_aa_minutes: int = 30
    healthcare_request_minutes: int = 60
    observation_max_interval_minutes: int = 30
    observation_grace_minutes: int = 5
    food_drink_gap_hours: int = 8
    transfer_request_minutes: int = 60
    escalation_minutes: int = 60
    post_charge_max_hours: int = 12
    safeguarding_referral_hours: int = 24
    # the desk (display and sign-in), not findings
    due_soon_minutes: int = 30
    idle_lock_minutes: int = 10
    failed_pin_limit: int = 5
    pin_lockout_minutes: int = 5

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Policy:
        if not isinstance(data, dict):
            raise PolicyError("a policy must be a JSON object of figures")
        known = {f.name for f in fields(cls)}
        changes: dict[str, int] = {}
        for key, value in data.items():
            if key not in known:
                raise PolicyError(f"unknown policy figure {key!r}; known: {', '.join(sorted(known))}")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise PolicyError(f"policy figure {key!r} must be a whole number of 0 or more, got {value!r}")
            changes[key] = value
        if changes.get("observation_max_interval_minutes", 30) < 1:
            raise PolicyError("observation_max_interval_minutes must be at least 1")
        return replace(cls(), **changes)

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise PolicyError(f"policy file {path} is not valid JSON: {exc}") from None
        return cls.from_dict(data)


DEFAULT_POLICY = Policy()

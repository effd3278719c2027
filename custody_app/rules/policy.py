"""Force policy (RULES.md *policy*): defaults a suite may change in its settings.

Most figures are whole numbers of minutes or hours; besides them a switch
(`secure_needs_violent_or_sexual`), a list of phrases, the protective marking and
the offence table (RULES.md section 7), which a force edits without a code change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

_OFFENCES = Path(__file__).resolve().parent.parent / "data" / "offences.json"
OFFENCE_CATEGORIES = ("violent", "sexual", "other")
WORDING_PHRASES = ("behav", "aggress", "abusive", "abscond", "violen", "threat", "offence", "offense",
                   "serious harm", "secure")


class PolicyError(ValueError):
    pass


@dataclass(frozen=True)
class Offence:
    """One row of the offence table."""

    code: str
    title: str
    category: str  # violent | sexual | other
    indictable: bool
    list: str  # the statutory list entry, or "not listed"


@cache
def default_offence_table() -> Mapping[str, Offence]:
    raw: dict[str, Any] = json.loads(_OFFENCES.read_text("utf-8"))
    return offence_table_from(raw)


def offence_table_from(data: Any) -> Mapping[str, Offence]:
    if not isinstance(data, dict):
        raise PolicyError("the offence table must be a JSON object: code -> {title, category, indictable, list}")
    out: dict[str, Offence] = {}
    for code, row in data.items():
        if code.startswith("_"):
            continue
        if not code.strip() or not isinstance(row, dict):
            raise PolicyError(f"offence {code!r}: expected an object with title, category, indictable and list")
        title, category, indictable, listed = (row.get(k) for k in ("title", "category", "indictable", "list"))
        if not isinstance(title, str) or not title.strip():
            raise PolicyError(f"offence {code!r}: a title is needed")
        if category not in OFFENCE_CATEGORIES:
            raise PolicyError(f"offence {code!r}: category must be violent, sexual or other, not {category!r}")
        if not isinstance(indictable, bool):
            raise PolicyError(f"offence {code!r}: indictable must be true or false")
        if not isinstance(listed, str) or not listed.strip():
            raise PolicyError(f"offence {code!r}: list must name the statutory list entry, or 'not listed'")
        out[code] = Offence(code, title, category, indictable, listed)
    return out


@dataclass(frozen=True)
class Policy:
    welfare_notice_minutes: int = 60
    la_notice_minutes: int = 60
    responsible_officer_notice_minutes: int = 60
    woman_responsible_minutes: int = 60
    aa_request_minutes: int = 60
    aa_arrival_within_minutes: int = 120
    aa_inspector_alert_minutes: int = 240
    aa_interview_minutes: int = 60
    rights_with_aa_minutes: int = 30
    healthcare_request_minutes: int = 60
    observation_max_interval_minutes: int = 30
    observation_grace_minutes: int = 5
    food_drink_gap_hours: int = 8
    bail_decision_grace_minutes: int = 30
    transfer_request_minutes: int = 60
    escalation_minutes: int = 60
    la_transfer_within_minutes: int = 120
    court_imminent_window_hours: int = 4
    certificate_supervision_within_minutes: int = 60
    post_charge_max_hours: int = 12
    safeguarding_referral_hours: int = 24
    # the desk (display and sign-in), not findings
    due_soon_minutes: int = 30
    idle_lock_minutes: int = 10
    failed_pin_limit: int = 5
    pin_lockout_minutes: int = 5
    # not whole numbers
    secure_needs_violent_or_sexual: bool = True
    certificate_wording_phrases: tuple[str, ...] = WORDING_PHRASES
    protective_marking: str = "OFFICIAL-SENSITIVE"
    offence_table: Mapping[str, Offence] = field(default_factory=lambda: dict(default_offence_table()), compare=False)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "offence_table"}
        out["certificate_wording_phrases"] = list(self.certificate_wording_phrases)
        out["offence_table"] = {code: {k: v for k, v in asdict(o).items() if k != "code"}
                                for code, o in self.offence_table.items()}
        return out

    @classmethod
    def figure_names(cls) -> tuple[str, ...]:
        """The whole-number figures (minutes, hours, counts)."""
        return tuple(f.name for f in fields(cls) if f.type in ("int", int))

    @classmethod
    def from_dict(cls, data: Any) -> Policy:
        if not isinstance(data, dict):
            raise PolicyError("a policy must be a JSON object of figures")
        known = {f.name for f in fields(cls)}
        figures = set(cls.figure_names())
        changes: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                raise PolicyError(f"unknown policy figure {key!r}; known: {', '.join(sorted(known))}")
            if key in figures:
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise PolicyError(f"policy figure {key!r} must be a whole number of 0 or more, got {value!r}")
                changes[key] = value
            elif key == "secure_needs_violent_or_sexual":
                if not isinstance(value, bool):
                    raise PolicyError(f"{key!r} must be true or false")
                changes[key] = value
            elif key == "certificate_wording_phrases":
                if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v.strip() for v in value):
                    raise PolicyError(f"{key!r} must be a list of phrases")
                changes[key] = tuple(value)
            elif key == "protective_marking":
                if not isinstance(value, str) or not value.strip():
                    raise PolicyError(f"{key!r} must be text")
                changes[key] = value
            elif key == "offence_table":
                changes[key] = offence_table_from(value)
        if changes.get("observation_max_interval_minutes", 30) < 1:
            raise PolicyError("observation_max_interval_minutes must be at least 1")
        return replace(cls(), **changes)

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        from ..domain.bounds import read_limited, refuse_constant  # a size limit before parsing

        try:
            raw = read_limited(Path(path), 1_000_000)
        except OSError as exc:
            raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from None
        except ValueError as exc:  # too big, a pipe or a device
            raise PolicyError(f"cannot read policy file {path}: {exc}") from None
        try:
            data = json.loads(raw.decode("utf-8"), parse_constant=refuse_constant)
        except ValueError as exc:  # not JSON or not UTF-8, NaN or Infinity
            raise PolicyError(f"policy file {path} is not valid JSON: {exc}") from None
        return cls.from_dict(data)


DEFAULT_POLICY = Policy()

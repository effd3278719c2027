"""Checking one JSON value against its field spec, and parsing instants."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from .model import RecordError
from .schema import Field

# Instants outside these years are typing errors, and arithmetic near the ends of the
# calendar (a 24 h limit after 31 Dec 9999) would overflow.
FIRST_YEAR = 1900
LAST_YEAR = 2999


class _Absent:
    pass


ABSENT: Any = _Absent()


def check_field(spec: Field, value: Any, path: str) -> Any:
    """Check one value against its field spec; returns the value with defaults applied."""
    if value is ABSENT:
        if spec.has_default:
            return spec.default
        if spec.nullable:
            return None
        raise RecordError(path, "missing")
    if value is None:
        if spec.nullable:
            return None
        raise RecordError(path, "must not be null")
    kind = spec.kind
    if kind == "str":
        if not isinstance(value, str):
            raise RecordError(path, f"expected text, got {show(value)}")
    elif kind == "bool":
        if not isinstance(value, bool):
            raise RecordError(path, f"expected true or false, got {show(value)}")
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise RecordError(path, f"expected a whole number, got {show(value)}")
        check_range(spec, value, path)
    elif kind == "enum":
        if not isinstance(value, str) or value not in spec.choices:
            raise RecordError(path, f"{show(value)} is not one of: {', '.join(spec.choices)}")
    elif kind in ("str_list", "enum_list"):
        if not isinstance(value, list):
            raise RecordError(path, f"expected a list, got {show(value)}")
        for j, item in enumerate(value):
            if not isinstance(item, str):
                raise RecordError(f"{path}[{j}]", f"expected text, got {show(item)}")
            if kind == "enum_list" and item not in spec.choices:
                if item in spec.withdrawn:
                    raise RecordError(f"{path}[{j}]", f"{show(item)} is withdrawn in custody-record/1.1: it is "
                                      "not a ground in PACE s38(1) (a serious-harm belief is recorded on the "
                                      "secure request, with its reasons)")
                raise RecordError(f"{path}[{j}]", f"{show(item)} is not one of: {', '.join(spec.choices)}")
        value = tuple(value)
    elif kind == "representations":
        if not isinstance(value, dict):
            raise RecordError(path, f"expected an object, got {show(value)}")
        reps: dict[str, str | None] = {}
        for key in ("child", "appropriate_adult", "solicitor"):
            v = value.get(key)
            if v is not None and not isinstance(v, str):
                raise RecordError(f"{path}.{key}", f"expected text or null, got {show(v)}")
            reps[key] = v
        value = reps
    elif kind == "object":
        if not isinstance(value, dict):
            raise RecordError(path, f"expected an object, got {show(value)}")
    elif kind == "instant":
        value = parse_instant(value, path)
    elif kind == "people":
        value = check_people(value, path)
    return value


def check_people(value: Any, path: str) -> tuple[dict[str, str], ...]:
    """strip_search.present: everyone present besides the child, each {name, role, sex}."""
    from .schema import SEARCH_ROLES

    if not isinstance(value, list):
        raise RecordError(path, f"expected a list of people, got {show(value)}")
    people = []
    for j, item in enumerate(value):
        where = f"{path}[{j}]"
        if not isinstance(item, dict):
            raise RecordError(where, f"expected an object with name, role and sex, got {show(item)}")
        for key, choices in (("name", None), ("role", SEARCH_ROLES), ("sex", ("female", "male"))):
            if key not in item or item[key] is None:
                raise RecordError(f"{where}.{key}", "missing (each person present needs name, role and sex)")
            v = item[key]
            if not isinstance(v, str):
                raise RecordError(f"{where}.{key}", f"expected text, got {show(v)}")
            if choices is not None and v not in choices:
                raise RecordError(f"{where}.{key}", f"{show(v)} is not one of: {', '.join(choices)}")
        people.append({"name": item["name"], "role": item["role"], "sex": item["sex"]})
    return tuple(people)


def check_range(spec: Field, value: int, path: str) -> None:
    lo, hi = spec.minimum, spec.maximum
    if lo is not None and (value <= lo if spec.exclusive_minimum else value < lo):
        raise RecordError(path, f"{value} is out of range: must be {'more than' if spec.exclusive_minimum else 'at least'} {lo:g}")
    if hi is not None and value > hi:
        raise RecordError(path, f"{value} is out of range: must be at most {hi:g}")


def parse_instant(value: Any, path: str) -> datetime:
    """An ISO 8601 instant with its UTC offset, returned in UTC."""
    if value is None or value is ABSENT:
        raise RecordError(path, "missing")
    if not isinstance(value, str):
        raise RecordError(path, f"expected an ISO 8601 time with a UTC offset, got {show(value)}")
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise RecordError(path, f"{show(value)} is not a real ISO 8601 time") from None
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise RecordError(path, f"{show(value)} has no UTC offset (write e.g. +00:00 or +01:00)")
    try:
        instant = dt.astimezone(UTC)
    except OverflowError:
        instant = None
    if instant is None or not FIRST_YEAR <= instant.year <= LAST_YEAR:
        raise RecordError(path, f"{show(value)} is out of range: years {FIRST_YEAR} to {LAST_YEAR} only")
    return instant


def show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, _Absent) else "nothing"
    return text if len(text) <= 60 else text[:57] + "..."


def unencodable_path(value: Any, path: str = "") -> str | None:
    """The place of the first text that cannot be written as UTF-8 (a lone surrogate
    from a JSON escape such as \\ud800), or None."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path or "(document)"
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            found = unencodable_path(k, path) or unencodable_path(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found = unencodable_path(v, f"{path}[{i}]")
            if found:
                return found
    return None

"""Parse and validate a custody-record/1 document (INTERCHANGE.md, "Validation")."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any

from .age import age_on, london_date
from .bounds import check_document, refuse_constant
from .fields import ABSENT as _ABSENT, check_field, parse_instant, show as _show, unencodable_path
from .model import Child, Event, Record, RecordError, new_event
from .schema import (
    ALLOWED_AFTER_LEAVING,
    LEAVING_TYPES,
    MAX_BYTES,
    MAX_EVENTS,
    SEXES,
    Field,
    event_types,
    is_v11,
)
from .timeline import apply_corrections, in_time_order

FORMAT_RE = re.compile(r"^custody-record/1(\.[0-9]+)?$")
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\xed[\xa0-\xbf]")


def parse_text(text: str | bytes) -> Record:
    """Parse a JSON document; every refusal is a RecordError with a clear message."""
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if len(raw) > MAX_BYTES:
        raise RecordError("", f"the document is {len(raw):,} bytes; at most {MAX_BYTES:,} are accepted")
    try:
        doc = json.loads(raw, parse_constant=refuse_constant)
    except UnicodeDecodeError as exc:
        raise RecordError("", f"the file is not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise RecordError("", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise RecordError("", "not valid JSON: nested too deeply") from None
    except RecordError:
        raise
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise RecordError("", f"not valid JSON: {exc}") from None
    # An unpaired surrogate can only come from a \\uD800-\\uDFFF escape (or, in a str, be there
    # already): walk the document for one only when the text shows either.
    return parse_document(doc, text_is_utf8=_SURROGATE.search(raw) is None)


def parse_stored(doc: dict[str, Any]) -> Record:
    """A document read back from the store, which validated it when it was written (and
    whose hash chain `verify` checks): its events are built without checking each field
    again. Anything unexpected falls back to the full validation."""
    try:
        return _build_trusted(doc)
    except (KeyError, TypeError, ValueError, AttributeError):
        return parse_document(doc, text_is_utf8=True)


def _build_trusted(doc: dict[str, Any]) -> Record:
    strict = doc["format"] == "custody-record/1"
    table = event_types(doc["format"])
    events = []
    for i, raw in enumerate(doc["events"]):
        etype = raw["type"]
        spec = table.get(etype)
        if spec is None and strict:
            raise ValueError(etype)
        fields: dict[str, Any] = {}
        if spec is not None:
            for name, field_spec in spec.items():
                value = raw.get(name, field_spec.default)
                kind = field_spec.kind
                if kind in ("str_list", "enum_list"):
                    value = tuple(value)
                elif kind in ("instant", "people"):
                    value = check_field(field_spec, raw.get(name, _ABSENT), name)
                elif kind == "representations":
                    value = {k: value.get(k) for k in ("child", "appropriate_adult", "solicitor")}
                elif value is None and not field_spec.nullable and not field_spec.has_default:
                    raise ValueError(name)
                fields[name] = value
        at = datetime.fromisoformat(raw["at"]).astimezone(UTC)
        events.append(new_event(i, etype, at, raw["by"], raw.get("id"), MappingProxyType(fields),
                                MappingProxyType(raw), spec is not None))
    child = _parse_child(doc["child"], is_v11(doc["format"]))
    return Record(doc["format"], doc["custody_number"], doc["suite"], doc["force"], child, tuple(events), doc)


def parse_document(doc: Any, *, text_is_utf8: bool = False) -> Record:
    """Validate a document. text_is_utf8: the caller knows every string in it can be
    written as UTF-8 (it came from UTF-8 text with no surrogate escapes)."""
    if not isinstance(doc, dict):
        raise RecordError("", "the document must be a JSON object")
    check_document(doc)  # bounds.py: depth, text length and characters, the custody number
    if not text_is_utf8:
        bad = unencodable_path(doc)
        if bad is not None:
            raise RecordError(bad, "text that cannot be stored (an unpaired surrogate, such as \\ud800)")
    fmt = doc.get("format")
    if fmt is None:
        raise RecordError("format", "missing; expected \"custody-record/1.1\" (or 1, 1.0)")
    if not isinstance(fmt, str) or not FORMAT_RE.fullmatch(fmt):
        raise RecordError("format", f"{_show(fmt)} is not a supported format; expected \"custody-record/1.1\" "
                          "(or custody-record/1, custody-record/1.N)")
    custody_number = _req_str(doc, "custody_number", "")
    if not custody_number.strip():
        raise RecordError("custody_number", "must not be empty")
    suite = _req_str(doc, "suite", "")
    force = _req_str(doc, "force", "")
    child_doc = doc.get("child")
    if not isinstance(child_doc, dict):
        raise RecordError("child", "missing or not an object")
    raw_events = doc.get("events")
    if not isinstance(raw_events, list):
        raise RecordError("events", "missing or not a list")
    if len(raw_events) > MAX_EVENTS:
        raise RecordError("events", f"{len(raw_events):,} events; at most {MAX_EVENTS:,} are accepted")
    strict = fmt == "custody-record/1"
    v11 = is_v11(fmt)
    table = event_types(fmt)
    events = tuple(_parse_event(i, e, strict, table) for i, e in enumerate(raw_events))
    _check_ids(events)
    child = _parse_child(child_doc, v11)
    record = Record(fmt, custody_number, suite, force, child, events, doc)
    corrected = apply_corrections(record, None)
    for ev in corrected:
        if ev.corrected_by and ev.known:
            _revalidate(ev, table)
    if v11:
        for original, ev in zip(events, corrected, strict=True):
            if ev.type == "bail_decision" and ev.known:
                _check_refusal_grounds(original, f"events[{original.index}]")
                if ev.corrected_by:
                    _check_refusal_grounds(ev, f"events[{ev.corrected_by[-1]}].fields")
    ordered = in_time_order(corrected)
    _check_structure(ordered)
    _check_child_age(child, ordered)
    return record


# --- child -----------------------------------------------------------------

def _parse_child(doc: Mapping[str, Any], v11: bool = False) -> Child:
    surname = _req_str(doc, "surname", "child.")
    forenames = _req_str(doc, "forenames", "child.")
    if "date_of_birth" not in doc:
        raise RecordError("child.date_of_birth", "missing (null is allowed only with age_in_doubt true)")
    age_in_doubt = _req_bool(doc, "age_in_doubt", "child.")
    looked_after = _req_bool(doc, "looked_after", "child.")
    dob_raw = doc["date_of_birth"]
    dob: date | None
    if dob_raw is None:
        if not age_in_doubt:
            raise RecordError("child.date_of_birth", "null is allowed only when age_in_doubt is true")
        dob = None
    elif isinstance(dob_raw, str):
        try:
            dob = date.fromisoformat(dob_raw)
        except ValueError:
            raise RecordError("child.date_of_birth", f"{_show(dob_raw)} is not a date (YYYY-MM-DD)") from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dob_raw):
            raise RecordError("child.date_of_birth", f"{_show(dob_raw)} is not a date (YYYY-MM-DD)")
    else:
        raise RecordError("child.date_of_birth", f"expected a date (YYYY-MM-DD) or null, got {_show(dob_raw)}")
    la = doc.get("local_authority")
    if la is not None and not isinstance(la, str):
        raise RecordError("child.local_authority", f"expected text or null, got {_show(la)}")
    if not v11:  # 1.1 fields in a 1.0 document are unknown fields: kept, ignored
        return Child(surname, forenames, dob, age_in_doubt, looked_after, la)
    sex = doc.get("sex", "not_known")
    if sex is None:
        sex = "not_known"
    if not isinstance(sex, str) or sex not in SEXES:
        raise RecordError("child.sex", f"{_show(sex)} is not one of: {', '.join(SEXES)}")
    officer = doc.get("responsible_officer")
    if officer is not None and not isinstance(officer, str):
        raise RecordError("child.responsible_officer", f"expected text or null, got {_show(officer)}")
    return Child(surname, forenames, dob, age_in_doubt, looked_after, la, sex, officer)


def _check_child_age(child: Child, ordered: tuple[Event, ...]) -> None:
    arrival = next((e for e in ordered if e.type == "arrived_at_station"), None)
    anchor = arrival or next(e for e in ordered if e.type == "arrested")
    if child.date_of_birth is None:
        return
    day = london_date(anchor.at)
    if child.date_of_birth > day:
        raise RecordError("child.date_of_birth", f"{child.date_of_birth.isoformat()} is after the "
                          f"{'arrival at the station' if arrival else 'arrest'} ({day.isoformat()})")
    age = age_on(child.date_of_birth, day)
    if age >= 18 and not child.age_in_doubt:
        raise RecordError("child.date_of_birth", f"the person was {age} on arrival: this application is "
                          "for children (under 18, or age in doubt)")


# --- events ----------------------------------------------------------------

def _parse_event(i: int, raw: Any, strict: bool, table: dict[str, dict[str, Field]]) -> Event:
    try:
        return _event_fields(i, raw, strict, table)
    except RecordError as exc:
        # paths are built only on refusal: formatting one per field costs at 10,000 events
        raise RecordError(f"events[{i}]{'.' if exc.path else ''}{exc.path}", exc.message) from None


def _event_fields(i: int, raw: Any, strict: bool, table: dict[str, dict[str, Field]]) -> Event:
    if not isinstance(raw, dict):
        raise RecordError("", "an event must be a JSON object")
    etype = raw.get("type")
    if etype is None:
        raise RecordError("type", "missing")
    if not isinstance(etype, str):
        raise RecordError("type", f"expected text, got {_show(etype)}")
    spec = table.get(etype)
    if spec is None and strict:
        raise RecordError("type", f"unknown event type {_show(etype)} in a custody-record/1 document")
    at = parse_instant(raw.get("at"), "at")
    by = raw.get("by")
    if not isinstance(by, str):
        raise RecordError("by", "missing" if by is None else f"expected text, got {_show(by)}")
    eid = raw.get("id")
    if eid is not None and not isinstance(eid, str):
        raise RecordError("id", f"expected text, got {_show(eid)}")
    note = raw.get("note")
    if note is not None and not isinstance(note, str):
        raise RecordError("note", f"expected text, got {_show(note)}")
    fields: dict[str, Any] = {}
    if spec is not None:
        get = raw.get
        for name, field_spec in spec.items():
            value = get(name, _ABSENT)
            kind = field_spec.kind
            # the common cases inline: a call per field costs at 10,000 events
            if (kind == "str" and value.__class__ is str) or (kind == "bool" and value.__class__ is bool) or \
                    (kind == "enum" and value.__class__ is str and value in field_spec.choices):
                fields[name] = value
            else:
                fields[name] = check_field(field_spec, value, name)
    if etype == "correction":
        for banned in ("id", "type"):
            if banned in fields["fields"]:
                raise RecordError(f"fields.{banned}", "a correction may not change an event's id or type")
    return new_event(i, etype, at, by, eid, MappingProxyType(fields), MappingProxyType(raw), spec is not None)


def _revalidate(ev: Event, table: dict[str, dict[str, Field]]) -> None:
    """A corrected event must still be a valid event of its type."""
    where = f"events[{ev.corrected_by[-1]}].fields"
    for name, spec in table[ev.type].items():
        value = ev.raw.get(name, _ABSENT)
        check_field(spec, value, f"{where}.{name}")


def _check_refusal_grounds(ev: Event, where: str) -> None:
    """1.1: a refusal of bail gives its grounds, and `other` its other_reason (also when a
    correction would make it otherwise: the refusal then names the correction)."""
    if ev["granted"]:
        return
    grounds = ev["grounds"]
    if not grounds:
        raise RecordError(f"{where}.grounds", "a refusal of bail must give at least one ground (PACE s38(1))")
    if "other" in grounds and not str(ev.get("other_reason") or "").strip():
        raise RecordError(f"{where}.other_reason", "the ground 'other' needs its other_reason: what the "
                          "ground behind it is")


def _check_ids(events: tuple[Event, ...]) -> None:
    seen: dict[str, int] = {}
    for ev in events:
        if ev.id is None:
            continue
        if ev.id in seen:
            raise RecordError(f"events[{ev.index}].id", f"{_show(ev.id)} is already used by events[{seen[ev.id]}]")
        seen[ev.id] = ev.index
    for ev in events:
        if ev.type == "correction":
            target = ev.fields["corrects"]
            if target not in seen or seen[target] >= ev.index:
                raise RecordError(f"events[{ev.index}].corrects",
                                  f"no event with id {_show(target)} is listed before this correction")


def _check_structure(ordered: tuple[Event, ...]) -> None:
    arrests = [e for e in ordered if e.type == "arrested"]
    if not arrests:
        raise RecordError("events", "no 'arrested' event: every record starts with the arrest")
    if len(arrests) > 1:
        raise RecordError(f"events[{arrests[1].index}].type", "a second 'arrested' event; a record has one arrest")
    auths = [e for e in ordered if e.type == "detention_authorised"]
    if len(auths) > 1:
        raise RecordError(f"events[{auths[1].index}].type", "a second 'detention_authorised'; detention is authorised once")
    left: Event | None = None
    requested = False
    interview_open = 0
    certificates_seen: set[str | None] = set()
    certificate_ids = {e.id for e in ordered if e.type == "certificate_issued" and e.known and e.id is not None}
    for ev in ordered:
        if not ev.known:
            continue  # an unknown type is ignored by every rule, these included
        if left is not None and ev.type not in ALLOWED_AFTER_LEAVING:
            raise RecordError(f"events[{ev.index}].at", f"'{ev.type}' after the child left "
                              f"(events[{left.index}] '{left.type}'); only {', '.join(ALLOWED_AFTER_LEAVING)} may follow")
        if ev.type in LEAVING_TYPES:
            left = ev
        elif ev.type == "aa_requested":
            requested = True
        elif ev.type == "aa_arrived" and not requested:
            raise RecordError(f"events[{ev.index}].type", "'aa_arrived' before any 'aa_requested'")
        elif ev.type == "interview_started":
            interview_open += 1
        elif ev.type == "interview_ended":
            if not interview_open:
                raise RecordError(f"events[{ev.index}].type", "'interview_ended' without an open interview")
            interview_open -= 1
        elif ev.type == "certificate_issued":
            certificates_seen.add(ev.id)
        elif ev.type == "certificate_endorsed":
            _check_endorsement(ev, certificates_seen, certificate_ids)


def _check_endorsement(ev: Event, seen: set[str | None], ids: set[str]) -> None:
    target = ev["certificate"]
    if target is None:
        if not seen:
            raise RecordError(f"events[{ev.index}].certificate",
                              "null, but no 'certificate_issued' comes before this endorsement")
    elif target not in ids:
        raise RecordError(f"events[{ev.index}].certificate",
                          f"{_show(target)} is not the id of a 'certificate_issued'")
    elif target not in seen:
        raise RecordError(f"events[{ev.index}].certificate",
                          f"{_show(target)} is a certificate made after this endorsement")


def _req_str(doc: Mapping[str, Any], name: str, prefix: str) -> str:
    if name not in doc or doc[name] is None:
        raise RecordError(f"{prefix}{name}", "missing")
    v = doc[name]
    if not isinstance(v, str):
        raise RecordError(f"{prefix}{name}", f"expected text, got {_show(v)}")
    return v


def _req_bool(doc: Mapping[str, Any], name: str, prefix: str) -> bool:
    if name not in doc:
        raise RecordError(f"{prefix}{name}", "missing")
    v = doc[name]
    if not isinstance(v, bool):
        raise RecordError(f"{prefix}{name}", f"expected true or false, got {_show(v)}")
    return v

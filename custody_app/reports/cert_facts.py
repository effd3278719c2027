"""The facts a certificate certifies, its fingerprint, and `custody-app check` (RULES.md 6.1, 6.3).

Pure functions of the record's events as listed (their `raw` JSON): no engine, no
policy, no store. The facts of a certificate are computed from the first N events
(N: the events when it is printed); corrections among them apply, to `at` and `by`
too; later events do not exist for this purpose.

    fingerprint = SHA-256("custody-app/certificate/1\\x00" + canonical(facts))[:16 hex]
    chain head  = h_N of the store's hash chain (store/chain.py), first 16 hex digits
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ..domain import Record, age_on, london_date
from ..store.chain import canonical_json, head

FINGERPRINT_PREFIX = "custody-app/certificate/1\x00"
SHORT = 16

_NULL: Any = None
# Each type's fields of INTERCHANGE.md's event table, with the default a 1.1 key takes
# when absent (REQUIRED: no default; the value as recorded, null if missing). The second
# set names the (1.1) keys: in a 1.0 record they always take their default.
REQUIRED = object()
CHILD_KEYS: dict[str, Any] = {
    "surname": REQUIRED, "forenames": REQUIRED, "date_of_birth": REQUIRED, "age_in_doubt": REQUIRED,
    "looked_after": REQUIRED, "local_authority": _NULL, "sex": "not_known", "responsible_officer": _NULL,
}
CHILD_11 = frozenset({"sex", "responsible_officer"})
FIELDS: dict[str, dict[str, Any]] = {
    "certificate_issued": {
        "ground": REQUIRED, "circumstances": REQUIRED, "reasons": REQUIRED, "accommodation_required": REQUIRED,
        "other_reason": _NULL, "serious_harm_reasons": _NULL, "officer_name": _NULL, "officer_rank": _NULL,
    },
    "charged": {"offences": REQUIRED, "offence_codes": [], "category": REQUIRED},
    "bail_decision": {"granted": REQUIRED, "grounds": REQUIRED},
    "la_accommodation_requested": {"kind": REQUIRED, "authority": REQUIRED, "contact": _NULL,
                                   "serious_harm_reasons": _NULL},
    "la_response": {"provided": REQUIRED, "kind": _NULL, "reason": REQUIRED},
    "escalated": {"to": REQUIRED, "outcome": REQUIRED},
    "court_fixed": {"court": REQUIRED, "sitting_at": REQUIRED, "first_sitting": True},
    "certificate_endorsed": {"rank": REQUIRED, "override": False, "reason": ""},
}
FIELDS_11 = frozenset({
    ("certificate_issued", "other_reason"), ("certificate_issued", "serious_harm_reasons"),
    ("certificate_issued", "officer_name"), ("certificate_issued", "officer_rank"),
    ("charged", "offence_codes"), ("la_accommodation_requested", "serious_harm_reasons"),
    ("court_fixed", "court"), ("court_fixed", "sitting_at"), ("court_fixed", "first_sitting"),
    ("certificate_endorsed", "rank"), ("certificate_endorsed", "override"), ("certificate_endorsed", "reason"),
})
INSTANT_FIELDS = frozenset({"at", "sitting_at"})


class CheckError(ValueError):
    """A check code that cannot be checked (malformed, or N out of range); exit 2."""


def utc_text(instant: datetime) -> str:
    """YYYY-MM-DDTHH:MM:SS+00:00, with .ffffff only when the microseconds are not 0."""
    u = instant.astimezone(UTC)
    body = u.strftime("%Y-%m-%dT%H:%M:%S")
    if u.microsecond:
        body += f".{u.microsecond:06d}"
    return body + "+00:00"


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo is not None else None


def is_v11(record: Record) -> bool:
    fmt = record.format
    if fmt == "custody-record/1":
        return False
    minor = fmt.rsplit(".", 1)[-1] if fmt.startswith("custody-record/1.") else "0"
    return minor.isdigit() and int(minor) >= 1


@dataclass
class _Entry:
    """One listed event, corrections applied (its raw JSON merged with every correction's fields)."""

    entry: int  # 1-based
    raw: dict[str, Any]
    at: datetime

    @property
    def type(self) -> str:
        return str(self.raw.get("type"))

    @property
    def key(self) -> tuple[datetime, int]:
        return (self.at, self.entry)


@dataclass
class _Applied:
    correction: _Entry
    target: int  # 1-based entry it corrects directly
    final: int  # the entry it finally corrects (through corrections of corrections)
    original: dict[str, Any]


def _corrected(raws: Sequence[Mapping[str, Any]]) -> tuple[list[_Entry], list[_Applied]]:
    """The events as listed with corrections applied (corrections of corrections first, then
    the rest, each pass in listed order; as domain.timeline does), and what each changed."""
    entries: list[_Entry] = []
    for i, raw in enumerate(raws):
        at = _instant(raw.get("at"))
        entries.append(_Entry(i + 1, dict(raw), at if at is not None else datetime.min.replace(tzinfo=UTC)))
    index_of = {str(e.raw["id"]): e.entry - 1 for e in entries if e.raw.get("id") is not None}
    corrections = [e.entry - 1 for e in entries if e.type == "correction"]
    applied: list[_Applied] = []

    def target_of(ci: int) -> int | None:
        ti = index_of.get(str(entries[ci].raw.get("corrects")))
        return ti if ti is not None and ti < ci else None

    for first_pass in (True, False):
        for ci in corrections:
            ti = target_of(ci)
            if ti is None or (entries[ti].type == "correction") != first_pass:
                continue
            changes = entries[ci].raw.get("fields")
            if not isinstance(changes, Mapping):
                continue
            changes = {k: v for k, v in changes.items() if k not in ("id", "type")}
            new_at = entries[ti].at
            if "at" in changes:
                parsed = _instant(changes["at"])
                if parsed is None:
                    continue  # a correction that cannot apply is skipped, as the engine does
                new_at = parsed
            original = {k: entries[ti].raw.get(k) for k in changes}
            entries[ti].raw.update(changes)
            entries[ti].at = new_at
            applied.append(_Applied(entries[ci], ti + 1, ti + 1, original))
    for a in applied:  # the finally corrected event: follow corrections of corrections down
        seen = {a.correction.entry}
        while entries[a.final - 1].type == "correction" and a.final not in seen:
            seen.add(a.final)
            nxt = target_of(a.final - 1)
            if nxt is None:
                break
            a.final = nxt + 1
    return entries, applied


def _value(key: str, value: Any) -> Any:
    if key in INSTANT_FIELDS:
        parsed = _instant(value)
        return utc_text(parsed) if parsed is not None else value
    return value


def _fields(e: _Entry, v11: bool, keys: Sequence[str] | None = None) -> dict[str, Any]:
    spec = FIELDS[e.type]
    out: dict[str, Any] = {}
    for name, default in spec.items():
        if keys is not None and name not in keys:
            continue
        if (e.type, name) in FIELDS_11 and not v11:
            out[name] = None if default is REQUIRED else default
            continue
        value = e.raw.get(name, None if default is REQUIRED else default)
        out[name] = _value(name, value)
    return out


def _head(e: _Entry) -> dict[str, Any]:
    return {"entry": e.entry, "at": utc_text(e.at), "by": e.raw.get("by")}


def _child(record: Record, v11: bool) -> dict[str, Any]:
    raw = record.raw.get("child") if isinstance(record.raw, Mapping) else None
    raw = raw if isinstance(raw, Mapping) else {}
    child = record.child
    known = {
        "surname": child.surname, "forenames": child.forenames,
        "date_of_birth": child.date_of_birth.isoformat() if child.date_of_birth else None,
        "age_in_doubt": child.age_in_doubt, "looked_after": child.looked_after,
        "local_authority": child.local_authority,
    }
    out: dict[str, Any] = {}
    for name, default in CHILD_KEYS.items():
        if name in known:
            out[name] = known[name]
        elif name in CHILD_11 and not v11:
            out[name] = default
        else:
            out[name] = raw.get(name, default)
    return out


def certificates_in(record: Record, n: int | None = None) -> list[int]:
    """The 1-based entries of the certificates among the first n events."""
    events = record.events if n is None else record.events[:n]
    return [e.index + 1 for e in events if e.type == "certificate_issued"]


def facts_of(record: Record, entry: int, n: int | None = None) -> dict[str, Any]:
    """The facts (RULES.md 6.1) of the certificate at 1-based `entry`, from the first n events."""
    raws = [e.raw for e in (record.events if n is None else record.events[:n])]
    if not 1 <= entry <= len(raws) or raws[entry - 1].get("type") != "certificate_issued":
        raise ValueError(f"entry {entry} is not a certificate")
    v11 = is_v11(record)
    entries, applied = _corrected(raws)
    ordered = sorted(entries, key=lambda e: e.key)
    cert = entries[entry - 1]
    before = [e for e in ordered if e.key < cert.key]
    first_charge = next((e for e in ordered if e.type == "charged"), None)

    def post_charge(e: _Entry) -> bool:
        return first_charge is not None and e.key >= first_charge.key

    certificate = {**_fields(cert, v11), **_head(cert), "id": cert.raw.get("id")}
    dob = record.child.date_of_birth
    age = age_on(dob, london_date(cert.at)) if dob is not None else None
    charges = [{**_head(e), **_fields(e, v11)} for e in before if e.type == "charged"]
    refusal_e = next((e for e in reversed(before) if e.type == "bail_decision" and post_charge(e)), None)
    refusal = {**_head(refusal_e), **_fields(refusal_e, v11)} if refusal_e is not None else None
    requests = [{**_head(e), **_fields(e, v11)} for e in before if e.type == "la_accommodation_requested"]
    answers = [{**_head(e), **_fields(e, v11)} for e in before if e.type == "la_response"]
    escalations = [{**_head(e), **_fields(e, v11)} for e in before if e.type == "escalated"]
    court_e = next((e for e in reversed(ordered) if e.type == "court_fixed" and post_charge(e)), None) if v11 else None
    court = {**_head(court_e), **_fields(court_e, v11)} if court_e is not None else None
    endorsements = [{**_head(e), **_fields(e, v11)} for e in ordered
                    if e.type == "certificate_endorsed" and v11 and endorsed_entry(entries, e) == entry]
    others = [{**_head(e), "ground": e.raw.get("ground")} for e in ordered
              if e.type == "certificate_issued" and e.entry != entry]
    shown = {entry}
    for group in (charges, requests, answers, escalations, endorsements, others):
        shown.update(int(item["entry"]) for item in group)
    for single in (refusal, court):
        if single is not None:
            shown.add(int(single["entry"]))
    corrections = [
        {**_head(a.correction), "corrects_entry": a.target, "reason": a.correction.raw.get("reason"),
         "fields": a.correction.raw.get("fields"),
         "original": {k: _value(k, v) for k, v in a.original.items()}}
        for a in sorted(applied, key=lambda a: a.correction.key) if a.final in shown
    ]
    return {
        "custody_number": record.custody_number,
        "child": _child(record, v11),
        "certificate": certificate,
        "age": age,
        "charges": charges,
        "refusal": refusal,
        "requests": requests,
        "answers": answers,
        "escalations": escalations,
        "court": court,
        "endorsements": endorsements,
        "other_certificates": others,
        "corrections": corrections,
    }


def endorsed_entry(entries: Sequence[_Entry], endorsement: _Entry) -> int | None:
    """The certificate an endorsement is for: its id, or the last certificate before it in at order."""
    target = endorsement.raw.get("certificate")
    if target is not None:
        return next((e.entry for e in entries if e.type == "certificate_issued" and e.raw.get("id") == target), None)
    earlier = [e for e in entries if e.type == "certificate_issued" and e.key < endorsement.key]
    return max(earlier, key=lambda e: e.key).entry if earlier else None


def fingerprint(facts: Mapping[str, Any]) -> str:
    digest = hashlib.sha256((FINGERPRINT_PREFIX + canonical_json(dict(facts))).encode("utf-8")).hexdigest()
    return digest[:SHORT]


def chain_head(record: Record, n: int | None = None) -> str:
    """The first 16 hex digits of h_N, the store's chain over the first n events as recorded."""
    events = record.events if n is None else record.events[:n]
    return head(record.custody_number, (canonical_json(e.raw) for e in events)).hex()[:SHORT]


@dataclass(frozen=True)
class Certified:
    """What a printed certificate carries to be checked: its facts, F, N, H and the code."""

    facts: dict[str, Any]
    fingerprint: str
    entries: int
    chain: str

    @property
    def check(self) -> str:
        return f"CERT:{self.entries}:{self.fingerprint}"

    @property
    def line(self) -> str:
        return f"Fingerprint {self.fingerprint}, entries 1\u2013{self.entries}, chain {self.chain}"

    def to_json(self) -> dict[str, Any]:
        return {**self.facts, "fingerprint": self.fingerprint, "entries": self.entries,
                "chain": self.chain, "check": self.check}


def certified(record: Record, entry: int) -> Certified:
    """The certificate at `entry` as printed now (N = every event)."""
    facts = facts_of(record, entry)
    return Certified(facts, fingerprint(facts), len(record.events), chain_head(record))


def record_code(record: Record) -> str:
    """REC:N:H for the documents of section 6.3."""
    return f"REC:{len(record.events)}:{chain_head(record)}"


@dataclass(frozen=True)
class CheckResult:
    status: int  # 0 genuine and current, 1 genuine but changed / later entries, 3 not genuine
    message: str
    chain: str  # H computed for entries 1-N


def _parse(code: str, record: Record) -> tuple[str, int, str]:
    parts = code.strip().split(":")
    if len(parts) != 3 or parts[0].upper() not in ("CERT", "REC") or not parts[1].isdigit():
        raise CheckError(f"{code!r} is not a check code; it reads CERT:N:F or REC:N:H")
    kind, n, digits = parts[0].upper(), int(parts[1]), parts[2].lower()
    if len(digits) != SHORT or any(c not in "0123456789abcdef" for c in digits):
        raise CheckError(f"{code!r}: the last part must be {SHORT} hex digits")
    total = len(record.events)
    if not 1 <= n <= total:
        raise CheckError(f"{code!r}: entry count {n} is not between 1 and {total}, the entries in "
                         f"{record.custody_number}")
    return kind, n, digits


def check(record: Record, code: str) -> CheckResult:
    """`custody-app check`: CERT:N:F or REC:N:H against the record (RULES.md 6.1)."""
    kind, n, digits = _parse(code, record)
    h = chain_head(record, n)
    total = len(record.events)
    if kind == "REC":
        if h != digits:
            return CheckResult(3, f"not genuine: entries 1\u2013{n} of {record.custody_number} do not have "
                                  f"chain {digits}", h)
        if n == total:
            return CheckResult(0, "genuine and current", h)
        return CheckResult(1, f"genuine; {total - n} entries since", h)
    for entry in certificates_in(record, n):
        then = facts_of(record, entry, n)
        if fingerprint(then) != digits:
            continue
        now = facts_of(record, entry)
        if now == then:
            return CheckResult(0, "genuine and current", h)
        keys = sorted(k for k in set(then) | set(now) if then.get(k) != now.get(k))
        return CheckResult(1, f"genuine, but changed after entry {n}: {', '.join(keys)}", h)
    return CheckResult(3, f"no certificate in entries 1\u2013{n} has this fingerprint", h)


def age_on_day(record: Record, day: date) -> int | None:
    dob = record.child.date_of_birth
    return None if dob is None else age_on(dob, day)

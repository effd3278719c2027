"""The hash chain over a record's events: pure functions, no SQL.

    h_0 = SHA-256(UTF-8("custody-app/chain/1\\x00" + custody_number))
    h_i = SHA-256(h_{i-1} || UTF-8(canonical_json(event_i)))      (digests as bytes)

`canonical_json` is `json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False)` of the event's JSON object exactly as it came (unknown
fields included). The fingerprint of a record is the first 16 hex digits of
its last chain hash, so a document printed from a file and one printed from
the store show the same fingerprint.

The store also seals each row's own entry data (when and by whom it was
entered, which are not part of the interchange document):

    seal_i = SHA-256(h_i || UTF-8(str(index) + "\\x1f" + recorded_at + "\\x1f" + recorded_by))
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..domain import Record

GENESIS_PREFIX = "custody-app/chain/1\x00"
FINGERPRINT_LENGTH = 16


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Mapping[str, Any] | Any) -> str:
    """The one JSON text of a value: keys sorted, no spaces, UTF-8 kept.

    The same text as json.dumps(value, sort_keys=True, separators=(",", ":"),
    ensure_ascii=False); the encoder is made once (this runs for every event)."""
    kind = type(value)
    if kind is MappingProxyType:
        value = value.copy()  # type: ignore[union-attr]
    elif kind is not dict and isinstance(value, Mapping):
        value = dict(value)
    return _ENCODER.encode(value)


def genesis(custody_number: str) -> bytes:
    return hashlib.sha256((GENESIS_PREFIX + custody_number).encode("utf-8")).digest()


def link(previous: bytes, canonical_event: str) -> bytes:
    """h_i from h_{i-1} and the canonical JSON of event i."""
    return hashlib.sha256(previous + canonical_event.encode("utf-8")).digest()


def chain(custody_number: str, canonical_events: Iterable[str]) -> list[bytes]:
    """h_1..h_n for canonical event texts listed in order."""
    out: list[bytes] = []
    h = genesis(custody_number)
    for text in canonical_events:
        h = link(h, text)
        out.append(h)
    return out


def head(custody_number: str, canonical_events: Iterable[str]) -> bytes:
    """The last chain hash (h_0 for a record with no events)."""
    h = genesis(custody_number)
    for text in canonical_events:
        h = link(h, text)
    return h


def seal(chain_hash: bytes, index: int, recorded_at: str, recorded_by: str | None) -> bytes:
    """The per-row hash binding an event's entry time and user to its chain hash."""
    data = f"{index}\x1f{recorded_at}\x1f{recorded_by if recorded_by is not None else ''}"
    return hashlib.sha256(chain_hash + data.encode("utf-8")).digest()


def fingerprint_of(head_hash: bytes) -> str:
    return head_hash.hex()[:FINGERPRINT_LENGTH]


def record_fingerprint(record: Record) -> str:
    """Short hex fingerprint of a record's events, the same from a file as from the store."""
    return fingerprint_of(head(record.custody_number, (canonical_json(e.raw) for e in record.events)))


def header_of(document: Mapping[str, Any]) -> dict[str, Any]:
    """The document without its events: what identifies the record and the child."""
    return {k: v for k, v in document.items() if k != "events"}


def header_hash(canonical_header: str) -> bytes:
    return hashlib.sha256(("custody-app/header/1\x00" + canonical_header).encode("utf-8")).digest()


def ledger_hash(previous: bytes, custody_number: str, event_count: int, head_hash: bytes,
                header: bytes, recorded_at: str) -> bytes:
    """One entry of the store-wide write ledger, chained to the entry before it."""
    data = f"{custody_number}\x1f{event_count}\x1f{recorded_at}\x1f".encode()
    return hashlib.sha256(previous + data + head_hash + header).digest()


LEDGER_GENESIS = hashlib.sha256(b"custody-app/ledger/1").digest()

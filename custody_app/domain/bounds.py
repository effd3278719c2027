"""Bounded input: how deep, how long and what characters a record may hold, and reading a
file with a size limit before anything is parsed.

A record that nests hundreds of levels deep, or carries a 1,000-character name or a
100,000-character custody number, is valid JSON; stored, it breaks the board, the
handover sheet, the downtime pack and the report for every child in the suite. These
checks refuse it at the door, naming the field, before anything is stored.

- nesting: at most MAX_DEPTH levels of objects and lists;
- text: names at most NAME_LENGTH characters, other short fields SHORT_LENGTH, free text
  TEXT_LENGTH; no control characters (line breaks and tabs only in free text); no
  invisible characters (zero-width spaces and joiners, direction overrides, BOM);
- custody number: NFC, 1 to 40 characters, letters and digits with - / . _ between;
  so two numbers that differ only by an invisible character cannot both be stored;
- numbers: never NaN or Infinity (not JSON), integers at most 15 digits.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from .model import RecordError

MAX_DEPTH = 12
NAME_LENGTH = 100
SHORT_LENGTH = 200
TEXT_LENGTH = 4_000
KEY_LENGTH = 64
MAX_INT_DIGITS = 15
CUSTODY_NUMBER_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9/._-]{0,38}[A-Za-z0-9])?$")
NAME_FIELDS = frozenset({"surname", "forenames", "name", "by", "custody_number", "suite", "force", "id",
                         "corrects", "appropriate_adult", "responsible_officer", "authority", "court"})
TEXT_FIELDS = frozenset({"note", "text", "reason", "circumstances", "serious_harm_reasons", "grounds",
                         "outcome", "other_reason", "urgent_grounds", "urgent_without_aa_reason",
                         "representations", "child", "solicitor", "must", "must_not", "offences"})
# invisible: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi embeddings and isolates
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_SHORT = re.compile("[\x00-\x1f\x7f-\x9f]")


def refuse_constant(name: str) -> Any:
    """json.loads' parse_constant: NaN, Infinity and -Infinity are not JSON numbers."""
    raise RecordError("", f"not valid JSON: {name} is not a number JSON allows")


def check_custody_number(value: str, path: str = "custody_number") -> str:
    """The custody number as stored, or RecordError: NFC, no invisible or control characters,
    the shape of a custody number."""
    if _INVISIBLE.search(value) or _CONTROL_SHORT.search(value):
        raise RecordError(path, "contains an invisible or control character; type the custody number again")
    if unicodedata.normalize("NFC", value) != value:
        raise RecordError(path, "is not in Unicode normal form (NFC); type the custody number again")
    if not CUSTODY_NUMBER_RE.match(value):
        raise RecordError(path, f"{value[:40]!r}{'…' if len(value) > 40 else ''} is not a custody number: "
                          "1 to 40 letters and digits, with - / . _ between them")
    return value


def _check_text(value: str, path: str, key: str) -> None:
    free = key in TEXT_FIELDS
    limit = NAME_LENGTH if key in NAME_FIELDS else TEXT_LENGTH if free else SHORT_LENGTH
    if len(value) > limit:
        raise RecordError(path, f"{len(value):,} characters; at most {limit:,} are accepted here")
    if _INVISIBLE.search(value):
        raise RecordError(path, "contains an invisible character (a zero-width space, joiner or "
                          "direction mark); type it again")
    if (_CONTROL if free else _CONTROL_SHORT).search(value):
        raise RecordError(path, "contains a control character" + ("" if free else " (or a line break)"))


def check_document(doc: Any) -> None:
    """Refuse a document nested too deeply, with over-long or hidden text, or odd numbers."""
    number = doc.get("custody_number") if isinstance(doc, dict) else None
    if isinstance(number, str):
        check_custody_number(number)
    stack: list[tuple[Any, str, str, int]] = [(doc, "", "", 0)]
    while stack:
        value, path, key, depth = stack.pop()
        if isinstance(value, dict):
            if depth >= MAX_DEPTH:
                raise RecordError(path, f"nested more than {MAX_DEPTH} levels deep")
            for k, v in value.items():
                if len(k) > KEY_LENGTH or _CONTROL_SHORT.search(k) or _INVISIBLE.search(k):
                    raise RecordError(path, f"a field name {k[:KEY_LENGTH]!r}… is not one a record uses")
                stack.append((v, f"{path}.{k}" if path else k, k, depth + 1))
        elif isinstance(value, list):
            if depth >= MAX_DEPTH:
                raise RecordError(path, f"nested more than {MAX_DEPTH} levels deep")
            for i, v in enumerate(value):
                stack.append((v, f"{path}[{i}]", key, depth + 1))
        elif isinstance(value, str):
            if key != "custody_number":
                _check_text(value, path, key)
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise RecordError(path, "is not a number JSON allows (NaN or Infinity)")
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) >= 10 ** MAX_INT_DIGITS:
                raise RecordError(path, f"a number of more than {MAX_INT_DIGITS} digits")


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file, at most `limit`; ValueError (plain words) for anything else.

    Opened without blocking and checked before reading: a FIFO, a device such as
    /dev/zero or a folder is refused at once, and a file growing past the limit is
    refused after reading `limit` bytes, never read whole."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ValueError("it is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise ValueError("it is not a regular file (a pipe, device or socket); give a file")
        if st.st_size > limit:
            raise ValueError(f"it is {st.st_size:,} bytes; at most {limit:,} are accepted")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise ValueError(f"it is more than {limit:,} bytes; at most {limit:,} are accepted")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_record_file(path: Path) -> bytes:
    """A record file's bytes, refused (RecordError) when too big or not a regular file."""
    from .schema import MAX_BYTES

    try:
        return read_limited(path, MAX_BYTES)
    except ValueError as exc:
        raise RecordError("", f"cannot read it: {exc}") from None

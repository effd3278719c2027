"""Bad input (issue 7): mutated records fed to `audit`, `import` and the entry forms' validation.

Hypothesis mutates valid records (the three examples and generated ones): fields
removed, types swapped, times shifted, events reordered, huge strings, unicode,
broken bytes. Every case must be accepted or refused with a clear message:
never a traceback, never a partial write. The cases are counted and written to
build/reliability/bad_input.json.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
import sqlite3
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from custody_app.cli import main as cli_main
from custody_app.domain import RecordError, parse_document
from custody_app.domain.schema import EVENT_TYPES
from custody_app.rules import evaluate
from custody_app.rules.policy import Policy
from custody_app.services import desk
from custody_app.store import canonical_json, open_store

from .conftest import (
    EXAMPLES,
    PYTHON,
    Stopwatch,
    generated_docs,
    subprocess_env,
    write_figures,
)

pytestmark = pytest.mark.slow

COUNTS: Counter[str] = Counter()
EXAMPLE_DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
BASES = EXAMPLE_DOCS + generated_docs(5)
# records still in custody (nothing after "now"), for the desk: an entry can still be added
DESK_NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)

# Any text, lone surrogates (\ud800 written as a JSON escape) included: refused naming the field.
TEXT = st.text(max_size=30)
NASTY = st.sampled_from(["", " ", "\x00", "\u202e\u202dRTL", "e\u0301\u0301\u0301", "\U0001f6a8" * 50,
                         "\ufeffBOM", "ＰＳ２１９０", "'; DROP TABLE events; --", "\\", "\"", "\n\r\t",
                         "null", "true", "2026-03-28T22:40:00+00:00", "ß" * 1000])
JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                        st.floats(allow_nan=True, allow_infinity=True), TEXT, NASTY)
JSON_VALUE = st.one_of(JSON_SCALAR, st.lists(JSON_SCALAR, max_size=3),
                       st.dictionaries(TEXT, JSON_SCALAR, max_size=3))
BAD_TIMES = st.sampled_from(["2026-03-28T22:40:00", "2026-02-30T10:00:00+00:00", "2026-03-28T25:00:00+00:00",
                             "28/03/2026 22:40", "", "2026-03-29T01:30:00+01:00", "0001-01-01T00:00:00+14:00",
                             "9999-12-31T23:59:59-23:59", "2026-03-28T22:40:00Z", "2026-03-28T22:40:00-23:59",
                             "2026-W13-6T22:40:00+00:00", "2026-03-28T22:40:00.123456789+00:00"])
# Times at the edges of the calendar are refused (tests below and the mutations).
EDGE_TIMES = st.sampled_from(["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+14:00", "9999-12-31T23:59:59+00:00"])


def _slots(node: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) in a JSON tree: the places a mutation can hit."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in list(items):
        out.append((node, key))
        _slots(value, out)
    return out


MUTATIONS = ("remove", "swap_type", "shift_time", "bad_time", "reorder", "huge_string", "unicode",
             "duplicate_event", "event_type", "enum_value", "drop_events", "top_level")
TEXT_MUTATIONS = ("truncate", "flip_byte", "invalid_utf8", "bom", "deep_nesting")


@st.composite
def mutated(draw: st.DrawFn, bases: list[dict[str, Any]] = BASES, text_level: bool = True,
            surrogates: bool = False) -> tuple[bytes, list[str]]:
    """A valid record with one to three mutations; the document as bytes, and what was done."""
    doc = copy.deepcopy(draw(st.sampled_from(bases)))
    done: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(MUTATIONS))
        done.append(kind)
        events: list[Any] = doc.get("events") if isinstance(doc.get("events"), list) else []  # type: ignore[assignment]
        event_dicts = [e for e in events if isinstance(e, dict)]
        slots = _slots(doc, [])
        if kind == "remove" and slots:
            container, key = draw(st.sampled_from(slots))
            with contextlib.suppress(KeyError, IndexError):
                del container[key]
        elif kind == "swap_type" and slots:
            container, key = draw(st.sampled_from(slots))
            container[key] = draw(JSON_VALUE)
        elif kind == "shift_time" and event_dicts:
            ev = draw(st.sampled_from(event_dicts))
            with contextlib.suppress(Exception):
                at = datetime.fromisoformat(ev["at"])
                shifted = at + timedelta(minutes=draw(st.integers(-20 * 24 * 60, 20 * 24 * 60)))
                offset = draw(st.sampled_from([0, 1, -5, 14]))
                ev["at"] = shifted.astimezone(UTC).astimezone(
                    timezone(timedelta(hours=offset))).isoformat()
        elif kind == "bad_time" and event_dicts:
            draw(st.sampled_from(event_dicts))["at"] = draw(st.one_of(BAD_TIMES, EDGE_TIMES))
        elif kind == "reorder" and len(events) > 1:
            doc["events"] = draw(st.permutations(events))
        elif kind == "huge_string":
            strings = [(c, k) for c, k in slots if isinstance(c[k], str)]
            if strings:
                container, key = draw(st.sampled_from(strings))
                container[key] = draw(st.sampled_from(["x", "é", "\U0001f6a8"])) * draw(
                    st.sampled_from([10_000, 300_000, 2_600_000]))
        elif kind == "unicode":
            strings = [(c, k) for c, k in slots if isinstance(c[k], str)]
            if strings:
                container, key = draw(st.sampled_from(strings))
                alphabet = st.characters() if surrogates else st.characters(exclude_categories=("Cs",))
                container[key] = draw(st.one_of(NASTY, st.text(alphabet, min_size=1, max_size=40)))
        elif kind == "duplicate_event" and event_dicts:
            events.insert(draw(st.integers(0, len(events))), copy.deepcopy(draw(st.sampled_from(event_dicts))))
        elif kind == "event_type" and event_dicts:
            draw(st.sampled_from(event_dicts))["type"] = draw(st.one_of(st.sampled_from(sorted(EVENT_TYPES)), TEXT))
        elif kind == "enum_value" and event_dicts:
            ev = draw(st.sampled_from(event_dicts))
            keys = [k for k in ev if k not in ("type", "at", "by", "id")]
            if keys:
                ev[draw(st.sampled_from(keys))] = draw(st.one_of(NASTY, st.integers(-5, 200), TEXT))
        elif kind == "drop_events" and events:
            k = draw(st.integers(0, len(events) - 1))
            doc["events"] = events[:k]
        elif kind == "top_level":
            doc[draw(st.sampled_from(["format", "custody_number", "child", "events", "suite", "force"]))] = \
                draw(st.one_of(JSON_VALUE, st.sampled_from(["custody-record/2", "custody-record/1.7", ""])))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    data = text.encode("utf-8", "surrogatepass" if surrogates else "strict")
    if text_level and draw(st.integers(0, 9)) == 0:
        kind = draw(st.sampled_from(TEXT_MUTATIONS))
        done.append(kind)
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "truncate":
            data = data[:pos]
        elif kind == "flip_byte" and data:
            data = data[:pos] + bytes([data[pos] ^ 0xFF]) + data[pos + 1:]
        elif kind == "invalid_utf8":
            data = data[:pos] + b"\xff\xfe\xc3" + data[pos:]
        elif kind == "bom":
            data = b"\xef\xbb\xbf" + data
        elif kind == "deep_nesting":
            data = data.replace(b'"events": [', b'"events": [' + b"[" * 200_000 + b"]" * 200_000 + b",", 1)
    return data, done


def _run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(argv)
    return code, out.getvalue(), err.getvalue()


def _assert_refusal(code: int, out: str, err: str) -> None:
    assert "Traceback" not in out + err
    assert code == 2, (code, err)
    lines = [line for line in err.split("\n") if line.strip()]  # U+2028 and the like are not line ends
    assert lines and all(line.startswith("custody-app") for line in lines), err
    assert len(lines[0]) < 6000


HYP = settings(max_examples=500, deadline=None, derandomize=True, database=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture, HealthCheck.large_base_example])


@pytest.fixture(scope="module")
def figures() -> Iterator[Counter[str]]:
    watch = Stopwatch()
    yield COUNTS
    write_figures("bad_input", {**{k: v for k, v in sorted(COUNTS.items())}, "seconds": watch.seconds,
                                "base_records": len(BASES)})


# --- (a) audit -------------------------------------------------------------------------------

@HYP
@given(case=mutated(surrogates=True))
def test_audit_accepts_or_refuses_in_one_clear_line(case: tuple[bytes, list[str]], tmp_path: Path,
                                                       figures: Counter[str]) -> None:
    data, _ = case
    path = tmp_path / "mutated.json"
    path.write_bytes(data)
    code, out, err = _run_cli(["audit", str(path), "--json"])
    COUNTS["audit_cases"] += 1
    if code in (0, 1):
        COUNTS["audit_accepted"] += 1
        assert "Traceback" not in out + err
        assert isinstance(json.loads(out), dict)
    else:
        COUNTS["audit_refused"] += 1
        _assert_refusal(code, out, err)
        assert "audit: " in err


@settings(HYP, max_examples=25)
@given(case=mutated(surrogates=True))
def test_audit_in_a_real_process_never_crashes(case: tuple[bytes, list[str]], tmp_path: Path,
                                               figures: Counter[str]) -> None:
    data, _ = case
    path = tmp_path / "mutated.json"
    path.write_bytes(data)
    proc = subprocess.run([PYTHON, "-m", "custody_app.cli", "audit", str(path), "--json"], cwd=tmp_path,
                          capture_output=True, text=True, env=subprocess_env(), timeout=60, check=False)
    COUNTS["audit_subprocess_cases"] += 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode in (0, 1, 2), proc.stderr  # negative: killed by a signal (a crash)
    if proc.returncode == 2:
        _assert_refusal(proc.returncode, proc.stdout, proc.stderr)
    else:
        json.loads(proc.stdout)


# --- (b) import -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the examples: each case imports into a fresh copy of it."""
    path = tmp_path_factory.mktemp("template") / "custody.sqlite3"
    with open_store(path) as s:
        for doc in EXAMPLE_DOCS:
            s.import_record(parse_document(doc), "PS 1")
    return path


def _snapshot(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@settings(HYP, max_examples=400)
@given(case=mutated())
def test_import_accepts_whole_or_changes_nothing(case: tuple[bytes, list[str]], tmp_path: Path,
                                                 template_db: Path, figures: Counter[str]) -> None:
    data, _ = case
    db = tmp_path / "case.sqlite3"
    db.unlink(missing_ok=True)
    db.with_name(db.name + ".witness").unlink(missing_ok=True)  # a fresh copy: no earlier case's witness
    shutil.copyfile(template_db, db)
    db.chmod(0o600)
    path = tmp_path / "mutated.json"
    path.write_bytes(data)
    before = _snapshot(db)
    code, out, err = _run_cli(["import", str(path), "--db", str(db)])
    COUNTS["import_cases"] += 1
    if code == 0:
        COUNTS["import_accepted"] += 1
        assert "Traceback" not in out + err
        doc = json.loads(data)
        with open_store(db, create=False) as s:
            assert s.verify() == []
            stored = s.export_document(doc["custody_number"])
        assert json.dumps(stored["events"], sort_keys=True) == json.dumps(doc["events"], sort_keys=True)
    else:
        COUNTS["import_refused"] += 1
        _assert_refusal(code, out, err)
        assert _snapshot(db) == before, "a refused import changed the database"


def test_lone_surrogate_is_refused_by_import(tmp_path: Path, template_db: Path) -> None:
    doc = copy.deepcopy(EXAMPLE_DOCS[0])
    doc["custody_number"] = "WK-26-SURR"
    doc["events"][0]["by"] = "PC \ud800"
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(doc), encoding="ascii")
    db = tmp_path / "case.sqlite3"
    shutil.copyfile(template_db, db)
    before = _snapshot(db)
    code, out, err = _run_cli(["import", str(path), "--db", str(db)])
    _assert_refusal(code, out, err)
    assert _snapshot(db) == before


def _edge(index: int, at: str) -> dict[str, Any]:
    doc = copy.deepcopy(EXAMPLE_DOCS[0])  # example_bailed
    doc["events"][index]["at"] = at
    return doc


def test_an_arrival_in_year_one_is_refused(tmp_path: Path) -> None:
    doc = _edge(1, "0001-01-01T00:00:00+00:00")
    assert doc["events"][1]["type"] == "arrived_at_station"
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _assert_refusal(*_run_cli(["audit", str(path), "--json"]))


def test_a_release_at_the_end_of_the_calendar_is_refused_or_audited(tmp_path: Path) -> None:
    doc = _edge(-1, "9999-12-31T23:59:59+14:00")
    assert doc["events"][-1]["type"] == "released"
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = _run_cli(["audit", str(path), "--json"])
    if code == 2:
        _assert_refusal(code, out, err)
    else:
        assert code in (0, 1) and json.loads(out)


# --- (c) the entry forms' validation (desk.add_entry / check_entry) --------------------------

def _desk_bases() -> list[dict[str, Any]]:
    import random

    from custody_app.sample import generate_document

    rng = random.Random(11)
    return [generate_document(rng, f"WK-26-8{i:05d}", DESK_NOW - timedelta(hours=2 + 3 * i),
                              profile=profile, now=DESK_NOW)
            for i, profile in enumerate(("good", "missed_duties", "charged_refused_transfer", "looked_after"))]


DESK_BASES = _desk_bases()
ROLE_SESSIONS = [desk.Session(f"u{r}", f"{r.title()} 1", r) for r in desk.ROLES]


@st.composite
def entries(draw: st.DrawFn) -> tuple[int, dict[str, Any], desk.Session, str]:
    """A form's values for an entry on a stored record, mutated: any event of any record as a
    starting point (the fields a form has), then fields removed, retyped, huge or odd."""
    record_index = draw(st.integers(0, len(DESK_BASES) - 1))
    source = draw(st.sampled_from([e for d in DESK_BASES for e in d["events"]]))
    event = copy.deepcopy(source)
    event["id"] = "m" + str(draw(st.integers(0, 10**9)))
    last = max(datetime.fromisoformat(e["at"]) for e in DESK_BASES[record_index]["events"])
    at = last + timedelta(minutes=draw(st.integers(-180, 120)))
    event["at"] = at.isoformat()
    if draw(st.booleans()):
        event["note"] = draw(st.one_of(st.just("Late entry: the book-in desk was busy"), TEXT, NASTY,
                                       st.just("Late entry: ")))
    for _ in range(draw(st.integers(0, 3))):
        keys = [k for k in event if k != "type"]
        kind = draw(st.sampled_from(("remove", "swap", "huge", "unicode", "time", "type")))
        key = draw(st.sampled_from(keys)) if keys else "note"
        if kind == "remove":
            event.pop(key, None)
        elif kind == "swap":
            event[key] = draw(JSON_VALUE)
        elif kind == "huge":
            event[key] = "x" * draw(st.sampled_from([5_000, 200_000]))
        elif kind == "unicode":
            event[key] = draw(st.one_of(NASTY, TEXT))
        elif kind == "time":
            event["at"] = draw(st.one_of(BAD_TIMES, EDGE_TIMES, st.just((at - timedelta(hours=1)).isoformat())))
        else:
            event["type"] = draw(st.one_of(st.sampled_from(sorted(EVENT_TYPES)), TEXT))
    session = draw(st.sampled_from(ROLE_SESSIONS))
    stage = draw(st.sampled_from(("pre_charge", "post_charge", "left")))
    return record_index, event, session, stage


@pytest.fixture(scope="module")
def desk_store() -> Iterator[Any]:
    with open_store(":memory:", clock=lambda: DESK_NOW) as s:
        for doc in DESK_BASES:
            s.import_record(parse_document(doc), "PS 1")
        yield s


@settings(HYP, max_examples=1000)
@given(case=entries())
def test_every_form_accepts_or_refuses_in_words_and_stores_nothing_refused(
        case: tuple[int, dict[str, Any], desk.Session, str], desk_store: Any, figures: Counter[str]) -> None:
    index, event, session, stage = case
    number = DESK_BASES[index]["custody_number"]
    before = desk_store.counts()
    before_doc = desk_store.export_document(number)
    record = desk_store.load_record(number)
    COUNTS["desk_cases"] += 1
    try:
        desk.check_entry(record, session, event, stage)
    except (desk.DeskError, RecordError) as exc:
        assert str(exc).strip()
        checked = False
    else:
        checked = True
    try:
        stored = desk.add_entry(desk_store, session, number, event, stage, DESK_NOW)
    except (desk.DeskError, RecordError) as exc:
        COUNTS["desk_refused"] += 1
        message = exc.message if isinstance(exc, desk.DeskError) else str(exc)
        assert message.strip() and "Traceback" not in message
        assert desk_store.counts() == before, "a refused entry was stored"
        assert desk_store.export_document(number) == before_doc
        return
    COUNTS["desk_accepted"] += 1
    assert checked, "add_entry stored what check_entry refuses"
    assert desk_store.counts() == (before[0], before[1] + 1)
    assert canonical_json(stored.events[-1].raw) == canonical_json(json.loads(json.dumps(event)))
    # an accepted entry leaves a record that still evaluates
    evaluate(stored, DESK_NOW + timedelta(hours=1), Policy())

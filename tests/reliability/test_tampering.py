"""Tampering (issue 7): an event edited, deleted or inserted with another SQLite tool (the
sqlite3 shell when installed, else Python's sqlite3), triggers dropped first: `verify`
names the record and the event every time, from the store and from `custody-app verify`.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from custody_app.cli import main as cli_main
from custody_app.domain import parse_document
from custody_app.store import open_store

from .conftest import EXAMPLES, FixedClock, Stopwatch, generated_docs, write_figures

pytestmark = pytest.mark.slow

SQLITE3 = shutil.which("sqlite3")
CASES_PER_KIND = 40


def _other_tool(db: Path, sql: str) -> None:
    """Drop the triggers, then run `sql`, in another SQLite tool."""
    conn = sqlite3.connect(db)
    try:
        triggers = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    finally:
        conn.close()
    script = "".join(f"DROP TRIGGER {t};\n" for t in triggers) + sql + "\n"
    if SQLITE3:
        subprocess.run([SQLITE3, str(db)], input=script, text=True, check=True, capture_output=True)
    else:  # pragma: no cover - the shell is not installed
        conn = sqlite3.connect(db)
        try:
            conn.executescript(script)
        finally:
            conn.close()


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A database of the three examples and a few generated records: number -> event count."""
    path = tmp_path_factory.mktemp("tamper") / "custody.sqlite3"
    sizes: dict[str, int] = {}
    with open_store(path, clock=FixedClock()) as s:
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES] + generated_docs(4, seed=3)
        for doc in docs:
            s.import_record(parse_document(doc), "PS 1")
            sizes[doc["custody_number"]] = len(doc["events"])
        assert s.verify() == []
    return path, sizes


def _tamper_sql(kind: str, number: str, seq: int, rng: random.Random) -> str:
    rid = f"(SELECT id FROM records WHERE custody_number = {_q(number)})"
    where = f"record_id = {rid} AND seq = {seq}"
    if kind == "edit":
        how = rng.choice(["at", "by", "body", "recorded_by"])
        if how == "at":  # move the time by a minute, as someone hiding a late review would
            return (f"UPDATE events SET body = json_set(body, '$.at', "
                    f"strftime('%Y-%m-%dT%H:%M:%S+00:00', json_extract(body, '$.at'), '-1 minutes')) "
                    f"WHERE {where};")
        if how == "by":
            return f"UPDATE events SET body = json_set(body, '$.by', 'Insp 1') WHERE {where};"
        if how == "body":
            return f"UPDATE events SET body = replace(body, '\"', '\"') || ' ' WHERE {where};"
        return f"UPDATE events SET recorded_by = 'someone else' WHERE {where};"
    if kind == "delete":
        return f"DELETE FROM events WHERE {where};"
    # insert: a new event at this position (the ones after moved up), or at the end
    note = json.dumps({"type": "note", "at": "2026-03-28T23:00:00+00:00", "by": "PS 1", "text": "inserted"})
    return (f"UPDATE events SET seq = seq + 100000 WHERE record_id = {rid} AND seq >= {seq};"
            f"UPDATE events SET seq = seq - 99999 WHERE record_id = {rid} AND seq >= 100000;"
            f"INSERT INTO events (record_id, seq, body, recorded_at, recorded_by, chain, seal) "
            f"SELECT record_id, {seq}, {_q(note)}, recorded_at, recorded_by, chain, seal FROM events "
            f"WHERE record_id = {rid} AND seq = {seq + 1 if seq > 0 else 1};")


def test_verify_names_the_record_and_event_of_every_tampering(template: tuple[Path, dict[str, int]],
                                                              tmp_path: Path) -> None:
    watch = Stopwatch()
    source, sizes = template
    rng = random.Random(77)
    numbers = sorted(sizes)
    cases = 0
    for kind in ("edit", "delete", "insert"):
        for _ in range(CASES_PER_KIND):
            number = rng.choice(numbers)
            seq = rng.randrange(sizes[number])
            db = tmp_path / "case.sqlite3"
            db.unlink(missing_ok=True)
            shutil.copyfile(source, db)
            sql = _tamper_sql(kind, number, seq, rng)
            _other_tool(db, sql)
            with open_store(db, create=False, migrate=False) as s:
                found = [(p.custody_number, p.event_index) for p in s.verify()]
            assert (number, seq) in found, (kind, number, seq, sql, found)
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli_main(["verify", "--db", str(db)])
            assert code == 1, err.getvalue()
            assert f"MISMATCH {number} events[{seq}]:" in out.getvalue(), out.getvalue()
            cases += 1
    write_figures("tampering", {"cases": cases, "per_kind": CASES_PER_KIND, "kinds": ["edit", "delete", "insert"],
                                "tool": SQLITE3 or "python sqlite3", "named_every_time": True,
                                "seconds": watch.seconds})

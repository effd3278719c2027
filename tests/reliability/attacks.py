"""What an attacker with the database file does (issue 12): another SQLite tool, triggers
dropped, and the project's own hashing code to re-seal what was changed."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

from custody_app.cli import main as cli_main
from custody_app.store import chain as ch, open_store

from .conftest import EXAMPLES, FixedClock, generated_docs


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(list(argv))
    return code, out.getvalue(), err.getvalue()


def sql(db: Path, *statements: str, drop_triggers: bool = True) -> None:
    """Run SQL with Python's sqlite3 (another tool), the application's triggers dropped first."""
    conn = sqlite3.connect(db)
    try:
        if drop_triggers:
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                conn.execute(f"DROP TRIGGER [{name}]")
        for s in statements:
            conn.execute(s)
        conn.commit()
    finally:
        conn.close()


def restore_triggers(db: Path, template: Path) -> None:
    """Put the application's own triggers back (copied from a clean database), so that only
    a chain or a witness can tell."""
    src = sqlite3.connect(template)
    try:
        triggers = [r[0] for r in src.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
    finally:
        src.close()
    conn = sqlite3.connect(db)
    try:
        for t in triggers:
            with contextlib.suppress(sqlite3.OperationalError):
                conn.execute(t)
        conn.commit()
    finally:
        conn.close()


def reseal(db: Path) -> None:
    """Recompute every chain, seal and ledger entry with the project's own code, as an
    attacker who has the source would after editing events (triggers dropped)."""
    conn = sqlite3.connect(db)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER [{name}]")
        records = conn.execute("SELECT id, custody_number, header FROM records ORDER BY id").fetchall()
        heads: dict[str, tuple[int, bytes, str]] = {}
        for rid, number, header in records:
            h = ch.genesis(number)
            rows = conn.execute("SELECT id, seq, body, recorded_at, recorded_by FROM events WHERE record_id = ? "
                                "ORDER BY seq", (rid,)).fetchall()
            for eid, seq, body, at, by in rows:
                h = ch.link(h, body)
                conn.execute("UPDATE events SET chain = ?, seal = ? WHERE id = ?", (h, ch.seal(h, seq, at, by), eid))
            heads[number] = (len(rows), h, header)
        prev = ch.LEDGER_GENESIS
        conn.execute("DELETE FROM ledger")
        for seq, number in enumerate(sorted(heads), 1):
            count, head, header = heads[number]
            at = "2026-04-01T12:00:00.000000+00:00"
            hh = ch.header_hash(header)
            h = ch.ledger_hash(prev, number, count, head, hh, at)
            conn.execute("INSERT INTO ledger (seq, custody_number, event_count, head, header_hash, recorded_at, "
                         "recorded_by, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (seq, number, count, head, hh, at,
                                                                               None, h))
            prev = h
        conn.commit()
    finally:
        conn.close()


def make_store(path: Path, n_generated: int = 3) -> dict[str, int]:
    """A database of the shared examples that load and a few generated records: number -> events."""
    sizes: dict[str, int] = {}
    from custody_app.domain import RecordError, parse_document

    with open_store(path, clock=FixedClock()) as s:
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES] + generated_docs(n_generated, seed=12)
        for doc in docs:
            try:
                record = parse_document(doc)
            except RecordError:
                continue  # a shared example of a newer format this code does not read yet
            s.import_record(record, "PS 1")
            sizes[record.custody_number] = len(record.events)
    return sizes


def copy_db(source: Path, target: Path, with_witness: bool = True) -> Path:
    shutil.copyfile(source, target)
    w = source.with_name(source.name + ".witness")
    if with_witness and w.exists():
        shutil.copyfile(w, target.with_name(target.name + ".witness"))
    return target

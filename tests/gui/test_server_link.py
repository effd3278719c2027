"""The desk on a suite server: another terminal's child appears on the board by itself; the
server killed: a banner with the time and the downtime pack, the board kept read-only, a typed
entry kept in its form; the server back: the banner goes by itself."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import NOW, sample_docs, sign_in

from custody_app.domain import parse_document
from custody_app.gui.context import DeskContext
from custody_app.gui.main_window import MainWindow
from custody_app.gui.server_link import attach
from custody_app.rules import evaluate
from custody_app.services import desk
from custody_app.services.live import remember_downtime_pack
from custody_app.store import open_store
from tests.pg_cluster import Cluster

pytestmark = pytest.mark.gui


def test_the_desk_follows_the_server(qtbot, pg_cluster: Cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from custody_app.gui.clock import FixedClock

    url = pg_cluster.url(pg_cluster.new_database(), "custody_app")
    docs = sample_docs(NOW)
    clock = FixedClock(NOW)
    store = open_store(url, clock=clock.now)
    try:
        for doc in docs[:3]:
            store.import_record(parse_document(doc), "test")
        for username, name, role, pin in desk.DEMO_USERS:
            store.create_user(username, name, role, pin)
        remember_downtime_pack(tmp_path / "pack.pdf", datetime(2026, 3, 29, 7, 40, tzinfo=UTC), tmp_path)
        window = MainWindow(DeskContext(store, clock, evaluate))
        qtbot.addWidget(window)
        window.start()
        window.show()
        link = attach(window, store, retry_s=0.2, wait_s=0.2, pack_folder=tmp_path)
        assert link is not None
        sign_in(qtbot, window)
        qtbot.waitUntil(lambda: len(window.board.model.rows) == 3, timeout=10_000)

        with open_store(url) as other:  # another terminal books a child in
            other.import_record(parse_document(docs[3]), "PS 2")
        qtbot.waitUntil(lambda: docs[3]["custody_number"] in {r.custody_number for r in window.board.model.rows},
                        timeout=10_000)

        number = docs[0]["custody_number"]
        dialog = window.open_form("note", number)  # a note being typed when the server goes
        assert dialog is not None
        dialog.inputs["text"].widget.setText("checked the cell, asleep")
        dialog.ui.noteEdit.setText("typed before the server went")
        pg_cluster.kill()
        qtbot.waitUntil(link.banner.isVisible, timeout=15_000)
        dialog.save()  # refused in words; the form and what was typed stay
        assert dialog.isVisible() and "stays in this form" in dialog.ui.errorLabel.text()
        assert dialog.ui.noteEdit.text() == "typed before the server went"
        words = link.banner.text()
        assert "cannot be reached since" in words and "pack.pdf" in words and "read-only" in words
        assert not window.ui.stack.isEnabled() and len(window.board.model.rows) == 4  # the last board
        with pytest.raises(desk.DeskError, match="stays in this form"):  # what the entry form shows
            window.ctx.add_entry(number, {"type": "note", "at": NOW.isoformat(), "by": "PS 2190",
                                          "text": "visited"}, "pre_charge")

        pg_cluster.start()
        qtbot.waitUntil(lambda: not link.banner.isVisible(), timeout=15_000)
        assert window.ui.stack.isEnabled()
        dialog.save()  # the same form, saved again: stored
        assert not dialog.isVisible()
        assert store.load_record(number).events[-1].raw.get("note") == "typed before the server went"  # type: ignore[union-attr]
        window.ctx.add_entry(number, {"type": "note", "at": NOW.isoformat(), "by": "PS 2190",
                                      "text": "visited"}, "pre_charge")  # saved again: stored
        assert store.load_record(number).events[-1].raw["text"] == "visited"  # type: ignore[union-attr]
        link.stop()
    finally:
        store.close()


def test_a_downtime_pack_saved_at_the_desk_is_the_one_the_banner_names(qtbot, signed_in, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from custody_app.services.live import last_downtime_pack

    dialog = signed_in.open_shift_documents()
    assert dialog is not None
    dialog.combo.setCurrentIndex(dialog.combo.findData("handover"))
    dialog.save_pdf(tmp_path / "handover.pdf")
    assert last_downtime_pack() is None or last_downtime_pack()[0] != (tmp_path / "handover.pdf").resolve()
    dialog.combo.setCurrentIndex(dialog.combo.findData("downtime"))
    saved = dialog.save_pdf(tmp_path / "pack.pdf")
    assert saved is not None
    noted = last_downtime_pack()
    assert noted is not None and noted[0] == (tmp_path / "pack.pdf").resolve()


def test_shift_paper_from_the_desk_names_who_printed_it_and_the_store_head(qtbot, signed_in) -> None:  # type: ignore[no-untyped-def]
    from tests.reports.conftest import pdf_text

    dialog = signed_in.open_shift_documents()
    assert dialog is not None
    for kind in ("handover", "downtime"):
        dialog.combo.setCurrentIndex(dialog.combo.findData(kind))
        doc = dialog.document()
        assert doc.pdf is not None
        text = " ".join(pdf_text(doc.pdf).split())
        head = signed_in.ctx.store.store_head().code
        assert f"by {signed_in.ctx.session.signature}" in text and head in text, kind

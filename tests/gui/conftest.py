"""GUI fixtures: a fixed clock, an in-memory store of sample children, a signed-in window."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from gui_fakes import FakeStore

from custody_app.domain import parse_document
from custody_app.gui.clock import FixedClock
from custody_app.gui.context import DeskContext
from custody_app.gui.main_window import MainWindow
from custody_app.rules import evaluate
from custody_app.sample import generate_document
from custody_app.services import desk

NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)  # the morning after the clocks went forward
PROFILES = ("good", "missed_duties", "charged_refused_transfer", "looked_after", "court_bail_breach")


def sample_docs(now: datetime) -> list[dict]:
    rng = random.Random(2190)
    docs = []
    for i, profile in enumerate(PROFILES):
        start = now - timedelta(hours=3 + 2 * i)
        docs.append(generate_document(rng, f"WK-26-{i + 1:06d}", start, profile=profile, now=now))
    return docs


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def store(clock: FixedClock) -> FakeStore:
    s = FakeStore(clock.now)
    for doc in sample_docs(clock.now()):
        s.import_record(parse_document(doc), "test")
    for username, name, role, pin in desk.DEMO_USERS:
        s.create_user(username, name, role, pin)
    return s


@pytest.fixture
def ctx(store: FakeStore, clock: FixedClock) -> DeskContext:
    return DeskContext(store, clock, evaluate)


@pytest.fixture
def window(qtbot, ctx: DeskContext) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.start()
    w.show()
    qtbot.waitExposed(w)
    return w


def sign_in(qtbot, window: MainWindow, username: str = "ps2190", pin: str = "2190") -> None:
    from PySide6.QtCore import Qt

    ui = window.signin.ui
    ui.userEdit.clear()
    ui.userEdit.setFocus()
    qtbot.keyClicks(ui.userEdit, username)
    qtbot.keyClick(ui.userEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.pinEdit, pin)
    qtbot.keyClick(ui.pinEdit, Qt.Key.Key_Return)


@pytest.fixture
def signed_in(qtbot, window: MainWindow) -> MainWindow:
    sign_in(qtbot, window)
    assert window.ctx.session is not None
    return window

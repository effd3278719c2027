"""GUI fixtures: a fixed clock, the real store in memory with sample children, a signed-in window.

Every test marked `gui` by the `qtbot`-using fixtures here; Qt warnings fail any test
(pyproject: qt_log_level_fail = WARNING)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from custody_app.domain import parse_document
from custody_app.gui.clock import FixedClock
from custody_app.gui.context import DeskContext
from custody_app.gui.main_window import MainWindow
from custody_app.rules import evaluate
from custody_app.sample import generate_document
from custody_app.services import desk
from custody_app.store import Store, open_store

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


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The sample children and the demo users, made once (Argon2 hashes each PIN: ~0.1 s)."""
    s = open_store(tmp_path_factory.mktemp("template") / "template.sqlite3", clock=lambda: NOW)
    for doc in sample_docs(NOW):
        s.import_record(parse_document(doc), "test")
    for username, name, role, pin in desk.DEMO_USERS:
        s.create_user(username, name, role, pin)
    s.set_setting("suite_name", "Leamington Spa")
    s.set_setting("force_name", "Warwickshire Police")
    return s


@pytest.fixture
def store(template: Store, clock: FixedClock) -> Store:
    """The real store, in memory, a copy of the template for this test."""
    s = open_store(":memory:", clock=clock.now)
    template.conn.backup(s.conn)
    return s


@pytest.fixture
def empty_store(clock: FixedClock) -> Store:
    """A new database: no users, no records."""
    return open_store(":memory:", clock=clock.now)


@pytest.fixture
def ctx(store: Store, clock: FixedClock) -> DeskContext:
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

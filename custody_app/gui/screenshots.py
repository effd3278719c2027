"""`custody-app screenshots DIR`: each main screen with demo data, 1366x768, offscreen.

Every picture is rendered first; then each path is checked as any output is (never a
symbolic link, a database, a folder or a device: outputs.py) and all are written whole,
or none."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ..services import desk
from .about import AboutDialog
from .app import application, build
from .booking import BookingWizard
from .clock import Clock
from .entry_dialog import EntryDialog
from .first_run import FirstRunDialog
from .main_window import MainWindow
from .screenshots_decisions import decision_shots
from .screenshots_v11 import v11_shots
from .settings_dialog import SettingsDialog
from .shortcuts import ShortcutsDialog

SIZE = (1366, 768)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _over(window: MainWindow, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with the dialog drawn in its middle (as the sergeant sees it)."""
    base = window.grab()
    top = dialog.grab()
    painter = QPainter(base)
    painter.fillRect(base.rect(), QColor(20, 30, 45, 110))
    x = max(0, (base.width() - top.width()) // 2)
    y = max(0, (base.height() - top.height()) // 2)
    painter.drawPixmap(QPoint(x, y), top)
    painter.setPen(QColor("#5b6675"))
    painter.drawRect(x - 1, y - 1, top.width() + 1, top.height() + 1)
    painter.end()
    return base


def screenshot_folder(directory: str | Path) -> Path:
    """The folder to write into, made if it is new; OutputRefused when it cannot be one."""
    from ..outputs import OutputRefused

    out = Path(directory)
    if out.is_symlink():
        raise OutputRefused(f"cannot write into {out}: it is a symbolic link (give the real folder's name)")
    if out.exists() and not out.is_dir():
        raise OutputRefused(f"cannot write into {out}: it is not a folder")
    if not out.parent.is_dir():
        raise OutputRefused(f"cannot write into {out}: the folder {out.parent} does not exist")
    out.mkdir(exist_ok=True)
    return out


def _png(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise OSError("a screenshot could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def render_all(out: Path, clock: Clock, store: Any) -> int:
    """Every screen into `out` (a folder checked by `screenshot_folder`)."""
    from ..outputs import check_output, write_private

    app = application()
    ctx, window = build(store, clock)
    window.resize(*SIZE)
    window.show()
    rendered: list[tuple[Path, bytes]] = []

    def save(name: str, pixmap: QPixmap) -> None:
        if pixmap.width() != SIZE[0] or pixmap.height() != SIZE[1]:
            pixmap = pixmap.scaled(*SIZE, Qt.AspectRatioMode.IgnoreAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        rendered.append((out / f"{name}.png", _png(pixmap)))

    def shot(name: str, dialog: QDialog | None = None, prepare: Callable[[], None] | None = None) -> None:
        if prepare:
            prepare()
        _settle(app)
        save(name, _over(window, dialog) if dialog is not None else window.grab())

    shot("01-sign-in", prepare=window.refresh)  # as after the first paint: the engine has judged the suite
    window.signin.ui.userEdit.setText("ps2190")
    window.signin.ui.pinEdit.setText("2190")
    window.signin.submit()
    shot("02-board")
    numbers = [r.custody_number for r in window.board.model.rows]

    wizard = BookingWizard(ctx, window)
    wizard.show()
    c = wizard.child_ui
    c.surnameEdit.setText("Marsh")
    c.forenamesEdit.setText("Tyler James")
    born = (clock.now() - timedelta(days=int(14.4 * 365.25))).strftime("%d/%m/%Y")
    c.dobEdit.setText(born)
    c.lookedAfterCheck.setChecked(True)
    c.localAuthorityEdit.setText("Warwickshire County Council")
    c.sexCombo.setCurrentIndex(c.sexCombo.findData("male"))
    c.responsibleEdit.setText("Warwickshire Youth Justice Service (referral order)")
    shot("03-book-in-1-child", wizard)
    wizard.next()
    a = wizard.arrest_ui
    a.arrestTime.set_value(clock.now() - timedelta(minutes=55))
    a.offencesEdit.setPlainText("theft from a shop\nassault by beating")
    wizard.offence_list.set_value(["theft", "common_assault"])
    a.forceCheck.setChecked(True)
    a.officerEdit.setText("PC 4411 Reid")
    shot("04-book-in-2-arrest", wizard)
    wizard.next()
    d = wizard.detention_ui
    d.arrivalTime.set_value(clock.now() - timedelta(minutes=25))
    d.authorisedTime.set_value(clock.now() - timedelta(minutes=15))
    d.groundsEdit.setPlainText("To secure and preserve evidence and to obtain evidence by questioning.")
    wizard._entered(2)
    shot("05-book-in-3-detention", wizard)
    wizard.back()
    wizard.back()
    c.dobEdit.setText((clock.now() - timedelta(days=int(19.5 * 365.25))).strftime("%d/%m/%Y"))
    wizard.next()
    shot("06-book-in-adult-turned-away", wizard)
    wizard.close()

    number = _interesting(window, numbers)
    window.open_record(number)
    shot("07-record")
    record, assessment = ctx.load(number)
    dialog = EntryDialog(ctx, record, assessment.stage, "observation", window)
    dialog.show()
    shot("08-entry-visit", dialog)
    dialog.done(0)
    dialog = EntryDialog(ctx, record, assessment.stage, "interview_started", window)
    dialog.show()
    dialog.inputs["aa_present"].set_value(False)
    dialog.save()
    shot("09-entry-refused-interview-without-aa", dialog)
    dialog.done(0)
    dialog = EntryDialog(ctx, record, assessment.stage, "observation_level_set", window,
                         proposal=desk.level_proposal(assessment))
    dialog.show()
    shot("09b-entry-observation-level", dialog)
    dialog.done(0)
    help_dialog = ShortcutsDialog(window)
    help_dialog.show()
    shot("10-shortcuts-f1", help_dialog)
    help_dialog.close()
    about = AboutDialog(ctx.store_location(), window)
    about.show()
    shot("10b-about", about)
    about.close()
    decision_shots(window, shot, number)
    v11_shots(window, shot)
    window.lock()
    window.signin.ui.userEdit.setText("admin")
    window.signin.ui.pinEdit.setText("0000")
    window.signin.submit()
    settings = SettingsDialog(ctx, window)
    settings.show()
    shot("11-settings", settings)
    settings.ui.tabs.setCurrentIndex(1)
    shot("12-settings-policy", settings)
    settings.ui.tabs.setCurrentIndex(2)
    settings.ui.usersTable.selectRow(0)
    shot("13-settings-users", settings)
    settings.ui.tabs.setCurrentWidget(settings.offences)
    shot("13b-settings-offence-table", settings)
    settings.close()
    window.lock()
    first = FirstRunDialog(ctx, window)
    first.show()
    shot("00-first-run-administrator", first)
    first.done(0)
    window.close()
    write_private([(check_output(path), data) for path, data in rendered])
    names = ", ".join(path.name for path, _ in rendered)
    print(f"wrote {len(rendered)} screenshots to {out}: {names}", file=sys.stdout)
    return 0


def _interesting(window: MainWindow, numbers: list[str]) -> str:
    """A record with something overdue and something done, to show every state."""
    for row in window.board.model.rows:
        if row.overdue_count and row.stage.text.startswith("pre-charge"):
            return row.custody_number
    return numbers[0]

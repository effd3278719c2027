"""No traceback reaches a user: log it, and say what to do and where the log is.

`start()` is the first thing the desk does, before Qt is even imported: the hook shows
its message box only once a QApplication exists (and prints the message before that).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from ..outputs import private_folder
from ..paths import log_dir

log = logging.getLogger("custody_app")


def setup_logging(directory: Path | None = None) -> Path:
    directory = directory or log_dir()
    try:
        private_folder(directory)  # 0700: the log names children and users
        path = directory / "custody-app.log"
        handler: logging.Handler = _PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                               encoding="utf-8")
    except OSError:
        path = Path("(the log could not be written)")
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file (the rotated ones too) readable by its owner only, whatever the umask."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0),
                     0o600)
        os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a",
                         encoding=self.encoding, errors=self.errors)


def message(log_path: Path) -> str:
    return (
        "Something went wrong inside the custody desk and this action was not completed.\n\n"
        "Every entry you saved before this is stored: an entry is kept the moment you press Save. "
        "Check the child's timeline to see whether the last entry is there; if it is not, enter it again.\n\n"
        "If this happens again, use the paper custody record for now and tell the system administrator. "
        f"The details for them are in the log:\n{log_path}"
    )


def start(directory: Path | None = None) -> Path:
    """The log file and the hook, installed together; the log's path."""
    path = setup_logging(directory)
    install(path)
    return path


def _qt_running() -> bool:
    if "PySide6.QtWidgets" not in sys.modules:
        return False
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is not None


def install(log_path: Path) -> None:
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("unhandled error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if not _qt_running() or showing:
            print(message(log_path), file=sys.stderr)
            return
        showing = True
        try:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Critical, "Custody desk: something went wrong", message(log_path))
            box.setAccessibleName("Error")
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook

"""Screen: the certificate and the record summary: print preview, print, save as PDF.

The documents are the reports' PDF bytes (reportlab). Qt here cannot read a PDF, so the
pages are rasterised by poppler's `pdftoppm` at the printer's resolution (in a QProcess:
the desk never waits on it) and painted onto the QPrinter page by page. "Save as PDF"
writes the reportlab bytes themselves, never a picture of the screen.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import Record
from ..outputs import OutputRefused
from ..services import desk
from .context import DeskContext
from .dialog_buttons import shortcut

DPI = 300  # set explicitly: a printer's 1200 dpi would make each page twenty times slower
TIMEOUT_MS = 60_000


class PrintError(Exception):
    pass


def make_printer(title: str, dpi: int = DPI) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(dpi)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(title)
    return printer


def paint_pages(printer: QPrinter, images: list[QImage]) -> int:
    """Draw each page image to fill one printer page (aspect kept); returns the pages painted."""
    if not images:
        raise PrintError("There are no pages to print.")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("The printer could not be started. Check it is on and chosen in the print dialog.")
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            page = printer.pageLayout().fullRectPixels(printer.resolution())
            scaled = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (page.width() - scaled.width()) // 2
            y = (page.height() - scaled.height()) // 2
            painter.drawImage(x, y, image.scaled(scaled, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
                              if scaled != image.size() else image)
    finally:
        painter.end()
    return len(images)


class Rasteriser(QProcess):
    """pdftoppm in the background: `ready(images)` or `failed(plain words)`."""

    ready = Signal(list)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tmp: tempfile.TemporaryDirectory[str] | None = None
        self.finished.connect(self._done)
        self.errorOccurred.connect(self._error)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TIMEOUT_MS)
        self.timer.timeout.connect(self.kill)

    @staticmethod
    def available() -> bool:
        return shutil.which("pdftoppm") is not None

    def start_pdf(self, pdf: bytes, dpi: int) -> None:
        if not self.available():
            self.failed.emit("The print preview needs poppler-utils (pdftoppm), which is not installed here. "
                             "Save as PDF still works: print the saved file from a PDF reader.")
            return
        self._cleanup()
        self.tmp = tempfile.TemporaryDirectory(prefix="custody-print-")
        source = Path(self.tmp.name) / "document.pdf"
        source.write_bytes(pdf)
        self.timer.start()
        self.start("pdftoppm", ["-r", str(dpi), str(source), str(Path(self.tmp.name) / "page")])

    def _done(self, code: int, _status: object) -> None:
        self.timer.stop()
        if self.tmp is None:
            return
        pages = sorted(Path(self.tmp.name).glob("page-*.ppm"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        images = [QImage(str(p)) for p in pages]
        self._cleanup()
        if code != 0 or not images or any(i.isNull() for i in images):
            self.failed.emit("The document's pages could not be prepared for printing. Save it as PDF instead.")
        else:
            self.ready.emit(images)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.timer.stop()
            self._cleanup()
            self.failed.emit("The print preview could not start pdftoppm. Save as PDF instead.")

    def _cleanup(self) -> None:
        if self.tmp is not None:
            self.tmp.cleanup()
            self.tmp = None


def write_atomic(path: Path, data: bytes) -> None:
    """Save as PDF: never over the database, a backup or a link; whole or not at all; 0600."""
    from ..outputs import check_output, write_private
    from ..paths import resolve_db_path

    write_private([(check_output(path, resolve_db_path(None)), data)])


class DocumentsDialog(QDialog):
    pages_ready = Signal(int)  # the preview or print has its pages (their number)

    KINDS = (("certificate", "s38(6) detention certificate (for the court)"), ("summary", "Record summary"))

    def __init__(self, ctx: DeskContext, record: Record | None, parent: QWidget | None = None,
                 kind: str = "certificate") -> None:
        """A child's documents; with no record, the shift's (handover sheet, downtime pack)."""
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        kinds = self.KINDS if record is not None else tuple(desk.SHIFT_DOCUMENTS.items())
        if record is None and kind not in desk.SHIFT_DOCUMENTS:
            kind = "handover"
        self.setObjectName("documentsDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(f"Certificate and documents — {record.child.name}" if record is not None
                            else "Shift documents: handover sheet and downtime pack")
        self.docs: dict[str, desk.Document] = {}
        self.images: dict[str, list[QImage]] = {}
        self.printer: QPrinter | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.pending: str | None = None  # "preview" or "print", waiting for pages
        layout = QVBoxLayout(self)
        title = QLabel("Certificate and documents" if record is not None else "Shift documents", self)
        title.setObjectName("titleLabel")
        layout.addWidget(title)
        row = QHBoxLayout()
        label = QLabel("&Document", self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName("Document")
        label.setBuddy(self.combo)
        for key, text in kinds:
            self.combo.addItem(text, key)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Whether the document can be printed")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton("Print pre&view… (Ctrl+P)", self)
        self.print_button = QPushButton("P&rint…", self)
        self.save_button = QPushButton("&Save as PDF… (Ctrl+S)", self)
        self.close_button = QPushButton("Close", self)
        for b, name in ((self.preview_button, "Print preview"), (self.print_button, "Print"),
                        (self.save_button, "Save as PDF"), (self.close_button, "Close")):
            b.setAccessibleName(name)
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.insertStretch(3)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.rasteriser = Rasteriser(self)
        self.rasteriser.ready.connect(self._pages)
        self.rasteriser.failed.connect(lambda text: self._say(text, "soon"))
        self.combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.close_button.clicked.connect(self.reject)
        shortcut("Ctrl+P", self, self.preview)
        shortcut("Ctrl+S", self, lambda: self.save_pdf())
        self.combo.setCurrentIndex(max(0, self.combo.findData(kind)))
        self.refresh()
        self.resize(760, 190)

    # --- the document -------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.combo.currentData())

    def document(self) -> desk.Document:
        kind = self.kind
        if kind not in self.docs:
            if self.record is None:
                self.docs[kind] = self.ctx.shift_document(kind)
            elif kind == "certificate":
                self.docs[kind] = desk.preview_certificate(self.record, self.ctx.policy, printed_at=self.ctx.clock.now(),
                                                           printed_by=self._printed_by())
            else:
                self.docs[kind] = desk.preview_summary(self.record, self.ctx.clock.now(), self.ctx.policy,
                                                       printed_by=self._printed_by())
        return self.docs[kind]

    def _printed_by(self) -> str | None:
        session = self.ctx.session
        return session.signature if session is not None else None

    def refresh(self) -> None:
        doc = self.document()
        ok = doc.pdf is not None
        for b in (self.preview_button, self.print_button, self.save_button):
            b.setEnabled(ok)
        if ok:
            self._say(f"{doc.title}: ready to preview, print or save as PDF ({doc.filename}). "
                      f"Printed at {DPI} dpi.", "ok")
        else:
            self._say(f"Not printable. {doc.refusal}", "soon")

    def _say(self, text: str, level: str) -> None:
        self.status.setText(text)
        self.status.setProperty("level", level)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # --- preview and print --------------------------------------------------------------
    def _prepare(self, then: str) -> None:
        doc = self.document()
        if doc.pdf is None:
            return
        self.pending = then
        if self.kind in self.images:
            self._pages(self.images[self.kind])
            return
        self._say("Preparing the pages…", "info")
        self.rasteriser.start_pdf(doc.pdf, DPI)

    def _pages(self, images: list[QImage]) -> None:
        self.images[self.kind] = images
        then, self.pending = self.pending, None
        self.refresh()
        doc = self.document()
        self.printer = make_printer(doc.title)
        if then == "preview":
            dialog = QPrintPreviewDialog(self.printer, self)
            dialog.setWindowTitle(f"Print preview — {doc.title}")
            dialog.setAccessibleName("Print preview")
            dialog.paintRequested.connect(self._paint)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview_dialog = dialog
            dialog.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
            dialog.resize(900, 700)
            dialog.open()
        elif then == "print":
            chooser = QPrintDialog(self.printer, self)
            chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            chooser.accepted.connect(lambda: self._paint(self.printer))
            chooser.accepted.connect(lambda: self._remember_pack("sent to the printer"))
            chooser.setWindowModality(Qt.WindowModality.WindowModal)
            chooser.show()  # (as open(): window-modal, never exec())
        self.pages_ready.emit(len(images))

    def _paint(self, printer: QPrinter) -> None:
        printer.setResolution(DPI)
        try:
            paint_pages(printer, self.images.get(self.kind, []))
        except PrintError as exc:
            self._say(str(exc), "soon")

    def preview(self) -> None:
        self._prepare("preview")

    def print_(self) -> None:
        self._prepare("print")

    # --- save as PDF --------------------------------------------------------------------
    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        doc = self.document()
        if doc.pdf is None:
            return None
        if path is None:
            start = str(Path.home() / doc.filename)
            chosen, _filter = QFileDialog.getSaveFileName(self, "Save as PDF", start, "PDF documents (*.pdf)")
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_atomic(target, doc.pdf)
        except OutputRefused as exc:
            self._say(f"Not saved: {exc}. Choose another name.", "soon")
            return None
        except OSError as exc:
            self._say(f"Not saved: {exc.strerror or exc}. Choose another folder.", "soon")
            return None
        self._say(f"Saved {target}.", "ok")
        self._remember_pack(target)
        return target

    def _remember_pack(self, where: Path | str) -> None:
        """A downtime pack: the banner names it if the suite server goes (services.live)."""
        if self.document().filename.startswith("downtime-pack"):
            from datetime import UTC, datetime

            from ..services.live import remember_downtime_pack

            remember_downtime_pack(where, datetime.now(UTC))

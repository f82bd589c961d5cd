"""The in-app PDF preview (issue 15): every generated letter, merged batch, report and
minutes can be read before it leaves, then opened, printed or found in its folder.

Pages are rendered to images by pypdfium2 (PDFium, the engine of Chrome's viewer;
a 4 MB wheel). Qt's own QtPdf would need the 175 MB PySide6-Addons wheel for the same
result, so the viewer draws the images itself. Printing goes through Qt's print dialog
(the system's on Windows) and paints the same images, one page per sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.documents import pages_counted
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, fit_to_screen, message_label, push_button, vbox
from desktop.ui.widgets.form import label

#: rendering scale of the preview (1 = 72 dpi)
PREVIEW_SCALE = 1.4
#: rendering scale when printing (≈ 200 dpi)
PRINT_SCALE = 2.8


def render_pages(path: Path, scale: float = PREVIEW_SCALE) -> list[QImage]:
    """Every page of the PDF at ``path`` as an image (white background). PDFium is
    called a page at a time under ``pdfium.LOCK`` (a mass mailing may be cutting its
    letters with it in another thread)."""
    import pypdfium2 as pdfium  # lazily: only when a PDF is shown

    from desktop.documents.pdfium import LOCK

    with LOCK:
        document = pdfium.PdfDocument(str(path))
        count = len(document)
    try:
        images = []
        for index in range(count):
            with LOCK:
                page = document[index]
                bitmap = page.render(
                    scale=scale, rev_byteorder=True, fill_color=(255, 255, 255, 255)
                )
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBA8888
                    if bitmap.n_channels == 4
                    else QImage.Format.Format_RGB888,
                )
                bitmap.close()
                page.close()
            images.append(image.copy())  # (the buffer belonged to PDFium)
        return images
    finally:
        with LOCK:
            document.close()


class PdfViewer(QWidget):
    """The pages of one PDF, one below the other, with "Ouvrir", "Imprimer…" and
    "Ouvrir le dossier"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.path: Path | None = None
        self.pages: list[QImage] = []
        self.title = label(self, name="pdfTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = message_label(self, "pdfError")
        self.body = QWidget(self)
        self.body.setStyleSheet("background: #6b7280;")
        self.page_layout = QVBoxLayout(self.body)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.open_button = push_button(
            self.tr("Ouvrir"),
            self,
            "pdfOpen",
            tooltip=self.tr("Ouvrir avec la visionneuse PDF du poste"),
        )
        self.print_button = push_button(self.tr("Imprimer…"), self, "pdfPrint")
        self.folder_button = push_button(self.tr("Ouvrir le dossier"), self, "pdfFolder")
        buttons = QHBoxLayout()
        add_all(buttons, self.open_button, self.print_button, self.folder_button, 1)
        vbox(self, self.title, self.error, (self.scroll, 1), buttons)
        self.open_button.clicked.connect(self.open_external)
        self.print_button.clicked.connect(self.ask_print)
        self.folder_button.clicked.connect(self.open_folder)
        self._enable(False)

    def _enable(self, enabled: bool) -> None:
        for button in (self.open_button, self.print_button, self.folder_button):
            button.setEnabled(enabled)

    def load(self, path: Path | str) -> bool:
        """Show the PDF at ``path``; False (and a French message) when it cannot be read."""
        self.path = Path(path)
        while self.page_layout.count():
            item = self.page_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.pages = []
        try:
            self.pages = render_pages(self.path)
        except Exception as exc:  # a missing, locked or damaged file: say it, keep going
            self.error.setText(
                self.tr("Aperçu impossible de {path} : {error}").format(path=self.path, error=exc)
            )
            self.error.show()
            self._enable(self.path.exists())
            self.print_button.setEnabled(False)
            return False
        self.error.hide()
        self.title.setText(
            self.tr("<b>{name}</b> — {pages} — {folder}").format(
                name=self.path.name,
                pages=translate_message(pages_counted(len(self.pages))),
                folder=self.path.parent,
            )
        )
        for number, image in enumerate(self.pages, start=1):
            page = QLabel(self.body)
            page.setObjectName(f"pdfPage{number}")
            page.setPixmap(QPixmap.fromImage(image))
            page.setToolTip(self.tr("Page {n}").format(n=number))
            self.page_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self._enable(True)
        return True

    def open_external(self) -> bool:
        return self.path is not None and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.path))
        )

    def open_folder(self) -> bool:
        return self.path is not None and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.path.parent))
        )

    def ask_print(self) -> bool:
        """The print dialog (the system's where Qt has one), then the pages."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.name if self.path else "Parcours")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer) -> bool:
        """Paint every page on ``printer``, one per sheet, fitted to the printable area."""
        if self.path is None:
            return False
        images = render_pages(self.path, PRINT_SCALE)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for index, image in enumerate(images):
                if index:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
        finally:
            painter.end()
        return True


class PdfPreviewDialog(QDialog):
    """A window showing one PDF (non modal: the user can keep working beside it)."""

    def __init__(self, path: Path | str, parent=None, title: str = ""):
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title or self.tr("Aperçu — {name}").format(name=Path(path).name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = PdfViewer(self)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_screen(self, 900, 1000)
        self.viewer.load(path)


def show_pdf(path: Path | str, parent=None, title: str = "") -> PdfPreviewDialog:
    """Open the preview window of ``path`` (the end of every production)."""
    dialog = PdfPreviewDialog(path, parent, title)
    dialog.show()
    if parent is not None:
        previews = getattr(parent, "pdf_previews", None)
        if previews is None:
            previews = parent.pdf_previews = []
        previews.append(dialog)
        dialog.destroyed.connect(lambda *_: previews.remove(dialog) if dialog in previews else None)
    return dialog

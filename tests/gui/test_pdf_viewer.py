"""The in-app PDF preview (issue 15): pages rendered, open/print/folder offered, and
a production ends on it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from desktop.ui.pdf_viewer import PdfPreviewDialog, PdfViewer, show_pdf

pytestmark = pytest.mark.gui


def _pdf(path, pages: int = 2):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.drawString(100, 700, f"Page {n + 1} du courrier")
        c.showPage()
    c.save()
    return path


@pytest.fixture
def pdf(tmp_path):
    try:
        return _pdf(tmp_path / "courrier.pdf")
    except ImportError:  # no reportlab: a PDF from pypdf instead
        from pypdf import PdfWriter

        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        writer.add_blank_page(595, 842)
        target = tmp_path / "courrier.pdf"
        with target.open("wb") as f:
            writer.write(f)
        return target


def test_a_one_page_letter_says_1_page(qtbot, tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    target = tmp_path / "avis.pdf"
    with target.open("wb") as f:
        writer.write(f)
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    assert viewer.load(target)
    assert " — 1 page — " in viewer.title.text()


def test_viewer_shows_every_page_and_offers_open_print_folder(qtbot, pdf, monkeypatch):
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    assert viewer.load(pdf)
    assert len(viewer.pages) == 2
    assert viewer.pages[0].width() > 500 and viewer.pages[0].height() > viewer.pages[0].width()
    assert "courrier.pdf" in viewer.title.text() and " — 2 pages — " in viewer.title.text()
    for button in (viewer.open_button, viewer.print_button, viewer.folder_button):
        assert button.isEnabled()
    opened = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    viewer.open_button.click()
    viewer.folder_button.click()
    assert opened == [str(pdf), str(pdf.parent)]


def test_printing_paints_every_page(qtbot, pdf, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.load(pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    assert viewer.print_to(printer)
    assert len(PdfReader(str(tmp_path / "imprime.pdf")).pages) == 2


def test_a_damaged_file_is_said_in_french(qtbot, tmp_path):
    bad = tmp_path / "abime.pdf"
    bad.write_bytes(b"pas un PDF")
    dialog = PdfPreviewDialog(bad)
    qtbot.addWidget(dialog)
    assert not dialog.viewer.pages
    assert dialog.viewer.error.text().startswith("Aperçu impossible de")
    assert not dialog.viewer.print_button.isEnabled()


def test_show_pdf_keeps_the_window_beside_its_parent(qtbot, pdf):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_pdf(pdf, parent)
    assert dialog.isVisible() and dialog in parent.pdf_previews
    dialog.close()

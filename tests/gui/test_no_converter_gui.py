"""The letter and batch dialogs on a workstation without LibreOffice or Word: the PDF
option is greyed out with the reason, and the letter is made as DOCX."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.documents import convert
from desktop.services import tenants
from desktop.storage.models import DocumentRecord
from desktop.ui.batch_dialog import BatchDialog
from desktop.ui.letter_dialog import LetterDialog

pytestmark = pytest.mark.gui

HINT = "Installez LibreOffice ou Word pour produire des PDF"


@pytest.fixture
def no_converter(tmp_path, monkeypatch):
    empty = tmp_path / "bin-sans-libreoffice"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("PARCOURS_SOFFICE", raising=False)
    # On a Windows test machine: no LibreOffice in the registry nor in Program Files,
    # no Word.
    monkeypatch.setattr(convert, "read_windows_registry", lambda hive, key: None)
    monkeypatch.setenv("ProgramFiles", str(empty))
    monkeypatch.setenv("ProgramFiles(x86)", str(empty))
    monkeypatch.setattr(convert, "word_available", lambda: False)
    assert convert.converter_name() is None


def test_letter_dialog_without_converter(qtbot, db, actor, agency, make_file, no_converter):
    hid = tenants.create_tenant_file(db, actor, make_file(1))
    dialog = LetterDialog(db, actor, hid, template_name="courrier_libre")
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.box
    assert not box.pdf.isEnabled() and not box.pdf.isChecked()
    assert not box.sign.isEnabled()
    assert box.no_converter.isVisibleTo(dialog) and HINT in box.no_converter.text()
    assert HINT in box.pdf.toolTip()
    box.fields.editors["corps"].setPlainText("Bonjour.")
    qtbot.mouseClick(dialog.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=20_000)
    view = dialog.document
    assert view.pdf_path is None and view.docx_path.is_file()
    assert str(view.docx_path) in dialog.status.text()
    with db.reader() as s:
        assert s.query(DocumentRecord).count() == 1
    dialog.close()


def test_batch_dialog_without_converter(qtbot, db, actor, no_converter):
    dialog = BatchDialog(db, actor, household_ids=[], target_label="aucun dossier")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.box.pdf.isEnabled() and not dialog.box.pdf.isChecked()
    assert dialog.box.no_converter.isVisibleTo(dialog)
    assert HINT in dialog.box.no_converter.text()

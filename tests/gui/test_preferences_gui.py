"""*Mes préférences*: LibreOffice's path with "Tester", the default folder of batches
and exports, the log folder; saved in the user's settings file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import Qt

from desktop import config
from desktop.documents import convert
from desktop.ui.preferences_dialog import PreferencesDialog

pytestmark = pytest.mark.gui


FAKE_SOFFICE = """#!/bin/sh
# answers like soffice: its version, or a conversion (a PDF written to --outdir)
if [ "$1" = "--version" ]; then echo 'LibreOffice 7.6.4.1 (X86_64)'; exit 0; fi
out=""; last=""
while [ $# -gt 0 ]; do
  case "$1" in --outdir) shift; out="$1";; esac
  last="$1"; shift
done
name=${last##*/}; name=${name%%.docx}  # no external command: PATH is emptied
echo "convert $last -> $out/$name.pdf using filter : writer_pdf_Export"
%s
"""


@pytest.fixture
def fake_soffice(tmp_path) -> Path:
    if os.name == "nt":
        pytest.skip("the stand-in soffice is a shell script")
    folder = tmp_path / "LibreOffice" / "program"
    folder.mkdir(parents=True)
    exe = folder / "soffice"
    exe.write_text(FAKE_SOFFICE % "printf '%%PDF-1.4\\n%%%%essai\\n' > \"$out/$name.pdf\"")
    exe.chmod(0o755)
    return exe


@pytest.fixture
def broken_soffice(tmp_path) -> Path:
    """Answers --version but makes no PDF."""
    if os.name == "nt":
        pytest.skip("the stand-in soffice is a shell script")
    folder = tmp_path / "Broken" / "program"
    folder.mkdir(parents=True)
    exe = folder / "soffice"
    exe.write_text(FAKE_SOFFICE % "exit 0")
    exe.chmod(0o755)
    return exe


@pytest.fixture
def dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Mes documents"))
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("PARCOURS_SOFFICE", raising=False)
    monkeypatch.setattr(convert, "read_windows_registry", lambda hive, key: None)
    monkeypatch.setenv("ProgramFiles", str(empty))
    monkeypatch.setenv("ProgramFiles(x86)", str(empty))
    d = PreferencesDialog()
    qtbot.addWidget(d)
    d.show()
    return d


def test_test_button_runs_the_given_libreoffice_and_save_keeps_it(
    qtbot, dialog, fake_soffice, tmp_path
):
    assert dialog.out_dir.placeholderText() == str(tmp_path / "Mes documents" / "Parcours")
    assert dialog.log_dir.text() == str(config.log_dir())
    dialog.soffice.setText(str(fake_soffice))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert not dialog.test_button.isEnabled()  # the test runs in a worker
    assert dialog.test_result.text().startswith("Test en cours")
    dialog.wait_test()
    assert dialog.test_button.isEnabled()
    text = dialog.test_result.text()
    assert text.startswith("LibreOffice fonctionne : LibreOffice 7.6.4.1"), text
    assert "PDF d'essai produit" in text and str(fake_soffice) in text
    dialog.out_dir.setText(str(tmp_path / "Partage" / "Courriers"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = config.load_settings()
    assert saved["libreoffice_path"] == str(fake_soffice)
    assert config.output_dir() == tmp_path / "Partage" / "Courriers"
    assert convert.find_soffice() == str(fake_soffice)


def test_a_libreoffice_that_makes_no_pdf_is_reported(qtbot, dialog, broken_soffice):
    dialog.soffice.setText(str(broken_soffice))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    dialog.wait_test()
    text = dialog.test_result.text()
    assert text.startswith(
        "LibreOffice répond (LibreOffice 7.6.4.1 (X86_64)) mais la conversion"
    ), text


def test_closing_during_the_test_stops_libreoffice(qtbot, dialog, tmp_path):
    if os.name == "nt":
        pytest.skip("the stand-in soffice is a shell script")
    exe = tmp_path / "Lent" / "soffice"
    exe.parent.mkdir()
    exe.write_text(FAKE_SOFFICE % "/bin/sleep 120")  # hangs on the conversion (PATH emptied)
    exe.chmod(0o755)
    dialog.soffice.setText(str(exe))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1500)  # the version answered, the conversion hangs
    assert dialog.task is not None
    started = time.monotonic()
    dialog.reject()
    assert time.monotonic() - started < 30  # not the 120 s of the hung soffice
    assert dialog.task is None and not dialog.isVisible()


@pytest.mark.slow
def test_the_real_libreoffice_converts_the_test_document(qtbot, tmp_path, monkeypatch):
    """With the workstation's LibreOffice (skipped where there is none)."""
    import shutil

    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice is not installed here")
    monkeypatch.setenv("PARCOURS_LIBREOFFICE_PROFILES", str(tmp_path / "profils"))
    d = PreferencesDialog()
    qtbot.addWidget(d)
    d.show()
    d.soffice.setText(found)
    qtbot.mouseClick(d.test_button, Qt.MouseButton.LeftButton)
    d.wait_test()
    assert d.test_result.text().startswith("LibreOffice fonctionne : LibreOffice"), (
        d.test_result.text()
    )


def test_my_folders_and_certificate_are_checked_before_saving(qtbot, dialog, tmp_path):
    dialog.archive_dir.setText("courriers")
    dialog.certificate.setText(str(tmp_path / "moi.pem"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.rows["documents_dir"].error.text().startswith("Indiquez un dossier complet")
    assert dialog.rows["signing_certificate"].error.text() == (
        "Le certificat est un fichier .p12 ou .pfx."
    )
    assert config.load_settings() == {}
    (tmp_path / "moi.p12").write_bytes(b"x")
    dialog.certificate.setText(str(tmp_path / "moi.p12"))
    dialog.archive_dir.setText(str(tmp_path / "Archives"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    from desktop.documents import signing
    from desktop.services import documents

    assert signing.configured_certificate() == tmp_path / "moi.p12"
    assert documents.documents_dir() == tmp_path / "Archives"


def test_nothing_found_says_how_to_get_pdf(qtbot, dialog):
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    dialog.wait_test()
    assert "Installez LibreOffice ou Word pour produire des PDF" in dialog.test_result.text()


def test_a_wrong_path_is_refused_and_nothing_saved(qtbot, dialog, tmp_path):
    dialog.soffice.setText(str(tmp_path / "nulle-part" / "soffice.exe"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert "Aucun programme à cet emplacement" in dialog.rows["libreoffice_path"].error.text()
    assert config.load_settings() == {}


def test_the_menu_opens_the_preferences(qtbot, db, actor):
    from PySide6.QtGui import QAction

    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.findChild(QAction, "preferences").trigger()
    assert window.preferences_dialog.isVisible()
    window.preferences_dialog.close()


def test_single_sided_printing_is_kept_and_ticks_the_batch_off(qtbot, dialog, db, actor):
    """« Recto seul » (a printer without double-sided printing): remembered on this
    workstation, the mailing's « recto verso » box starts unticked."""
    from desktop.ui.batch_dialog import BatchDialog

    assert dialog.print_sides.currentData() is True  # as before: double-sided
    assert dialog.print_sides.currentText().startswith("Recto verso")
    dialog.print_sides.setCurrentIndex(
        dialog.print_sides.findText("Recto seul", Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert config.print_duplex() is False
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.print_sides.currentText() == "Recto seul : aucune page blanche"
    batch = BatchDialog(db, actor, household_ids=[], target_label="aucun dossier")
    qtbot.addWidget(batch)
    assert not batch.duplex.isChecked()

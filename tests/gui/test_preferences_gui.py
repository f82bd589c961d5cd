"""*Mes préférences*: LibreOffice's path with "Tester", the default folder of batches
and exports, the log folder; saved in the user's settings file."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import Qt

from desktop import config
from desktop.documents import convert
from desktop.ui.preferences_dialog import PreferencesDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def fake_soffice(tmp_path) -> Path:
    folder = tmp_path / "LibreOffice" / "program"
    folder.mkdir(parents=True)
    if os.name == "nt":  # a batch file answers like soffice.exe
        exe = folder / "soffice.cmd"
        exe.write_text("@echo LibreOffice 7.6.4.1 (X86_64)\r\n")
    else:
        exe = folder / "soffice"
        exe.write_text("#!/bin/sh\necho 'LibreOffice 7.6.4.1 (X86_64)'\n")
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
    assert "LibreOffice répond : LibreOffice 7.6.4.1" in dialog.test_result.text()
    dialog.out_dir.setText(str(tmp_path / "Partage" / "Courriers"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = config.load_settings()
    assert saved["libreoffice_path"] == str(fake_soffice)
    assert config.output_dir() == tmp_path / "Partage" / "Courriers"
    assert convert.find_soffice() == str(fake_soffice)


def test_nothing_found_says_how_to_get_pdf(qtbot, dialog):
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "Installez LibreOffice ou Word pour produire des PDF" in dialog.test_result.text()


def test_a_wrong_path_is_refused_and_nothing_saved(qtbot, dialog, tmp_path):
    dialog.soffice.setText(str(tmp_path / "nulle-part" / "soffice.exe"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert "Aucun programme à cet emplacement" in dialog.error.text()
    assert config.load_settings() == {}


def test_the_menu_opens_the_preferences(qtbot, db, actor):
    from PySide6.QtGui import QAction

    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.findChild(QAction, "preferences").trigger()
    assert window.preferences_dialog.isVisible()
    window.preferences_dialog.close()

"""What a Windows workstation refuses, said in the screens (the refusal injected as
Windows raises it: an ``OSError`` with ``winerror``)."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import Qt

from desktop.services import demo, documents
from desktop.ui.main_window import MainWindow
from tests.gui.window import show_window

pytestmark = pytest.mark.gui


def test_a_batch_whose_manifest_is_open_in_excel_says_so(qtbot, db, actor, tmp_path, monkeypatch):
    demo.generate(db, actor, 2)
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    manifest = tmp_path / "lot" / "lot-courrier-libre-manifeste.csv"

    def excel_holds_the_manifest(*args, **kwargs):
        # Windows' C runtime: EACCES, no Windows code, for a file Excel has open.
        exc = PermissionError(errno.EACCES, "Permission denied", str(manifest))
        exc.winerror = None
        raise exc

    monkeypatch.setattr(documents, "run_batch", excel_holds_the_manifest)
    dialog = window.open_batch("courrier_libre")
    try:
        dialog.box.pdf.setChecked(False)
        dialog.out_dir.setText(str(tmp_path / "lot"))
        for _step in range(2):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.running and "fichier" in dialog.status.text())
        assert dialog.status.text() == (
            f"Le fichier « {manifest} » n'a pas pu être lu ou écrit : accès refusé (le "
            "fichier est peut-être ouvert dans un autre logiciel : fermez-le puis "
            "recommencez)."
        )
    finally:
        dialog.close()


def test_the_window_says_a_sqlite_base_on_a_network_share(qtbot, db, actor, monkeypatch):
    from desktop.storage import db as storage

    if db.dialect != "sqlite":
        pytest.skip("a SQLite base only")
    monkeypatch.setattr(storage, "on_network_share", lambda path, drive_type=None: True)
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    assert window.db_status.text() == (
        f"Base : {db.label} (partage réseau : un seul poste à la fois)"
    )


def windows_in_use(path) -> PermissionError:
    """Windows' sharing violation on ``path`` (another program holds it)."""
    exc = PermissionError(errno.EACCES, "Le processus ne peut pas accéder au fichier", str(path))
    exc.winerror = 32
    return exc


def test_preferences_the_system_will_not_save_are_said_in_french(qtbot, tmp_path, monkeypatch):
    from desktop import config
    from desktop.ui.preferences_dialog import PreferencesDialog

    def held(settings):
        raise windows_in_use(config.settings_path())

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(config, "save_settings", held)
    dialog.archive_dir.setText(str(tmp_path / "Archives"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Impossible d'enregistrer les préférences : fichier ouvert dans un autre logiciel "
        "(fermez-le puis recommencez)"
    )


def test_a_daily_backup_the_system_refuses_is_said_in_french(qapp, db, actor, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.services import backup
    from desktop.ui import app

    target = r"C:\Users\claire\AppData\Local\Parcours\Parcours\sauvegardes"
    shown = []

    def refused(db, actor):
        raise windows_in_use(target)

    monkeypatch.setattr(backup, "ensure_daily_backup", refused)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    app._daily_backup(db, actor)
    assert shown == [
        "La sauvegarde automatique a échoué :\n"
        f"Le fichier « {target} » n'a pas pu être lu ou écrit : fichier ouvert dans un autre "
        "logiciel (fermez-le puis recommencez)."
    ]

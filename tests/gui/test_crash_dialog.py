"""An unhandled exception in a slot: written to the log file with its traceback, and a
French dialog (not modal) gives the log's path and copies the report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from desktop import logs
from desktop.ui.crash import CrashDialog, CrashReporter

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _close_log_file():
    yield
    logs.close_logging()


@pytest.fixture
def reporter(qtbot):
    r = CrashReporter().install()
    yield r
    r.uninstall()
    for dialog in list(r.dialogs):
        dialog.close()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown(qtbot, reporter):
    button = QPushButton("Calculer")
    qtbot.addWidget(button)

    def broken_slot():
        raise KeyError("montant_du introuvable")

    button.clicked.connect(broken_slot)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 1, timeout=5_000)
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "broken_slot" in logged and "montant_du introuvable" in logged
    dialog = reporter.dialogs[0]
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert str(logs.log_file()) in dialog.message.text()
    assert "erreur inattendue" in dialog.message.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "montant_du introuvable" in copied and "Parcours" in copied
    assert dialog.copy_button.text() == "Rapport copié"


def test_qt_warnings_go_to_the_log(qtbot, reporter):
    from PySide6.QtCore import qWarning

    qWarning("avertissement de Qt pour le journal")
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "avertissement de Qt pour le journal" in logs.log_file().read_text(encoding="utf-8")


def test_about_box_shows_the_log_folder(qtbot, db, actor):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import config
    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    seen: list[str] = []

    def close_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_box)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(20, close_box)
    window.findChild(QAction, "about").trigger()
    assert "Journal des erreurs" in seen[0] and str(config.log_dir()) in seen[0]

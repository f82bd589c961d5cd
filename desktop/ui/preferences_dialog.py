"""*Mes préférences*: this workstation's own settings (the local settings file,
``desktop.config``): where LibreOffice is (with a "Tester" button), where batches and
exports go by default, and where the log is."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.documents import convert
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_STYLE


def soffice_version(path: str, timeout: float = 60) -> str:
    """``soffice --version``'s first line; raises OSError or TimeoutExpired."""
    kwargs = {"creationflags": 0x08000000} if hasattr(subprocess, "STARTUPINFO") else {}
    out = subprocess.run(
        [path, "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )
    lines = (out.stdout or out.stderr).strip().splitlines()
    return lines[0] if lines else ""


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Mes préférences"))
        self.resize(720, 320)
        settings = config.load_settings()
        self.soffice = QLineEdit(str(settings.get("libreoffice_path") or ""), self)
        self.soffice.setObjectName("libreofficePath")
        self.soffice.setPlaceholderText(self.tr("recherche automatique"))
        browse_soffice = QPushButton(self.tr("Parcourir…"), self)
        browse_soffice.clicked.connect(self._browse_soffice)
        self.test_button = QPushButton(self.tr("Tester"), self)
        self.test_button.setObjectName("testLibreoffice")
        self.test_button.clicked.connect(self.test_libreoffice)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("libreofficeTest")
        self.test_result.setWordWrap(True)
        self.out_dir = QLineEdit(str(settings.get("letters_out_dir") or ""), self)
        self.out_dir.setObjectName("outputDir")
        self.out_dir.setPlaceholderText(str(config.user_documents_folder()))
        browse_out = QPushButton(self.tr("Parcourir…"), self)
        browse_out.clicked.connect(self._browse_out)
        self.log_dir = QLabel(str(config.log_dir()), self)
        self.log_dir.setObjectName("logDir")
        self.log_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_logs = QPushButton(self.tr("Ouvrir"), self)
        open_logs.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(config.log_dir())))
        )
        self.error = QLabel(self)
        self.error.setObjectName("preferencesError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        def row(*widgets) -> QWidget:
            holder = QWidget(self)
            layout = QHBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widgets[0], 1)
            for w in widgets[1:]:
                layout.addWidget(w)
            return holder

        form = QFormLayout()
        form.addRow(
            self.tr("LibreOffice (soffice)"), row(self.soffice, browse_soffice, self.test_button)
        )
        form.addRow("", self.test_result)
        form.addRow(self.tr("Dossier des lots et exports"), row(self.out_dir, browse_out))
        form.addRow(self.tr("Journal des erreurs"), row(self.log_dir, open_logs))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePreferences")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _browse_soffice(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Emplacement de LibreOffice"),
            self.soffice.text(),
            self.tr("Programme (soffice*)"),
        )
        if path:
            self.soffice.setText(path)

    def _browse_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Dossier des lots et exports"),
            self.out_dir.text() or str(config.user_documents_folder()),
        )
        if folder:
            self.out_dir.setText(folder)

    def test_libreoffice(self) -> None:
        typed = self.soffice.text().strip().strip('"')
        path = typed or convert.find_soffice()
        if not path:
            self.test_result.setText(
                self.tr("LibreOffice est introuvable sur ce poste. {hint}").format(
                    hint=translate_message(convert.no_converter_hint())
                )
            )
            return
        if not Path(path).is_file():
            self.test_result.setText(
                self.tr("Aucun programme à cet emplacement : {path}").format(path=path)
            )
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            version = soffice_version(path)
        except (OSError, subprocess.SubprocessError) as exc:
            self.test_result.setText(
                self.tr("LibreOffice ne répond pas ({path}) : {error}").format(path=path, error=exc)
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        origin = "" if typed else self.tr(" (trouvé automatiquement)")
        self.test_result.setText(
            self.tr("LibreOffice répond : {version} — {path}{origin}").format(
                version=version or "?", path=path, origin=origin
            )
        )

    def save(self) -> None:
        soffice = self.soffice.text().strip().strip('"')
        out_dir = self.out_dir.text().strip().strip('"')
        if soffice and not Path(soffice).is_file():
            return self._refuse(
                self.tr("Aucun programme à cet emplacement : {path}").format(path=soffice)
            )
        if out_dir and not Path(out_dir).expanduser().is_absolute():
            return self._refuse(
                self.tr("Indiquez un dossier complet, par exemple {example}.").format(
                    example=config.user_documents_folder()
                )
            )
        settings = config.load_settings()
        for key, value in (("libreoffice_path", soffice), ("letters_out_dir", out_dir)):
            if value:
                settings[key] = value
            else:
                settings.pop(key, None)
        try:
            config.save_settings(settings)
        except OSError as exc:
            return self._refuse(
                self.tr("Impossible d'enregistrer les préférences : {error}").format(
                    error=exc.strerror or exc
                )
            )
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

"""*Mes préférences*: this workstation's own settings (the user's settings file,
``desktop.config``): where LibreOffice is, with a "Tester" button that runs the real
lookup and a test conversion in a worker; where batches and exports go by default
(``Documents\\Parcours``); where this workstation archives the letters it makes; the
user's own signing certificate; how its printer prints (double- or single-sided: the
blank back pages of the PDFs that join several letters); where the log is. What every
workstation shares (the organisation profile) is in *Administration > Paramètres*."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.documents import convert
from desktop.domain.oserrors import os_reason
from desktop.services import documents
from desktop.ui.doc_worker import Task
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, hbox, line_edit, message_label, push_button, save_cancel
from desktop.ui.widgets.form import FieldRow, label


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Mes préférences"))
        self.resize(760, 420)
        self.task: Task | None = None
        self._work: Path | None = None
        settings = config.load_settings()
        self.soffice = self._path(
            settings, "libreoffice_path", "libreofficePath", self.tr("recherche automatique")
        )
        browse_soffice = self._browse_button(
            self.soffice, self.tr("Emplacement de LibreOffice"), self.tr("Programme (soffice*)")
        )
        self.test_button = push_button(
            self.tr("Tester"),
            self,
            "testLibreoffice",
            tooltip=self.tr("Cherche LibreOffice et convertit un document d'essai en PDF."),
        )
        self.test_button.clicked.connect(self.test_libreoffice)
        self.test_result = label(self, name="libreofficeTest")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.out_dir = self._path(
            settings, "letters_out_dir", "outputDir", str(config.user_documents_folder())
        )
        browse_out = self._browse_button(
            self.out_dir,
            self.tr("Dossier des lots et exports"),
            start=lambda: str(config.user_documents_folder()),
        )
        self.archive_dir = self._path(
            settings, "documents_dir", "archiveDir", str(config.data_dir() / "documents")
        )
        browse_archive = self._browse_button(
            self.archive_dir,
            self.tr("Courriers archivés sur ce poste"),
            start=lambda: str(documents.documents_dir()),
        )
        self.certificate = self._path(
            settings,
            "signing_certificate",
            "myCertificate",
            self.tr("celui de l'organisme (Administration)"),
        )
        browse_certificate = self._browse_button(
            self.certificate,
            self.tr("Mon certificat de signature"),
            self.tr("Certificats (*.p12 *.pfx)"),
        )
        # How this workstation's printer prints the PDFs that join several letters.
        self.print_sides = QComboBox(self)
        self.print_sides.setObjectName("printSides")
        self.print_sides.addItem(self.tr("Recto verso : chaque courrier commence au recto"), True)
        self.print_sides.addItem(self.tr("Recto seul : aucune page blanche"), False)
        self.print_sides.setToolTip(
            self.tr(
                "Le PDF qui réunit plusieurs courriers à imprimer : en recto verso, une page "
                "blanche suit un courrier d'un nombre impair de pages, pour qu'aucun courrier "
                "ne soit imprimé au dos d'un autre."
            )
        )
        # (its choices' width is not the dialog's minimum: a laptop's screen)
        self.print_sides.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.print_sides.setMinimumContentsLength(20)
        self.print_sides.setCurrentIndex(self.print_sides.findData(config.print_duplex()))
        self.log_dir = QLabel(str(config.log_dir()), self)
        self.log_dir.setObjectName("logDir")
        self.log_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_logs = QPushButton(self.tr("Ouvrir"), self)
        open_logs.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(config.log_dir())))
        )
        self.rows = {
            "libreoffice_path": FieldRow(self.soffice),
            "letters_out_dir": FieldRow(self.out_dir),
            "documents_dir": FieldRow(self.archive_dir),
            "signing_certificate": FieldRow(self.certificate),
        }
        self.error = message_label(self, "preferencesError")

        def row(field: QWidget, *buttons: QWidget) -> QWidget:
            top = Qt.AlignmentFlag.AlignTop
            return hbox(QWidget(self), (field, 1), *((b, 0, top) for b in buttons))

        form = QFormLayout()
        form.addRow(
            self.tr("LibreOffice (soffice)"),
            row(self.rows["libreoffice_path"], browse_soffice, self.test_button),
        )
        form.addRow("", self.test_result)
        form.addRow(
            self.tr("Dossier des lots et exports"),
            row(self.rows["letters_out_dir"], browse_out),
        )
        form.addRow(
            self.tr("Courriers archivés sur ce poste"),
            row(self.rows["documents_dir"], browse_archive),
        )
        form.addRow(
            self.tr("Mon certificat de signature"),
            row(self.rows["signing_certificate"], browse_certificate),
        )
        form.addRow(self.tr("Impression des courriers"), self.print_sides)
        form.addRow(self.tr("Journal des erreurs"), row(self.log_dir, open_logs))
        buttons = save_cancel(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePreferences")
        layout = QVBoxLayout(self)
        add_all(layout, form, self.error, 1, buttons)

    def _path(self, settings: dict, key: str, name: str, placeholder: str) -> QLineEdit:
        """The input (named ``name``) of the path saved under ``key``, showing
        ``placeholder`` while empty."""
        edit = line_edit(self, name, placeholder)
        edit.setText(str(settings.get(key) or ""))
        return edit

    def _browse_button(self, edit: QLineEdit, title: str, files: str = "", start=None):
        """A "Parcourir…" button that puts in ``edit`` the file (of the ``files`` filter)
        or, without a filter, the folder the user chooses; the dialog opens on
        ``edit``'s text, else on ``start()``."""

        def browse() -> None:
            where = edit.text() or (start() if start is not None else "")
            if files:
                chosen, _ = QFileDialog.getOpenFileName(self, title, where, files)
            else:
                chosen = QFileDialog.getExistingDirectory(self, title, where)
            if chosen:
                edit.setText(chosen)

        button = QPushButton(self.tr("Parcourir…"), self)
        button.clicked.connect(browse)
        return button

    # ------------------------------------------------------------------ "Tester"
    def test_libreoffice(self) -> None:
        """Look LibreOffice up and convert a test document, in a worker thread."""
        if self.task is not None:
            return
        typed = self.soffice.text()
        self._work = Path(tempfile.mkdtemp(prefix="parcours-essai-"))
        work = self._work
        self.test_button.setEnabled(False)
        self.test_result.setText(
            self.tr("Test en cours : recherche de LibreOffice et conversion d'un document d'essai…")
        )
        self.task = Task(
            lambda _progress, cancelled: convert.check_libreoffice(typed, work, cancelled), self
        )
        self.task.succeeded.connect(self._tested)
        self.task.failed.connect(self._test_failed)
        self.task.finished.connect(self._test_done)
        self.task.start()

    def _tested(self, check: convert.LibreOfficeCheck) -> None:
        self.test_result.setText(translate_message(check.message))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_result.setText(
            self.tr("Le test n'a pas pu aller au bout : {error}").format(error=exc)
        )

    def _test_done(self) -> None:
        self.test_button.setEnabled(True)
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None
        task, self.task = self.task, None
        if task is not None:
            task.thread.wait(5_000)
            task.deleteLater()

    def wait_test(self, ms: int = 180_000) -> None:
        """Wait for the test to end and its result to be shown (tests, screenshots),
        the event loop turning (the worker's end comes back through it)."""
        deadline = time.monotonic() + ms / 1000
        while self.task is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def done(self, result: int) -> None:
        if self.task is not None:  # closed while testing: stop soffice, let the worker end
            self.task.cancel()
            self.wait_test()
        super().done(result)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        for r in self.rows.values():
            r.set_error(None)
        self.error.hide()
        values = {key: r.editor.text().strip().strip('"') for key, r in self.rows.items()}
        errors: dict[str, str] = {}
        soffice = values["libreoffice_path"]
        if soffice and not Path(soffice).is_file():
            errors["libreoffice_path"] = self.tr(
                "Aucun programme à cet emplacement : {path}"
            ).format(path=soffice)
        for key, example in (
            ("letters_out_dir", config.user_documents_folder()),
            ("documents_dir", config.data_dir() / "documents"),
        ):
            folder = values[key]
            if not folder:
                continue
            path = Path(folder).expanduser()
            if not path.is_absolute():
                errors[key] = self.tr("Indiquez un dossier complet, par exemple {example}.").format(
                    example=example
                )
            elif path.exists() and not path.is_dir():
                errors[key] = self.tr("« {path} » est un fichier, pas un dossier.").format(
                    path=folder
                )
        certificate = values["signing_certificate"]
        if certificate:
            if not certificate.lower().endswith((".p12", ".pfx")):
                errors["signing_certificate"] = self.tr(
                    "Le certificat est un fichier .p12 ou .pfx."
                )
            elif not Path(certificate).expanduser().is_file():
                errors["signing_certificate"] = self.tr("Fichier introuvable : {path}").format(
                    path=certificate
                )
        if errors:
            for key, text in errors.items():
                self.rows[key].set_error(text)
            return self._refuse(
                self.tr("Préférences non enregistrées : corrigez le champ signalé.")
                if len(errors) == 1
                else self.tr(
                    "Préférences non enregistrées : corrigez les {n} champs signalés."
                ).format(n=len(errors))
            )
        settings = config.load_settings()
        for key, value in values.items():
            if value:
                settings[key] = value
            else:
                settings.pop(key, None)
        settings[config.PRINT_DUPLEX] = bool(self.print_sides.currentData())
        try:
            config.save_settings(settings)
        except OSError as exc:
            return self._refuse(
                self.tr("Impossible d'enregistrer les préférences : {error}").format(
                    error=translate_message(os_reason(exc))
                )
            )
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

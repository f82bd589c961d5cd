"""Publipostage: one template for many tenants, in the background, with progress,
time left and cancel; failures listed at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.services import documents, tenants
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.doc_worker import Task
from desktop.ui.i18n import translate_message
from desktop.ui.letter_dialog import SIGNING, LetterOptionsBox, open_path
from desktop.ui.widgets import fit_to_screen


def format_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("BatchDialog", "{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("BatchDialog", "{m} min {s:02d} s").format(
            m=minutes, s=seconds)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("BatchDialog", "{h} h {m:02d} min").format(h=hours, m=minutes)


class BatchDialog(QDialog):
    """Targets: ``household_ids`` (a selection) or ``query`` (the list's filters)."""

    def __init__(self, db: Database, actor: Actor, parent=None, *,
                 query: tenants.TenantQuery | None = None,
                 household_ids: list[int] | None = None, target_label: str = "",
                 template_name: str | None = None):
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Publipostage"))
        fit_to_screen(self, 860, 720)
        self._db = db
        self._actor = actor
        self.query = query
        self.household_ids = household_ids
        self.task: Task | None = None
        self.result: documents.BatchResult | None = None
        self.target = QLabel(target_label, self)
        self.target.setObjectName("batchTarget")
        self.target.setWordWrap(True)
        self.box = LetterOptionsBox(db, actor, None, self, template_name)
        self.duplex = QCheckBox(self.tr("Impression recto verso (chaque courrier commence "
                                        "au recto)"), self)
        self.duplex.setObjectName("duplex")
        default_out = str(config.output_dir())
        self.out_dir = QLineEdit(default_out, self)
        self.out_dir.setObjectName("outDir")
        browse = QPushButton(self.tr("Parcourir…"), self)
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("Dossier de sortie"), self))
        out_row.addWidget(self.out_dir, 1)
        out_row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        self.failures = QListWidget(self)
        self.failures.setObjectName("batchFailures")
        self.failures.hide()
        self.start_button = QPushButton(self.tr("Lancer le publipostage"), self)
        self.start_button.setObjectName("startBatch")
        self.cancel_button = QPushButton(self.tr("Arrêter"), self)
        self.cancel_button.setObjectName("cancelBatch")
        self.cancel_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("Ouvrir le PDF à imprimer"), self)
        self.open_button.setObjectName("openMerged")
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        self.close_button.setObjectName("closeBatch")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.box)
        layout.addWidget(self.duplex)
        layout.addLayout(out_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.failures, 1)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(
            lambda: self.result and self.result.merged_pdf and open_path(self.result.merged_pdf))
        self.close_button.clicked.connect(self.close)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier de sortie"),
                                                  self.out_dir.text())
        if folder:
            self.out_dir.setText(folder)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.thread.isRunning()

    def start(self) -> None:
        self.box.clear_errors()
        key = None
        if self.box.sign.isChecked():
            key = SIGNING.ensure(self)
            if key is None:
                return
        options = self.box.options(key)
        out = Path(self.out_dir.text().strip()) if self.out_dir.text().strip() else None
        request = documents.BatchRequest(options, household_ids=self.household_ids,
                                         query=self.query, out_dir=out,
                                         duplex=self.duplex.isChecked())
        self.failures.clear()
        self.failures.hide()
        self.progress.setValue(0)
        self.status.setText(self.tr("Préparation…"))
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.open_button.setEnabled(False)
        self.box.setEnabled(False)
        db, actor = self._db, self._actor
        self.task = Task(lambda progress, cancelled: documents.run_batch(
            db, actor, request, progress, cancelled), self)
        self.task.progressed.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Arrêt demandé : les courriers terminés sont "
                                        "conservés…"))

    def _progress(self, p: documents.BatchProgress) -> None:
        self.progress.setValue(int(p.fraction * 1000))
        if self.task is not None and self.task.cancelled:
            return
        phase = {"docx": self.tr("Rédaction des courriers"),
                 "pdf": self.tr("Conversion en PDF"),
                 "fin": self.tr("Assemblage du PDF à imprimer")}.get(p.phase, "")
        left = (self.tr(" — temps restant estimé : {time}").format(
            time=format_duration(p.remaining)) if p.remaining is not None and p.done else "")
        self.status.setText(self.tr("{phase} : {done} / {total} courriers{left}").format(
            phase=phase, done=p.letters_done, total=p.letters_total, left=left))

    def _finish(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.box.setEnabled(True)

    def _done(self, result: documents.BatchResult) -> None:
        self.result = result
        self._finish()
        if not result.cancelled:
            self.progress.setValue(1000)
        head = (self.tr("Publipostage arrêté : {n} courrier(s) produit(s) et enregistré(s).")
                if result.cancelled else
                self.tr("Publipostage terminé : {n} courrier(s) produit(s) et enregistré(s)."))
        text = head.format(n=result.produced)
        if result.merged_pdf:
            text += " " + self.tr("PDF à imprimer : {path}").format(path=result.merged_pdf)
        for notice in result.notices:
            text += " " + translate_message(notice)
        if result.failures:
            text += " " + self.tr("{n} échec(s) :").format(n=len(result.failures))
            for f in result.failures:
                self.failures.addItem(self.tr("Dossier {id} {name} : {message}").format(
                    id=f.household_id, name=f.name, message=translate_message(f.message)))
            self.failures.show()
        self.status.setText(text)
        self.open_button.setEnabled(result.merged_pdf is not None)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, UserError):
            self.box.show_error(exc)
            self.status.setText(translate_message(exc.message))
        else:
            self.status.setText(self.tr("Erreur inattendue : {error}").format(error=exc))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.running:
            self.cancel()
            self.task.wait()
        super().closeEvent(event)

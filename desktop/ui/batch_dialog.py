"""Publipostage: one template for many tenants, like a word processor's mail merge but
safer: step 1 the recipients (and who is left out, and why), step 2 a sample letter for
each of them in turn, step 3 the confirmation with the count; then the batch runs in
the background with its progress per phase (rédaction n/N, conversion n/N, assemblage),
the time left, and cancel; failures listed at the end. A batch runs once: to send it
again, go back to the recipients (the letters just sent are then left out)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted, is_singular
from desktop.domain.roles import Permission
from desktop.services import batch_recipients, documents, tenants
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.doc_worker import Task
from desktop.ui.i18n import translate, translate_message
from desktop.ui.letter_dialog import LetterOptionsBox, open_path
from desktop.ui.widgets import (
    WARNING_STYLE,
    add_all,
    fit_to_screen,
    message_label,
    push_button,
    remember_split,
    scrolled,
    split,
    vbox,
)
from desktop.ui.widgets.form import label
from desktop.ui.widgets.messages import error_text
from desktop.ui.widgets.tables import rows_table, share_width


def format_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("BatchDialog", "{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("BatchDialog", "{m} min {s:02d} s").format(
            m=minutes, s=seconds
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("BatchDialog", "{h} h {m:02d} min").format(h=hours, m=minutes)


def phase_text(p: documents.BatchProgress) -> str:
    """Where a batch is: "Rédaction : 12 / 98", "Conversion en PDF : 40 / 98",
    "Assemblage du PDF à imprimer…"."""
    if p.phase == "docx":
        per_letter = p.total / p.letters_total if p.letters_total else 1
        written = min(p.letters_total, p.letters_done if per_letter <= 1 else p.done)
        return translate("BatchDialog", "Rédaction : {done} / {total}").format(
            done=written, total=p.letters_total
        )
    if p.phase == "pdf":
        return translate("BatchDialog", "Conversion en PDF : {done} / {total}").format(
            done=p.letters_done, total=p.letters_total
        )
    return translate("BatchDialog", "Assemblage du PDF à imprimer…")


def resumed_text(result: documents.BatchResult) -> str:
    """What a resumed batch made: « Publipostage repris : 2 courriers produits et
    enregistrés (1 l'était déjà). »"""
    return (
        translate("BatchDialog", "Publipostage repris : {count} ({m} l'était déjà).")
        if is_singular(result.resumed)
        else translate("BatchDialog", "Publipostage repris : {count} ({m} l'étaient déjà).")
    ).format(count=translate_message(documents.produced_counted(result.produced)), m=result.resumed)


def _part_contents(manifest: Path) -> dict[int, tuple[int, int]]:
    """Per print part, from its manifest: (letters, pages); empty if unreadable."""
    import csv

    out: dict[int, tuple[int, int]] = {}
    try:
        with open(manifest, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f, delimiter=";"):
                part = int(row["partie"])
                last = int(row["pages"].rpartition("-")[2])
                letters, pages = out.get(part, (0, 0))
                out[part] = (letters + 1, max(pages, last))
    except (OSError, ValueError, KeyError):
        return {}
    return out


class BatchDialog(QDialog):
    """Targets: ``household_ids`` (a selection) or ``query`` (the list's filters)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent=None,
        *,
        query: tenants.TenantQuery | None = None,
        household_ids: list[int] | None = None,
        target_label: str = "",
        template_name: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Publipostage"))
        fit_to_screen(self, 1100, 720)
        self._db = db
        self._actor = actor
        self.query = query
        self.household_ids = household_ids
        self.task: Task | None = None
        self.result: documents.BatchResult | None = None
        self.target = label(self, target_label, "batchTarget")
        self.box = LetterOptionsBox(db, actor, None, self, template_name)
        self.duplex = QCheckBox(
            self.tr("Impression recto verso (chaque courrier commence au recto)"), self
        )
        self.duplex.setObjectName("duplex")
        self.duplex.setChecked(config.print_duplex())  # as this workstation prints
        default_out = str(config.output_dir())
        self.out_dir = QLineEdit(default_out, self)
        self.out_dir.setObjectName("outDir")
        browse = QPushButton(self.tr("Parcourir…"), self)
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        add_all(out_row, QLabel(self.tr("Dossier de sortie"), self), (self.out_dir, 1), browse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status = label(self, name="batchStatus")
        self.failures = QListWidget(self)
        self.failures.setObjectName("batchFailures")
        self.failures.hide()
        # A mass mailing's print file: every part and the manifest, each with its buttons.
        self.outputs = QTableWidget(0, 4, self)
        self.outputs.setObjectName("batchOutputs")
        self.outputs.setHorizontalHeaderLabels(
            [self.tr("Fichier à imprimer"), self.tr("Contenu"), "", ""]
        )
        self.outputs.verticalHeader().hide()
        self.outputs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.outputs.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.outputs.setWordWrap(False)
        self.outputs.horizontalHeader().setStretchLastSection(False)
        self.outputs.hide()
        self.recipients: list[batch_recipients.Recipient] = []
        self.sample_index = 0
        self.launched = False  # a batch runs once (no duplicates by a second click)
        self.ended = True  # no batch running here
        self.step_title = QLabel(self)
        self.step_title.setObjectName("batchStepTitle")
        self.steps = QStackedWidget(self)
        self.steps.setObjectName("batchSteps")
        add_all(self.steps, self._recipients_page(), self._sample_page(), self._confirm_page())
        self.back_button = push_button(self.tr("< Précédent"), self, "batchBack")
        self.next_button = push_button(self.tr("Suivant >"), self, "batchNext", default=True)
        self.start_button = push_button(self.tr("Lancer le publipostage"), self, "startBatch")
        self.cancel_button = push_button(self.tr("Arrêter"), self, "cancelBatch", enabled=False)
        self.open_button = push_button(
            self.tr("Ouvrir le PDF à imprimer"), self, "openMerged", enabled=False
        )
        self.close_button = push_button(self.tr("Fermer"), self, "closeBatch")
        buttons = QHBoxLayout()
        add_all(
            buttons,
            self.open_button,
            1,
            self.back_button,
            self.next_button,
            self.start_button,
            self.cancel_button,
            self.close_button,
        )
        # The template's form beside the steps, each the window's height: on a laptop
        # (1,024 × 536 at 125 %) the form and its fields in sight, not 200 px above
        # the recipients; the user moves the split.
        options = vbox(QWidget(self), self.target, (self.box, 1), self.duplex, out_row)
        self.form_area = scrolled(options, whole_width=True)
        self.form_area.setObjectName("batchFormScroll")
        steps = vbox(QWidget(self), self._interrupted_row(), self.step_title, (self.steps, 1))
        self.splitter = split(self, (self.form_area, 1), (steps, 1), sizes=[600, 500])
        self.splitter.setObjectName("batchSplitter")
        self.splitter.setChildrenCollapsible(False)
        remember_split(self.splitter, "batch")
        layout = QVBoxLayout(self)
        add_all(layout, (self.splitter, 1), buttons)
        self.back_button.clicked.connect(lambda: self.go_to(self.steps.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.steps.currentIndex() + 1))
        self.box.template.currentIndexChanged.connect(lambda *_: self.go_to(0))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(
            lambda: self.result and self.result.merged_pdf and open_path(self.result.merged_pdf)
        )
        self.close_button.clicked.connect(self.close)
        self.go_to(0)
        self.offer_interrupted()

    # ----------------------------------------------------------------- a killed batch
    def _interrupted_row(self) -> QWidget:
        """A batch killed earlier (process ended, machine off) and the tenants left
        without their letter, with « Faire les courriers manquants » and « Abandonner »
        (as at the next start): hidden while there is none."""
        self.interrupted: list[documents.InterruptedBatch] = []
        self.interrupted_text = message_label(
            self, "interruptedBatch", WARNING_STYLE, hidden=False, selectable=True
        )
        # up to twenty names: three lines in sight, the others a scroll away, above
        # the recipients (the form keeps the laptop's height)
        text = scrolled(self.interrupted_text)
        text.setFixedHeight(3 * self.interrupted_text.fontMetrics().lineSpacing())
        self.resume_button = push_button(
            self.tr("Faire les courriers manquants"), self, "resumeInterrupted"
        )
        self.discard_button = push_button(self.tr("Abandonner"), self, "discardInterrupted")
        self.resume_button.clicked.connect(self.resume_interrupted)
        self.discard_button.clicked.connect(self.discard_interrupted)
        buttons = QHBoxLayout()
        add_all(buttons, self.resume_button, self.discard_button, 1)
        self.interrupted_row = vbox(QWidget(self), text, buttons)
        self.interrupted_row.layout().setContentsMargins(0, 0, 0, 0)
        self.interrupted_row.hide()
        return self.interrupted_row

    def offer_interrupted(self) -> None:
        """Show the first batch that was killed before its end, if any (the journal of
        ``services/documents/journal.py``)."""
        self.interrupted = []
        if self._actor.can(Permission.TENANT_WRITE):
            try:
                self.interrupted = documents.interrupted_letters(self._db, self._actor)
            except (OSError, UserError):  # documents folder or base unreachable: said later
                pass
        if not self.interrupted:
            self.interrupted_row.hide()
            return
        self.interrupted_text.setText(
            self.tr(
                "{said} Faire maintenant les courriers manquants ? Ceux déjà enregistrés ne "
                "sont pas refaits."
            ).format(said=translate_message(self.interrupted[0].message()))
        )
        self.interrupted_row.show()

    def resume_interrupted(self) -> None:
        """Make the letters the killed batch did not make, here, with the progress and
        the stop of any batch (those in the register are not made again)."""
        if not self._idle() or not self.interrupted:
            return
        batch = self.interrupted[0]
        self.steps.setCurrentIndex(2)
        self.step_title.setText(
            "<b>" + self.tr("Reprise du publipostage {batch}").format(batch=batch.batch_id) + "</b>"
        )
        self.confirmation.setText(translate_message(batch.message()))
        self.next_button.hide()
        self.start_button.hide()
        self._run(batch.request)

    def discard_interrupted(self) -> None:
        """Give the killed batch up: its letters in the register stay."""
        if not self._idle() or not self.interrupted:
            return
        documents.discard_interrupted(self.interrupted[0].batch_id)
        self.offer_interrupted()

    # ----------------------------------------------------------------- the steps
    def _recipients_page(self) -> QWidget:
        page = QWidget(self)
        self.recipient_table = rows_table(
            page,
            "batchRecipients",
            [self.tr("Locataire"), self.tr("Adresse"), self.tr("Exclu : pourquoi")],
        )
        self.recipient_table.setWordWrap(False)
        # the names whole beside the form: the address gives way, then the reason
        share_width(self.recipient_table, 1, give_way=(1, 2))
        self.recipient_count = label(page, name="batchRecipientCount")
        return vbox(page, self.recipient_count, (self.recipient_table, 1))

    def _sample_page(self) -> QWidget:
        page = QWidget(self)
        self.sample = QTextBrowser(page)
        self.sample.setObjectName("batchSample")
        self.sample_label = QLabel(page)
        self.sample_label.setObjectName("batchSampleLabel")
        self.previous_sample = push_button(
            self.tr("◀ Destinataire précédent"), page, "previousSample"
        )
        self.next_sample = push_button(self.tr("Destinataire suivant ▶"), page, "nextSample")
        self.previous_sample.clicked.connect(lambda: self.show_sample(self.sample_index - 1))
        self.next_sample.clicked.connect(lambda: self.show_sample(self.sample_index + 1))
        row = QHBoxLayout()
        row.addWidget(self.previous_sample)
        row.addWidget(self.sample_label, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.next_sample)
        return vbox(page, row, (self.sample, 1))

    def _confirm_page(self) -> QWidget:
        page = QWidget(self)
        self.confirmation = label(page, name="batchConfirmation")
        self.confirmation.setStyleSheet("font-size: 11pt;")
        self.phase = QLabel(page)
        self.phase.setObjectName("batchPhase")
        return vbox(
            page,
            self.confirmation,
            self.progress,
            self.phase,
            self.status,
            (self.outputs, 3),
            (self.failures, 1),
            1,
        )

    def _request(self, options: documents.LetterOptions) -> documents.BatchRequest:
        out = Path(self.out_dir.text().strip()) if self.out_dir.text().strip() else None
        ids = self.household_ids
        if self.recipients:
            ids = [r.household_id for r in self.recipients if r.included]
        return documents.BatchRequest(
            options,
            household_ids=ids,
            query=None if ids is not None else self.query,
            out_dir=out,
            duplex=self.duplex.isChecked(),
        )

    @property
    def included(self) -> list[batch_recipients.Recipient]:
        return [r for r in self.recipients if r.included]

    def go_to(self, step: int) -> None:
        """Show step ``step`` (0 recipients, 1 sample, 2 confirmation); going back to
        the recipients after a batch starts a new one."""
        if not self._idle():
            return
        step = max(0, min(step, 2))
        if step == 0:
            self.load_recipients()
            if self.launched or self.result is not None:  # a new batch (or after a resume)
                self.launched = False
                self.result = None
                self.progress.setValue(0)
                self.status.clear()
                self.phase.clear()
                self.failures.clear()
                self.failures.hide()
                self.show_outputs(None)
                self.box.setEnabled(True)
        if step >= 1 and not self.included:
            step = 0
        if step == 1:
            self.show_sample(0)
        if step == 2:
            self._confirm()
        self.steps.setCurrentIndex(step)
        titles = (
            self.tr("Étape 1 sur 3 : les destinataires"),
            self.tr("Étape 2 sur 3 : un exemple de courrier par destinataire"),
            self.tr("Étape 3 sur 3 : confirmation"),
        )
        self.step_title.setText(f"<b>{titles[step]}</b>")
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(step < 2)
        self.next_button.setEnabled(step < 2 and bool(self.included))
        self.start_button.setVisible(step == 2)
        self.start_button.setEnabled(step == 2 and not self.launched and bool(self.included))

    def load_recipients(self) -> None:
        request = self._request(self.box.options())
        request.household_ids, request.query = self.household_ids, self.query
        try:
            self.recipients = batch_recipients.batch_recipients(self._db, self._actor, request)
        except UserError as exc:
            self.recipients = []
            self.recipient_count.setText(translate_message(exc.message))
            return
        table = self.recipient_table
        table.setRowCount(len(self.recipients))
        for row, r in enumerate(self.recipients):
            why = translate_message(r.excluded) if r.excluded is not None else ""
            for col, text in enumerate((r.name, r.address, why)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if r.excluded is not None:
                    item.setForeground(Qt.GlobalColor.darkGray)
                table.setItem(row, col, item)
        left_out = len(self.recipients) - len(self.included)
        self.recipient_count.setText(
            self.tr(
                "{recipients} ; {excluded} (sans adresse, décédé ou déjà envoyé ce mois-ci)."
            ).format(
                recipients=translate_message(
                    counted(
                        len(self.included),
                        QT_TRANSLATE_NOOP("messages", "{n} destinataire recevra le courrier"),
                        QT_TRANSLATE_NOOP("messages", "{n} destinataires recevront le courrier"),
                        QT_TRANSLATE_NOOP("messages", "aucun destinataire ne recevra le courrier"),
                    )
                ),
                excluded=translate_message(
                    counted(
                        left_out,
                        QT_TRANSLATE_NOOP("messages", "{n} exclu"),
                        QT_TRANSLATE_NOOP("messages", "{n} exclus"),
                        QT_TRANSLATE_NOOP("messages", "aucun exclu"),
                    )
                ),
            )
        )

    def show_sample(self, index: int) -> None:
        """The letter as it will be for the ``index``-th recipient kept."""
        kept = self.included
        if not kept:
            return
        self.sample_index = index = max(0, min(index, len(kept) - 1))
        recipient = kept[index]
        self.sample_label.setText(
            self.tr("Courrier {i} sur {n} : {name}").format(
                i=index + 1, n=len(kept), name=recipient.name
            )
        )
        self.previous_sample.setEnabled(index > 0)
        self.next_sample.setEnabled(index < len(kept) - 1)
        options = self.box.options()
        try:
            defaults = documents.free_field_defaults(
                self._db, self._actor, options.template_name, recipient.household_id
            )
            fields = {**defaults, **{k: v for k, v in options.fields.items() if v}}
            preview = documents.preview_letter(
                self._db,
                self._actor,
                recipient.household_id,
                dataclasses.replace(options, fields=fields, pdf=False, signing_key=None),
            )
        except UserError as exc:
            self.sample.setPlainText(translate_message(exc.message))
            return
        self.sample.setPlainText("\n".join(preview.paragraphs))

    def _confirm(self) -> None:
        options = self.box.options()
        template = self.box.current_template()
        title = template.title if template is not None else options.template_name
        out = self.out_dir.text().strip()
        self.confirmation.setText(
            (
                self.tr(
                    "<b>{n} courrier « {title} »</b> va être produit et enregistré au "
                    "registre{pdf}, puis copié dans {out}. Vérifiez l'exemple à l'étape 2 avant "
                    "de lancer : un publipostage ne se lance qu'une fois."
                )
                if is_singular(len(self.included))
                else self.tr(
                    "<b>{n} courriers « {title} »</b> vont être produits et enregistrés au "
                    "registre{pdf}, puis copiés dans {out}. Vérifiez l'exemple à l'étape 2 avant "
                    "de lancer : un publipostage ne se lance qu'une fois."
                )
            ).format(
                n=len(self.included),
                title=title,
                out=out or self.tr("(aucun dossier)"),
                pdf=self.tr(" en DOCX et PDF") if options.pdf else self.tr(" en DOCX"),
            )
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de sortie"), self.out_dir.text()
        )
        if folder:
            self.out_dir.setText(folder)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.thread.isRunning()

    def _idle(self) -> bool:
        """No batch runs here (one that has just ended is waited for: its thread is
        finishing)."""
        if self.running and not self.ended:
            return False
        if self.running:
            self.task.wait()
        return True

    def start(self) -> None:
        if self.launched or self.running:
            return  # a batch runs once: no duplicates
        if not self.recipients:
            self.load_recipients()
        if not self.included:
            return
        options = self.box.options_to_produce(self)
        if options is None:
            return
        self.launched = True
        self._run(self._request(options))

    def _run(self, request: documents.BatchRequest) -> None:
        self.ended = False
        self.back_button.setEnabled(False)
        self.resume_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.failures.clear()
        self.failures.hide()
        self.show_outputs(None)
        self.progress.setValue(0)
        self.status.setText(self.tr("Préparation…"))
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.open_button.setEnabled(False)
        self.box.setEnabled(False)
        db, actor = self._db, self._actor
        self.task = Task(
            lambda progress, cancelled: documents.run_batch(
                db, actor, request, progress, cancelled
            ),
            self,
        )
        self.task.progressed.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Arrêt demandé : les courriers terminés sont conservés…"))

    def _progress(self, p: documents.BatchProgress) -> None:
        self.progress.setValue(int(p.fraction * 1000))
        if self.task is not None and self.task.cancelled:
            return
        self.phase.setText(phase_text(p))
        left = (
            self.tr(" — temps restant estimé : {time}").format(time=format_duration(p.remaining))
            if p.remaining is not None and p.done and p.phase != "fin"
            else ""
        )
        self.status.setText(self.tr("{phase}{left}").format(phase=phase_text(p), left=left))

    def _finish(self) -> None:
        # "Lancer" stays off: the batch ran; "< Précédent" starts a new one from the
        # recipients (those served meanwhile are then left out).
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.back_button.setEnabled(True)
        self.ended = True
        self.resume_button.setEnabled(True)
        self.discard_button.setEnabled(True)
        self.offer_interrupted()  # the batch's own letters (an error), another killed one

    def _done(self, result: documents.BatchResult) -> None:
        self.result = result
        self._finish()
        if not result.cancelled:
            self.progress.setValue(1000)
        head = (
            self.tr("Publipostage arrêté : {count}.")
            if result.cancelled
            else self.tr("Publipostage terminé : {count}.")
        )
        text = head.format(count=translate_message(documents.produced_counted(result.produced)))
        if result.resumed and not result.cancelled:
            text = resumed_text(result)
        if result.parts:
            text += " " + (
                self.tr(
                    "Fichier à imprimer en {n} partie, dans l'ordre des codes postaux, avec son "
                    "manifeste :"
                )
                if is_singular(len(result.parts))
                else self.tr(
                    "Fichier à imprimer en {n} parties, dans l'ordre des codes postaux, avec "
                    "son manifeste :"
                )
            ).format(n=len(result.parts))
        elif result.merged_pdf:
            text += " " + self.tr("PDF à imprimer : {path}").format(path=result.merged_pdf)
        for notice in result.notices:
            text += " " + translate_message(notice)
        if result.failures:
            text += " " + (
                self.tr("{n} échec :")
                if is_singular(len(result.failures))
                else self.tr("{n} échecs :")
            ).format(n=len(result.failures))
            for f in result.failures:
                self.failures.addItem(
                    self.tr("Dossier {id} {name} : {message}").format(
                        id=f.household_id, name=f.name, message=translate_message(f.message)
                    )
                )
            self.failures.show()
        self.status.setText(text)
        self.show_outputs(result)
        self.open_button.setEnabled(result.merged_pdf is not None)
        if result.merged_pdf is not None and not result.parts:
            # The letters to print, before printing them (a mass mailing's parts of up
            # to a thousand pages are opened from their list instead).
            from desktop.ui.pdf_viewer import show_pdf

            show_pdf(result.merged_pdf, self)

    def show_outputs(self, result: documents.BatchResult | None) -> None:
        """A mass mailing's print parts and manifest, one line each with "Ouvrir" and
        "Ouvrir le dossier" (hidden when the batch made a single PDF or none)."""
        table = self.outputs
        table.setRowCount(0)
        if result is None or not result.parts:
            table.hide()
            self.open_button.show()
            return
        contents = _part_contents(result.manifest) if result.manifest else {}
        rows = [(path, number) for number, path in enumerate(result.parts, start=1)]
        if result.manifest is not None:
            rows.append((result.manifest, None))
        table.setRowCount(len(rows))
        for row, (path, number) in enumerate(rows):
            if number is None:
                what = self.tr("Manifeste (CSV) : partie, pages, contrat, code postal, référence")
                name = "Manifest"
            else:
                letters, pages = contents.get(number, (None, None))
                what = (
                    self.tr("Partie {n} : {letters}, {pages}").format(
                        n=number,
                        letters=translate_message(documents.letters_counted(letters)),
                        pages=translate_message(documents.pages_counted(pages)),
                    )
                    if letters is not None
                    else self.tr("Partie {n}").format(n=number)
                )
                name = f"Part{number}"
            item = QTableWidgetItem(path.name)
            item.setToolTip(str(path))
            table.setItem(row, 0, item)
            content = QTableWidgetItem(what)
            content.setToolTip(what)
            table.setItem(row, 1, content)
            open_file = push_button(self.tr("Ouvrir"), table, f"open{name}")
            open_file.clicked.connect(lambda _c=False, p=path: open_path(p))
            open_folder = push_button(self.tr("Ouvrir le dossier"), table, f"openFolder{name}")
            open_folder.clicked.connect(lambda _c=False, p=path: open_path(p.parent))
            table.setCellWidget(row, 2, open_file)
            table.setCellWidget(row, 3, open_folder)
        header = table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        shown = min(len(rows), 6)  # up to six lines without scrolling
        table.setMinimumHeight(
            header.sizeHint().height()
            + sum(table.rowHeight(r) for r in range(shown))
            + 2 * table.frameWidth()
            + table.horizontalScrollBar().sizeHint().height()
        )
        table.show()
        self.open_button.hide()  # the list's own buttons open each part

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, UserError):
            self.box.show_error(exc)
        # A file the system refused (the manifest open in Excel) is said as such.
        self.status.setText(error_text(exc))

    def reject(self) -> None:
        # Escape while letters are being made: nothing (it hid the dialog, the batch
        # going on out of sight, with no way to follow or stop it); « Arrêter » stops
        # it, « Fermer » stops it and closes
        if self.running and not self.ended:
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.running:
            self.cancel()
            self.task.wait()
        super().closeEvent(event)

"""The decision letters of a closed CALEOL session (``desktop.services.caleol.letters``):
which letter each candidate gets, what prevents making it, then all of them at once
(DOCX, PDF on request) in a folder, with the notification date and offer deadline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop import config
from desktop.domain import caleol as rules
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import is_singular
from desktop.services.caleol import letters as letters
from desktop.services.context import today as clock_today
from desktop.ui.caleol.minutes_panel import TaskRunner
from desktop.ui.caleol.widgets import (
    ERROR_STYLE,
    Inputs,
    cell,
    m,
    message_label,
    read_only_table,
    text_of,
)
from desktop.ui.letter_dialog import open_path
from desktop.ui.pdf_viewer import show_pdf
from desktop.ui.widgets import add_all, push_button
from desktop.ui.widgets.tables import grow_to_content


def pdf_available() -> bool:
    from desktop.services import documents

    return documents.pdf_available()


class LetterTaskDialog(TaskRunner, QDialog):
    """What the dialogs making decision letters in the background share (the session's
    letters, one candidate's offer letter): the offer deadline, the folder of the letters,
    the notification date read, the buttons, the status and error lines."""

    notified_on: QLineEdit
    folder: QLineEdit
    produce_button: QPushButton
    open_button: QPushButton

    def _offer_days_input(self, name: str, days: int) -> QSpinBox:
        """The days a candidate has to answer an offer: ``days``, at least the legal
        minimum (R441-10)."""
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(rules.MIN_OFFER_DAYS, 60)
        box.setValue(max(days, rules.MIN_OFFER_DAYS))
        box.setSuffix(self.tr(" jours"))
        return box

    def _folder_row(self, name: str, session_number: str) -> QHBoxLayout:
        """``self.folder`` (``courriers-caleol-<session>`` in the documents folder) and its
        browse button."""
        self.folder = QLineEdit(
            str(config.output_dir() / letters.folder_name(session_number)), self
        )
        self.folder.setObjectName(name)
        browse = QPushButton(self.tr("Parcourir…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        return row

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des courriers"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _letter_form(self, days_label: str, folder_row: QHBoxLayout) -> QFormLayout:
        """The notification date, the days to answer (``days_label``), the holidays of
        Alsace-Moselle, the folder (``folder_row``) and the PDF choice, a line each."""
        form = QFormLayout()
        form.addRow(self.tr("Date de notification"), self.notified_on)
        form.addRow(days_label, self.offer_days)
        form.addRow(self.alsace)
        form.addRow(self.tr("Dossier des courriers"), folder_row)
        form.addRow(self.pdf)
        return form

    def _task_buttons(
        self, produce: tuple[str, str], open_: tuple[str, str], messages: tuple[str, str]
    ) -> QHBoxLayout:
        """``self.produce_button`` and ``self.open_button`` (disabled until a letter is
        made), each ``(text, object name)``, a close button; ``self.status`` and
        ``self.error`` named ``messages``."""
        self.produce_button = push_button(produce[0], self, produce[1])
        self.open_button = push_button(open_[0], self, open_[1], enabled=False)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.close)
        self.status = message_label(self, messages[0], "")
        self.error = message_label(self, messages[1], ERROR_STYLE)
        buttons = QHBoxLayout()
        add_all(buttons, self.open_button, 1, self.produce_button, close)
        return buttons

    def _notification_day(self) -> dt.date | None:
        """The notification date typed, or None with its error shown."""
        read = Inputs()
        day = read.date("notified_on", self.notified_on.text(), required=True)
        if read.errors:
            self.status.hide()
            self.error.setText(next(iter(read.errors.values())))
            self.error.show()
            return None
        return day

    def closeEvent(self, event) -> None:
        self.wait_for_task()
        super().closeEvent(event)


class DecisionLettersDialog(LetterTaskDialog):
    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setObjectName("decisionLettersDialog")
        self.setWindowTitle(
            self.tr("Courriers de décision — séance n° {number}").format(number=window.view.number)
        )
        from desktop.ui.widgets import fit_to_screen  # a laptop: never taller than it

        fit_to_screen(self, 1100, 600)
        self.win = window
        self.planned: list[letters.PlannedLetter] = []
        self.result = None
        self.table = read_only_table(
            self,
            "plannedLetters",
            [
                self.tr("Candidat"),
                self.tr("N° unique"),
                self.tr("Logement"),
                self.tr("Décision"),
                self.tr("Courrier"),
                self.tr("Notifié le"),
                self.tr("Réponse avant le"),
                self.tr("À corriger"),
            ],
            stretch=7,
            give_way=((7, 3, 4),),  # what to correct, the decision, the letter
        )
        grow_to_content(self, self.table)  # (a large screen: the decisions whole)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.notified_on = QLineEdit(format_date_fr(clock_today()), self)
        self.notified_on.setObjectName("notifiedOn")
        self.offer_days = self._offer_days_input("offerDays", window.view.commission.offer_days)
        self.alsace = QCheckBox(self.tr("Jours fériés d'Alsace-Moselle"), self)
        self.pdf = QCheckBox(self.tr("Produire aussi les PDF (et un PDF unique à imprimer)"), self)
        self.pdf.setObjectName("lettersPdf")
        # PDF by default (the letters end on the preview), when this workstation can
        self.pdf.setChecked(pdf_available())
        self.selected_only = QCheckBox(self.tr("Seulement les candidats sélectionnés"), self)
        self.selected_only.setObjectName("selectedOnly")
        folder_row = self._folder_row("lettersFolder", window.view.number)
        buttons = self._task_buttons(
            (self.tr("Produire les courriers"), "produceLetters"),
            (self.tr("Ouvrir le dossier"), "openLettersFolder"),
            ("lettersStatus", "lettersError"),
        )
        form = self._letter_form(self.tr("Délai de réponse aux offres"), folder_row)
        form.addRow(self.selected_only)
        layout = QVBoxLayout(self)
        add_all(
            layout,
            QLabel(
                self.tr(
                    "Chaque candidat reçoit le courrier de sa décision : proposition avec délai de "
                    "réponse (R441-10), rang, pièce manquante, refus motivé (L441-2-2)."
                ),
                self,
            ),
            (self.table, 1),
            form,
            self.status,
            self.error,
            buttons,
        )
        self.produce_button.clicked.connect(self.produce)
        self.open_button.clicked.connect(lambda: open_path(Path(self.folder.text())))
        self.load()

    def load(self) -> None:
        try:
            self.planned = letters.letters_for_session(
                self.win.db, self.win.actor, self.win.session_id
            )
        except UserError as exc:
            self._fail(exc)
            self.planned = []
        self.table.setRowCount(len(self.planned))
        for row, p in enumerate(self.planned):
            decision = m(p.decision.label) if p.decision else self.tr("pas de décision")
            if p.rank:
                decision += self.tr(" (rang {rank})").format(rank=p.rank)
            problems = "\n".join(text_of(x) for x in p.problems)
            self.table.setItem(row, 0, cell(p.candidate_name, p.candidate_id))
            self.table.setItem(row, 1, cell(p.numero_unique))
            self.table.setItem(row, 2, cell(p.dwelling_reference))
            self.table.setItem(row, 3, cell(decision))
            self.table.setItem(row, 4, cell(m(p.label) if p.label else ""))
            self.table.setItem(row, 5, cell(format_date_fr(p.notified_on)))
            deadline = format_date_fr(p.offer_deadline)
            if p.offer and p.registered_mail and p.notified_on and p.offer_deadline is None:
                # registered: the delay runs from the receipt, recorded in the offers tab
                deadline = self.tr("à compter de la réception")
            self.table.setItem(row, 6, cell(deadline))
            item = cell(problems.replace("\n", " ; "), tooltip=problems)
            if problems:
                item.setForeground(Qt.GlobalColor.red)
            self.table.setItem(row, 7, item)
        self._buttons()

    def _buttons(self) -> None:
        self.produce_button.setEnabled(not self.busy and bool(self.planned) and self.win.can_manage)

    def produce(self) -> None:
        day = self._notification_day()
        if day is None:
            return
        ids = None
        if self.selected_only.isChecked():
            rows = {i.row() for i in self.table.selectionModel().selectedRows()}
            ids = [self.planned[r].candidate_id for r in sorted(rows)]
        db, actor, sid = self.win.db, self.win.actor, self.win.session_id
        folder, pdf, days = self.folder.text(), self.pdf.isChecked(), self.offer_days.value()
        alsace, duplex = self.alsace.isChecked(), config.print_duplex()
        self._start(
            lambda: letters.generate_decision_letters(
                db,
                actor,
                sid,
                day,
                folder,
                pdf,
                days,
                alsace_moselle=alsace,
                candidate_ids=ids,
                duplex=duplex,
            ),
            self._done,
            self.tr("Production des courriers en cours…"),
        )

    def _done(self, result) -> None:
        self.result = result
        said = (
            self.tr("{count} courrier produit et enregistré dans {folder}.")
            if is_singular(len(result.letters))
            else self.tr("{count} courriers produits et enregistrés dans {folder}.")
        )
        self._ok(said.format(count=len(result.letters), folder=result.out_dir))
        self.open_button.setEnabled(True)
        self.load()
        self.win.reload()
        if result.merged_pdf is not None:  # read before it leaves (issue 15)
            show_pdf(
                result.merged_pdf,
                self,
                self.tr("Courriers de décision — séance n° {number}").format(
                    number=result.session_number
                ),
            )

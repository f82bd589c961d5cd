"""The "Suivi des offres" tab of the CALEOL page (``desktop.services.caleol.offers``):
the offers made after the closed sessions with their answer deadline and the days left
(overdue in red), the registered letter's presentation, the candidate's answer, the
offer to the next rank and its offer letter (made in the background, like the
session's decision letters), the lease signed after an acceptance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import caleol as rules
from desktop.domain.caleol import Decision, OfferStatus, SessionStatus
from desktop.domain.errors import UserError
from desktop.domain.formatting import NBSP, format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.domain.roles import Permission
from desktop.services import caleol
from desktop.services.caleol import letters as caleol_letters
from desktop.services.caleol import offers as caleol_offers
from desktop.services.caleol.offers import OfferRow
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.caleol.letters_dialog import LetterTaskDialog, pdf_available
from desktop.ui.caleol.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    ErrorForm,
    FieldRow,
    Inputs,
    MessageLines,
    Recording,
    cell,
    label,
    m,
    message_label,
    ok_cancel,
    read_only_table,
    select_row_with,
    selected_data,
    short_decision,
    text_of,
)
from desktop.ui.letter_dialog import open_path
from desktop.ui.pdf_viewer import show_pdf
from desktop.ui.widgets import add_all, hbox, open_dialog, open_rows, push_button
from desktop.ui.widgets.choices import refill

OVERDUE = QColor("#b3261e")
SOON = QColor("#8a5300")
#: days left from which an offer is shown as close to its deadline
SOON_DAYS = 3

(
    COL_SESSION,
    COL_DWELLING,
    COL_CANDIDATE,
    COL_DECISION,
    COL_NOTIFIED,
    COL_PRESENTED,
    COL_DEADLINE,
    COL_DAYS,
    COL_STATUS,
    COL_NEXT,
) = range(10)


# --------------------------------------------------------------------------- dialogs


class _OfferStepDialog(Recording, ErrorForm, QDialog):
    """A dialog recording one step of the offer ``self.row`` through a service;
    ``saved``: what the service returned."""

    db: Database
    actor: Actor
    row: OfferRow
    saved = None

    def _set_up(
        self, db: Database, actor: Actor, row: OfferRow, name: str, title: str, size: QSize
    ) -> None:
        """What every step dialog starts with, after ``QDialog.__init__``: ``title`` names
        the candidate (``{name}``)."""
        self.setObjectName(name)
        self.setWindowTitle(title.format(name=row.candidate_name))
        self.resize(size)
        self.db, self.actor, self.row = db, actor, row
        self.saved = None
        self.rows: dict[str, FieldRow] = {}

    def _record_day(self, key: str, edit: QLineEdit, service) -> None:
        """Records the date typed in ``edit`` through ``service(db, actor, candidate id,
        day, candidate version)``."""
        day = self._day(key, edit)
        if day is not None:
            self._record(
                lambda: service(
                    self.db, self.actor, self.row.candidate_id, day, self.row.candidate_version
                )
            )

    def _day(self, key: str, edit: QLineEdit) -> dt.date | None:
        """The date typed in ``edit`` (required), or None with its error shown."""
        self.clear_errors()
        read = Inputs()
        day = read.date(key, edit.text(), required=True)
        if read.errors:
            self.show_errors(read.errors)
            return None
        return day


class PresentationDialog(_OfferStepDialog):
    """The day the registered offer letter was received, that is first presented
    (collected or not): the deadline runs from it."""

    def __init__(self, db: Database, actor: Actor, row: OfferRow, parent=None):
        super().__init__(parent)
        self._set_up(
            db,
            actor,
            row,
            "presentationDialog",
            self.tr("Réception du courrier — {name}"),
            QSize(560, 280),
        )
        self.presented_on = self._line("presented_on", self.tr("jj/mm/aaaa"))
        self.presented_on.setText(format_date_fr(row.presented_on or today()))
        self.preview = label(self, name="presentationPreview")
        self.general_error = message_label(self, "presentationError")
        rule = self.tr(
            "Le délai de {days} jours court du lendemain de la réception, c'est-à-dire de la "
            "première présentation du pli recommandé, qu'il ait été retiré ou non (CE, 30 "
            "novembre 2021, n° 436148), et se termine le jour ouvrable suivant s'il expire un "
            "samedi, un dimanche ou un jour férié."
        ).format(days=row.offer_days)
        if row.awaiting_receipt:
            sent = self.tr(
                "Courrier recommandé envoyé le {sent} : la date limite de réponse n'est pas "
                "connue tant que sa réception n'est pas enregistrée."
            ).format(sent=format_date_fr(row.notified_on))
        else:
            sent = self.tr(
                "Courrier envoyé le {sent} ; réponse attendue jusqu'au {deadline}."
            ).format(sent=format_date_fr(row.notified_on), deadline=format_date_fr(row.deadline))
        info = label(self, f"{sent} {rule}", "presentationInfo")
        form = QFormLayout()
        form.addRow(self.tr("Reçu (présenté) le"), self.rows["presented_on"])
        buttons, self.ok_button = ok_cancel(
            self, "presentationOk", self.tr("Enregistrer"), self.save
        )
        layout = QVBoxLayout(self)
        add_all(layout, info, form, self.preview, self.general_error, 1, buttons)
        self.presented_on.textChanged.connect(self._preview)
        self._preview()

    def _preview(self) -> None:
        read = Inputs()
        day = read.date("presented_on", self.presented_on.text())
        if day is None:
            self.preview.clear()
            return
        deadline = rules.offer_deadline(
            day, max(self.row.offer_days, rules.MIN_OFFER_DAYS), self.row.alsace_moselle
        )
        text = (
            self.tr("Date limite de réponse : {date}.")
            if self.row.awaiting_receipt
            else self.tr("Nouvelle date limite de réponse : {date}.")
        )
        self.preview.setText(text.format(date=format_date_fr(deadline)))

    def save(self) -> None:
        self._record_day("presented_on", self.presented_on, caleol_offers.record_presentation)


class AnswerDialog(_OfferStepDialog):
    """The candidate's answer: accepted or refused (with its reason), and its date."""

    def __init__(self, db: Database, actor: Actor, row: OfferRow, parent=None):
        super().__init__(parent)
        self._set_up(
            db, actor, row, "answerDialog", self.tr("Réponse du candidat — {name}"), QSize(600, 420)
        )
        choice = QWidget(self)
        self.accepted_choice = QRadioButton(self.tr("Accepte le logement"), choice)
        self.accepted_choice.setObjectName("answerAccepted")
        self.refused_choice = QRadioButton(self.tr("Refuse le logement"), choice)
        self.refused_choice.setObjectName("answerRefused")
        hbox(choice, self.accepted_choice, self.refused_choice, 1)
        self._row("answer", choice)
        self.answer_on = self._line("on", self.tr("jj/mm/aaaa"))
        self.answer_on.setText(format_date_fr(today()))
        self.reason = self._text(
            "reason",
            self.tr(
                "Motif donné par le candidat (ex. logement trop éloigné du travail ; « aucun "
                "motif donné » s'il n'en a pas indiqué)"
            ),
            fixed_height=70,
        )
        self.in_time = QCheckBox(
            self.tr("Réponse envoyée ou remise dans le délai (cachet de la poste, récépissé)"), self
        )
        self.in_time.setObjectName("answerInTime")
        self.in_time.setToolTip(
            self.tr(
                "À cocher seulement pour une réponse reçue après la date limite mais envoyée ou "
                "remise avant : sinon le silence vaut refus (R441-10)."
            )
        )
        self.general_error = message_label(self, "answerError")
        deadline = label(
            self,
            (
                self.tr(
                    "{dwelling} — courrier recommandé dont la réception n'est pas encore "
                    "enregistrée : pas de date limite connue."
                )
                if row.awaiting_receipt
                else self.tr("{dwelling} — réponse attendue au plus tard le {date}.")
            ).format(
                dwelling=f"{row.dwelling_reference}, {row.dwelling_address}",
                date=format_date_fr(row.deadline),
            ),
        )
        form = QFormLayout()
        form.addRow(self.tr("Réponse"), self.rows["answer"])
        form.addRow(self.tr("Reçue le"), self.rows["on"])
        form.addRow(self.tr("Motif du refus"), self.rows["reason"])
        form.addRow(self.in_time)
        buttons, self.ok_button = ok_cancel(
            self, "answerOk", self.tr("Enregistrer la réponse"), self.save
        )
        layout = QVBoxLayout(self)
        add_all(layout, deadline, form, self.general_error, 1, buttons)
        self.accepted_choice.toggled.connect(self._choice)
        self.refused_choice.toggled.connect(self._choice)
        self._choice()

    def _choice(self, *_args) -> None:
        self.reason.setEnabled(self.refused_choice.isChecked())

    def answer(self) -> OfferStatus | None:
        if self.accepted_choice.isChecked():
            return OfferStatus.ACCEPTED
        if self.refused_choice.isChecked():
            return OfferStatus.REFUSED
        return None

    def save(self) -> None:
        day = self._day("on", self.answer_on)
        if day is None:
            return
        answer = self.answer()
        self._record(
            lambda: caleol_offers.record_answer(
                self.db,
                self.actor,
                self.row.candidate_id,
                answer or "",
                day,
                self.reason.toPlainText() if answer is OfferStatus.REFUSED else "",
                received_in_time=self.in_time.isChecked(),
                expected_version=self.row.candidate_version,
            )
        )


class LeaseDialog(_OfferStepDialog):
    """The day the candidate who accepted the dwelling signed the lease."""

    def __init__(self, db: Database, actor: Actor, row: OfferRow, parent=None):
        super().__init__(parent)
        self._set_up(db, actor, row, "leaseDialog", self.tr("Bail signé — {name}"), QSize(520, 220))
        self.signed_on = self._line("signed_on", self.tr("jj/mm/aaaa"))
        self.signed_on.setText(format_date_fr(row.lease_signed_on or today()))
        self.general_error = message_label(self, "leaseError")
        accepted = self.tr("Logement {dwelling} ({address}) accepté par {name}{date}.").format(
            dwelling=row.dwelling_reference,
            address=row.dwelling_address,
            name=row.candidate_name,
            date=self.tr(" le {date}").format(date=format_date_fr(row.answer_on))
            if row.answer_on
            else "",
        )
        info = label(self, accepted)
        form = QFormLayout()
        form.addRow(self.tr("Bail signé le"), self.rows["signed_on"])
        buttons, self.ok_button = ok_cancel(self, "leaseOk", self.tr("Enregistrer"), self.save)
        layout = QVBoxLayout(self)
        add_all(layout, info, form, self.general_error, 1, buttons)

    def save(self) -> None:
        self._record_day("signed_on", self.signed_on, caleol_offers.record_lease_signed)


class OfferLetterDialog(LetterTaskDialog):
    """The offer letter of one candidate (``caleol.letters.generate_decision_letters``
    for him only), made in the background: it records his notification date and
    answer deadline."""

    #: the letter is made (``DecisionLettersResult``)
    produced = Signal(object)

    def __init__(self, db: Database, actor: Actor, row: OfferRow, offer_days: int, parent=None):
        super().__init__(parent)
        self.setObjectName("offerLetterDialog")
        self.setWindowTitle(
            self.tr("Courrier de proposition — {name}").format(name=row.candidate_name)
        )
        self.resize(640, 320)
        self.db, self.actor, self.row = db, actor, row
        self.result = None
        self.notified_on = QLineEdit(format_date_fr(today()), self)
        self.notified_on.setObjectName("offerNotifiedOn")
        self.offer_days = self._offer_days_input("offerLetterDays", offer_days)
        self.alsace = QCheckBox(self.tr("Jours fériés d'Alsace-Moselle"), self)
        self.alsace.setChecked(row.alsace_moselle)
        self.pdf = QCheckBox(self.tr("Produire aussi le PDF"), self)
        self.pdf.setObjectName("offerLetterPdf")
        self.pdf.setChecked(pdf_available())  # PDF by default: the letter ends on the preview
        folder_row = self._folder_row("offerLetterFolder", row.session_number)
        buttons = self._task_buttons(
            (self.tr("Produire le courrier"), "produceOfferLetter"),
            (self.tr("Ouvrir le courrier"), "openOfferLetter"),
            ("offerLetterStatus", "offerLetterError"),
        )
        rank = self.tr(", rang {rank}").format(rank=row.rank) if row.rank else ""
        info = label(
            self,
            self.tr(
                "Le logement {dwelling} ({address}) est proposé à {name}{rank}. Son courrier de "
                "proposition indique le délai de réponse (R441-10) et est enregistré au registre "
                "des courriers."
            ).format(
                dwelling=row.dwelling_reference,
                address=row.dwelling_address,
                name=row.candidate_name,
                rank=rank,
            ),
        )
        form = self._letter_form(self.tr("Délai de réponse"), folder_row)
        layout = QVBoxLayout(self)
        add_all(layout, info, form, self.status, self.error, 1, buttons)
        self.produce_button.clicked.connect(self.produce)
        self.open_button.clicked.connect(self._open)

    def _buttons(self) -> None:
        self.produce_button.setEnabled(not self.busy and self.result is None)

    def produce(self) -> None:
        day = self._notification_day()
        if day is None:
            return
        db, actor, row = self.db, self.actor, self.row
        folder, pdf, days = self.folder.text(), self.pdf.isChecked(), self.offer_days.value()
        alsace = self.alsace.isChecked()
        self._start(
            lambda: caleol_letters.generate_decision_letters(
                db,
                actor,
                row.session_id,
                day,
                folder,
                pdf,
                days,
                alsace_moselle=alsace,
                candidate_ids=[row.candidate_id],
            ),
            self._done,
            self.tr("Production du courrier en cours…"),
        )

    def _done(self, result) -> None:
        self.result = result
        letter = result.letters[0]
        if letter.offer_deadline is None and letter.registered_offer:
            text = self.tr(
                "Courrier {reference} enregistré dans {folder}, à envoyer en recommandé : le "
                "délai de réponse court de sa réception ; enregistrez-en la date (« Réception "
                "du courrier recommandé… ») dès que vous la connaissez."
            )
        else:
            text = self.tr(
                "Courrier {reference} enregistré dans {folder} ; réponse attendue au "
                "plus tard le {date}."
            )
        self._ok(
            text.format(
                reference=letter.reference,
                folder=result.out_dir,
                date=format_date_fr(letter.offer_deadline),
            )
        )
        self.open_button.setEnabled(True)
        self._buttons()
        self.produced.emit(result)
        if letter.pdf_path is not None:  # read before it leaves (issue 15)
            show_pdf(letter.pdf_path, self)

    def _open(self) -> None:
        if self.result is not None:
            letter = self.result.letters[0]
            if letter.pdf_path is not None:
                show_pdf(letter.pdf_path, self)
            else:
                open_path(letter.docx_path)


# --------------------------------------------------------------------------- panel


class OffersPanel(MessageLines, QWidget):
    """The offers after the closed sessions, their deadlines and what follows."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("offersPanel")
        self.db = db
        self.actor = actor
        self.can_manage = actor.can(Permission.CALEOL_MANAGE)
        self.rows: list[OfferRow] = []
        self.dialog: QDialog | None = None
        self.session = QComboBox(self)
        self.session.setObjectName("offersSession")
        self.session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.on = QLineEdit(format_date_fr(today()), self)
        self.on.setObjectName("offersOn")
        self.on.setMaximumWidth(110)
        self.on.setToolTip(self.tr("Date à laquelle les délais sont calculés"))
        self.refresh_button = push_button(self.tr("Actualiser"), self, "offersRefresh")
        self.summary = label(self, name="offersSummary")
        self.table = read_only_table(
            self,
            "offersTable",
            [
                self.tr("Séance"),
                self.tr("Logement"),
                self.tr("Candidat"),
                self.tr("Décision"),
                self.tr("Notifiée le"),
                self.tr("Reçue le"),
                self.tr("Réponse avant le"),
                self.tr("Jours restants"),
                self.tr("État"),
                self.tr("Rang suivant"),
            ],
            stretch=COL_STATUS,
            widths={COL_DECISION: 170, COL_NEXT: 190},
            give_way=(),
        )
        # on a laptop the ten columns do not fit side by side: the widest wrap onto
        # a second line (« Mme Amandine / Roche ») rather than lose their end
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # (one line: as any list)
        open_rows(self.table, self.answer)
        self.presentation_button = push_button(
            self.tr("Réception du courrier recommandé…"),
            self,
            "offerPresentation",
            tooltip=self.tr(
                "Date de réception (première présentation, retiré ou non) du courrier "
                "recommandé : le délai de réponse court à partir d'elle"
            ),
        )
        self.answer_button = push_button(self.tr("Réponse du candidat…"), self, "offerAnswer")
        self.next_button = push_button(self.tr("Proposer au rang suivant"), self, "offerNext")
        self.letter_button = push_button(self.tr("Courrier de proposition…"), self, "offerLetter")
        self.lease_button = push_button(
            self.tr("Bail signé…"),
            self,
            "offerLease",
            tooltip=self.tr("Date de signature du bail par le candidat qui a accepté le logement"),
        )
        self.message = message_label(self, "offersMessage", OK_STYLE)
        self.error = message_label(self, "offersError", ERROR_STYLE)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Séance :"), self))
        top.addWidget(self.session)
        top.addSpacing(12)
        add_all(top, QLabel(self.tr("Situation au"), self), self.on, self.refresh_button, 1)
        from desktop.ui.widgets import FlowLayout

        buttons = FlowLayout()
        add_all(
            buttons,
            self.presentation_button,
            self.answer_button,
            self.next_button,
            self.letter_button,
            self.lease_button,
            1,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        rule = label(
            self,
            self.tr(
                "Le logement est proposé à l'attribution directe, sinon au rang 1. Délai de "
                "réponse d'au moins 10 jours à compter du lendemain de la réception du courrier "
                "(pour un pli recommandé, sa première présentation, à enregistrer ; sinon la "
                "notification), reporté au jour ouvrable suivant ; sans réponse "
                "dans le délai, le candidat est réputé avoir refusé (R441-10) et le logement peut "
                "être proposé au rang suivant."
            ),
        )
        add_all(layout, rule, self.summary, (self.table, 1), buttons, self.message, self.error)

        self.session.currentIndexChanged.connect(lambda *_: self.reload())
        self.refresh_button.clicked.connect(self.refresh)
        self.on.returnPressed.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._buttons)
        self.presentation_button.clicked.connect(self.presentation)
        self.answer_button.clicked.connect(self.answer)
        self.next_button.clicked.connect(self.offer_next)
        self.letter_button.clicked.connect(self.offer_letter)
        self.lease_button.clicked.connect(self.lease)
        self.refresh()

    # ----------------------------------------------------------------- loading
    def day(self) -> dt.date | None:
        read = Inputs()
        day = read.date("on", self.on.text(), required=True)
        if read.errors:
            self._show_error(next(iter(read.errors.values())))
            return None
        return day

    def refresh(self, *_args) -> None:
        """The sessions list, then the offers."""
        try:
            sessions = caleol.list_sessions(self.db, self.actor)
        except UserError as exc:
            sessions = []
            self._error(exc)
        choices = [(self.tr("Toutes les séances closes"), None)]
        for s in sessions:
            if s.status is SessionStatus.CLOSED:
                date = format_date_fr(s.session_date)
                choices.append(
                    (self.tr("{number} du {date}").format(number=s.number, date=date), s.id)
                )
        refill(self.session, choices)
        self.reload()

    def reload(self, *_args) -> None:
        day = self.day()
        if day is None:
            return
        keep = selected_data(self.table)
        try:
            self.rows = caleol_offers.offers(
                self.db, self.actor, on=day, session_id=self.session.currentData()
            )
        except UserError as exc:
            self.rows = []
            self._error(exc)
        self.table.setRowCount(len(self.rows))
        bold = QFont()
        bold.setBold(True)
        for n, r in enumerate(self.rows):
            decision = (
                self.tr("Attribution en rang {rank}").format(rank=r.rank)
                if r.decision is Decision.ATTRIBUTION_RANG
                else m(r.decision.label)
            )
            days = ""
            if r.days_left is not None:
                days = (
                    str(r.days_left)
                    if r.days_left >= 0
                    else self.tr("dépassé de {days} j").format(days=-r.days_left)
                )
            status = text_of(r.status_text)
            if r.refusal_reason:
                status += self.tr(" — {reason}").format(reason=r.refusal_reason)
            following = ""
            if r.next_candidate_id is not None:
                following = self.tr("Rang {rank} : {name} (à proposer)").format(
                    rank=r.next_rank, name=r.next_candidate_name
                )
            elif r.exhausted:
                following = self.tr("Plus aucun candidat classé")
            items = {
                COL_SESSION: cell(r.session_number, r.candidate_id),
                COL_DWELLING: cell(r.dwelling_reference, tooltip=r.dwelling_address),
                COL_CANDIDATE: cell(
                    r.candidate_name,
                    tooltip=self.tr("Demande n° unique {numero}").format(numero=r.numero_unique),
                ),
                COL_DECISION: cell(short_decision(r.decision, r.rank), tooltip=decision),
                COL_NOTIFIED: cell(format_date_fr(r.notified_on)),
                COL_PRESENTED: cell(format_date_fr(r.presented_on)),
                COL_DEADLINE: (
                    cell(
                        self.after_receipt(r.offer_days),
                        tooltip=self.tr(
                            "Courrier recommandé : la date limite sera connue une fois sa "
                            "réception enregistrée"
                        ),
                    )
                    if r.awaiting_receipt
                    else cell(format_date_fr(r.deadline))
                ),
                COL_DAYS: cell(days, right=True),
                # a word or two, whole on a laptop (« Courrier recommandé envoyé le
                # 07/12/2026 » read « Cou… »): the tooltip says it all
                COL_STATUS: cell(self.state_word(r), tooltip=status),
                COL_NEXT: cell(following, tooltip=following),
            }
            color = None
            if r.overdue:
                color = OVERDUE
            elif (
                r.to_notify
                or r.awaiting_receipt
                or (r.pending and r.days_left is not None and r.days_left <= SOON_DAYS)
            ):
                color = SOON
            for column, item in items.items():
                if color is not None and column in (COL_DEADLINE, COL_DAYS, COL_STATUS):
                    item.setForeground(color)
                    item.setFont(bold)
                self.table.setItem(n, column, item)
        if keep is not None:
            select_row_with(self.table, keep)
        self._summary(day)
        self._buttons()

    def after_receipt(self, days: int) -> str:
        """« réception + 10 j », the delay glued together: a narrow column breaks it
        after « réception », never after the « + » (« réception + » over « 10 j »)."""
        text = self.tr("réception + {days} j").format(days=days)
        word, space, delay = text.partition(" ")
        return word + space + delay.replace(" ", NBSP)

    def state_word(self, r: OfferRow) -> str:
        """Where the offer stands in a word or two (its dates are in their columns, the
        full status in the cell's tooltip)."""
        if r.to_notify:
            return self.tr("À notifier")
        if r.status is None:
            return self.tr("Non proposée")
        if r.awaiting_receipt:
            return self.tr("Envoyée")
        if r.status is OfferStatus.ACCEPTED and r.lease_signed_on is not None:
            return self.tr("Bail signé")
        return {
            OfferStatus.OFFERED: self.tr("En attente"),
            OfferStatus.ACCEPTED: self.tr("Acceptée"),
            OfferStatus.REFUSED: self.tr("Refusée"),
            OfferStatus.LAPSED: self.tr("Sans réponse"),
            OfferStatus.WITHDRAWN: self.tr("Close"),
        }[r.status]

    def _summary(self, day: dt.date) -> None:
        pending = sum(1 for r in self.rows if r.pending)
        overdue = sum(1 for r in self.rows if r.overdue)
        to_notify = sum(1 for r in self.rows if r.to_notify)
        waiting = sum(1 for r in self.rows if r.awaiting_receipt)
        to_next = sum(1 for r in self.rows if r.next_candidate_id is not None)
        accepted = sum(1 for r in self.rows if r.status is OfferStatus.ACCEPTED)
        text = self.tr(
            "Au {date} : {pending}, {waiting}, {overdue} sans réponse dans le délai, "
            "{to_notify}, {to_next}, {accepted}."
        ).format(
            date=format_date_fr(day),
            pending=text_of(
                counted(
                    pending,
                    QT_TRANSLATE_NOOP("messages", "{n} proposition en attente de réponse"),
                    QT_TRANSLATE_NOOP("messages", "{n} propositions en attente de réponse"),
                    QT_TRANSLATE_NOOP("messages", "aucune proposition en attente de réponse"),
                )
            ),
            waiting=text_of(
                counted(
                    waiting,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} courrier recommandé dont la réception est à enregistrer",
                    ),
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} courriers recommandés dont la réception est à enregistrer",
                    ),
                    QT_TRANSLATE_NOOP(
                        "messages", "aucun courrier recommandé dont la réception est à enregistrer"
                    ),
                )
            ),
            overdue=overdue,
            to_notify=text_of(
                counted(
                    to_notify,
                    QT_TRANSLATE_NOOP("messages", "{n} courrier de proposition à produire"),
                    QT_TRANSLATE_NOOP("messages", "{n} courriers de proposition à produire"),
                    QT_TRANSLATE_NOOP("messages", "aucun courrier de proposition à produire"),
                )
            ),
            to_next=text_of(
                counted(
                    to_next,
                    QT_TRANSLATE_NOOP("messages", "{n} logement à proposer au rang suivant"),
                    QT_TRANSLATE_NOOP("messages", "{n} logements à proposer au rang suivant"),
                    QT_TRANSLATE_NOOP("messages", "aucun logement à proposer au rang suivant"),
                )
            ),
            accepted=text_of(
                counted(
                    accepted,
                    QT_TRANSLATE_NOOP("messages", "{n} acceptée"),
                    QT_TRANSLATE_NOOP("messages", "{n} acceptées"),
                )
            ),
        )
        self.summary.setText(text)
        self.summary.setStyleSheet(WARNING_STYLE if overdue or to_next else "")

    def current(self) -> OfferRow | None:
        cid = selected_data(self.table)
        return next((r for r in self.rows if r.candidate_id == cid), None)

    def _buttons(self) -> None:
        r = self.current()
        manage = self.can_manage and r is not None
        self.presentation_button.setEnabled(manage and r.can_answer)
        self.answer_button.setEnabled(manage and r.can_answer)
        self.next_button.setEnabled(manage and r.can_offer_next)
        self.letter_button.setEnabled(manage and r.to_notify)
        self.lease_button.setEnabled(manage and r.status is OfferStatus.ACCEPTED)

    def select(self, candidate_id: int) -> bool:
        return select_row_with(self.table, candidate_id)

    # ----------------------------------------------------------------- actions
    def _saved(self, candidate_id: int, text: str, saved=None) -> None:
        self.reload()
        self.select(candidate_id)
        notes = [text_of(w) for w in (saved.warnings if saved is not None else ())]
        self._ok("\n".join([text, *notes]))
        self.changed.emit()

    def _open_step(self, dialog_class, r: OfferRow, done) -> QDialog:
        """Opens the step dialog ``dialog_class`` on the offer ``r``; once it saved, the
        list is read again and says ``done(dialog)``."""
        return open_dialog(
            self,
            dialog_class(self.db, self.actor, r, self),
            lambda dialog: self._saved(r.candidate_id, done(dialog), dialog.saved),
        )

    def presentation(self) -> PresentationDialog | None:
        r = self.current()
        if r is None:
            return None
        return self._open_step(
            PresentationDialog, r, lambda _: self.tr("Présentation du courrier enregistrée.")
        )

    def answer(self) -> AnswerDialog | None:
        r = self.current()
        if r is None or not (self.can_manage and r.can_answer):
            return None
        return self._open_step(
            AnswerDialog,
            r,
            lambda dialog: (
                self.tr("Acceptation enregistrée.")
                if dialog.answer() is OfferStatus.ACCEPTED
                else self.tr("Refus enregistré.")
            ),
        )

    def lease(self) -> LeaseDialog | None:
        r = self.current()
        if r is None or not (self.can_manage and r.status is OfferStatus.ACCEPTED):
            return None
        return self._open_step(LeaseDialog, r, lambda _: self.tr("Signature du bail enregistrée."))

    def offer_next(self) -> OfferLetterDialog | None:
        r = self.current()
        if r is None or r.next_candidate_id is None:
            return None
        try:
            candidate_id = caleol_offers.offer_to_next(self.db, self.actor, r.item_id)
        except UserError as exc:
            self._error(exc)
            self.reload()
            return None
        self._saved(
            candidate_id,
            self.tr(
                "Logement {reference} proposé à {name} : produisez son courrier de proposition."
            ).format(reference=r.dwelling_reference, name=r.next_candidate_name),
        )
        return self.offer_letter()

    def offer_letter(self) -> OfferLetterDialog | None:
        r = self.current()
        if r is None or not r.to_notify:
            return None
        dialog = OfferLetterDialog(self.db, self.actor, r, r.offer_days, self)
        self.dialog = dialog
        dialog.produced.connect(
            lambda _result: self._saved(
                r.candidate_id,
                self.tr("Courrier de proposition produit pour {name}.").format(
                    name=r.candidate_name
                ),
            )
        )
        dialog.open()
        return dialog

    def closeEvent(self, event) -> None:
        if isinstance(self.dialog, OfferLetterDialog):
            self.dialog.wait_for_task()
        super().closeEvent(event)


__all__ = ["AnswerDialog", "LeaseDialog", "OfferLetterDialog", "OffersPanel", "PresentationDialog"]

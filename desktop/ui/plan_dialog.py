"""Payment-deferral agreements of a tenant file: the list of its agreements, and one
agreement's dialog (terms and parties, editable schedule, payments, follow-ups, status).

Thin over ``desktop.services.plans``: every button calls one service and reloads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, UserError, ValidationError
from desktop.domain.formatting import (
    AmountError,
    format_date_fr,
    format_money_fr,
    parse_amount_fr,
    parse_date_fr,
)
from desktop.domain.plans import (
    CHANNELS,
    PROTOCOL_TYPES,
    AidBody,
    LineState,
    PlanTerms,
    adjust_last,
    check_schedule,
    normalise_terms,
    schedule_for,
)
from desktop.domain.roles import Permission
from desktop.domain.schedule import (
    Instalment,
    PaymentPlanType,
    PlanStatus,
    schedule_total,
)
from desktop.services import plan_letters, plans
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    FlowLayout,
    fit_to_screen,
    labelled,
    message_label,
    scrolled,
)
from desktop.ui.widgets.form import FieldRow, FieldRows, money_text
from desktop.ui.widgets.messages import ask_reload_on_conflict, m

SCHEDULE_COLUMNS = 5  # n°, due date, amount, paid, state


def status_actions() -> dict[PlanStatus, str]:
    """The button text that moves a plan to each status."""
    t = lambda s: QCoreApplication.translate("PlanDialog", s)
    return {
        PlanStatus.PROJET: t("Revenir au projet"),
        PlanStatus.PROPOSE: t("Proposé au locataire"),
        PlanStatus.SIGNE: t("Signé par les parties"),
        PlanStatus.EN_COURS: t("En cours (mise en œuvre ou régularisation)"),
        PlanStatus.RESPECTE: t("Respecté"),
        PlanStatus.DEFAILLANT: t("Défaillant"),
        PlanStatus.CADUC: t("Caduc"),
        PlanStatus.SOLDE: t("Soldé"),
        PlanStatus.ANNULE: t("Annulé"),
    }


class PlanDialog(FieldRows, QDialog):
    """One agreement: ``plan_id`` None creates a new one on ``household_id``."""

    changed = Signal(int)  # household id, after any saved change

    def __init__(
        self, db: Database, actor: Actor, household_id: int, plan_id: int | None = None, parent=None
    ):
        super().__init__(parent)
        self.setObjectName("planDialog")
        self._db = db
        self._actor = actor
        self.household_id = household_id
        self.plan_id = plan_id
        self.view: plans.PlanView | None = None
        self.version: int | None = None
        self.rows: dict[str, FieldRow] = {}
        self._filling = False
        self.last_document = None  # the last letter produced
        self.letter_task = None
        self._can_write = actor.can(Permission.TENANT_WRITE)
        fit_to_screen(self, 1000, 760)

        self.title = QLabel(self)
        self.title.setObjectName("planTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.general_error = message_label(self, "planError")
        self.message = message_label(self, "planMessage", OK_STYLE)

        self.tabs = QTabWidget(self)
        self.terms_page = self._terms_tab()
        self.tabs.addTab(scrolled(self.terms_page), self.tr("Conditions et parties"))
        self.tabs.addTab(self._schedule_tab(), self.tr("Échéancier"))
        self.tabs.addTab(scrolled(self._payments_tab()), self.tr("Règlements"))
        self.tabs.addTab(scrolled(self._follow_up_tab()), self.tr("Suivi"))

        status_box = QGroupBox(self.tr("Statut"), self)
        self.next_status = QComboBox(status_box)
        self.next_status.setObjectName("nextStatus")
        self.status_date = QLineEdit(format_date_fr(dt.date.today()), status_box)
        self.status_date.setObjectName("statusDate")
        self.status_date.setMaximumWidth(110)
        self.status_reason = QLineEdit(status_box)
        self.status_reason.setObjectName("statusReason")
        self.status_reason.setPlaceholderText(
            self.tr("Motif (obligatoire pour annuler ou régulariser)")
        )
        self.status_button = QPushButton(self.tr("Changer le statut"), status_box)
        self.status_button.setObjectName("statusButton")
        row = FlowLayout(status_box)
        row.addWidget(labelled(status_box, self.tr("Passer à"), self.next_status))
        row.addWidget(labelled(status_box, self.tr("le"), self.status_date))
        self.status_reason.setMinimumWidth(320)
        row.addWidget(self.status_reason)
        row.addWidget(self.status_button)
        self.status_box = status_box

        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("planSave")
        self.save_button.setDefault(True)
        self.dismiss_button = QPushButton(self.tr("Fermer"), self)
        self.dismiss_button.setObjectName("planDismiss")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.general_error)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(status_box)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.dismiss_button.clicked.connect(self.close)
        self.status_button.clicked.connect(self.apply_status)

        if plan_id is None:
            self._start_new()
        else:
            self.reload()

    # ----------------------------------------------------------------- building
    def _spin(self, path: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        self._row(path, spin)
        return spin

    def _terms_tab(self) -> QWidget:
        page = QWidget(self)
        columns = QHBoxLayout(page)
        left = QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.plan_type = QComboBox(page)
        for t in PaymentPlanType:
            self.plan_type.addItem(m(t.label), t.value)
        self._row("plan_type", self.plan_type)
        self.debt = self._line("debt", self.tr("Ex. : 1 234,56"))
        self.debt_on = self._line("debt_on", self.tr("jj/mm/aaaa"))
        self.current_rent = self._line("current_rent", self.tr("Ex. : 412,50"))
        self.current_charges = self._line("current_charges", self.tr("Ex. : 85,20"))
        self.start_on = self._line("start_on", self.tr("jj/mm/aaaa"))
        self.by_months = QRadioButton(self.tr("Nombre d'échéances"), page)
        self.by_months.setObjectName("byMonths")
        self.by_monthly = QRadioButton(self.tr("Mensualité (€)"), page)
        self.by_monthly.setObjectName("byMonthly")
        group = QButtonGroup(page)
        group.addButton(self.by_months)
        group.addButton(self.by_monthly)
        self.months = self._spin("months", 1, 120)
        self.monthly = self._line("monthly", self.tr("Ex. : 100,00"))
        self.day = self._spin("day", 0, 31)
        self.day.setSpecialValueText(self.tr("jour de la date de début"))
        self.compute_button = QPushButton(self.tr("Calculer l'échéancier"), page)
        self.compute_button.setObjectName("computeSchedule")
        self.compute_button.clicked.connect(self.compute_schedule)
        left.addRow(self.tr("Type d'accord"), self.rows["plan_type"])
        left.addRow(self.tr("Dette (€)"), self.rows["debt"])
        left.addRow(self.tr("Dette arrêtée au"), self.rows["debt_on"])
        self.rent_label = QLabel(self.tr("Loyer courant (€)"), page)
        left.addRow(self.rent_label, self.rows["current_rent"])
        left.addRow(self.tr("Charges (€)"), self.rows["current_charges"])
        left.addRow(self.tr("Première échéance à partir du"), self.rows["start_on"])
        left.addRow(self.by_months, self.rows["months"])
        left.addRow(self.by_monthly, self.rows["monthly"])
        left.addRow(self.tr("Jour d'échéance"), self.rows["day"])
        left.addRow("", self.compute_button)
        self.notes = QPlainTextEdit(page)
        self.notes.setMaximumHeight(70)
        self._row("notes", self.notes)
        left.addRow(self.tr("Observations"), self.rows["notes"])

        right = QVBoxLayout()
        parties = QGroupBox(self.tr("Parties (outre le locataire et le bailleur)"), page)
        pf = QFormLayout(parties)
        pf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.aid_body = QComboBox(parties)
        self.aid_body.addItem(self.tr("Aucune aide au logement"), AidBody.NONE.value)
        self.aid_body.addItem(self.tr("CAF"), AidBody.CAF.value)
        self.aid_body.addItem(self.tr("MSA"), AidBody.MSA.value)
        self._row("aid_body", self.aid_body)
        self.aid_reference = self._line("aid_reference", self.tr("N° d'allocataire"))
        self.aid_to_landlord = QCheckBox(self.tr("Aide versée au bailleur (tiers payant)"), parties)
        self.aid_to_landlord.setObjectName("aid_to_landlord")
        self.aid_approved_on = self._line("aid_approved_on", self.tr("jj/mm/aaaa"))
        self.fsl = QCheckBox(self.tr("FSL"), parties)
        self.fsl.setObjectName("fsl")
        self.fsl_amount = self._line("fsl_amount", self.tr("Contribution (€), facultatif"))
        self.ccas = QCheckBox(self.tr("CCAS"), parties)
        self.ccas.setObjectName("ccas")
        self.ccas_amount = self._line("ccas_amount", self.tr("Contribution (€), facultatif"))
        self.landlord_signatory = self._line("landlord_signatory", self.tr("Nom et fonction"))
        pf.addRow(self.tr("Organisme payeur"), self.rows["aid_body"])
        pf.addRow(self.tr("N° d'allocataire"), self.rows["aid_reference"])
        pf.addRow("", self.aid_to_landlord)
        pf.addRow(self.tr("Plan approuvé par l'organisme le"), self.rows["aid_approved_on"])
        pf.addRow(self.fsl, self.rows["fsl_amount"])
        pf.addRow(self.ccas, self.rows["ccas_amount"])
        pf.addRow(self.tr("Signataire pour le bailleur"), self.rows["landlord_signatory"])
        right.addWidget(parties)

        self.protocol_box = QGroupBox(
            self.tr("Protocole (après résiliation judiciaire du bail)"), page
        )
        prf = QFormLayout(self.protocol_box)
        prf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.judgment_on = self._line("judgment_on", self.tr("jj/mm/aaaa"))
        self.end_on = self._line("end_on", self.tr("2 ans au plus"))
        self.new_lease_months = self._spin("new_lease_months", 1, 3)
        prf.addRow(self.tr("Jugement de résiliation du"), self.rows["judgment_on"])
        prf.addRow(self.tr("Fin du protocole"), self.rows["end_on"])
        prf.addRow(self.tr("Nouveau bail dans un délai de (mois)"), self.rows["new_lease_months"])
        right.addWidget(self.protocol_box)

        breach = QGroupBox(self.tr("Règle de défaillance"), page)
        bf = QFormLayout(breach)
        bf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.breach_missed = self._spin("breach_missed", 0, 12)
        self.breach_missed.setSpecialValueText(self.tr("non (règle désactivée)"))
        self.breach_rent_unpaid = QCheckBox(
            self.tr("Défaillant dès qu'un loyer courant est impayé"), breach
        )
        self.breach_rent_unpaid.setObjectName("breach_rent_unpaid")
        self._row("breach_rent_unpaid", self.breach_rent_unpaid)
        self.payments_cover_rent = QCheckBox(
            self.tr(
                "Les règlements comprennent le loyer courant (imputés d'abord au loyer du mois)"
            ),
            breach,
        )
        self.payments_cover_rent.setObjectName("payments_cover_rent")
        self.grace_days = self._spin("grace_days", 0, 60)
        bf.addRow(
            self.tr("Défaillant à partir de (échéances impayées)"), self.rows["breach_missed"]
        )
        bf.addRow(self.rows["breach_rent_unpaid"])
        bf.addRow(self.payments_cover_rent)
        bf.addRow(self.tr("Délai de tolérance (jours)"), self.rows["grace_days"])
        right.addWidget(breach)
        right.addStretch(1)

        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.plan_type.currentIndexChanged.connect(self._type_changed)
        self.by_months.toggled.connect(self._mode_changed)
        return page

    def _schedule_tab(self) -> QWidget:
        page = QWidget(self)
        self.schedule = QTableWidget(0, SCHEDULE_COLUMNS, page)
        self.schedule.setObjectName("scheduleTable")
        self.schedule.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Échéance"),
                self.tr("Montant (€)"),
                self.tr("Payé (€)"),
                self.tr("État"),
            ]
        )
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.verticalHeader().hide()
        self.keep_total = QCheckBox(
            self.tr("Reporter l'écart sur la dernière échéance pour garder le total juste"), page
        )
        self.keep_total.setObjectName("keepTotal")
        self.keep_total.setChecked(True)
        add = QPushButton(self.tr("Ajouter une échéance"), page)
        add.setObjectName("addInstalment")
        remove = QPushButton(self.tr("Retirer la dernière échéance"), page)
        remove.setObjectName("removeInstalment")
        add.clicked.connect(self.add_instalment)
        remove.clicked.connect(self.remove_instalment)
        self.schedule_buttons = (add, remove)
        self.total_label = QLabel(page)
        self.total_label.setObjectName("scheduleTotal")
        self.schedule_message = QLabel(page)
        self.schedule_message.setObjectName("scheduleMessage")
        self.schedule_message.setWordWrap(True)
        row = FlowLayout()
        row.addWidget(self.keep_total)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        layout.addWidget(self.schedule, 1)
        layout.addLayout(row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.schedule_message)
        self.schedule.itemChanged.connect(self._instalment_edited)
        return page

    def _payments_tab(self) -> QWidget:
        page = QWidget(self)
        self.ledger_label = QLabel(page)
        self.ledger_label.setObjectName("ledgerLabel")
        self.ledger_label.setWordWrap(True)
        self.payments = QTableWidget(0, 5, page)
        self.payments.setObjectName("paymentsTable")
        self.payments.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Montant (€)"),
                self.tr("Référence"),
                self.tr("Origine"),
                self.tr("Saisi par"),
            ]
        )
        self.payments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments.verticalHeader().hide()
        entry = QGroupBox(self.tr("Saisir un règlement"), page)
        self.payment_date = QLineEdit(format_date_fr(dt.date.today()), entry)
        self.payment_date.setObjectName("paymentDate")
        self.payment_amount = QLineEdit(entry)
        self.payment_amount.setObjectName("paymentAmount")
        self.payment_amount.setPlaceholderText(self.tr("Montant, ex. 697,70"))
        self.payment_reference = QLineEdit(entry)
        self.payment_reference.setObjectName("paymentReference")
        self.payment_reference.setPlaceholderText(self.tr("Référence (facultatif)"))
        self.payment_button = QPushButton(self.tr("Enregistrer le règlement"), entry)
        self.payment_button.setObjectName("paymentButton")
        self.delete_payment_button = QPushButton(
            self.tr("Supprimer le règlement sélectionné"), page
        )
        self.delete_payment_button.setObjectName("deletePayment")
        row = QHBoxLayout(entry)
        row.addWidget(self.payment_date)
        row.addWidget(self.payment_amount)
        row.addWidget(self.payment_reference, 2)
        row.addWidget(self.payment_button)
        hint = QLabel(
            self.tr(
                "Imputation : chaque règlement couvre d'abord le loyer courant du mois (si le plan le "
                "prévoit), puis les échéances du plan, la plus ancienne d'abord. Les règlements de "
                "l'export comptable s'importent depuis la page « Plans d'apurement »."
            ),
            page,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.ledger_label)
        layout.addWidget(self.payments, 1)
        layout.addWidget(self.delete_payment_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(entry)
        layout.addWidget(hint)
        self.payment_button.clicked.connect(self.record_payment)
        self.delete_payment_button.clicked.connect(self.delete_payment)
        return page

    def _follow_up_tab(self) -> QWidget:
        page = QWidget(self)
        self.breach_label = message_label(page, "breachLabel", hidden=False)
        self.follow_ups = QTableWidget(0, 5, page)
        self.follow_ups.setObjectName("followUpTable")
        self.follow_ups.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("À faire le"),
                self.tr("Faite le"),
                self.tr("Mode"),
                self.tr("Résultat"),
            ]
        )
        self.follow_ups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.follow_ups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_ups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_ups.verticalHeader().hide()
        done = QGroupBox(self.tr("Action sélectionnée : faite"), page)
        self.follow_up_date = QLineEdit(format_date_fr(dt.date.today()), done)
        self.follow_up_date.setObjectName("followUpDate")
        self.follow_up_channel = QComboBox(done)
        self.follow_up_channel.setObjectName("followUpChannel")
        self.follow_up_channel.addItem("", "")
        for code, label in CHANNELS.items():
            self.follow_up_channel.addItem(m(label), code)
        self.follow_up_outcome = QLineEdit(done)
        self.follow_up_outcome.setObjectName("followUpOutcome")
        self.follow_up_outcome.setPlaceholderText(self.tr("Résultat, ex. : dossier déposé"))
        self.follow_up_button = QPushButton(self.tr("Marquer comme faite"), done)
        self.follow_up_button.setObjectName("followUpButton")
        row = FlowLayout(done)
        row.addWidget(self.follow_up_date)
        row.addWidget(self.follow_up_channel)
        self.follow_up_outcome.setMinimumWidth(260)
        row.addWidget(self.follow_up_outcome)
        row.addWidget(self.follow_up_button)
        summons = QGroupBox(self.tr("Assignation"), page)
        self.summons_date = QLineEdit(summons)
        self.summons_date.setObjectName("summonsDate")
        self.summons_date.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.summons_button = QPushButton(self.tr("Enregistrer la date envisagée"), summons)
        self.summons_button.setObjectName("summonsButton")
        srow = FlowLayout(summons)
        srow.addWidget(
            QLabel(
                self.tr("Assignation envisagée le (au moins 2 mois après la saisine de la CCAPEX)"),
                summons,
            )
        )
        srow.addWidget(self.summons_date)
        srow.addWidget(self.summons_button)
        self.avenant_box = QGroupBox(
            self.tr("Avenant au protocole (prolongation de 3 ans au plus)"), page
        )
        self.avenant_signed = QLineEdit(format_date_fr(dt.date.today()), self.avenant_box)
        self.avenant_signed.setObjectName("avenantSigned")
        self.avenant_end = QLineEdit(self.avenant_box)
        self.avenant_end.setObjectName("avenantEnd")
        self.avenant_end.setPlaceholderText(self.tr("Nouvelle fin"))
        self.avenant_months = QSpinBox(self.avenant_box)
        self.avenant_months.setObjectName("avenantMonths")
        self.avenant_months.setRange(1, 120)
        self.avenant_months.setValue(12)
        self.avenant_button = QPushButton(self.tr("Signer l'avenant"), self.avenant_box)
        self.avenant_button.setObjectName("avenantButton")
        arow = FlowLayout(self.avenant_box)
        arow.addWidget(labelled(self.avenant_box, self.tr("Signé le"), self.avenant_signed))
        arow.addWidget(labelled(self.avenant_box, self.tr("fin le"), self.avenant_end))
        arow.addWidget(
            labelled(self.avenant_box, self.tr("reste dû en (échéances)"), self.avenant_months)
        )
        arow.addWidget(self.avenant_button)
        letters = QGroupBox(
            self.tr("Courriers (modèles modifiables, enregistrés au registre)"), page
        )
        self.letter_choice = QComboBox(letters)
        self.letter_choice.setObjectName("letterChoice")
        for name in plan_letters.PLAN_LETTERS:
            self.letter_choice.addItem(m(plan_letters.LETTER_LABELS[name]), name)
        self.letter_pdf = QCheckBox(self.tr("PDF"), letters)
        self.letter_pdf.setObjectName("letterPdf")
        self.letter_pdf.setToolTip(self.tr("Convertir aussi en PDF (LibreOffice ou Word requis)"))
        self.letter_pdf.setChecked(True)  # PDF by default, as everywhere else
        self.letter_button = QPushButton(self.tr("Produire le courrier"), letters)
        self.letter_button.setObjectName("letterButton")
        lrow = QHBoxLayout(letters)
        lrow.addWidget(self.letter_choice, 2)
        lrow.addWidget(self.letter_pdf)
        lrow.addWidget(self.letter_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.breach_label)
        layout.addWidget(self.follow_ups, 1)
        layout.addWidget(done)
        layout.addWidget(summons)
        layout.addWidget(self.avenant_box)
        layout.addWidget(letters)
        self.letter_button.clicked.connect(self.produce_letter)
        self.follow_up_button.clicked.connect(self.complete_follow_up)
        self.summons_button.clicked.connect(self.plan_summons)
        self.avenant_button.clicked.connect(self.sign_avenant)
        return page

    # ----------------------------------------------------------------- state
    def _type_changed(self, *_args) -> None:
        protocol = PaymentPlanType(self.plan_type.currentData()) in PROTOCOL_TYPES
        self.protocol_box.setVisible(protocol)
        self.rent_label.setText(
            self.tr("Indemnité d'occupation (€)") if protocol else self.tr("Loyer courant (€)")
        )

    def _mode_changed(self, *_args) -> None:
        self.months.setEnabled(self.by_months.isChecked())
        self.monthly.setEnabled(not self.by_months.isChecked())

    def _start_new(self) -> None:
        try:
            terms = plans.terms_from_lease(
                self._db, self._actor, self.household_id, PaymentPlanType.PLAN_APUREMENT
            )
        except UserError as exc:
            self._show_general(translate_message(exc.message))
            terms = None
        self.setWindowTitle(self.tr("Nouvel accord de paiement"))
        self.title.setText(self.tr("<h2>Nouvel accord de paiement</h2>"))
        if terms is not None:
            self.fill_terms(terms)
            if terms.debt > 0:
                self.compute_schedule()
        self._set_editable(True, PlanStatus.PROJET)
        self.status_box.hide()
        self.tabs.setTabEnabled(2, False)
        self.tabs.setTabEnabled(3, False)

    def reload(self) -> None:
        try:
            self.view = plans.get_plan(self._db, self._actor, self.plan_id)
        except UserError as exc:
            self._show_general(translate_message(exc.message))
            self.save_button.setEnabled(False)
            self.status_box.setEnabled(False)
            return
        v = self.view
        self.version = v.version
        self.household_id = v.household_id
        self.fill_terms(v.terms)
        self.fill_schedule(v.instalments, v.ledger)
        self.fill_payments(v)
        self.fill_follow_ups(v)
        self._show_header()
        self._set_editable(v.editable, v.status)
        self.status_box.show()
        self.tabs.setTabEnabled(2, True)
        self.tabs.setTabEnabled(3, True)
        self.next_status.clear()
        labels = status_actions()
        for s in v.allowed_statuses:
            self.next_status.addItem(labels[s], s.value)
        self.status_box.setEnabled(bool(v.allowed_statuses) and self._can_write)
        self.clear_errors()

    def _show_header(self) -> None:
        v = self.view
        type_label = m(v.terms.plan_type.label)
        self.setWindowTitle(
            self.tr("{type} n° {id} — {name}").format(type=type_label, id=v.id, name=v.tenant_name)
        )
        self.title.setText(f"<h2>{type_label} n° {v.id} — {v.tenant_name}</h2>")
        dates = []
        for label, value in (
            (self.tr("proposé le"), v.proposed_on),
            (self.tr("signé le"), v.signed_on),
            (self.tr("défaillant le"), v.breached_on),
            (self.tr("clos le"), v.closed_on),
        ):
            if value:
                dates.append(f"{label} {format_date_fr(value)}")
        self.summary.setText(
            self.tr(
                "Statut : <b>{status}</b>{dates} · contrat {contract} · solde du compte {balance} · "
                "modifié par {user}"
            ).format(
                status=m(v.status.label),
                dates=(" (" + ", ".join(dates) + ")") if dates else "",
                contract=v.contract_number,
                balance=format_money_fr(v.balance),
                user=v.updated_by,
            )
        )

    def _set_editable(self, editable: bool, status: PlanStatus) -> None:
        editable = editable and self._can_write
        self.terms_page.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.compute_button.setEnabled(editable)
        self.keep_total.setEnabled(editable)
        for button in self.schedule_buttons:
            button.setEnabled(editable)
        self.schedule.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        in_force = status in (PlanStatus.SIGNE, PlanStatus.EN_COURS, PlanStatus.DEFAILLANT)
        for widget in (
            self.payment_date,
            self.payment_amount,
            self.payment_reference,
            self.payment_button,
        ):
            widget.setEnabled(in_force and self._can_write)
        self.delete_payment_button.setEnabled(
            (in_force or status == PlanStatus.SOLDE) and self._can_write
        )
        self.summons_button.setEnabled(
            status in (PlanStatus.DEFAILLANT, PlanStatus.CADUC) and self._can_write
        )
        self.follow_up_button.setEnabled(self._can_write)
        self.letter_button.setEnabled(self._can_write)
        protocol = PaymentPlanType(self.plan_type.currentData()) in PROTOCOL_TYPES
        self.avenant_box.setVisible(protocol)
        self.avenant_box.setEnabled(protocol and in_force and self._can_write)

    # ----------------------------------------------------------------- filling
    def fill_terms(self, t: PlanTerms) -> None:
        self._filling = True
        try:
            self.plan_type.setCurrentIndex(max(self.plan_type.findData(t.plan_type.value), 0))
            self.debt.setText(money_text(t.debt))
            self.debt_on.setText(format_date_fr(t.debt_on))
            self.current_rent.setText(money_text(t.current_rent))
            self.current_charges.setText(money_text(t.current_charges))
            self.start_on.setText(format_date_fr(t.start_on))
            by_monthly = t.monthly is not None and t.months is None
            self.by_monthly.setChecked(by_monthly)
            self.by_months.setChecked(not by_monthly)
            self.months.setValue(t.months or 12)
            self.monthly.setText(money_text(t.monthly))
            self.day.setValue(t.day or 0)
            self.aid_body.setCurrentIndex(max(self.aid_body.findData(t.aid_body.value), 0))
            self.aid_reference.setText(t.aid_reference)
            self.aid_to_landlord.setChecked(t.aid_to_landlord)
            self.aid_approved_on.setText(format_date_fr(t.aid_approved_on))
            self.fsl.setChecked(t.fsl)
            self.fsl_amount.setText(money_text(t.fsl_amount))
            self.ccas.setChecked(t.ccas)
            self.ccas_amount.setText(money_text(t.ccas_amount))
            self.landlord_signatory.setText(t.landlord_signatory)
            self.judgment_on.setText(format_date_fr(t.judgment_on))
            self.end_on.setText(format_date_fr(t.end_on))
            self.new_lease_months.setValue(t.new_lease_months or 3)
            self.breach_missed.setValue(t.breach_missed)
            self.breach_rent_unpaid.setChecked(t.breach_rent_unpaid)
            self.payments_cover_rent.setChecked(t.payments_cover_rent)
            self.grace_days.setValue(t.grace_days)
            self.notes.setPlainText(t.notes)
        finally:
            self._filling = False
        self._type_changed()
        self._mode_changed()

    def fill_schedule(self, instalments: list[Instalment], ledger=None) -> None:
        self._filling = True
        try:
            t = self.schedule
            t.setRowCount(0)
            states = {s.number: s for s in (ledger.instalments if ledger else ())}
            for inst in instalments:
                row = t.rowCount()
                t.insertRow(row)
                number = QTableWidgetItem(str(inst.number))
                number.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(row, 0, number)
                t.setItem(row, 1, QTableWidgetItem(format_date_fr(inst.due_date)))
                t.setItem(row, 2, QTableWidgetItem(money_text(inst.amount)))
                state = states.get(inst.number)
                paid = QTableWidgetItem(money_text(state.paid) if state else "")
                paid.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(row, 3, paid)
                text = ""
                if state is not None:
                    text = m(state.state.label)
                    if state.state == LineState.PAID and state.paid_late:
                        text = self.tr("payée en retard, le {date}").format(
                            date=format_date_fr(state.paid_on)
                        )
                    elif state.state == LineState.LATE and state.unpaid:
                        text = self.tr("impayée")
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if state is not None and state.state == LineState.LATE:
                    item.setForeground(QBrush(QColor("#b3261e")))
                t.setItem(row, 4, item)
        finally:
            self._filling = False
        self._check_schedule()

    def fill_payments(self, v: plans.PlanView) -> None:
        led = v.ledger
        late = led.late_instalments
        text = self.tr(
            "Versé : {paid} · imputé au plan : {plan} · reste dû : {remaining} · en retard : "
            "{overdue} ({count} échéance(s))"
        ).format(
            paid=format_money_fr(led.paid_total),
            plan=format_money_fr(led.paid_to_plan),
            remaining=format_money_fr(led.remaining),
            overdue=format_money_fr(led.overdue),
            count=len(late),
        )
        if led.next_due is not None:
            text += self.tr(" · prochaine échéance : {date} ({amount})").format(
                date=format_date_fr(led.next_due.due_on),
                amount=format_money_fr(led.next_due.outstanding),
            )
        if led.surplus > 0:
            text += self.tr(" · excédent : {amount}").format(amount=format_money_fr(led.surplus))
        self.ledger_label.setText(text)
        origins = {plans.SOURCE_MANUAL: self.tr("saisie"), plans.SOURCE_IMPORT: self.tr("import")}
        t = self.payments
        t.setRowCount(0)
        for p in v.payments:
            row = t.rowCount()
            t.insertRow(row)
            origin = origins.get(p.source, p.source)
            if p.source_file:
                origin = f"{origin} ({p.source_file})"
            for col, value in enumerate(
                (
                    format_date_fr(p.paid_on),
                    money_text(p.amount),
                    p.reference,
                    origin,
                    p.recorded_by,
                )
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                t.setItem(row, col, item)

    def fill_follow_ups(self, v: plans.PlanView) -> None:
        reasons = [translate_message(r) for r in v.breach_reasons]
        if v.status == PlanStatus.DEFAILLANT and v.breached_on:
            reasons.insert(
                0,
                self.tr("Plan défaillant depuis le {date}.").format(
                    date=format_date_fr(v.breached_on)
                ),
            )
        self.breach_label.setText("\n".join(reasons))
        self.breach_label.setVisible(bool(reasons))
        today = dt.date.today()
        t = self.follow_ups
        t.setRowCount(0)
        for f in v.follow_ups:
            row = t.rowCount()
            t.insertRow(row)
            values = (
                m(f.kind.label),
                format_date_fr(f.due_on),
                format_date_fr(f.done_on),
                m(CHANNELS[f.channel]) if f.channel in CHANNELS else "",
                f.outcome,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                if f.overdue(today):
                    item.setForeground(QBrush(QColor("#b3261e")))
                t.setItem(row, col, item)
        self.summons_date.setText(format_date_fr(v.summons_on))
        self.avenant_end.setText(format_date_fr(v.avenant_end_on))

    # ----------------------------------------------------------------- schedule editing
    def current_schedule(self) -> tuple[list[Instalment] | None, list[str]]:
        """The schedule as typed, or the cells that cannot be read."""
        problems: list[str] = []
        out: list[Instalment] = []
        t = self.schedule
        for row in range(t.rowCount()):
            number = row + 1
            date_text = t.item(row, 1).text() if t.item(row, 1) else ""
            amount_text = t.item(row, 2).text() if t.item(row, 2) else ""
            try:
                due = parse_date_fr(date_text)
            except ValueError:
                problems.append(
                    self.tr("Échéance n° {n} : date invalide (jj/mm/aaaa).").format(n=number)
                )
                continue
            try:
                amount = parse_amount_fr(amount_text)
            except AmountError as exc:
                problems.append(
                    self.tr("Échéance n° {n} : {reason}").format(
                        n=number, reason=translate_message(exc.message)
                    )
                )
                continue
            except ValueError:
                problems.append(self.tr("Échéance n° {n} : montant invalide.").format(n=number))
                continue
            out.append(Instalment(number, due, amount))
        return (None if problems else out), problems

    def _instalment_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == 2 and self.keep_total.isChecked():
            schedule, problems = self.current_schedule()
            terms, _ = self.collect_terms()
            if schedule is not None and terms is not None and terms.debt is not None:
                balanced, problem = adjust_last(terms.debt, schedule, item.row())
                if problem is None and balanced is not schedule:
                    self._filling = True
                    try:
                        self.schedule.item(len(balanced) - 1, 2).setText(
                            money_text(balanced[-1].amount)
                        )
                    finally:
                        self._filling = False
                elif problem is not None:
                    self._check_schedule(extra=[translate_message(problem)])
                    return
        self._check_schedule()

    def _check_schedule(self, extra: list[str] | None = None) -> list[str]:
        schedule, problems = self.current_schedule()
        terms, _ = self.collect_terms()
        messages = list(extra or []) + problems
        if schedule is not None:
            total = schedule_total(schedule)
            debt = terms.debt if terms is not None and terms.debt is not None else None
            self.total_label.setText(
                self.tr(
                    "Total des échéances : {total} · dette : {debt} · {count} échéance(s)"
                ).format(
                    total=format_money_fr(total),
                    debt=format_money_fr(debt) if debt is not None else "—",
                    count=len(schedule),
                )
            )
            if terms is not None and debt is not None:
                messages += [translate_message(m) for m in check_schedule(terms, schedule)]
        if messages:
            self.schedule_message.setStyleSheet(ERROR_STYLE)
            self.schedule_message.setText("\n".join(dict.fromkeys(messages)))
        else:
            self.schedule_message.setStyleSheet(OK_STYLE)
            self.schedule_message.setText(
                self.tr("L'échéancier est juste : son total est la dette.")
            )
        return messages

    def compute_schedule(self) -> None:
        terms, errors = self.collect_terms()
        if errors:
            self.show_errors(errors, self.tr("Corrigez les champs signalés en rouge."))
            return
        try:
            schedule = schedule_for(normalise_terms(terms))
        except ValidationError as exc:
            self.show_errors({k: translate_message(m) for k, m in exc.fields.items()})
            return
        self.clear_errors()
        self.fill_schedule(schedule)

    def add_instalment(self) -> None:
        schedule, _ = self.current_schedule()
        last = schedule[-1].due_date if schedule else dt.date.today()
        from desktop.domain.calendar_fr import add_months

        self._filling = True
        try:
            row = self.schedule.rowCount()
            self.schedule.insertRow(row)
            number = QTableWidgetItem(str(row + 1))
            number.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.schedule.setItem(row, 0, number)
            self.schedule.setItem(row, 1, QTableWidgetItem(format_date_fr(add_months(last, 1))))
            self.schedule.setItem(row, 2, QTableWidgetItem("0,00"))
            for col in (3, 4):
                item = QTableWidgetItem("")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.schedule.setItem(row, col, item)
        finally:
            self._filling = False
        self._check_schedule()

    def remove_instalment(self) -> None:
        if self.schedule.rowCount():
            self.schedule.removeRow(self.schedule.rowCount() - 1)
        self._check_schedule()

    def set_instalment_amount(self, row: int, text: str) -> None:
        """Type an amount into the schedule (as the user's edit does; used by tests)."""
        self.schedule.item(row, 2).setText(text)

    # ----------------------------------------------------------------- collecting
    def collect_terms(self) -> tuple[PlanTerms | None, dict[str, str]]:
        errors: dict[str, str] = {}
        bad_date = self.tr("Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).")
        bad_amount = self.tr("Montant invalide : attendu un nombre (ex. 1 234,56).")

        def date_of(path: str, edit: QLineEdit, required: bool = False) -> dt.date | None:
            text = edit.text().strip()
            if not text:
                if required:
                    errors[path] = self.tr("La date est obligatoire.")
                return None
            try:
                return parse_date_fr(text)
            except ValueError:
                errors[path] = bad_date
                return None

        def amount_of(path: str, edit: QLineEdit, required: bool = True) -> Decimal | None:
            text = edit.text().strip()
            if not text:
                if required:
                    errors[path] = self.tr("Le montant est obligatoire.")
                return None
            try:
                return parse_amount_fr(text)
            except AmountError as exc:  # says why: "1.234" is ambiguous, "1,234.56" unreadable
                errors[path] = translate_message(exc.message)
                return None
            except ValueError:
                errors[path] = bad_amount
                return None

        by_months = self.by_months.isChecked()
        terms = PlanTerms(
            plan_type=PaymentPlanType(self.plan_type.currentData()),
            debt=amount_of("debt", self.debt),
            debt_on=date_of("debt_on", self.debt_on, True),
            current_rent=amount_of("current_rent", self.current_rent),
            current_charges=amount_of("current_charges", self.current_charges),
            start_on=date_of("start_on", self.start_on, True),
            months=self.months.value() if by_months else None,
            monthly=None if by_months else amount_of("monthly", self.monthly),
            day=self.day.value() or None,
            aid_body=AidBody(self.aid_body.currentData()),
            aid_reference=self.aid_reference.text(),
            aid_to_landlord=self.aid_to_landlord.isChecked(),
            aid_approved_on=date_of("aid_approved_on", self.aid_approved_on),
            fsl=self.fsl.isChecked(),
            fsl_amount=amount_of("fsl_amount", self.fsl_amount, False),
            ccas=self.ccas.isChecked(),
            ccas_amount=amount_of("ccas_amount", self.ccas_amount, False),
            landlord_signatory=self.landlord_signatory.text(),
            judgment_on=date_of("judgment_on", self.judgment_on),
            end_on=date_of("end_on", self.end_on),
            new_lease_months=self.new_lease_months.value(),
            breach_missed=self.breach_missed.value(),
            breach_rent_unpaid=self.breach_rent_unpaid.isChecked(),
            payments_cover_rent=self.payments_cover_rent.isChecked(),
            grace_days=self.grace_days.value(),
            notes=self.notes.toPlainText(),
        )
        return (None, errors) if errors else (terms, {})

    # ----------------------------------------------------------------- errors
    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error(None)
        self.general_error.hide()
        bar = self.tabs.tabBar()
        for i in range(self.tabs.count()):
            bar.setTabTextColor(i, self.palette().windowText().color())

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        self.clear_errors()
        bar = self.tabs.tabBar()
        schedule_lines = []
        first_tab = None
        for path, text in errors.items():
            if path.startswith("schedule"):
                schedule_lines.append(text)
                tab = 1
            elif path in self.rows:
                self.rows[path].set_error(text)
                tab = 0
            else:
                general = (general + "\n" + text).strip()
                continue
            bar.setTabTextColor(tab, QColor("#b3261e"))
            first_tab = tab if first_tab is None else first_tab
        if schedule_lines:
            self.schedule_message.setStyleSheet(ERROR_STYLE)
            self.schedule_message.setText("\n".join(schedule_lines))
        if general:
            self._show_general(general)
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def _flash(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _run(self, call, success: str = "") -> bool:
        """Call a service; show its refusal next to the fields or in the dialog."""
        self.message.hide()
        try:
            result = call()
        except ValidationError as exc:
            self.show_errors(
                {k: translate_message(m) for k, m in exc.fields.items()},
                translate_message(exc.message) if not exc.fields else "",
            )
            return False
        except ConflictError as exc:
            self._show_general(translate_message(exc.message))
            if ask_reload_on_conflict(
                self, exc.message, self.tr("Recharger le plan"), "planConflictBox"
            ):
                self.reload()
            return False
        except UserError as exc:
            self.clear_errors()
            self._show_general(translate_message(exc.message))
            return False
        if self.plan_id is None and isinstance(result, int):
            self.plan_id = result
        self.reload()
        if success:
            self._flash(success)
        self.changed.emit(self.household_id)
        return True

    # ----------------------------------------------------------------- actions
    def save(self) -> bool:
        terms, errors = self.collect_terms()
        schedule, problems = self.current_schedule()
        if errors or problems:
            all_errors = dict(errors)
            for i, p in enumerate(problems):
                all_errors[f"schedule#{i}"] = p
            self.show_errors(all_errors, self.tr("Corrigez les champs signalés en rouge."))
            return False
        if self.plan_id is None:
            return self._run(
                lambda: plans.create_plan(
                    self._db, self._actor, self.household_id, terms, schedule
                ),
                self.tr("Accord enregistré."),
            )
        return self._run(
            lambda: plans.update_plan(
                self._db, self._actor, self.plan_id, terms, self.version, schedule
            ),
            self.tr("Accord enregistré."),
        )

    def _date(self, edit: QLineEdit, path: str) -> dt.date | None:
        try:
            return parse_date_fr(edit.text())
        except ValueError:
            self.show_errors({}, self.tr("Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026)."))
            return None

    def apply_status(self) -> bool:
        if self.plan_id is None or self.next_status.currentData() is None:
            return False
        on = self._date(self.status_date, "on")
        if on is None:
            return False
        new = PlanStatus(self.next_status.currentData())
        ok = self._run(
            lambda: plans.change_status(
                self._db,
                self._actor,
                self.plan_id,
                new,
                self.version,
                on=on,
                reason=self.status_reason.text(),
            ),
            self.tr("Statut changé : {status}.").format(status=m(new.label)),
        )
        if ok:
            self.status_reason.clear()
        return ok

    def record_payment(self) -> bool:
        paid_on = self._date(self.payment_date, "paid_on")
        if paid_on is None:
            return False
        try:
            amount = parse_amount_fr(self.payment_amount.text())
        except AmountError as exc:
            self.show_errors({}, translate_message(exc.message))
            return False
        except ValueError:
            self.show_errors({}, self.tr("Montant invalide : attendu un nombre (ex. 1 234,56)."))
            return False
        ok = self._run(
            lambda: plans.record_payment(
                self._db,
                self._actor,
                self.plan_id,
                paid_on,
                amount,
                self.version,
                reference=self.payment_reference.text(),
            ),
            self.tr("Règlement de {amount} enregistré.").format(amount=format_money_fr(amount)),
        )
        if ok:
            self.payment_amount.clear()
            self.payment_reference.clear()
        return ok

    def _selected_id(self, table: QTableWidget) -> int | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def delete_payment(self) -> bool:
        payment_id = self._selected_id(self.payments)
        if payment_id is None:
            self._show_general(self.tr("Sélectionnez le règlement à supprimer."))
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le règlement"),
            self.tr("Supprimer ce règlement ? La suppression est enregistrée dans la chronologie."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(
            lambda: plans.delete_payment(
                self._db, self._actor, self.plan_id, payment_id, self.version
            ),
            self.tr("Règlement supprimé."),
        )

    def complete_follow_up(self) -> bool:
        follow_up_id = self._selected_id(self.follow_ups)
        if follow_up_id is None:
            self._show_general(self.tr("Sélectionnez l'action faite dans la liste."))
            return False
        done_on = self._date(self.follow_up_date, "done_on")
        if done_on is None:
            return False
        ok = self._run(
            lambda: plans.complete_follow_up(
                self._db,
                self._actor,
                self.plan_id,
                follow_up_id,
                done_on,
                self.version,
                channel=self.follow_up_channel.currentData() or "",
                outcome=self.follow_up_outcome.text(),
            ),
            self.tr("Action enregistrée."),
        )
        if ok:
            self.follow_up_outcome.clear()
        return ok

    def plan_summons(self) -> bool:
        summons_on = self._date(self.summons_date, "summons_on")
        if summons_on is None:
            return False
        return self._run(
            lambda: plans.plan_summons(
                self._db, self._actor, self.plan_id, summons_on, self.version
            ),
            self.tr("Date d'assignation enregistrée."),
        )

    def sign_avenant(self) -> bool:
        signed_on = self._date(self.avenant_signed, "avenant_signed_on")
        new_end = self._date(self.avenant_end, "avenant_end_on")
        if signed_on is None or new_end is None:
            return False
        return self._run(
            lambda: plans.sign_avenant(
                self._db,
                self._actor,
                self.plan_id,
                signed_on,
                new_end,
                self.version,
                months=self.avenant_months.value(),
            ),
            self.tr("Avenant signé."),
        )

    def produce_letter(self) -> bool:
        """Make the chosen letter from the plan's figures, in the background (the PDF
        conversion takes a second or two); it goes to the document register and ends
        on its preview. False when nothing was started."""
        from desktop.ui.doc_worker import Task

        # Busy until its result is handled here: the worker's thread may still be
        # winding down when the result arrives, and a new letter is welcome then.
        if self.plan_id is None or getattr(self, "letter_busy", False):
            return False
        self.letter_busy = True
        self.message.hide()
        self.general_error.hide()
        self.letter_button.setEnabled(False)
        self._flash(self.tr("Production du courrier en cours…"))
        db, actor, plan_id = self._db, self._actor, self.plan_id
        name, pdf = self.letter_choice.currentData(), self.letter_pdf.isChecked()
        self.letter_task = Task(
            lambda progress, cancelled: plan_letters.produce_plan_letter(
                db, actor, plan_id, name, pdf=pdf
            ),
            self,
        )
        self.letter_task.succeeded.connect(self._letter_done)
        self.letter_task.failed.connect(self._letter_failed)
        self.letter_task.start()
        return True

    def _letter_done(self, doc) -> None:
        self.letter_busy = False
        self.letter_button.setEnabled(True)
        self.last_document = doc
        self._flash(
            self.tr("Courrier {reference} enregistré : {path}").format(
                reference=doc.reference, path=str(doc.main_path)
            )
        )
        self.changed.emit(self.household_id)
        if doc.pdf_path is not None:
            from desktop.ui.pdf_viewer import show_pdf

            show_pdf(doc.pdf_path, self)

    def _letter_failed(self, exc: BaseException) -> None:
        self.letter_busy = False
        self.letter_button.setEnabled(True)
        self.message.hide()
        if isinstance(exc, ValidationError) and exc.fields:
            text = " ".join(translate_message(m) for m in exc.fields.values())
        elif isinstance(exc, UserError):
            text = translate_message(exc.message)
        else:
            text = self.tr("Erreur inattendue : {error}").format(error=exc)
        self._show_general(text)

    def is_dirty(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        terms, errors = self.collect_terms()
        schedule, problems = self.current_schedule()
        if errors or problems:
            return True
        if self.view is None:
            return False  # a new agreement never saved: nothing to lose but the draft
        return (
            replace(normalise_terms(terms)) != self.view.terms or schedule != self.view.instalments
        )

    def closeEvent(self, event) -> None:
        if self.view is not None and self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Modifications non enregistrées"),
                self.tr("Enregistrer les modifications de cet accord ?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        if self.letter_task is not None and self.letter_task.thread.isRunning():
            self.letter_task.wait()  # a letter on its way is finished, not cut
        event.accept()


class FilePlansDialog(QDialog):
    """The agreements of one tenant file: open one, or start a new one."""

    changed = Signal(int)

    def __init__(self, db: Database, actor: Actor, household_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("filePlansDialog")
        self._db = db
        self._actor = actor
        self.household_id = household_id
        self.open_dialogs: list[PlanDialog] = []
        self.setWindowTitle(self.tr("Accords de paiement du dossier"))
        self.resize(760, 320)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("filePlansTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Type"),
                self.tr("Statut"),
                self.tr("Dette (€)"),
                self.tr("Début"),
                self.tr("Reste dû (€)"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.error = message_label(self, "", hidden=False)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.setObjectName("openPlan")
        self.new_button = QPushButton(self.tr("Nouvel accord…"), self)
        self.new_button.setObjectName("newPlan")
        self.new_button.setEnabled(actor.can(Permission.TENANT_WRITE))
        close = QPushButton(self.tr("Fermer"), self)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.open_button.clicked.connect(self.open_current)
        self.new_button.clicked.connect(lambda: self.open_plan(None))
        self.table.doubleClicked.connect(lambda *_: self.open_current())
        close.clicked.connect(self.close)
        self.reload()

    def reload(self) -> None:
        try:
            summaries = plans.plans_for_household(self._db, self._actor, self.household_id)
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            summaries = []
        self.table.setRowCount(0)
        for s in summaries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, value in enumerate(
                (
                    str(s.id),
                    m(s.plan_type.label),
                    m(s.status.label),
                    money_text(s.debt),
                    format_date_fr(s.start_on),
                    money_text(s.remaining),
                )
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, col, item)
        if summaries:
            self.table.selectRow(0)

    def open_current(self) -> PlanDialog | None:
        row = self.table.currentRow()
        if row < 0:
            return None
        return self.open_plan(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def open_plan(self, plan_id: int | None) -> PlanDialog:
        dialog = PlanDialog(self._db, self._actor, self.household_id, plan_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._changed)
        self.open_dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda *_: self.open_dialogs.remove(dialog) if dialog in self.open_dialogs else None
        )
        dialog.show()
        return dialog

    def _changed(self, household_id: int) -> None:
        self.reload()
        self.changed.emit(household_id)

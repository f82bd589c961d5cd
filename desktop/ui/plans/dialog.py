"""One payment-deferral agreement's dialog: terms and parties, status, letters; the
schedule, payments and follow-ups tabs come from their own modules.

Thin over ``desktop.services.plans``: every button calls one service and reloads.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_date_fr,
    format_money_fr,
    missing_day,
    parse_date_fr,
)
from desktop.domain.plans import (
    PROTOCOL_TYPES,
    AidBody,
    PlanTerms,
    normalise_terms,
)
from desktop.domain.roles import Permission
from desktop.domain.schedule import (
    PaymentPlanType,
    PlanStatus,
)
from desktop.services import plan_letters, plans
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.i18n import SourceContext, translate, translate_message
from desktop.ui.plans.follow_ups_tab import PlanFollowUpsTab
from desktop.ui.plans.payments_tab import PlanPaymentsTab
from desktop.ui.plans.schedule_tab import PlanScheduleTab
from desktop.ui.plans.withdrawal_box import PlanWithdrawalBox
from desktop.ui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    FlowLayout,
    add_all,
    fit_to_screen,
    labelled,
    line_edit,
    message_label,
    push_button,
    scrolled,
)
from desktop.ui.widgets.form import (
    DatesAndAmounts,
    FieldRow,
    FieldRows,
    clear_rows,
    form_group,
    label,
    mark_tabs,
    money_text,
    unmark_tabs,
)
from desktop.ui.widgets.messages import (
    EscapeCloses,
    error_text,
    m,
    may_close_unsaved,
    show_refusal,
)


def status_actions() -> dict[PlanStatus, str]:
    """The button text that moves a plan to each status."""
    return {
        PlanStatus.PROJET: translate("PlanDialog", "Revenir au projet"),
        PlanStatus.PROPOSE: translate("PlanDialog", "Proposé au locataire"),
        PlanStatus.SIGNE: translate("PlanDialog", "Signé par les parties"),
        PlanStatus.EN_COURS: translate("PlanDialog", "En cours (mise en œuvre ou régularisation)"),
        PlanStatus.RESPECTE: translate("PlanDialog", "Respecté"),
        PlanStatus.DEFAILLANT: translate("PlanDialog", "Défaillant"),
        PlanStatus.CADUC: translate("PlanDialog", "Caduc"),
        PlanStatus.SOLDE: translate("PlanDialog", "Soldé"),
        PlanStatus.ANNULE: translate("PlanDialog", "Annulé"),
    }


class PlanDialog(
    SourceContext,
    PlanScheduleTab,
    PlanPaymentsTab,
    PlanWithdrawalBox,
    PlanFollowUpsTab,
    FieldRows,
    EscapeCloses,
    QDialog,
):
    """One agreement: ``plan_id`` None creates a new one on ``household_id``. The schedule,
    payments and follow-ups tabs are mixins, one module each."""

    changed = Signal(int)  # household id, after any saved change

    def __init__(
        self,
        db: Database,
        actor: Actor,
        household_id: int,
        plan_id: int | None = None,
        parent=None,
        *,
        tenant_name: str = "",
    ):
        super().__init__(parent)
        self.tenant_name = tenant_name  # a new agreement's title names the household
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
        self.summary = label(self, name="planSummary")
        self.general_error = message_label(self, "planError")
        self.message = message_label(self, "planMessage", OK_STYLE)
        self.integrity = message_label(self, "planIntegrity")

        self.tabs = QTabWidget(self)
        self.terms_page = self._terms_tab()
        self.tabs.addTab(scrolled(self.terms_page), self.tr("Conditions et parties"))
        self.tabs.addTab(self._schedule_tab(), self.tr("Échéancier"))
        self.tabs.addTab(scrolled(self._payments_tab()), self.tr("Règlements"))
        self.tabs.addTab(scrolled(self._follow_up_tab()), self.tr("Suivi"))

        status_box = QGroupBox(self.tr("Statut"), self)
        self.next_status = QComboBox(status_box)
        self.next_status.setObjectName("nextStatus")
        # Chosen anew for each change: a second click on « Changer le statut » (a
        # double-click) must not apply the first status the list offers next.
        self.next_status.setPlaceholderText(self.tr("choisir…"))
        self.status_date = QLineEdit(format_date_fr(clock_today()), status_box)
        self.status_date.setObjectName("statusDate")
        self.status_date.setMaximumWidth(110)
        self.status_reason = line_edit(
            status_box, "statusReason", self.tr("Motif (obligatoire pour annuler ou régulariser)")
        )
        self.status_button = push_button(self.tr("Changer le statut"), status_box, "statusButton")
        row = FlowLayout(status_box)
        row.addWidget(labelled(status_box, self.tr("Passer à"), self.next_status))
        row.addWidget(labelled(status_box, self.tr("le"), self.status_date))
        self.status_reason.setMinimumWidth(320)
        row.addWidget(self.status_reason)
        row.addWidget(self.status_button)
        self.status_box = status_box

        self.save_button = push_button(self.tr("Enregistrer"), self, "planSave", default=True)
        self.dismiss_button = push_button(self.tr("Fermer"), self, "planDismiss")
        buttons = QHBoxLayout()
        add_all(buttons, 1, self.dismiss_button, self.save_button)

        layout = QVBoxLayout(self)
        add_all(
            layout,
            self.title,
            self.summary,
            self.integrity,
            self.general_error,
            self.message,
            (self.tabs, 1),
            status_box,
            buttons,
        )

        self.save_button.clicked.connect(self.save)
        self.dismiss_button.clicked.connect(self.close)
        self.status_button.clicked.connect(self.apply_status)
        self.next_status.currentIndexChanged.connect(
            lambda index: self.status_button.setEnabled(index >= 0)
        )

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
        self.compute_button = push_button(self.tr("Calculer l'échéancier"), page, "computeSchedule")
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
        self.notes = self._text("notes", max_height=70)
        left.addRow(self.tr("Observations"), self.rows["notes"])

        right = QVBoxLayout()
        parties, pf = form_group(self.tr("Parties (outre le locataire et le bailleur)"), page)
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

        breach, bf = form_group(self.tr("Règle de défaillance"), page)
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
        title = self.tr("Nouvel accord de paiement")
        if self.tenant_name:
            title = self.tr("{title} — {name}").format(title=title, name=self.tenant_name)
        self.setWindowTitle(title)
        self.title.setText(f"<h2>{html.escape(title)}</h2>")
        if terms is not None:
            self.fill_terms(terms)
            if terms.debt > 0:
                self.compute_schedule()
        self._set_editable(True, PlanStatus.PROJET)
        self.status_box.hide()
        self.tabs.setTabEnabled(2, False)
        self.tabs.setTabEnabled(3, False)
        self._draft_start = self._draft()  # what closing without a change loses: nothing

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
        self.fill_withdrawal(v)
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
        self.next_status.setCurrentIndex(-1)  # nothing chosen: the button waits
        self.status_button.setEnabled(False)
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
        for prefix, value in (
            (self.tr("proposé le"), v.proposed_on),
            (self.tr("signé le"), v.signed_on),
            (self.tr("défaillant le"), v.breached_on),
            (self.tr("clos le"), v.closed_on),
        ):
            if value:
                dates.append(f"{prefix} {format_date_fr(value)}")
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
        self.integrity.setText(translate_message(v.integrity) if v.integrity is not None else "")
        self.integrity.setVisible(v.integrity is not None)

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
        self._enable_payment_entry(status, self._can_write)
        in_force = status in (PlanStatus.SIGNE, PlanStatus.EN_COURS, PlanStatus.DEFAILLANT)
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

    # ----------------------------------------------------------------- collecting
    def collect_terms(self) -> tuple[PlanTerms | None, dict[str, str]]:
        errors: dict[str, str] = {}
        read = DatesAndAmounts(errors)

        def date_of(path: str, edit: QLineEdit, required: bool = False) -> dt.date | None:
            return read.date(path, edit.text(), required)

        def amount_of(path: str, edit: QLineEdit, required: bool = True) -> Decimal | None:
            return read.amount(path, edit.text(), required)

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
        clear_rows(self.rows)
        self.general_error.hide()
        unmark_tabs(self.tabs)

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        self.clear_errors()
        schedule_lines = []
        tabs = []
        for path, text in errors.items():
            if path.startswith("schedule"):
                schedule_lines.append(text)
                tabs.append(1)
            elif path in self.rows:
                self.rows[path].set_error(text)
                tabs.append(0)
            else:
                general = (general + "\n" + text).strip()
        if schedule_lines:
            self.schedule_message.setStyleSheet(ERROR_STYLE)
            self.schedule_message.setText("\n".join(schedule_lines))
        if general:
            self._show_general(general)
        mark_tabs(self.tabs, tabs)

    def _flash(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _run(self, call, success: str = "") -> bool:
        """Call a service; show its refusal next to the fields or in the dialog."""
        self.message.hide()
        try:
            result = call()
        except UserError as exc:
            show_refusal(
                self, exc, self.show_errors, self.tr("Recharger le plan"), "planConflictBox"
            )
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
            why = missing_day(edit.text())
            self.show_errors(
                {},
                translate_message(why)
                if why is not None
                else self.tr("Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026)."),
            )
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

    def produce_letter(self) -> bool:
        """Make the chosen letter from the plan's figures, in the background (the PDF
        conversion takes a second or two); it goes to the document register and ends
        on its preview. False when nothing was started."""
        from desktop.ui.doc_worker import start_task

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
        apart = self.letter_per_holder.isEnabled() and self.letter_per_holder.isChecked()
        duplex = config.print_duplex()  # the PDF to print the holders' letters
        self.letter_task = start_task(
            lambda: plan_letters.produce_plan_letter(
                db, actor, plan_id, name, pdf=pdf, per_holder=apart, duplex=duplex
            ),
            self,
            self._letter_done,
            self._letter_failed,
        )
        return True

    def _letter_done(self, result) -> None:
        """One letter (a ``DocumentView``) or one per holder (``HolderLetters``, shown
        by its PDF to print)."""
        self.letter_busy = False
        self.letter_button.setEnabled(True)
        docs = getattr(result, "documents", [result])
        self.last_document = docs[-1]
        if len(docs) == 1:
            doc = docs[0]
            text = self.tr("Courrier {reference} enregistré : {path}").format(
                reference=doc.reference, path=str(doc.main_path)
            )
        else:
            text = self.tr("{count} courriers enregistrés, un par titulaire : {references}").format(
                count=len(docs), references=", ".join(d.reference for d in docs)
            )
        self._flash(text)
        self.changed.emit(self.household_id)
        pdf = getattr(result, "print_pdf", None) or docs[-1].pdf_path
        if pdf is not None:
            from desktop.ui.pdf_viewer import show_pdf

            show_pdf(pdf, self)

    def _letter_failed(self, exc: BaseException) -> None:
        self.letter_busy = False
        self.letter_button.setEnabled(True)
        self.message.hide()
        self._show_general(error_text(exc, " "))

    def _draft(self) -> tuple:
        """The terms and schedule as typed, with what cannot be read."""
        return (*self.collect_terms(), *self.current_schedule())

    def is_dirty(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        if self.view is None:  # a new agreement: typed since it was started
            return self._draft() != self._draft_start
        terms, errors, schedule, problems = self._draft()
        if errors or problems:
            return True
        return (
            replace(normalise_terms(terms)) != self.view.terms or schedule != self.view.instalments
        )

    def closeEvent(self, event) -> None:
        question = self.tr("Enregistrer les modifications de cet accord ?")
        if self.is_dirty() and not may_close_unsaved(self, question, self.save):
            event.ignore()
            return
        if self.letter_task is not None and self.letter_task.thread.isRunning():
            self.letter_task.wait()  # a letter on its way is finished, not cut
        event.accept()

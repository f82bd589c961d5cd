"""The payments tab of the agreement dialog: the payments recorded on the plan, one
typed in, one deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.formatting import (
    AmountError,
    format_date_fr,
    format_money_fr,
    parse_amount_fr,
)
from desktop.domain.plans import IN_FORCE, Contribution, Contributor
from desktop.domain.schedule import PlanStatus, instalments_counted
from desktop.services import plans
from desktop.services.context import today as clock_today
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, line_edit, push_button
from desktop.ui.widgets.form import label, money_text
from desktop.ui.widgets.tables import rows_table


class PlanPaymentsTab:
    """Mixed into ``PlanDialog`` (``desktop.ui.plans.dialog``): its widgets are the
    dialog's attributes."""

    def _payments_tab(self) -> QWidget:
        page = QWidget(self)
        self.ledger_label = label(page, name="ledgerLabel")
        self.payments = rows_table(
            page,
            "paymentsTable",
            [
                self.tr("Date"),
                self.tr("Montant (€)"),
                self.tr("Référence"),
                self.tr("Origine"),
                self.tr("Saisi par"),
            ],
            even=True,
        )
        entry = QGroupBox(self.tr("Saisir un règlement"), page)
        self.payment_date = QLineEdit(format_date_fr(clock_today()), entry)
        self.payment_date.setObjectName("paymentDate")
        self.payment_amount = line_edit(entry, "paymentAmount", self.tr("Montant, ex. 697,70"))
        self.payment_reference = line_edit(
            entry, "paymentReference", self.tr("Référence (facultatif)")
        )
        # Who paid: the tenants, or a contributor named on the plan (filled by
        # fill_payments); a contributor's payment goes to the instalments only.
        self.payment_payer = QComboBox(entry)
        self.payment_payer.setObjectName("paymentPayer")
        self.payment_payer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.payment_payer.setToolTip(
            self.tr("Versement d'un contributeur (FSL, CCAS…) : imputé sur les seules échéances.")
        )
        self.payment_button = push_button(
            self.tr("Enregistrer le règlement"), entry, "paymentButton"
        )
        self.delete_payment_button = push_button(
            self.tr("Supprimer le règlement sélectionné"), page, "deletePayment"
        )
        row = QHBoxLayout()
        add_all(
            row,
            self.payment_date,
            self.payment_amount,
            (self.payment_reference, 2),
            self.payment_button,
        )
        payer_row = QHBoxLayout()
        payer_label = QLabel(self.tr("Versé par :"), entry)
        payer_label.setBuddy(self.payment_payer)
        add_all(payer_row, payer_label, self.payment_payer, 1)
        add_all(QVBoxLayout(entry), row, payer_row)
        # Why the entry is greyed out, and what to do (a plan not signed yet, or closed):
        # at the top of the tab, seen without scrolling on a laptop.
        self.payment_closed = label(page, name="paymentClosed")
        self.payment_closed.setStyleSheet("color: #8a4b00;")  # a warning, not an error
        hint = label(
            page,
            self.tr(
                "Imputation : chaque règlement couvre d'abord le loyer courant du mois (si le plan le "
                "prévoit), puis les échéances du plan, la plus ancienne d'abord. Le versement d'un "
                "contributeur (FSL, CCAS) ne couvre que les échéances. Les règlements de "
                "l'export comptable s'importent depuis la page « Plans d'apurement »."
            ),
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.ledger_label)
        layout.addWidget(self.payment_closed)
        layout.addWidget(self.payments, 1)
        layout.addWidget(self.delete_payment_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(entry)
        layout.addWidget(hint)
        layout.addWidget(self._withdrawal_box(page))
        self.payment_button.clicked.connect(self.record_payment)
        self.payment_amount.textChanged.connect(self._payment_typed)
        self.delete_payment_button.clicked.connect(self.delete_payment)
        return page

    def _enable_payment_entry(self, status: PlanStatus, can_write: bool) -> None:
        """Payments are typed on a plan in force only (signed, running, in breach);
        otherwise the entry is greyed out and says why."""
        in_force = status in IN_FORCE
        self.payment_open = in_force and can_write
        for widget in (self.payment_date, self.payment_amount, self.payment_reference):
            widget.setEnabled(self.payment_open)
        self._payment_typed()
        if in_force or not can_write:
            why = ""
        elif status in (PlanStatus.PROJET, PlanStatus.PROPOSE):
            why = self.tr(
                "Les règlements se saisissent une fois le plan signé : choisissez « Signé par "
                "les parties » et la date de signature sous « Statut », puis « Changer le statut »."
            )
        else:
            why = self.tr(
                "Ce plan est clos ({status}) : aucun règlement ne s'y saisit plus."
            ).format(status=QCoreApplication.translate("messages", status.label).lower())
        self.payment_closed.setText(why)
        self.payment_closed.setVisible(bool(why))

    def _payment_typed(self, *_args) -> None:
        """The button waits for an amount: a second click (a double-click) after a
        payment recorded, its amount cleared, does nothing instead of saying « Nombre
        illisible » under « Règlement enregistré »."""
        typed = bool(self.payment_amount.text().strip())
        self.payment_button.setEnabled(getattr(self, "payment_open", False) and typed)

    def fill_payments(self, v: plans.PlanView) -> None:
        led = v.ledger
        late = led.late_instalments
        text = self.tr(
            "Versé : {paid} · imputé au plan : {plan} · reste dû : {remaining} · en retard : "
            "{overdue} ({count})"
        ).format(
            paid=format_money_fr(led.paid_total),
            plan=format_money_fr(led.paid_to_plan),
            remaining=format_money_fr(led.remaining),
            overdue=format_money_fr(led.overdue),
            count=translate_message(instalments_counted(len(late))),
        )
        awaited = led.overdue - led.tenants_overdue - led.in_notice
        if led.in_notice > 0:
            # A withdrawn promise: the tenants' after the notice (docs/domain.md#plans).
            text += self.tr(", dont {amount} dus par les locataires après le préavis").format(
                amount=format_money_fr(led.in_notice)
            )
        if awaited > 0:
            # Late, but a contributor's promised payment will pay it (docs/domain.md#plans).
            text += self.tr(", dont {amount} attendus des contributeurs").format(
                amount=format_money_fr(awaited)
            )
        if led.next_due is not None:
            text += self.tr(" · prochaine échéance : {date} ({amount})").format(
                date=format_date_fr(led.next_due.due_on),
                amount=format_money_fr(led.next_due.outstanding),
            )
        if led.surplus > 0:
            text += self.tr(" · excédent : {amount}").format(amount=format_money_fr(led.surplus))
        for c in v.contributions:
            text += self._contribution_text(c)
        self.ledger_label.setText(text)
        origins = {plans.SOURCE_MANUAL: self.tr("saisie"), plans.SOURCE_IMPORT: self.tr("import")}
        t = self.payments
        t.setRowCount(0)
        for p in v.payments:
            row = t.rowCount()
            t.insertRow(row)
            if p.contributor is not None:
                origin = self.tr("versement du {contributor}").format(
                    contributor=QCoreApplication.translate("messages", p.contributor.label)
                )
            else:
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

        self._fill_payers(v)

    def _contribution_text(self, c: Contribution) -> str:
        """« · FSL : 300,00 € reçus sur 500,00 € promis »: a contributor's promise and
        what it paid, so that the staff see what is still awaited."""
        name = QCoreApplication.translate("messages", c.contributor.label)
        received = format_money_fr(c.received)
        if c.promised is None:
            return self.tr(
                " · {contributor} : {received} reçus (montant promis non précisé)"
            ).format(contributor=name, received=received)
        text = self.tr(" · {contributor} : {received} reçus sur {promised} promis").format(
            contributor=name, received=received, promised=format_money_fr(c.promised)
        )
        if c.excess > 0:
            text += self.tr(" ({amount} de plus que promis)").format(
                amount=format_money_fr(c.excess)
            )
        if c.withdrawal is not None:
            text += self.tr(
                ", promesse retirée le {date} : {amount} dus par les locataires à partir du "
                "{owed_from}"
            ).format(
                date=format_date_fr(c.withdrawal.on),
                amount=format_money_fr(c.released),
                owed_from=format_date_fr(c.withdrawal.owed_from),
            )
        return text

    def _fill_payers(self, v: plans.PlanView) -> None:
        """The tenants, then each contributor the plan names; the choice is kept."""
        combo = self.payment_payer
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Règlement des locataires"), None)
        named = {Contributor.FSL: v.terms.fsl, Contributor.CCAS: v.terms.ccas}
        for contributor, on_plan in named.items():
            if on_plan:
                combo.addItem(
                    self.tr("Versement d'un contributeur : {contributor}").format(
                        contributor=QCoreApplication.translate("messages", contributor.label)
                    ),
                    contributor.value,
                )
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.setEnabled(combo.count() > 1)

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
        payer = self.payment_payer.currentData()
        if payer and not self._confirm_contribution(Contributor(payer), amount):
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
                contributor=Contributor(payer) if payer else None,
            ),
            self.tr("Règlement de {amount} enregistré.").format(amount=format_money_fr(amount)),
        )
        if ok:
            self.payment_amount.clear()
            self.payment_reference.clear()
            self.payment_payer.setCurrentIndex(0)  # the next one is the tenants' again
        return ok

    def _confirm_contribution(self, contributor: Contributor, amount) -> bool:
        """A contributor's payment beyond its promise is recorded only once the user
        says so (a warning, not a refusal: docs/domain.md#plans)."""
        warning = self.view.contribution_warning(contributor, amount) if self.view else None
        if warning is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Versement au-delà de la promesse"),
            self.tr("{warning}\n\nEnregistrer ce versement quand même ?").format(
                warning=translate_message(warning)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

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

"""The box of the agreement dialog's payments tab that records a contributor's promise
(FSL, CCAS) withdrawn or refused after the signature: what it was to pay becomes the
tenants' from a day they are told of (docs/domain.md#plans)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from desktop.domain.formatting import format_date_fr, format_money_fr
from desktop.domain.plans import IN_FORCE, Contribution, Contributor
from desktop.services import plan_letters, plans
from desktop.services.context import today as clock_today
from desktop.ui.widgets import FlowLayout, labelled, line_edit, push_button
from desktop.ui.widgets.form import label
from desktop.ui.widgets.messages import m


def _name(contributor: Contributor) -> str:
    return QCoreApplication.translate("messages", contributor.label)


class PlanWithdrawalBox:
    """Mixed into ``PlanDialog`` (``desktop.ui.plans.dialog``): its widgets are the
    dialog's attributes."""

    def _withdrawal_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Promesse d'un contributeur retirée ou refusée"), parent)
        box.setObjectName("withdrawalBox")
        self.withdrawal_contributor = QComboBox(box)
        self.withdrawal_contributor.setObjectName("withdrawalContributor")
        self.withdrawal_date = QLineEdit(box)
        self.withdrawal_date.setObjectName("withdrawalDate")
        self.withdrawal_date.setMaximumWidth(110)
        self.withdrawal_owed_from = QLineEdit(box)
        self.withdrawal_owed_from.setObjectName("withdrawalOwedFrom")
        self.withdrawal_owed_from.setMaximumWidth(110)
        self.withdrawal_reason = line_edit(
            box, "withdrawalReason", self.tr("Motif, ex. refus de la commission du FSL")
        )
        self.withdrawal_reason.setMinimumWidth(300)
        self.withdrawal_button = push_button(
            self.tr("Enregistrer le retrait…"), box, "withdrawalButton"
        )
        row = FlowLayout()
        row.addWidget(labelled(box, self.tr("Promesse du"), self.withdrawal_contributor))
        row.addWidget(labelled(box, self.tr("retirée le"), self.withdrawal_date))
        row.addWidget(
            labelled(
                box,
                self.tr("échéances dues par les locataires à partir du"),
                self.withdrawal_owed_from,
            )
        )
        row.addWidget(self.withdrawal_reason)
        row.addWidget(self.withdrawal_button)
        hint = label(
            box,
            self.tr(
                "Les échéances que le contributeur devait payer redeviennent dues par les "
                "locataires à partir de la date choisie (un mois après aujourd'hui par "
                "défaut) : prévenez-les par courrier avant cette date. Jusque-là, elles ne "
                "comptent pas comme impayées."
            ),
        )
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(hint)
        self.withdrawal_box = box
        self.withdrawal_button.clicked.connect(self.withdraw_contribution)
        return box

    def fill_withdrawal(self, v: plans.PlanView) -> None:
        """The contributors whose promise still stands; the box shows only on a plan
        that names one, and works on a plan in force."""
        combo = self.withdrawal_contributor
        chosen = combo.currentData()
        combo.clear()
        named = {Contributor.FSL: v.terms.fsl, Contributor.CCAS: v.terms.ccas}
        for c in v.contributions:
            standing = c.withdrawal is None and (c.promised is None or c.unpaid_promise > 0)
            if named.get(c.contributor) and standing:
                combo.addItem(_name(c.contributor), c.contributor.value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.withdrawal_box.setVisible(v.terms.fsl or v.terms.ccas)
        self.withdrawal_box.setEnabled(
            v.status in IN_FORCE and self._can_write and combo.count() > 0
        )
        today = clock_today()
        self.withdrawal_date.setText(format_date_fr(today))
        self.withdrawal_owed_from.setText(format_date_fr(plans.default_owed_from(today)))

    def _withdrawal_question(self, c: Contribution, owed_from) -> str:
        name = _name(c.contributor)
        if c.promised is None:
            first = self.tr("Le {contributor} ne versera rien de plus sur ce plan.").format(
                contributor=name
            )
        else:
            first = self.tr(
                "Le {contributor} ne versera pas les {amount} qu'il lui restait à verser sur ce "
                "plan."
            ).format(contributor=name, amount=format_money_fr(c.unpaid_promise))
        return self.tr(
            "{first}\n\nLes échéances qu'il devait payer seront dues par les locataires à partir "
            "du {date} : prévenez-les par courrier avant cette date.\n\nEnregistrer le retrait de "
            "la promesse du {contributor} ?"
        ).format(first=first, date=format_date_fr(owed_from), contributor=name)

    def withdraw_contribution(self) -> bool:
        value = self.withdrawal_contributor.currentData()
        if self.plan_id is None or self.view is None or value is None:
            return False
        contributor = Contributor(value)
        withdrawn_on = self._date(self.withdrawal_date, "on")
        if withdrawn_on is None:
            return False
        owed_from = self._date(self.withdrawal_owed_from, "owed_from")
        if owed_from is None:
            return False
        contribution = next(c for c in self.view.contributions if c.contributor == contributor)
        answer = QMessageBox.question(
            self,
            self.tr("Retrait de la promesse du {contributor}").format(
                contributor=_name(contributor)
            ),
            self._withdrawal_question(contribution, owed_from),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ok = self._run(
            lambda: plans.withdraw_contribution(
                self._db,
                self._actor,
                self.plan_id,
                contributor,
                withdrawn_on,
                self.withdrawal_reason.text(),
                self.version,
                owed_from=owed_from,
            ),
            self.tr(
                "Retrait de la promesse du {contributor} enregistré. Prévenez les locataires : "
                "courrier « {letter} » (onglet « Suivi »)."
            ).format(
                contributor=_name(contributor),
                letter=m(plan_letters.LETTER_LABELS[plan_letters.WITHDRAWAL]),
            ),
        )
        if ok:
            self.withdrawal_reason.clear()
        return ok
